// Apollo Client adds __typename to every selection set before it sends an operation; the
// documents codegen hashes into persisted-documents.json must carry it too, so that the
// trusted documents the server runs return exactly what the dashboard's cache expects.
const { addTypenameSelectionDocumentTransform } = require('@graphql-codegen/client-preset');
module.exports = { transform: addTypenameSelectionDocumentTransform.transform };
