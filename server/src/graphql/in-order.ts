import type { ApolloServerPlugin, GraphQLRequestExecutionListener, GraphQLRequestListener } from '@apollo/server';
import type { Context } from './context';

type Listener = GraphQLRequestListener<Context>;
type DidEnd<A extends unknown[]> = (...args: A) => Promise<void>;

/**
 * Apollo runs every plugin's `didResolveOperation` at the same time. The request guards must run
 * one after another instead: a document refused as untrusted must not spend cost budget. This
 * combines plugins so that every request hook of every plugin runs, in the given order, each
 * awaited before the next (the first to throw stops the rest), as if each were a plugin of its own:
 *
 * - hooks that only observe (`didResolveSource`, `didResolveOperation`, `didEncounterErrors`,
 *   `willSendResponse`, the subsequent-payload hooks) run plugin by plugin;
 * - `responseForOperation` answers with the first plugin's response that is not null, as Apollo does;
 * - the "did end" callbacks returned by `parsingDidStart`, `validationDidStart` and
 *   `executionDidStart` (`executionDidEnd`) run in reverse order, as Apollo runs them (the last
 *   started ends first); `willResolveField` runs in reverse order and its ends in order, as
 *   Apollo runs those of separate plugins;
 * - `willResolveField` is forwarded only when a combined plugin has one: Apollo wraps every
 *   field's resolver as soon as one execution listener asks for it, which costs every row.
 */
export function inOrder(...plugins: ApolloServerPlugin<Context>[]): ApolloServerPlugin<Context> {
  return {
    async requestDidStart(requestContext) {
      const listeners: Listener[] = [];
      for (const plugin of plugins) {
        const listener = await plugin.requestDidStart?.(requestContext);
        if (listener) listeners.push(listener);
      }
      const each = async (hook: (listener: Listener) => Promise<unknown> | undefined) => {
        for (const listener of listeners) await hook(listener);
      };
      return {
        didResolveSource: (rc) => each((l) => l.didResolveSource?.(rc)),
        parsingDidStart: async (rc) => endsInReverse(await started(listeners, (l) => l.parsingDidStart?.(rc))),
        validationDidStart: async (rc) => endsInReverse(await started(listeners, (l) => l.validationDidStart?.(rc))),
        didResolveOperation: (rc) => each((l) => l.didResolveOperation?.(rc)),
        async responseForOperation(rc) {
          for (const listener of listeners) {
            const response = await listener.responseForOperation?.(rc);
            if (response) return response;
          }
          return null;
        },
        async executionDidStart(rc) {
          const execution = await started(listeners, (l) => l.executionDidStart?.(rc));
          return execution.length === 0 ? undefined : executionInOrder(execution);
        },
        didEncounterErrors: (rc) => each((l) => l.didEncounterErrors?.(rc)),
        willSendResponse: (rc) => each((l) => l.willSendResponse?.(rc)),
        didEncounterSubsequentErrors: (rc, errors) => each((l) => l.didEncounterSubsequentErrors?.(rc, errors)),
        willSendSubsequentPayload: (rc, payload) => each((l) => l.willSendSubsequentPayload?.(rc, payload)),
      };
    },
  };
}

/** Runs a "did start" hook of each listener in order; what they return, for the matching ends. */
async function started<T>(listeners: Listener[], hook: (listener: Listener) => Promise<T | void> | undefined): Promise<T[]> {
  const results: T[] = [];
  for (const listener of listeners) {
    const result = await hook(listener);
    if (result) results.push(result);
  }
  return results;
}

function endsInReverse<A extends unknown[]>(ends: DidEnd<A>[]): DidEnd<A> | undefined {
  if (ends.length === 0) return undefined;
  return async (...args: A) => {
    for (const end of [...ends].reverse()) await end(...args);
  };
}

function executionInOrder(listeners: GraphQLRequestExecutionListener<Context>[]): GraphQLRequestExecutionListener<Context> {
  const combined: GraphQLRequestExecutionListener<Context> = {
    executionDidEnd: endsInReverse(listeners.filter((l) => l.executionDidEnd).map((l) => (error?: Error) => l.executionDidEnd!(error))),
  };
  const resolving = listeners.filter((l) => l.willResolveField !== undefined).reverse();
  if (resolving.length > 0) {
    combined.willResolveField = (params) => {
      const dids = resolving.flatMap((l) => {
        const did = l.willResolveField!(params);
        return did ? [did] : [];
      });
      if (dids.length === 0) return undefined;
      return (error, result) => {
        for (const did of dids.reverse()) did(error, result);
      };
    };
  }
  return combined;
}
