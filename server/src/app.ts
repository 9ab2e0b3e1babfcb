import { isUtf8 } from 'node:buffer';
import crypto from 'node:crypto';
import fs from 'node:fs';
import type http from 'node:http';
import path from 'node:path';
import express from 'express';
import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { pinoHttp } from 'pino-http';
import { Counter } from 'prom-client';
import { type Logger, stdSerializers } from 'pino';
import type { DataSource } from 'typeorm';
import type { GraphQLSchema } from 'graphql';
import { ANONYMOUS, type ViewerResolver } from './auth/viewer';
import { httpExchange } from './auth/http-exchange';
import type { Config } from './config';
import { loggableError } from './logger';
import { type Context, createContext } from './graphql/context';
import { compiledQueryExecution } from './graphql/compiled-execution';
import { formatErrorForClient } from './graphql/errors';
import { errorLogPlugin, loggingContextFailures, requestIdOf } from './graphql/error-log';
import { privateResponsesPlugin } from './graphql/private-responses';
import { buildAppSchema, buildSubgraphAppSchema, startDomains } from './app.modules';
import { ServiceMetrics } from './http/metrics';
import { countUndeliveredMail } from './mail/outbox';
import { corsPolicy, securityHeaders } from './http/security';
import { sendEncodedJson, stringifyAnswer } from './http/json-bytes';
import { rethrowUnavailable, serviceUnavailableErrors, serviceUnavailableStatus } from './http/service-unavailable';
import { DatabaseMonitor } from './db/database-monitor';
import { ReadRouting } from './db/read-routing';
import { readYourWritesPlugin } from './graphql/read-your-writes.plugin';
import { requestGuards } from './graphql/request-guards';
import { CostBudgetLedger, type LedgerTiming } from './graphql/cost-budget';
import type { CostBudgets } from './graphql/cost';
import { attachSubscriptions, type Subscriptions } from './graphql/subscriptions';
import { createOperationRunner, LateOperationRunner, type OperationRunner } from './graphql/operation-runner';

export interface App {
  express: express.Express;
  apollo: ApolloServer<Context>;
  metrics: ServiceMetrics;
  /** Runs operations of /graphql as a viewer (the domains' workers take it: main.ts). */
  operations: OperationRunner;
  /**
   * Serves subscriptions (GraphQL over WebSocket) at /graphql on the server that serves `express`.
   * Close them first when shutting down: an open WebSocket keeps `server.close()` waiting.
   */
  attachSubscriptions(server: http.Server): Subscriptions;
  stop(): Promise<void>;
}

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/**
 * HTTP wiring only: routes, GraphQL, health checks and the dashboard. No business logic here, and
 * no domain by name: the domains' schema, context values, routes and gauges come from the
 * composition root (app.modules.ts).
 */
export interface AppDependencies {
  config: Config;
  db: DataSource;
  log: Logger;
  resolveViewer?: ViewerResolver;
  /** The database's background health (/readyz); without one, the app checks `db` itself. */
  monitor?: DatabaseMonitor;
  /** Which reads may go to replicas (db/read-routing.ts); without one, all run on the primary. */
  routing?: ReadRouting;
  /** How the cost-budget ledgers batch and read their clock; tests hold the batch back or move the clock. */
  costLedgerTiming?: LedgerTiming;
}

/**
 * JSON request bodies up to 1 MB, refused (400 BAD_USER_INPUT) unless they are valid UTF-8 and
 * every string in them is well-formed Unicode: the parser would otherwise put U+FFFD in place of
 * bad bytes, and a lone surrogate (\ud800) would become U+FFFD on its way to PostgreSQL, so the
 * stored text would differ from what was sent.
 */
function jsonBody(): express.RequestHandler[] {
  return [
    express.json({
      limit: '1mb',
      verify: (_req, _res, buffer) => {
        if (!isUtf8(buffer)) throw Object.assign(new Error('request body is not valid UTF-8'), { status: 400, expose: true });
      },
    }),
    (req, _res, next) => {
      next(
        hasMalformedText(req.body)
          ? Object.assign(new Error('request body has a lone surrogate'), { status: 400, expose: true })
          : undefined,
      );
    },
  ];
}

function hasMalformedText(value: unknown): boolean {
  const pending: unknown[] = [value];
  while (pending.length) {
    const item = pending.pop();
    if (typeof item === 'string') {
      if (!item.isWellFormed()) return true;
    } else if (item !== null && typeof item === 'object') {
      for (const [key, nested] of Object.entries(item)) {
        if (!key.isWellFormed()) return true;
        pending.push(nested);
      }
    }
  }
  return false;
}

/**
 * A GraphQL endpoint's handlers in an app of their own, mounted on the service's (settings such as
 * `trust proxy` are inherited, errors go on to the service's error handlers), so that its answers
 * carry no ETag: they are no-store (graphql/private-responses.ts), so no cache keeps one to
 * revalidate, and Express would otherwise hash every body for it (a 2,000-row report page is 2 MB:
 * ~2 ms of CPU per request, npm run bench's CPU profile). Its answers are sent as the chunks they
 * were encoded to (http/json-bytes.ts).
 */
function graphqlEndpoint(...handlers: (express.RequestHandler | express.RequestHandler[])[]): express.Express {
  const endpoint = express();
  endpoint.disable('x-powered-by');
  endpoint.set('etag', false);
  endpoint.use(sendEncodedJson(), ...handlers);
  return endpoint;
}

export async function createApp(deps: AppDependencies): Promise<App> {
  const { config, db, log } = deps;
  // Read before the first request (reference data), so that no request pays for it (or fails on it alone).
  const operations = new LateOperationRunner();
  const domains = await startDomains({ db, config, log, operations });
  const metrics = new ServiceMetrics(db);
  metrics.addGauge('gmis_mail_outbox_undelivered', 'Mails in the outbox neither sent nor given up on', () => countUndeliveredMail(db));
  for (const gauge of domains.gauges) metrics.addGauge(gauge.name, gauge.help, () => gauge.read());
  const resolveCredentials: ViewerResolver = deps.resolveViewer ?? (async () => ANONYMOUS);
  const routing = deps.routing ?? ReadRouting.none(db);
  const ownMonitor = deps.monitor
    ? null
    : DatabaseMonitor.forDataSource(db, {
        intervalMs: config.database.healthIntervalMs,
        checkTimeoutMs: config.dbConnectTimeoutMs,
        maxLagMs: config.database.replicaMaxLagMs,
        log,
      });
  const monitor = deps.monitor ?? ownMonitor!;
  if (ownMonitor) {
    await ownMonitor.checkNow();
    ownMonitor.start();
  }
  // The viewer is looked up on the primary (a session signed in a moment ago exists there); then the
  // request's reads may go to a replica if this viewer's may (db/read-routing.ts). A database outage
  // here is 503 with Retry-After like anywhere else, for signed-in and anonymous callers alike.
  const resolveViewer: ViewerResolver = async (req, database) => {
    const viewer = await resolveCredentials(req, database).catch(rethrowUnavailable);
    await routing.admit(viewer).catch(rethrowUnavailable);
    return viewer;
  };
  const reads = new Counter({
    name: 'gmis_db_reads_total',
    help: 'Reads outside transactions by where they ran (primary or replica; db/read-routing.ts)',
    labelNames: ['target'] as const,
    registers: [metrics.registry],
  });
  routing.onRead = (target) => reads.inc({ target });
  metrics.addGauge(
    'gmis_db_replicas_in_rotation',
    'Read replicas that may serve reads now (db/database-monitor.ts)',
    async () => monitor.replicaHealth().filter((r) => r.inRotation).length,
  );
  // The same ledgers for both endpoints: a client has one budget (graphql/cost-budget.ts); dashboard
  // sessions have their own, larger bucket (graphql/cost.ts, CostBudgets).
  const limits = config.graphqlLimits;
  const onWriteError = (err: unknown) => log.warn({ err }, 'cost budget spends not written yet');
  const costBudgets: CostBudgets = {
    api: new CostBudgetLedger({ budget: limits.costBudget, restoreRate: limits.costRestoreRate }, deps.costLedgerTiming, onWriteError),
    sessions: new CostBudgetLedger(
      { budget: limits.sessionCostBudget, restoreRate: limits.sessionCostRestoreRate },
      deps.costLedgerTiming,
      onWriteError,
    ),
  };
  const newApollo = async (schema: GraphQLSchema, endpoint: 'graphql' | 'subgraph') => {
    // Request guards (limits, trusted documents, cost): graphql/request-guards.ts.
    const guards = requestGuards(config, endpoint, costBudgets, endpoint === 'graphql' ? domains.guards : {});
    const server = new ApolloServer<Context>({
      ...(endpoint === 'graphql' && config.compiledQueries ? { gateway: compiledQueryExecution(schema) } : { schema }),
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
      // Answers are encoded to UTF-8 without one long text (http/json-bytes.ts): a 2,000-row bed
      // report's 2 MB in ~9 ms instead of ~29 ms for JSON.stringify and encoding the text.
      stringifyResult: stringifyAnswer,
      // main.ts owns shutdown: drain HTTP, stop Apollo, then close the database.
      stopOnTerminationSignals: false,
      plugins: [
        ...guards.plugins,
        metrics.apolloPlugin(),
        serviceUnavailableStatus(),
        // A mutation reads on the primary and marks its writer for read-your-writes (db/read-routing.ts).
        readYourWritesPlugin(routing),
        // Internal errors once in the log, with request id, operation, cause and stack (never secrets).
        errorLogPlugin(),
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
  const schema = await buildAppSchema();
  const apollo = await newApollo(schema, 'graphql');
  // Saved reports, exports and mailed subscriptions run their operations through this same server.
  operations.bind(
    createOperationRunner(apollo, schema, (viewer, requestId, clientAddress) =>
      createContext({ requestId, db, parts: domains.context, config, log, viewer, clientAddress, operations }),
    ),
  );
  // The same API as a Federation 2 subgraph, on its own endpoint (see graphql/federation.ts).
  const subgraph = config.subgraph ? await newApollo(await buildSubgraphAppSchema(), 'subgraph') : null;

  const app = express();
  app.disable('x-powered-by');
  // Who may tell the client's address (X-Forwarded-For): TRUST_PROXY, none by default. req.ip is
  // the address the sign-in throttle, the anonymous cost budget and the audit log key on.
  app.set('trust proxy', config.trustProxy);
  app.use(
    pinoHttp({
      logger: log,
      // Errors through loggableError only (pino-http would first copy every property of an error,
      // TypeORM's statement parameters included).
      wrapSerializers: false,
      serializers: { req: stdSerializers.req, res: stdSerializers.res, err: loggableError },
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
  // From the state the monitor keeps fresh on its own connections: never waits behind requests for
  // the pool. A replica out of rotation is shown but leaves the process ready (reads fall back to
  // the primary); while draining, http/drain.ts answers 503 `draining` instead.
  app.get('/readyz', (_req, res) => {
    const readiness = monitor.readiness();
    res.setHeader('Cache-Control', 'no-store');
    res.status(readiness.ready ? 200 : 503).json({
      status: readiness.status,
      pendingMigrations: readiness.pendingMigrations,
      replicas: readiness.replicas.map(({ name, inRotation, reason, lagMs }) => ({ name, inRotation, reason, lagMs })),
    });
  });

  const context = loggingContextFailures(async ({ req, res }: { req: express.Request; res: express.Response }) =>
    createContext({
      requestId: requestIdOf(req),
      db,
      parts: domains.context,
      config,
      log: req.log,
      viewer: await resolveViewer(req, db),
      clientAddress: req.ip,
      http: httpExchange(req, res, config.auth),
      operations,
    }),
  );
  // Each request below gets its own read scope: reads on the primary until its viewer is admitted.
  app.use((_req, _res, next) => routing.run(next));
  app.use('/graphql', graphqlEndpoint(corsPolicy(config.corsOrigins), jsonBody(), expressMiddleware(apollo, { context })));
  if (subgraph) app.use('/subgraph', graphqlEndpoint(jsonBody(), expressMiddleware(subgraph, { context })));

  // The domains' endpoints beside /graphql (attachments, exports), with the same sign-in.
  for (const router of domains.routes(resolveViewer)) app.use(router);

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

  // A database outage in any route (exports, attachments): 503 with Retry-After.
  app.use(serviceUnavailableErrors());
  // Body-parser and other HTTP-level failures: a typed JSON error, never an HTML stack page.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- Express hands error middleware whatever was thrown
  app.use((error: any, req: express.Request, res: express.Response, next: express.NextFunction) => {
    if (res.headersSent) return next(error);
    const status = Number.isInteger(error?.status) && error.status >= 400 && error.status < 500 ? error.status : 500;
    const message =
      status === 413
        ? 'リクエストが大きすぎます。'
        : status < 500
          ? 'リクエストの形式が正しくありません。'
          : 'サーバー内部でエラーが発生しました。';
    if (status >= 500) req.log.error({ requestId: requestIdOf(req), route: req.path, err: error }, 'internal error');
    res.status(status).json({ errors: [{ message, extensions: { code: status < 500 ? 'BAD_USER_INPUT' : 'INTERNAL_SERVER_ERROR' } }] });
  });

  let subscriptions: Subscriptions | null = null;
  return {
    express: app,
    apollo,
    metrics,
    operations,
    attachSubscriptions(server) {
      // Subscriptions are not admitted to replicas: an event's row is read on the primary, where it was just committed.
      subscriptions ??= attachSubscriptions({
        server,
        schema,
        config,
        db,
        log,
        resolveViewer: resolveCredentials,
        parts: domains.context,
        domainListeners: () => domains.startSubscriptionContext(),
      });
      return subscriptions;
    },
    async stop() {
      await subscriptions?.stop();
      await apollo.stop();
      await subgraph?.stop();
      // Spends granted in this process and not written yet; main.ts closes the database after this.
      for (const ledger of [costBudgets.api, costBudgets.sessions]) {
        await ledger.flush().catch((err) => log.warn({ err }, 'cost budget spends could not be written at stop'));
      }
      await ownMonitor?.stop();
    },
  };
}
