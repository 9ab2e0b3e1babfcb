import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import type { Context } from './context';

/**
 * Apollo runs every plugin's `didResolveOperation` at the same time. The request guards must run
 * one after another instead: a document refused as untrusted must not spend cost budget. This
 * combines plugins so their request hooks run in the given order (the first to throw stops the rest).
 */
export function inOrder(...plugins: ApolloServerPlugin<Context>[]): ApolloServerPlugin<Context> {
  return {
    async requestDidStart(rc) {
      const listeners: GraphQLRequestListener<Context>[] = [];
      for (const plugin of plugins) {
        const listener = await plugin.requestDidStart?.(rc);
        if (listener) listeners.push(listener);
      }
      return {
        async didResolveOperation(rc2) {
          for (const listener of listeners) await listener.didResolveOperation?.(rc2);
        },
        async willSendResponse(rc2) {
          for (const listener of listeners) await listener.willSendResponse?.(rc2);
        },
      };
    },
  };
}
