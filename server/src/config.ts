import net from 'node:net';
import path from 'node:path';
import { Role } from './auth/viewer';

/** Every environment variable the service reads, parsed and validated once at start-up. */
export interface Config {
  /** `development` is opt-in: anything else (including unset) behaves as production. */
  readonly development: boolean;
  readonly port: number;
  readonly host: string;
  /** PostgreSQL server to use; when null the embedded PostgreSQL is started. */
  readonly databaseUrl: string | null;
  /** Read replicas of DATABASE_URL (comma-separated DATABASE_REPLICA_URLS). */
  readonly databaseReplicaUrls: readonly string[];
  /** PostgreSQL schema (search_path) to use in DATABASE_URL; null = the server's default. */
  readonly databaseSchema: string | null;
  readonly embeddedDataDir: string;
  readonly embeddedPort: number;
  /** Number of demo facilities to seed on first start of an empty embedded database (0 = none). */
  readonly demoFacilities: number;
  readonly introspection: boolean;
  /** When introspection is off for everyone: still allow it to requests signed in with an API token. */
  readonly introspectionForTokens: boolean;
  readonly logLevel: string;
  readonly clientDistDir: string;
  /** Origins allowed to call the API from a browser (CORS); empty = same-origin only. */
  readonly corsOrigins: readonly string[];
  /** How long to wait for a database connection before answering SERVICE_UNAVAILABLE. */
  readonly dbConnectTimeoutMs: number;
  /**
   * Which peers may tell the client's address in X-Forwarded-For (TRUST_PROXY): a hop count, or
   * the proxies' addresses and CIDR ranges. 0 (the default): none, the socket's peer is the client.
   */
  readonly trustProxy: TrustProxy;
  /** Timeouts, read routing, health checks and migrations of the database (db/). */
  readonly database: DatabaseDeploymentConfig;
  readonly metricsEnabled: boolean;
  /** How long in-flight requests may run after SIGTERM before their connections are closed. */
  readonly shutdownTimeoutMs: number;
  /** Public base URL of the dashboard, used in mailed links (never taken from a request's Host header). */
  readonly publicBaseUrl: string;
  /** Largest file accepted by the attachment upload endpoint, in bytes (default 10 MB). */
  readonly attachmentMaxBytes: number;
  readonly auth: AuthConfig;
  readonly mail: MailConfig;
  /** A bed report older than this many hours is flagged as stale in 地域病床見える化 (GMIS_BED_REPORT_STALE_HOURS). */
  readonly bedReportStaleHours: number;
  /** A facility may correct (訂正) its reports of this many days back (GMIS_BED_CORRECTION_DAYS). */
  readonly bedCorrectionDays: number;
  /**
   * CSV exports one process streams at once (GMIS_EXPORT_CONCURRENCY). Each holds a database
   * connection while its client downloads; the limit keeps slow downloads from taking the pool.
   */
  readonly exportConcurrency: number;
  /** Limits on what one GraphQL request may ask for (graphql/limits.ts, graphql/cost.ts). */
  readonly graphqlLimits: GraphQLLimits;
  /**
   * Trusted-documents manifest (codegen persisted documents, `{ hash: document }`); when set,
   * browser-session requests may run only these documents. null = any document.
   */
  readonly trustedDocumentsPath: string | null;
  /** The dashboard's own persisted-documents manifest (codegen), resolved by hash even when not enforced. */
  readonly dashboardDocumentsPath: string;
  /** Also serve the API as an Apollo Federation 2 subgraph on /subgraph. */
  readonly subgraph: boolean;
  /** Run queries on /graphql compiled by graphql-jit (graphql/compiled-execution.ts); false = graphql-js. */
  readonly compiledQueries: boolean;
  /** Key-Net webhook delivery of the publication feed; null when KEYNET_WEBHOOK_URL is unset. */
  readonly keyNetWebhook: KeyNetWebhookConfig | null;
}

/** Limits on one statement, per pool: a statement that runs or waits longer fails (503 SERVICE_UNAVAILABLE). */
export interface PoolTimeouts {
  /** PostgreSQL's statement_timeout for the pool's connections (0: none). */
  readonly statementTimeoutMs: number;
  /**
   * How long the service waits for the answer to a statement before it gives up and closes the
   * connection (0: forever). Catches what statement_timeout cannot: a frozen or unreachable server.
   */
  readonly queryTimeoutMs: number;
}

/** Which callers may have their reads served by a replica (DATABASE_REPLICA_READERS). */
export interface ReplicaReaders {
  readonly anonymous: boolean;
  /** Dashboard sessions (cookie), whatever their role. */
  readonly sessions: boolean;
  /** API tokens (Authorization: Bearer), whatever their role. */
  readonly tokens: boolean;
  /** Signed-in viewers of these roles, by session or token. */
  readonly roles: ReadonlySet<Role>;
}

export interface DatabaseDeploymentConfig {
  readonly primary: PoolTimeouts;
  readonly replica: PoolTimeouts;
  readonly replicaReaders: ReplicaReaders;
  /** A replica whose replay is further behind the primary than this is taken out of rotation. */
  readonly replicaMaxLagMs: number;
  /** How often the database, its migrations and each replica are checked in the background (/readyz, rotation). */
  readonly healthIntervalMs: number;
  /** Apply pending migrations when a process starts (MIGRATE_AT_START); false: `npm run migrate` does it. */
  readonly migrateAtStart: boolean;
}

/** Express's `trust proxy`: how many proxies stand in front (0: none), or which addresses are proxies. */
export type TrustProxy = number | readonly string[];

export interface KeyNetWebhookConfig {
  readonly url: string;
  /** HMAC-SHA256 key for the X-KeyNet-Signature header. Never logged. */
  readonly secret: string;
  readonly pollMs: number;
  readonly retryBaseMs: number;
  readonly retryMaxMs: number;
  readonly timeoutMs: number;
}

export interface AuthConfig {
  /** Dashboard sessions end this long after sign-in (absolute, not sliding). */
  readonly sessionTtlMinutes: number;
  /** A session's viewer is reused this long after it was looked up (accounts/session-viewers.ts); 0: every request asks. */
  readonly sessionCacheSeconds: number;
  /** Secure cookie (and the __Host- name prefix); defaults to on when PUBLIC_BASE_URL is https. */
  readonly secureCookie: boolean;
  readonly passwordResetTtlMinutes: number;
  /** Failed sign-ins allowed per login ID within the window before it is blocked for the window. */
  readonly loginFailuresPerAccount: number;
  /** Failed sign-ins allowed per client address within the window. */
  readonly loginFailuresPerAddress: number;
  readonly loginFailureWindowSeconds: number;
  /** Reset mails per login ID per hour (more are dropped silently: the answer stays the same). */
  readonly passwordResetsPerAccountPerHour: number;
}

export interface MailConfig {
  /** SMTP server; when null, `npm start` delivers to a loopback SMTP server that saves mails to catcherDir. */
  readonly smtpHost: string | null;
  readonly smtpPort: number;
  /** Implicit TLS (port 465); otherwise STARTTLS is used when the server offers it. */
  readonly smtpSecure: boolean;
  readonly smtpUser: string | null;
  readonly smtpPassword: string | null;
  readonly from: string;
  readonly pollIntervalMs: number;
  readonly maxAttempts: number;
  readonly catcherDir: string;
}

export interface GraphQLLimits {
  readonly maxCost: number;
  /** Bucket of API tokens (per account) and anonymous callers (per address): protects the service. */
  readonly costBudget: number;
  readonly costRestoreRate: number;
  /**
   * Bucket of dashboard sessions (per account, all its browser sessions together), sized for a
   * person's interactive work: by default 30 requests of the largest allowed cost in a burst,
   * refilled within a minute, and never smaller than the token bucket.
   */
  readonly sessionCostBudget: number;
  readonly sessionCostRestoreRate: number;
  readonly maxDepth: number;
  readonly maxAliases: number;
  readonly maxDirectives: number;
  readonly maxTokens: number;
}

export class ConfigError extends Error {}

const projectRoot = path.resolve(__dirname, __dirname.includes(`${path.sep}dist${path.sep}`) ? '../../..' : '../..');

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw)) throw new ConfigError(`${name} must be an integer, got "${raw}"`);
  const value = Number(raw);
  if (value < min || value > max) throw new ConfigError(`${name} must be between ${min} and ${max}, got ${value}`);
  return value;
}

function flag(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw.toLowerCase())) return true;
  if (['0', 'false', 'no', 'off'].includes(raw.toLowerCase())) return false;
  throw new ConfigError(`${name} must be true or false, got "${raw}"`);
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const development = env.NODE_ENV === 'development';
  const port = integer(env, 'PORT', 4000, 0, 65535);
  const databaseUrl = env.DATABASE_URL && env.DATABASE_URL.trim() !== '' ? env.DATABASE_URL.trim() : null;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigError('DATABASE_URL must be a postgres:// URL');
  }
  const databaseReplicaUrls = (env.DATABASE_REPLICA_URLS ?? '')
    .split(',')
    .map((u) => u.trim())
    .filter(Boolean);
  for (const replica of databaseReplicaUrls) {
    if (!/^postgres(ql)?:\/\//.test(replica)) throw new ConfigError('DATABASE_REPLICA_URLS must be postgres:// URLs');
  }
  if (databaseReplicaUrls.length && !databaseUrl) throw new ConfigError('DATABASE_REPLICA_URLS needs DATABASE_URL');
  const databaseSchema = env.DATABASE_SCHEMA?.trim() || null;
  // Goes into the connection's options string: a plain identifier only.
  if (databaseSchema && !/^[a-z_][a-z0-9_]{0,62}$/.test(databaseSchema)) {
    throw new ConfigError('DATABASE_SCHEMA must be a lower-case PostgreSQL identifier');
  }
  const publicBaseUrl = (env.PUBLIC_BASE_URL || `http://localhost:${port}`).replace(/\/+$/, '');
  if (!/^https?:\/\/[^/?#]+(\/[^?#]*)?$/.test(publicBaseUrl)) throw new ConfigError('PUBLIC_BASE_URL must be an http(s) URL');
  const smtpHost = env.SMTP_HOST && env.SMTP_HOST.trim() !== '' ? env.SMTP_HOST.trim() : null;
  const smtpSecure = flag(env, 'SMTP_SECURE', false);
  return {
    development,
    databaseReplicaUrls,
    databaseSchema,
    port,
    host: env.HOST || '127.0.0.1',
    databaseUrl,
    embeddedDataDir: path.resolve(projectRoot, env.GMIS_DATA_DIR || '.data/postgres'),
    embeddedPort: integer(env, 'GMIS_EMBEDDED_PG_PORT', 54329, 1024, 65535),
    demoFacilities: integer(env, 'GMIS_DEMO_FACILITIES', 3000, 0, 1_000_000),
    introspection: flag(env, 'GRAPHQL_INTROSPECTION', development),
    introspectionForTokens: flag(env, 'GRAPHQL_INTROSPECTION_FOR_TOKENS', true),
    logLevel: env.LOG_LEVEL || (env.NODE_ENV === 'test' ? 'silent' : 'info'),
    clientDistDir: path.resolve(projectRoot, env.GMIS_CLIENT_DIR || 'client/dist'),
    corsOrigins: (env.CORS_ORIGINS ?? '')
      .split(',')
      .map((origin) => origin.trim())
      .filter(Boolean)
      .map((origin) => {
        if (!/^https?:\/\/[^/\s]+$/.test(origin))
          throw new ConfigError(`CORS_ORIGINS: "${origin}" is not an origin like https://example.jp`);
        return origin;
      }),
    dbConnectTimeoutMs: integer(env, 'DB_CONNECT_TIMEOUT_MS', 3000, 100, 60_000),
    trustProxy: trustProxy(env.TRUST_PROXY),
    database: databaseDeployment(env),
    metricsEnabled: flag(env, 'METRICS_ENABLED', true),
    shutdownTimeoutMs: integer(env, 'SHUTDOWN_TIMEOUT_MS', 10_000, 0, 120_000),
    publicBaseUrl,
    attachmentMaxBytes: integer(env, 'GMIS_ATTACHMENT_MAX_BYTES', 10 * 1024 * 1024, 1, 100 * 1024 * 1024),
    auth: {
      sessionTtlMinutes: integer(env, 'SESSION_TTL_MINUTES', 480, 5, 60 * 24 * 30),
      sessionCacheSeconds: integer(env, 'SESSION_CACHE_SECONDS', 2, 0, 60),
      secureCookie: flag(env, 'SESSION_COOKIE_SECURE', publicBaseUrl.startsWith('https://')),
      passwordResetTtlMinutes: integer(env, 'PASSWORD_RESET_TTL_MINUTES', 30, 5, 24 * 60),
      loginFailuresPerAccount: integer(env, 'LOGIN_FAILURES_PER_ACCOUNT', 10, 1, 1000),
      loginFailuresPerAddress: integer(env, 'LOGIN_FAILURES_PER_ADDRESS', 100, 1, 100_000),
      loginFailureWindowSeconds: integer(env, 'LOGIN_FAILURE_WINDOW_SECONDS', 900, 1, 86_400),
      passwordResetsPerAccountPerHour: integer(env, 'PASSWORD_RESETS_PER_ACCOUNT_PER_HOUR', 5, 1, 1000),
    },
    mail: {
      smtpHost,
      smtpPort: integer(env, 'SMTP_PORT', smtpSecure ? 465 : 587, 1, 65535),
      smtpSecure,
      smtpUser: env.SMTP_USER || null,
      smtpPassword: env.SMTP_PASSWORD || null,
      from: env.MAIL_FROM || 'G-MIS事務局 <no-reply@gmis.invalid>',
      pollIntervalMs: integer(env, 'MAIL_POLL_INTERVAL_MS', 2000, 10, 600_000),
      maxAttempts: integer(env, 'MAIL_MAX_ATTEMPTS', 10, 1, 100),
      catcherDir: path.resolve(projectRoot, env.GMIS_MAIL_DIR || '.data/mail'),
    },
    bedReportStaleHours: integer(env, 'GMIS_BED_REPORT_STALE_HOURS', 24, 1, 24 * 30),
    bedCorrectionDays: integer(env, 'GMIS_BED_CORRECTION_DAYS', 14, 1, 366),
    exportConcurrency: integer(env, 'GMIS_EXPORT_CONCURRENCY', 3, 1, 100),
    graphqlLimits: graphqlLimits(env),
    dashboardDocumentsPath: path.resolve(projectRoot, 'client/src/gql/persisted-documents.json'),
    trustedDocumentsPath: env.GRAPHQL_TRUSTED_DOCUMENTS ? path.resolve(projectRoot, env.GRAPHQL_TRUSTED_DOCUMENTS) : null,
    subgraph: flag(env, 'GRAPHQL_SUBGRAPH', false),
    compiledQueries: flag(env, 'GRAPHQL_COMPILED_QUERIES', true),
    keyNetWebhook: keyNetWebhook(env),
  };
}

function graphqlLimits(env: NodeJS.ProcessEnv): GraphQLLimits {
  const maxCost = integer(env, 'GRAPHQL_MAX_COST', 10_000, 1, 10_000_000);
  const costBudget = integer(env, 'GRAPHQL_COST_BUDGET', 50_000, 1, 100_000_000);
  if (costBudget < maxCost) throw new ConfigError('GRAPHQL_COST_BUDGET must be at least GRAPHQL_MAX_COST');
  const costRestoreRate = integer(env, 'GRAPHQL_COST_RESTORE_RATE', 500, 1, 10_000_000);
  const sessionCostBudget = integer(env, 'GRAPHQL_SESSION_COST_BUDGET', Math.max(30 * maxCost, costBudget), 1, 100_000_000);
  if (sessionCostBudget < maxCost) throw new ConfigError('GRAPHQL_SESSION_COST_BUDGET must be at least GRAPHQL_MAX_COST');
  return {
    maxCost,
    costBudget,
    costRestoreRate,
    sessionCostBudget,
    sessionCostRestoreRate: integer(
      env,
      'GRAPHQL_SESSION_COST_RESTORE_RATE',
      Math.max(Math.ceil(sessionCostBudget / 60), costRestoreRate),
      1,
      10_000_000,
    ),
    maxDepth: integer(env, 'GRAPHQL_MAX_DEPTH', 10, 2, 100),
    maxAliases: integer(env, 'GRAPHQL_MAX_ALIASES', 15, 0, 1000),
    maxDirectives: integer(env, 'GRAPHQL_MAX_DIRECTIVES', 20, 0, 1000),
    maxTokens: integer(env, 'GRAPHQL_MAX_TOKENS', 3000, 100, 1_000_000),
  };
}

function poolTimeouts(env: NodeJS.ProcessEnv, prefix: 'DB' | 'DB_REPLICA', fallback?: PoolTimeouts): PoolTimeouts {
  const statementTimeoutMs = integer(env, `${prefix}_STATEMENT_TIMEOUT_MS`, fallback?.statementTimeoutMs ?? 5000, 0, 3_600_000);
  // A second more than the server's own limit, so that a slow statement is cancelled by PostgreSQL
  // (its connection stays usable) and only an unanswering server is given up on here.
  const derived = statementTimeoutMs ? statementTimeoutMs + 1000 : 30_000;
  const ownStatementTimeout = env[`${prefix}_STATEMENT_TIMEOUT_MS`] !== undefined && env[`${prefix}_STATEMENT_TIMEOUT_MS`] !== '';
  const queryTimeoutMs = integer(
    env,
    `${prefix}_QUERY_TIMEOUT_MS`,
    fallback && !ownStatementTimeout ? fallback.queryTimeoutMs : derived,
    0,
    3_600_000,
  );
  if (statementTimeoutMs && queryTimeoutMs && queryTimeoutMs < statementTimeoutMs) {
    throw new ConfigError(`${prefix}_QUERY_TIMEOUT_MS must be at least ${prefix}_STATEMENT_TIMEOUT_MS (or 0)`);
  }
  return { statementTimeoutMs, queryTimeoutMs };
}

function replicaReaders(env: NodeJS.ProcessEnv): ReplicaReaders {
  const items = (env.DATABASE_REPLICA_READERS ?? 'all')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
  const roles = new Set<Role>();
  let anonymous = false;
  let sessions = false;
  let tokens = false;
  for (const item of items) {
    if (item === 'all') anonymous = sessions = tokens = true;
    else if (item === 'anonymous') anonymous = true;
    else if (item === 'sessions') sessions = true;
    else if (item === 'tokens') tokens = true;
    else if ((Object.values(Role) as string[]).includes(item)) roles.add(item as Role);
    else
      throw new ConfigError(
        `DATABASE_REPLICA_READERS: "${item}" is none of all, anonymous, sessions, tokens, ${Object.values(Role).join(', ')}`,
      );
  }
  return { anonymous, sessions, tokens, roles };
}

function databaseDeployment(env: NodeJS.ProcessEnv): DatabaseDeploymentConfig {
  const primary = poolTimeouts(env, 'DB');
  return {
    primary,
    replica: poolTimeouts(env, 'DB_REPLICA', primary),
    replicaReaders: replicaReaders(env),
    replicaMaxLagMs: integer(env, 'DATABASE_REPLICA_MAX_LAG_MS', 10_000, 100, 3_600_000),
    healthIntervalMs: integer(env, 'DATABASE_HEALTH_INTERVAL_MS', 1000, 50, 60_000),
    migrateAtStart: flag(env, 'MIGRATE_AT_START', true),
  };
}

const PROXY_RANGE_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

/**
 * TRUST_PROXY: unset, empty or 0 trusts no proxy; a number is how many proxies stand in front
 * (the client is that many entries from the end of X-Forwarded-For); otherwise a comma-separated
 * list of the proxies' addresses, CIDR ranges or Express's names loopback, linklocal,
 * uniquelocal. "true" (trust every hop) is refused: any client could then choose its address.
 */
function trustProxy(raw: string | undefined): TrustProxy {
  const value = raw?.trim() ?? '';
  if (value === '') return 0;
  if (/^\d+$/.test(value)) {
    const hops = Number(value);
    if (hops > 10) throw new ConfigError(`TRUST_PROXY must be a hop count between 0 and 10 or a list of addresses, got ${hops}`);
    return hops;
  }
  if (/^(true|yes|on)$/i.test(value)) {
    throw new ConfigError(
      'TRUST_PROXY=true would let any client choose its address: give the number of proxies in front (e.g. 1) or their addresses',
    );
  }
  const entries = value
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  for (const entry of entries) {
    if (PROXY_RANGE_NAMES.has(entry)) continue;
    const [address, bits, ...rest] = entry.split('/');
    const family = net.isIP(address);
    const prefixOk =
      bits === undefined || (/^\d{1,3}$/.test(bits) && Number(bits) <= (family === 6 ? 128 : 32)) || (family === 4 && net.isIPv4(bits));
    if (!family || !prefixOk || rest.length) {
      throw new ConfigError(
        `TRUST_PROXY: "${entry}" is not an address, a CIDR range (10.0.0.0/8) or one of loopback, linklocal, uniquelocal`,
      );
    }
  }
  return entries;
}

function keyNetWebhook(env: NodeJS.ProcessEnv): KeyNetWebhookConfig | null {
  const url = env.KEYNET_WEBHOOK_URL?.trim();
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new ConfigError('KEYNET_WEBHOOK_URL must be an http(s) URL');
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') throw new ConfigError('KEYNET_WEBHOOK_URL must be an http(s) URL');
  const secret = env.KEYNET_WEBHOOK_SECRET ?? '';
  if (secret.length < 32)
    throw new ConfigError('KEYNET_WEBHOOK_SECRET must be set (at least 32 characters) when KEYNET_WEBHOOK_URL is set');
  return {
    url: parsed.toString(),
    secret,
    pollMs: integer(env, 'KEYNET_WEBHOOK_POLL_MS', 5000, 10, 3_600_000),
    retryBaseMs: integer(env, 'KEYNET_WEBHOOK_RETRY_BASE_MS', 1000, 1, 3_600_000),
    retryMaxMs: integer(env, 'KEYNET_WEBHOOK_RETRY_MAX_MS', 600_000, 1, 86_400_000),
    timeoutMs: integer(env, 'KEYNET_WEBHOOK_TIMEOUT_MS', 10_000, 100, 120_000),
  };
}

export { projectRoot };
