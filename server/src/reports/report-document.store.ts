import type { DataSource } from 'typeorm';
import type { RegisteredDocuments } from '../graphql/trusted-documents';

/**
 * Saved reports' documents as trusted documents (graphql/trusted-documents.ts): a document was
 * checked against the schema and the cost rules by a builder when saved, and runs by its hash,
 * so a report keeps working with GRAPHQL_TRUSTED_DOCUMENTS on. Looked up once per request that
 * names a hash the dashboard's manifest does not have.
 */
export function registeredReportDocuments(db: DataSource): RegisteredDocuments {
  return async (hash) => {
    const [row] = await db.query(`SELECT document FROM report_document WHERE hash = $1`, [hash]);
    return row ? (row.document as string) : null;
  };
}
