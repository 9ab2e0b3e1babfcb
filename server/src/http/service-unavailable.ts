import type { ApolloServerPlugin } from '@apollo/server';
import { ErrorCode } from '../graphql/errors';

/**
 * When the database is down, answer 503 with Retry-After, so load balancers and clients back off
 * instead of treating it as a successful (200) GraphQL response.
 */
export function serviceUnavailableStatus(retryAfterSeconds = 5): ApolloServerPlugin {
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
