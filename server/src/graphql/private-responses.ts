import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from './context';

/**
 * Responses computed for a signed-in viewer may hold what only that viewer may see (a posting
 * unmasked for its owner, …): no browser or shared cache may keep or reuse them. Anonymous
 * responses carry no cache hints either: no-store.
 */
export const privateResponsesPlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async willSendResponse({ contextValue, response }) {
        if (contextValue.viewer.role !== null || contextValue.viewer.accountId !== null) {
          response.http.headers.set('cache-control', 'private, no-store');
        } else if (!response.http.headers.has('cache-control')) {
          // What Apollo's cache control plugin (disabled in app.ts) sent for responses without cache hints.
          response.http.headers.set('cache-control', 'no-store');
        }
      },
    };
  },
};
