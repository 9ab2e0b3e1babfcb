import { ApolloServerErrorCode } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { Checked, FieldProblem } from '../shared/field-problems';

/** The one list of error codes the API uses; carried in `extensions.code`. */
export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  TOO_MANY_REQUESTS = 'TOO_MANY_REQUESTS',
  /** The database (or another dependency) is unreachable; retrying later will work. */
  SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE',
  /** Over the per-request query cost limit; `extensions.cost` says by how much. Refused before execution. */
  QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX',
  /** A browser session sent a document that is not in the trusted-documents manifest. */
  UNTRUSTED_DOCUMENT = 'UNTRUSTED_DOCUMENT',
  /**
   * A stored document (a saved report) no longer validates against the current schema, or is now
   * over the cost limit: it is broken, and the message says why (a field the schema lost).
   */
  BROKEN_DOCUMENT = 'BROKEN_DOCUMENT',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

export type { FieldProblem } from '../shared/field-problems';

export class DomainError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extra: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extra } });
  }
}

export const badUserInput = (message: string, fieldErrors: FieldProblem[] = []) =>
  new DomainError(ErrorCode.BAD_USER_INPUT, message, fieldErrors.length ? { fieldErrors } : {});
export const notFound = (message = '対象が見つかりません。') => new DomainError(ErrorCode.NOT_FOUND, message);
export const forbidden = (message = 'この操作を行う権限がありません。') => new DomainError(ErrorCode.FORBIDDEN, message);
export const unauthenticated = (message = 'ログインしてください。') => new DomainError(ErrorCode.UNAUTHENTICATED, message);
export const conflict = (message: string) => new DomainError(ErrorCode.CONFLICT, message);

/**
 * A domain's checked input, or BAD_USER_INPUT with its field problems: domains return problems
 * and leave the error to the transport. `fieldNames` renames fields where this API's argument
 * is called otherwise than the domain's field.
 */
export function checkedOrBadUserInput<T>(checked: Checked<T>, message: string, fieldNames: Record<string, string> = {}): T {
  if (checked.ok) return checked.value;
  throw badUserInput(
    message,
    checked.problems.map((p) => ({ ...p, field: fieldNames[p.field] ?? p.field })),
  );
}

/** What a caller is told while the database is unavailable (with 503 and Retry-After). */
export const SERVICE_UNAVAILABLE_MESSAGE = '現在サービスを利用できません。しばらくしてから再度お試しください。';

const KNOWN_CODES = new Set<string>(Object.values(ErrorCode));
/**
 * Codes Apollo Server itself produces before execution (parse and validation failures, bad HTTP
 * requests, persisted queries, operation resolution): they describe the request, not the server.
 * Apollo's own list less the codes it shares with ours (BAD_USER_INPUT, INTERNAL_SERVER_ERROR).
 */
const REQUEST_CODES = new Set<string>(Object.values(ApolloServerErrorCode).filter((code) => !KNOWN_CODES.has(code)));

const CONNECTION_ERRNOS = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTFOUND', 'EPIPE']);

/**
 * Whether an error means "the database is not there right now" (server down, restarting,
 * unreachable, pool timed out), as opposed to a bug or bad data. Follows wrapped causes,
 * including graphql-js's `thrownValue` for values that are not Errors of its own realm.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- walks the causes of whatever a driver or library threw
  for (let e: any = error, depth = 0; e && depth < 5; e = e.originalError ?? e.driverError ?? e.cause ?? e.thrownValue, depth += 1) {
    // SQLSTATE 08xxx connection, 57P0x shutdown/crash, 57014 cancelled by statement_timeout (the
    // database did not answer in time: DB_STATEMENT_TIMEOUT_MS), 53300 too many connections.
    if (typeof e.code === 'string' && (CONNECTION_ERRNOS.has(e.code) || /^(08|57P0|57014|53300)/.test(e.code))) return true;
    if (
      typeof e.message === 'string' &&
      /Connection terminated|timeout exceeded when trying to connect|Connection is not established/i.test(e.message)
    ) {
      return true;
    }
  }
  return false;
}

/**
 * What an error is to the people who see it: the caller's mistake or a refusal (`client`: one of
 * the API's codes, or a request-shape code of Apollo's), the database not being there
 * (`unavailable`: SERVICE_UNAVAILABLE, retry later), or a fault of the service (`internal`: the
 * client gets a fixed message; the details go to the log, graphql/error-log.ts). Works on errors
 * as thrown and as Apollo formats them (whose unknown errors carry INTERNAL_SERVER_ERROR).
 */
export function errorKind(
  error: unknown,
  code: unknown = (error as { extensions?: { code?: unknown } } | undefined)?.extensions?.code,
): 'client' | 'unavailable' | 'internal' {
  if (error !== undefined && isDatabaseUnavailable(error)) return 'unavailable';
  if (typeof code === 'string' && ((KNOWN_CODES.has(code) && code !== ErrorCode.INTERNAL_SERVER_ERROR) || REQUEST_CODES.has(code)))
    return 'client';
  return 'internal';
}

/**
 * Formats errors for the wire. Outside development, anything that is not one of our typed
 * errors becomes INTERNAL_SERVER_ERROR with a fixed message: no stack, SQL or driver text leaves.
 * Request-shape errors (parse/validation) keep their message but are reported as BAD_USER_INPUT
 * only when they came from variable coercion; otherwise Apollo's own code is kept.
 */
export function formatErrorForClient(development: boolean) {
  return (formatted: GraphQLFormattedError, error?: unknown): GraphQLFormattedError => {
    if (error !== undefined && isDatabaseUnavailable(error)) {
      return {
        message: SERVICE_UNAVAILABLE_MESSAGE,
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: ErrorCode.SERVICE_UNAVAILABLE },
      };
    }
    const code = typeof formatted.extensions?.code === 'string' ? formatted.extensions.code : '';
    if (KNOWN_CODES.has(code) && code !== ErrorCode.INTERNAL_SERVER_ERROR) {
      const { stacktrace, ...extensions } = formatted.extensions ?? {};
      return development ? formatted : { ...formatted, extensions };
    }
    if (REQUEST_CODES.has(code)) {
      const { stacktrace, ...extensions } = formatted.extensions ?? {};
      return development ? formatted : { message: formatted.message, locations: formatted.locations, extensions };
    }
    if (development) return formatted;
    return {
      message: 'サーバー内部でエラーが発生しました。',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    };
  };
}
