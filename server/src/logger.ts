import pino, { type DestinationStream } from 'pino';

/** Fields of a database error that name where it happened (never a value of a row or a parameter). */
const DATABASE_ERROR_FIELDS = ['code', 'severity', 'routine', 'schema', 'table', 'column', 'constraint', 'dataType'] as const;

/**
 * An error as the log shows it: its type, message, stack and database error code, then its
 * causes (`cause`, GraphQL's `originalError`, TypeORM's `driverError`) the same way. Nothing else
 * of the error is copied: TypeORM's errors carry the statement's parameters (password hashes,
 * token hashes, personal data) and PostgreSQL's `detail` quotes row values, so neither is logged.
 */
export function loggableError(error: unknown, depth = 0): Record<string, unknown> {
  // Already in this shape (graphql/error-log.ts scrubs it first), or some other plain value: as it is.
  if (!(error instanceof Error))
    return error !== null && typeof error === 'object' ? (error as Record<string, unknown>) : { message: String(error) };
  const logged: Record<string, unknown> = { type: error.constructor?.name ?? 'Error', message: error.message, stack: error.stack };
  const fields = error as unknown as Record<string, unknown>;
  for (const field of DATABASE_ERROR_FIELDS) {
    if (typeof fields[field] === 'string' || typeof fields[field] === 'number') logged[field] = fields[field];
  }
  const cause = fields.cause ?? fields.originalError ?? fields.driverError;
  if (cause !== undefined && cause !== null && cause !== error && depth < 4) logged.cause = loggableError(cause, depth + 1);
  return logged;
}

/**
 * Structured JSON logs. Secrets never reach them: auth headers and cookies are redacted, and
 * errors are logged through loggableError (no statement parameters, no row values).
 */
export function createLogger(level: string, destination?: DestinationStream) {
  return pino(
    {
      level,
      base: { service: 'gmis-graphql' },
      serializers: { err: loggableError },
      redact: {
        paths: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]', '*.password', '*.token'],
        censor: '[redacted]',
      },
    },
    destination,
  );
}
