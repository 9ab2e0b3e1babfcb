import crypto from 'node:crypto';
import fs from 'node:fs';
import type http from 'node:http';
import type express from 'express';
import { getOperationAST, GraphQLError, type GraphQLSchema, OperationTypeNode, parse, specifiedRules, validate } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import type { ViewerResolver } from '../auth/viewer';
import type { Config } from '../config';
import { type ContextParts, type DomainContext, createContext } from './context';
import { ErrorCode } from './errors';
import { limitValidationRules } from './limits';
import { loadTrustedDocuments, type TrustedDocuments } from './trusted-documents';

/**
 * GraphQL over WebSocket (graphql-ws protocol) on the same HTTP server and path as /graphql,
 * for subscriptions. Who is asking is decided by the same ViewerResolver as for HTTP: the
 * session cookie of the upgrade request, or `Authorization: Bearer <token>` given either as an
 * upgrade header or in connectionParams (browsers cannot set headers on a WebSocket).
 *
 * Only subscriptions run here (queries and mutations stay on HTTP with the cost budget, the
 * introspection rule and CSRF protection). HTTP guards done here too: the parse/validation limits, and trusted
 * documents (a cookie session may subscribe only with a document of the dashboard's manifest,
 * sent as text or by `extensions.persistedQuery.sha256Hash`; API tokens may send their own).
 * A cookie from a page of another origin is ignored (cross-site WebSocket hijacking).
 */
export interface Subscriptions {
  stop(): Promise<void>;
}

export function attachSubscriptions(args: {
  server: http.Server;
  schema: GraphQLSchema;
  config: Config;
  db: DataSource;
  log: Logger;
  resolveViewer: ViewerResolver;
  parts: ContextParts;
  /** Starts what the domains keep while subscriptions are served (a database listener), for every subscriber's context. */
  domainListeners: () => { values: Partial<DomainContext>; stop(): Promise<void> };
}): Subscriptions {
  const { server, schema, config, db, log, resolveViewer } = args;
  const listeners = args.domainListeners();
  const parts: ContextParts = { ...args.parts, values: { ...args.parts.values, ...listeners.values } };
  const manifestPath = config.trustedDocumentsPath ?? (fs.existsSync(config.dashboardDocumentsPath) ? config.dashboardDocumentsPath : null);
  const trusted: TrustedDocuments | null = manifestPath ? loadTrustedDocuments(manifestPath) : null;
  const enforceTrusted = config.trustedDocumentsPath !== null;
  const rules = [...specifiedRules, ...limitValidationRules(config.graphqlLimits)];

  const wss = new WebSocketServer({ server, path: '/graphql', maxPayload: 1024 * 1024 });
  const cleanup = useServer<Record<string, unknown> | undefined, { request: http.IncomingMessage }>(
    {
      schema,
      onSubscribe: async (ctx, _id, payload) => {
        const bearer = bearerOf(ctx.extra.request, ctx.connectionParams);
        // A manifest hash runs the manifest's document (whatever text came along: the dashboard's
        // WebSocket link sends both, and Apollo Client's printed text need not match byte for byte).
        const hash = (payload.extensions?.persistedQuery as { sha256Hash?: unknown } | undefined)?.sha256Hash;
        const query = typeof hash === 'string' && trusted?.byHash.has(hash) ? trusted.byHash.get(hash)! : payload.query;
        if (!query) return [new GraphQLError('クエリがありません。', { extensions: { code: ErrorCode.BAD_USER_INPUT } })];
        if (enforceTrusted && !bearer && !trusted?.texts.has(query)) {
          return [
            new GraphQLError('この操作は許可されていません。画面を再読み込みしてください。', {
              extensions: { code: ErrorCode.UNTRUSTED_DOCUMENT },
            }),
          ];
        }
        let document;
        try {
          document = parse(query, { maxTokens: config.graphqlLimits.maxTokens });
        } catch (error) {
          return [error instanceof GraphQLError ? error : new GraphQLError('クエリを解析できません。')];
        }
        const errors = validate(schema, document, rules);
        if (errors.length) return errors;
        // Queries and mutations go over HTTP, where the cost budget, introspection rule and
        // CSRF protection apply: the WebSocket carries subscriptions only.
        if (getOperationAST(document, payload.operationName)?.operation !== OperationTypeNode.SUBSCRIPTION) {
          return [
            new GraphQLError('WebSocket ではサブスクリプションのみ実行できます。クエリとミューテーションは HTTP で送信してください。', {
              extensions: { code: ErrorCode.BAD_USER_INPUT },
            }),
          ];
        }
        const request = ctx.extra.request;
        const headers = { ...request.headers, ...(bearer ? { authorization: `Bearer ${bearer}` } : {}) };
        if (!bearer && !sameOriginOrAllowed(request, config)) delete headers.cookie;
        const viewer = await resolveViewer({ headers } as unknown as express.Request, db);
        const contextValue = createContext({
          requestId: crypto.randomUUID(),
          db,
          parts,
          config,
          log: log.child({ component: 'subscription' }),
          viewer,
          clientAddress: request.socket.remoteAddress ?? 'unknown',
        });
        return { schema, operationName: payload.operationName, document, variableValues: payload.variables ?? undefined, contextValue };
      },
      onError: (_ctx, _id, _payload, errors) => {
        for (const error of errors) if (!error.extensions?.code) log.warn({ err: error }, 'subscription error');
      },
    },
    wss,
  );
  let stopped: Promise<void> | null = null;
  return {
    // Closes every subscriber's socket (code 1001, "going away": graphql-ws clients reconnect, to another process).
    stop() {
      stopped ??= (async () => {
        await cleanup.dispose();
        await listeners.stop();
      })();
      return stopped;
    },
  };
}

function bearerOf(request: http.IncomingMessage, params: Record<string, unknown> | undefined): string | null {
  const fromParams = params?.authorization ?? params?.Authorization;
  const value = typeof fromParams === 'string' ? fromParams : request.headers.authorization;
  const match = typeof value === 'string' ? /^Bearer[ ]+(\S+)$/i.exec(value) : null;
  return match ? match[1] : null;
}

function sameOriginOrAllowed(request: http.IncomingMessage, config: Config): boolean {
  const origin = request.headers.origin;
  if (origin === undefined) return true; // not a browser: no ambient cookie to abuse
  try {
    if (new URL(origin).host === request.headers.host) return true;
  } catch {
    return false;
  }
  return config.corsOrigins.includes(origin);
}
