import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client/errors';
import type { GraphQLFormattedError } from 'graphql';

/** The server's error codes (server/src/graphql/errors.ts ErrorCode), as carried in `extensions.code`. */
export type ApiErrorCode =
  'BAD_USER_INPUT' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT' | 'TOO_MANY_REQUESTS' | 'INTERNAL_SERVER_ERROR';

/** What the user is told for each code: what happened and what to do next. */
export const ERROR_TEXT: Record<ApiErrorCode | 'NETWORK', { title: string; detail: string }> = {
  BAD_USER_INPUT: { title: '入力内容に誤りがあります。', detail: '各項目のメッセージを確認して、入力し直してください。' },
  UNAUTHENTICATED: { title: 'ログインが必要です。', detail: 'ログインしてから、もう一度操作してください。' },
  FORBIDDEN: { title: 'この操作を行う権限がありません。', detail: '必要な場合は、所属の管理者にお問い合わせください。' },
  NOT_FOUND: { title: '対象のデータが見つかりません。', detail: '削除されたか、URL が誤っている可能性があります。' },
  CONFLICT: {
    title: '他の操作と競合したため、保存できませんでした。',
    detail: '画面を再読み込みして最新の内容を確認してから、もう一度操作してください。',
  },
  TOO_MANY_REQUESTS: { title: '短時間に操作が集中しています。', detail: 'しばらく時間をおいてから、もう一度操作してください。' },
  INTERNAL_SERVER_ERROR: {
    title: 'システムでエラーが発生しました。',
    detail: '時間をおいてもう一度お試しください。解決しない場合は G-MIS 事務局にお問い合わせください。',
  },
  NETWORK: {
    title: 'サーバーに接続できませんでした。',
    detail: '通信環境を確認してから、もう一度操作してください。',
  },
};

const KNOWN = new Set<string>(Object.keys(ERROR_TEXT));

export interface FieldError {
  field: string;
  message: string;
}

export interface ApiProblem {
  code: ApiErrorCode | 'NETWORK';
  /** The server's own (Japanese) message when it sent a typed error; shown beneath the generic text. */
  serverMessage: string | null;
  fieldErrors: FieldError[];
}

function isFieldError(value: unknown): value is FieldError {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as FieldError).field === 'string' &&
    typeof (value as FieldError).message === 'string'
  );
}

function fromGraphQLErrors(errors: readonly GraphQLFormattedError[]): ApiProblem {
  const first = errors[0];
  const sent = first?.extensions?.code;
  const raw = typeof sent === 'string' ? sent : '';
  const code = (KNOWN.has(raw) && raw !== 'NETWORK' ? raw : 'INTERNAL_SERVER_ERROR') as ApiErrorCode;
  const fieldErrors = errors.flatMap((e) => {
    const list = e.extensions?.fieldErrors;
    return Array.isArray(list) ? list.filter(isFieldError) : [];
  });
  const serverMessage = code === 'INTERNAL_SERVER_ERROR' ? null : (first?.message ?? null);
  return { code, serverMessage, fieldErrors };
}

/** GraphQL errors in the body of a non-2xx answer (a rate limiter's 429, a 400 for bad variables). */
function errorsInBody(bodyText: string): GraphQLFormattedError[] | null {
  try {
    const body: unknown = JSON.parse(bodyText);
    const errors = (body as { errors?: unknown } | null)?.errors;
    return Array.isArray(errors) && errors.length > 0 ? (errors as GraphQLFormattedError[]) : null;
  } catch {
    return null;
  }
}

/**
 * Turns whatever Apollo Client reports into one problem to show. GraphQL errors keep their code
 * (unknown or request-shape codes count as INTERNAL_SERVER_ERROR, since the user cannot fix them);
 * HTTP answers without typed errors count by status (429 TOO_MANY_REQUESTS, others
 * INTERNAL_SERVER_ERROR); no answer at all is NETWORK.
 */
export function describeApiError(error: unknown): ApiProblem | null {
  if (!error) return null;
  if (CombinedGraphQLErrors.is(error)) return fromGraphQLErrors(error.errors);
  if (ServerError.is(error) || ServerParseError.is(error)) {
    const errors = errorsInBody(error.bodyText);
    if (errors) return fromGraphQLErrors(errors);
    const code = error.statusCode === 429 ? 'TOO_MANY_REQUESTS' : 'INTERNAL_SERVER_ERROR';
    return { code, serverMessage: null, fieldErrors: [] };
  }
  return { code: 'NETWORK', serverMessage: null, fieldErrors: [] };
}

/** Field errors keyed by the API's field name (e.g. `prefectureCode`), first message per field. */
export function fieldErrorMap(problem: ApiProblem | null): Record<string, string> {
  const map: Record<string, string> = {};
  for (const { field, message } of problem?.fieldErrors ?? []) map[field] ??= message;
  return map;
}
