import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from './context';

/**
 * Responses computed for a signed-in viewer may hold what only that viewer may see (a posting
 * unmasked for its owner, …): no browser or shared cache may keep or reuse them.
 */
export const privateResponsesPlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async willSendResponse({ contextValue, response }) {
        if (contextValue.viewer.role !== null || contextValue.viewer.accountId !== null) {
          response.http.headers.set('cache-control', 'private, no-store');
        }
      },
    };
  },
};
