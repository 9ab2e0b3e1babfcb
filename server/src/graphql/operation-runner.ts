import crypto from 'node:crypto';
import type { ApolloServer } from '@apollo/server';
import type { FormattedExecutionResult, GraphQLSchema } from 'graphql';
import type { Viewer } from '../auth/viewer';
import type { Context } from './context';
import type { OperationRequest, OperationRunner } from './operation';

export type { OperationRequest, OperationRunner } from './operation';

/**
 * Marks a context made by the operation runner: trusted-documents.ts runs its vetted documents as
 * it runs an API token's. A property, not a WeakSet of contexts: Apollo's executeOperation hands
 * the plugins a shallow copy of the context it was given (Object.assign, which keeps symbol keys),
 * never the object itself.
 */
const VETTED_DOCUMENT = Symbol('operation runner: vetted document');

export function isRunnerContext(context: object): boolean {
  return (context as { [VETTED_DOCUMENT]?: boolean })[VETTED_DOCUMENT] === true;
}

export function createOperationRunner(
  apollo: ApolloServer<Context>,
  schema: GraphQLSchema,
  contextFor: (viewer: Viewer, requestId: string, clientAddress: string | undefined) => Context,
): OperationRunner {
  return {
    schema,
    async run({ viewer, documentHash, document, variables, clientAddress }) {
      const contextValue: Context & { [VETTED_DOCUMENT]?: boolean } = contextFor(viewer, crypto.randomUUID(), clientAddress);
      if (document !== undefined) contextValue[VETTED_DOCUMENT] = true;
      const response = await apollo.executeOperation(
        document !== undefined
          ? { query: document, variables }
          : { variables, extensions: { persistedQuery: { version: 1, sha256Hash: documentHash } } },
        { contextValue },
      );
      if (response.body.kind !== 'single') throw new Error('an operation run by the service answered incrementally');
      return response.body.singleResult;
    },
  };
}

/**
 * The runner of a service that is still starting: domains are handed this before /graphql
 * exists (their routes and workers are made first), and it runs once the app has bound it.
 */
export class LateOperationRunner implements OperationRunner {
  private bound: OperationRunner | null = null;

  bind(runner: OperationRunner): void {
    this.bound = runner;
  }

  get schema(): GraphQLSchema {
    return this.runner().schema;
  }

  run(request: OperationRequest): Promise<FormattedExecutionResult> {
    return this.runner().run(request);
  }

  private runner(): OperationRunner {
    if (!this.bound) throw new Error('operations are run only after the GraphQL server has started');
    return this.bound;
  }
}
