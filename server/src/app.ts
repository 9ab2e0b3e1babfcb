import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import express from 'express';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { pinoHttp } from 'pino-http';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import type { GraphQLSchema } from 'graphql';
import { ANONYMOUS, type Viewer } from './auth/viewer';
import { httpExchange } from './auth/http-exchange';
import type { Config } from './config';
import { type Context, createContext } from './graphql/context';
import { formatErrorForClient } from './graphql/errors';
import { privateResponsesPlugin } from './graphql/private-responses';
import { buildAppSchema } from './graphql/schema';
import { createBedReportExportRouter } from './beds/bed-report.export';
import { ServiceMetrics } from './http/metrics';
import { corsPolicy, securityHeaders } from './http/security';
import { serviceUnavailableStatus } from './http/service-unavailable';
import { buildSubgraphAppSchema } from './graphql/federation';
import { requestGuards } from './graphql/request-guards';

export interface App {
  express: express.Express;
  apollo: ApolloServer<Context>;
  metrics: ServiceMetrics;
  stop(): Promise<void>;
}

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** HTTP wiring only: routes, GraphQL, health checks and the dashboard. No business logic here. */
/** Turns a request's credentials into a Viewer. The accounts domain provides the real one. */
export type ViewerResolver = (req: express.Request, db: DataSource) => Promise<Viewer>;

export interface AppDependencies {
  config: Config;
  db: DataSource;
  log: Logger;
  resolveViewer?: ViewerResolver;
}

export async function createApp(deps: AppDependencies): Promise<App> {
  const { config, db, log } = deps;
  const metrics = new ServiceMetrics(db);
  const resolveViewer: ViewerResolver = deps.resolveViewer ?? (async () => ANONYMOUS);
  const newApollo = async (schema: GraphQLSchema, endpoint: 'graphql' | 'subgraph') => {
    // Request guards (limits, trusted documents, cost): graphql/request-guards.ts.
    const guards = requestGuards(config, endpoint);
    const server = new ApolloServer<Context>({
      schema,
      parseOptions: guards.parseOptions,
      validationRules: guards.validationRules,
      // Off for everyone but API tokens is enforced by a request guard (graphql/introspection.ts).
      introspection: config.introspection || config.introspectionForTokens,
      includeStacktraceInErrorResponses: config.development,
      // Field suggestions ("Did you mean …?") would leak the schema when introspection is off.
      hideSchemaDetailsFromClientErrors: !config.introspection,
      formatError: formatErrorForClient(config.development),
      csrfPrevention: true,
      allowBatchedHttpRequests: false,
      // main.ts owns shutdown: drain HTTP, stop Apollo, then close the database.
      stopOnTerminationSignals: false,
      plugins: [
        ...guards.plugins,
        metrics.apolloPlugin(),
        serviceUnavailableStatus(),
        privateResponsesPlugin,
        // No cache hints are used (responses are no-store, private-responses.ts); Apollo's cache
        // control plugin would otherwise wrap every field's resolver (bench: ~10% of a 2,000-row report).
        ApolloServerPluginCacheControlDisabled(),
        ...(config.development ? [] : [ApolloServerPluginLandingPageDisabled()]),
        // No per-field timings (ftv1 traces) to whoever sends the header: we do not report to GraphOS.
        ...(endpoint === 'subgraph' ? [ApolloServerPluginInlineTraceDisabled()] : []),
      ],
      logger: {
        debug: (m) => log.debug(m),
        info: (m) => log.info(m),
        warn: (m) => log.warn(m),
        error: (m) => log.error(m),
      },
    });
    await server.start();
    return server;
  };
  const apollo = await newApollo(await buildAppSchema(), 'graphql');
  // The same API as a Federation 2 subgraph, on its own endpoint (see graphql/federation.ts).
  const subgraph = config.subgraph ? await newApollo(await buildSubgraphAppSchema(), 'subgraph') : null;

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  app.use(
    pinoHttp({
      logger: log,
      genReqId: (req, res) => {
        const given = req.headers['x-request-id'];
        const id = typeof given === 'string' && REQUEST_ID.test(given) ? given : crypto.randomUUID();
        res.setHeader('x-request-id', id);
        return id;
      },
      autoLogging: { ignore: (req) => req.url === '/healthz' || req.url === '/readyz' },
    }),
  );

  app.use(securityHeaders());
  app.use(metrics.httpMiddleware());
  if (config.metricsEnabled) app.get('/metrics', metrics.handler());

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    try {
      await db.query('SELECT 1');
      const pending = await db.showMigrations();
      if (pending) {
        res.status(503).json({ status: 'migrations pending' });
        return;
      }
      res.json({ status: 'ready' });
    } catch {
      res.status(503).json({ status: 'database unreachable' });
    }
  });

  const context = async ({ req, res }: { req: express.Request; res: express.Response }) =>
    createContext({
      requestId: String(req.id),
      db,
      config,
      log: req.log,
      viewer: await resolveViewer(req, db),
      clientAddress: req.ip,
      http: httpExchange(req, res, config.auth),
    });
  app.use('/graphql', corsPolicy(config.corsOrigins), express.json({ limit: '1mb' }), expressMiddleware(apollo, { context }));
  if (subgraph) app.use('/subgraph', express.json({ limit: '1mb' }), expressMiddleware(subgraph, { context }));

  app.use(createBedReportExportRouter({ db, config, log, resolveViewer }));

  const indexHtml = path.join(config.clientDistDir, 'index.html');
  if (fs.existsSync(indexHtml)) {
    app.use(express.static(config.clientDistDir, { index: false, maxAge: '1h' }));
    // Client-side routes: any other GET that wants HTML gets the dashboard shell.
    app.get(/^\/(?!graphql|subgraph|healthz|readyz|api\/).*/, (req, res, next) => {
      if (!req.accepts('html')) return next();
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(indexHtml);
    });
  } else {
    log.warn({ clientDistDir: config.clientDistDir }, 'dashboard not built; run npm run build:client');
  }

  // Body-parser and other HTTP-level failures: a typed JSON error, never an HTML stack page.
  app.use((error: any, _req: express.Request, res: express.Response, next: express.NextFunction) => {
    if (res.headersSent) return next(error);
    const status = Number.isInteger(error?.status) && error.status >= 400 && error.status < 500 ? error.status : 500;
    const message =
      status === 413 ? 'リクエストが大きすぎます。' : status < 500 ? 'リクエストの形式が正しくありません。' : 'サーバー内部でエラーが発生しました。';
    if (status >= 500) log.error({ err: error }, 'unhandled HTTP error');
    res.status(status).json({ errors: [{ message, extensions: { code: status < 500 ? 'BAD_USER_INPUT' : 'INTERNAL_SERVER_ERROR' } }] });
  });

  return {
    express: app,
    apollo,
    metrics,
    async stop() {
      await apollo.stop();
      await subgraph?.stop();
    },
  };
}
