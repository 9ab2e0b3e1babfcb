import pg from 'pg';
import type { DataSource } from 'typeorm';
import type { Logger } from 'pino';
import { createDataSource, poolConnectionOptions } from '../../../ormconfig';
import type { Config } from '../config';
import { DatabaseMonitor, type ReplicaTarget } from './database-monitor';
import { type EmbeddedPostgresHandle, startEmbeddedPostgres } from './embedded-postgres';
import { ReadRouting, type ReplicaPool } from './read-routing';

export interface Database {
  dataSource: DataSource;
  /** Set when this process started the embedded PostgreSQL. */
  embedded: EmbeddedPostgresHandle | null;
  /** Background health of the primary (readiness) and of each replica (rotation). */
  monitor: DatabaseMonitor;
  /** Which reads may go to a replica (db/read-routing.ts). */
  routing: ReadRouting;
  /** Runs long work (migrations, seeding) on a connection without the service's statement timeouts. */
  maintenance<T>(work: (dataSource: DataSource) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** The database's address: DATABASE_URL, or the embedded PostgreSQL started for it. */
export async function databaseUrl(config: Config, log: Logger): Promise<{ url: string; embedded: EmbeddedPostgresHandle | null }> {
  if (config.databaseUrl) return { url: config.databaseUrl, embedded: null };
  log.info({ dataDir: config.embeddedDataDir, port: config.embeddedPort }, 'starting embedded PostgreSQL');
  const embedded = await startEmbeddedPostgres({
    dataDir: config.embeddedDataDir,
    port: config.embeddedPort,
    log: (message) => log.debug({ component: 'embedded-postgres' }, message),
  });
  return { url: embedded.url, embedded };
}

/** Applies every pending migration, each in its own transaction, without statement timeouts. */
export async function migrate(url: string, config: Config, log: Logger): Promise<string[]> {
  return withMaintenance(url, config, async (dataSource) => {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    if (applied.length) log.info({ migrations: applied.map((m) => m.name) }, 'migrations applied');
    return applied.map((m) => m.name);
  });
}

async function withMaintenance<T>(url: string, config: Config, work: (dataSource: DataSource) => Promise<T>): Promise<T> {
  // Several processes may start at once: TypeORM locks its migrations table, so they apply each migration once.
  const dataSource = createDataSource({
    url,
    schema: config.databaseSchema ?? undefined,
    connectTimeoutMs: config.dbConnectTimeoutMs,
    poolSize: 2,
    applicationName: 'gmis-graphql-maintenance',
  });
  await dataSource.initialize();
  try {
    return await work(dataSource);
  } finally {
    await dataSource.destroy();
  }
}

/**
 * Connects to DATABASE_URL (or starts the embedded PostgreSQL), applies pending migrations unless
 * MIGRATE_AT_START=false, and opens the service's pools (statement and query timeouts per pool),
 * the replicas' pools and the background health checks.
 */
export async function openDatabase(config: Config, log: Logger): Promise<Database> {
  const { url, embedded } = await databaseUrl(config, log);
  const schema = config.databaseSchema ?? undefined;
  const { primary: primaryTimeouts, replica: replicaTimeouts } = config.database;
  const dataSource = createDataSource({ url, schema, connectTimeoutMs: config.dbConnectTimeoutMs, ...primaryTimeouts });
  try {
    if (config.database.migrateAtStart) await migrate(url, config, log);
    await dataSource.initialize();
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
  const replicas: ReplicaPool[] = config.databaseReplicaUrls.map((replicaUrl, i) => {
    const connection = {
      connectionString: replicaUrl,
      ...poolConnectionOptions({
        url: replicaUrl,
        schema,
        connectTimeoutMs: config.dbConnectTimeoutMs,
        ...replicaTimeouts,
        applicationName: 'gmis-graphql-replica',
      }),
    };
    const target: ReplicaTarget = { name: replicaName(replicaUrl, i), connection };
    const pool = new pg.Pool(connection);
    pool.on('error', (err) => log.warn({ replica: target.name, err }, 'replica connection lost'));
    return { target, pool };
  });
  const monitor = DatabaseMonitor.forDataSource(dataSource, {
    replicas: replicas.map((r) => r.target),
    intervalMs: config.database.healthIntervalMs,
    checkTimeoutMs: config.dbConnectTimeoutMs,
    maxLagMs: config.database.replicaMaxLagMs,
    log: log.child({ component: 'database-monitor' }),
  });
  await monitor.checkNow();
  monitor.start();
  const routing = ReadRouting.install(dataSource, replicas, monitor, {
    readers: config.database.replicaReaders,
    maxLagMs: config.database.replicaMaxLagMs,
    log,
  });
  routing.start();
  return {
    dataSource,
    embedded,
    monitor,
    routing,
    maintenance: (work) => withMaintenance(url, config, work),
    async close() {
      await monitor.stop();
      await routing.stop();
      await dataSource.destroy();
      await embedded?.stop();
    },
  };
}

function replicaName(url: string, index: number): string {
  try {
    const { hostname, port } = new URL(url);
    return `replica ${index + 1} (${hostname}:${port || 5432})`;
  } catch {
    return `replica ${index + 1}`;
  }
}
