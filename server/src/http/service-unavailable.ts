import type { ApolloServerPlugin } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import type { ErrorRequestHandler, Response } from 'express';
import { GraphQLError } from 'graphql';
import { ErrorCode, isDatabaseUnavailable, SERVICE_UNAVAILABLE_MESSAGE } from '../graphql/errors';

/** Seconds a client (or load balancer) is asked to wait before trying again. */
export const RETRY_AFTER_SECONDS = 5;

/**
 * When the database is down, answer 503 with Retry-After, so load balancers and clients back off
 * instead of treating it as a successful (200) GraphQL response.
 */
export function serviceUnavailableStatus(retryAfterSeconds = RETRY_AFTER_SECONDS): ApolloServerPlugin {
  return {
    requestDidStart: async () => ({
      willSendResponse: async ({ response }) => {
        const body = response.body;
        const errors = body.kind === 'single' ? body.singleResult.errors : undefined;
        if (errors?.some((e) => e.extensions?.code === ErrorCode.SERVICE_UNAVAILABLE)) {
          response.http.status = 503;
          response.http.headers.set('retry-after', String(retryAfterSeconds));
        }
      },
    }),
  };
}

/**
 * For work done before Apollo runs the operation (the viewer's lookup in the context function):
 * a database outage there becomes the same 503 with Retry-After as during execution, where Apollo
 * would otherwise answer a failed context with 500. Other errors pass unchanged.
 */
export function rethrowUnavailable(error: unknown): never {
  if (!isDatabaseUnavailable(error)) throw error;
  throw new GraphQLError(SERVICE_UNAVAILABLE_MESSAGE, {
    // Not `instanceof Error`: errors of another realm (Node's own, under jest) are errors too.
    originalError: error as Error,
    extensions: {
      code: ErrorCode.SERVICE_UNAVAILABLE,
      http: { status: 503, headers: new HeaderMap([['retry-after', String(RETRY_AFTER_SECONDS)]]) },
    },
  });
}

/** The JSON body of a 503 outside GraphQL: the REST routes (exports, attachments) and a draining process. */
export const SERVICE_UNAVAILABLE_BODY = {
  errors: [{ message: SERVICE_UNAVAILABLE_MESSAGE, extensions: { code: ErrorCode.SERVICE_UNAVAILABLE } }],
} as const;

/** The answer of the REST routes while the database is unavailable. */
function sendServiceUnavailable(res: Response): void {
  // A download that failed before its first byte: no file name or trailers on the error.
  for (const header of ['content-disposition', 'trailer', 'content-length']) res.removeHeader(header);
  res.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
  res.status(503).json(SERVICE_UNAVAILABLE_BODY);
}

/** Express error handler: a database outage in any route is 503 with Retry-After, not 500. */
export function serviceUnavailableErrors(): ErrorRequestHandler {
  return (error, _req, res, next) => {
    if (res.headersSent || !isDatabaseUnavailable(error)) {
      next(error);
      return;
    }
    sendServiceUnavailable(res);
  };
}
