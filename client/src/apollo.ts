import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { type DocumentNode, getOperationAST } from 'graphql';
import persistedDocuments from './gql/persisted-documents.json';

/**
 * Apollo Client transforms documents before links see them (dropping codegen's __meta__.hash),
 * so the hash is found by operation name, which codegen keeps unique. (Fragments may come first
 * in a document's text, so the operation keyword is looked for anywhere.)
 */
const hashByOperationName = new Map(
  Object.entries(persistedDocuments as Record<string, string>).map(([hash, text]) => [
    /(?:^|[\s}])(?:query|mutation|subscription)\s+(\w+)/.exec(text)?.[1] ?? '',
    hash,
  ]),
);

function trustedDocumentHash(document: DocumentNode): string {
  const name = getOperationAST(document)?.name?.value;
  const hash = name ? hashByOperationName.get(name) : undefined;
  if (!hash) throw new Error(`operation ${name ?? '(anonymous)'} is not in persisted-documents.json: run npm run codegen`);
  return hash;
}

/**
 * One Apollo Client for the dashboard. Same-origin /graphql (the service serves the dashboard;
 * Vite's dev server proxies it). Cookies go along for the session the accounts screens add.
 */
export function createApolloClient(): ApolloClient {
  return new ApolloClient({
    // Operations go by the hash codegen gave them (client/src/gql/persisted-documents.json), so a
    // server running with GRAPHQL_TRUSTED_DOCUMENTS accepts exactly the dashboard's documents.
    link: new PersistedQueryLink({ generateHash: trustedDocumentHash }).concat(new HttpLink({ uri: '/graphql', credentials: 'same-origin' })),
    cache: new InMemoryCache(),
  });
}
