/**
 * One stretch of a list read by keyset (seek) paging: at most the rows asked for, whether more
 * follow, and each row's sort key. Reading on after a row means asking for the rows after its key;
 * how a key travels (a GraphQL cursor, a loop variable) is the caller's business.
 */
export interface KeysetSlice<T, K> {
  rows: T[];
  hasMore: boolean;
  keyOf: (row: T) => K;
}
