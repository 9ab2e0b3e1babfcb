import type { EntityManager, ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/**
 * Leading comment of a read statement whose rows come back as arrays of column values rather than
 * one object per row (node-postgres's rowMode 'array'; QueryTimeoutClient, the pools' client, asks
 * for it when a statement starts with this tag). It stays in the statement, so logs and recorded
 * statements show which reads use it.
 */
export const ARRAY_ROWS_TAG = '/* array rows */';

/** Where the client puts the column names on the rows of a tagged statement. */
export const COLUMN_NAMES = Symbol('column names');

/** The rows of a statement as arrays, with the column names in their order. */
export interface ArrayRows {
  readonly names: readonly string[];
  readonly rows: readonly unknown[][];
}

/**
 * Runs a select built by TypeORM (the same statement and parameters as getRawMany) and reads its
 * rows as arrays. node-postgres builds a row object by copying a null-prototype template and then
 * setting each column by name: for a bed report row's ~70 columns that was ~5 KB of garbage a row
 * and the largest single cost of a 2,000-row page in the service (npm run bench, CPU and
 * allocation profiles). An array of the values is one allocation.
 */
export async function readArrayRows<T extends ObjectLiteral>(db: EntityManager, query: SelectQueryBuilder<T>): Promise<ArrayRows> {
  const [sql, parameters] = query.getQueryAndParameters();
  const rows = await db.query<unknown[][] & { [COLUMN_NAMES]?: string[] }>(`${ARRAY_ROWS_TAG} ${sql}`, parameters);
  const names = rows[COLUMN_NAMES];
  if (!names) throw new Error('readArrayRows: the connection is not a QueryTimeoutClient, so rows did not come as arrays');
  return { names, rows };
}
