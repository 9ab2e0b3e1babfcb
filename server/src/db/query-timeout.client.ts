import pg from 'pg';
import { ARRAY_ROWS_TAG, COLUMN_NAMES } from './array-rows';

/** The message node-postgres gives a query whose answer did not arrive within `query_timeout`. */
const QUERY_READ_TIMEOUT = 'Query read timeout';

/**
 * The pools' pg client: a statement that gets no answer within the pool's `query_timeout` fails
 * (node-postgres does that) and its connection is closed (this class does that). node-postgres
 * alone would hand the connection back to the pool with the unanswered statement still ahead of
 * every later one, so the transaction's ROLLBACK and the next request's statements would each wait
 * the whole timeout again on a frozen server. Closed, the connection leaves the pool and the rest
 * of the request fails at once; a new connection is opened when the server answers again.
 *
 * A statement that starts with ARRAY_ROWS_TAG is read with rows as arrays, the column names on
 * the rows (db/array-rows.ts).
 */
export class QueryTimeoutClient extends pg.Client {
  constructor(config?: string | pg.ClientConfig) {
    super(config);
    const query = this.query.bind(this) as (...args: unknown[]) => unknown;
    Object.defineProperty(this, 'query', {
      value: (...args: unknown[]) => {
        const arrayRows = typeof args[0] === 'string' && args[0].startsWith(ARRAY_ROWS_TAG);
        if (arrayRows) args[0] = { text: args[0], rowMode: 'array' };
        let result = query(...args);
        if (arrayRows && result instanceof Promise) {
          result = result.then((answer: pg.QueryResult) => {
            Object.defineProperty(answer.rows, COLUMN_NAMES, { value: answer.fields.map((f) => f.name) });
            return answer;
          });
        }
        if (result instanceof Promise) {
          result.catch((error: unknown) => {
            if (!(error instanceof Error) || error.message !== QUERY_READ_TIMEOUT) return;
            // Runs before the caller sees the error: it then reads as a connection that timed out
            // (graphql/errors.ts isDatabaseUnavailable: 503 SERVICE_UNAVAILABLE with Retry-After).
            Object.assign(error, { code: 'ETIMEDOUT' });
            this.closeConnection();
          });
        }
        return result;
      },
    });
  }

  private closeConnection() {
    (this.connection as unknown as { stream?: { destroy(): void } }).stream?.destroy();
  }
}
