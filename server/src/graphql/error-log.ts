import type { ApolloServerPlugin, GraphQLRequestContext } from '@apollo/server';
import type express from 'express';
import { type DocumentNode, visit } from 'graphql';
import { loggableError } from '../logger';
import type { Context } from './context';
import { errorKind } from './errors';

/** Shorter strings are left in messages: they would blank out ordinary words ("ID", "東京"). */
const SHORTEST_SCRUBBED = 4;

/** Every string the request passed, in its variables and written in its query text. */
function passedStrings(variables: unknown, document: DocumentNode | undefined): string[] {
  const found = new Set<string>();
  const pending: unknown[] = [variables];
  while (pending.length) {
    const item = pending.pop();
    if (typeof item === 'string') found.add(item);
    else if (item !== null && typeof item === 'object') pending.push(...Object.values(item));
  }
  if (document) {
    visit(document, {
      StringValue(node) {
        found.add(node.value);
      },
    });
  }
  // Longest first, so a value that contains another is replaced whole.
  return [...found].filter((value) => value.length >= SHORTEST_SCRUBBED).sort((a, b) => b.length - a.length);
}

/** The logged error with every passed string replaced, through its causes. */
function scrubbed(logged: Record<string, unknown>, secrets: readonly string[]): Record<string, unknown> {
  const scrub = (text: unknown) =>
    typeof text === 'string' ? secrets.reduce((t, secret) => t.split(secret).join('[redacted]'), text) : text;
  return {
    ...logged,
    message: scrub(logged.message),
    stack: scrub(logged.stack),
    ...(logged.cause ? { cause: scrubbed(logged.cause as Record<string, unknown>, secrets) } : {}),
  };
}

/**
 * Logs each error of a GraphQL request that the client sees only as INTERNAL_SERVER_ERROR (or
 * SERVICE_UNAVAILABLE) once, where an operator finds it: with the request id (the response's
 * x-request-id), the operation's name and type, the field path, and the error with its causes and
 * stacks. Secrets stay out: no variables are logged, the values the request passed (passwords,
 * tokens, sign-in IDs) are blanked out of messages and stacks, errors carry no statement
 * parameters (logger.ts, loggableError), and the request's cookie and authorization headers are
 * redacted by the logger. Client errors (bad input, refusals) are the client's to read and are
 * not logged.
 */
export function errorLogPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors(rc: GraphQLRequestContext<Context>) {
          const errors = rc.errors ?? [];
          const logged = errors.map((error) => ({ error, kind: errorKind(error) })).filter(({ kind }) => kind !== 'client');
          if (!logged.length) return;
          const secrets = passedStrings(rc.request.variables, rc.document);
          const log = rc.contextValue.log;
          for (const { error, kind } of logged) {
            const fields = {
              requestId: rc.contextValue.requestId,
              operation: rc.operationName ?? null,
              operationType: rc.operation?.operation ?? null,
              path: error.path?.join('.') ?? null,
              err: scrubbed(loggableError(error.originalError ?? error), secrets),
            };
            if (kind === 'internal') log.error(fields, 'internal error');
            else log.warn(fields, 'database unavailable');
          }
        },
      };
    },
  };
}

/** The request id pino-http gave the request (the response's x-request-id). */
export function requestIdOf(req: express.Request): string {
  return typeof req.id === 'object' ? JSON.stringify(req.id) : String(req.id);
}

/**
 * The request's context could not be made (the viewer's session could not be read): Apollo answers
 * without running any request hook, so the failure is logged here, the same way, before it goes on.
 */
export function loggingContextFailures<A extends { req: express.Request }, C>(create: (args: A) => Promise<C>): (args: A) => Promise<C> {
  return async (args) => {
    try {
      return await create(args);
    } catch (error) {
      const { req } = args;
      const operationName: unknown = (req.body as { operationName?: unknown } | undefined)?.operationName;
      const fields = { requestId: requestIdOf(req), operation: typeof operationName === 'string' ? operationName : null, err: error };
      if (errorKind(error) === 'internal') req.log.error(fields, 'internal error');
      else req.log.warn(fields, 'database unavailable');
      throw error;
    }
  };
}
