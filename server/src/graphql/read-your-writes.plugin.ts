import type { ApolloServerPlugin } from '@apollo/server';
import { OperationTypeNode } from 'graphql';
import type { ReadRouting } from '../db/read-routing';

/**
 * Read-your-writes for GraphQL: a mutation reads on the primary (its answer shows what it just
 * wrote), and before its answer leaves, its session or token is marked as having written, so that
 * its next requests, on whichever process, read only where the write is visible (db/read-routing.ts).
 */
export function readYourWritesPlugin(routing: ReadRouting): ApolloServerPlugin {
  if (!routing.hasReplicas) return {};
  return {
    requestDidStart: async () => ({
      didResolveOperation: async ({ operation }) => {
        if (operation?.operation === OperationTypeNode.MUTATION) routing.usePrimary();
      },
      willSendResponse: async ({ operation, logger }) => {
        if (operation?.operation !== OperationTypeNode.MUTATION) return;
        // Without the mark the writer may read an older copy for a moment; the write itself stands.
        await routing.recordWrite().catch((err: unknown) => logger.warn(`read-your-writes mark not written: ${String(err)}`));
      },
    }),
  };
}
