import type { DataSource } from 'typeorm';
import type { Logger } from 'pino';
import { createDataSource } from '../../../ormconfig';
import type { Config } from '../config';
import { type EmbeddedPostgresHandle, startEmbeddedPostgres } from './embedded-postgres';

export interface Database {
  dataSource: DataSource;
  /** Set when this process started the embedded PostgreSQL. */
  embedded: EmbeddedPostgresHandle | null;
  close(): Promise<void>;
}

/** Connects to DATABASE_URL, or starts the embedded PostgreSQL, then runs pending migrations. */
export async function openDatabase(config: Config, log: Logger): Promise<Database> {
  let embedded: EmbeddedPostgresHandle | null = null;
  let url = config.databaseUrl;
  if (!url) {
    log.info({ dataDir: config.embeddedDataDir, port: config.embeddedPort }, 'starting embedded PostgreSQL');
    embedded = await startEmbeddedPostgres({
      dataDir: config.embeddedDataDir,
      port: config.embeddedPort,
      log: (message) => log.debug({ component: 'embedded-postgres' }, message),
    });
    url = embedded.url;
  }
  const dataSource = createDataSource({ url, replicaUrls: config.databaseReplicaUrls, schema: config.databaseSchema ?? undefined, connectTimeoutMs: config.dbConnectTimeoutMs });
  await dataSource.initialize();
  const applied = await dataSource.runMigrations({ transaction: 'each' });
  if (applied.length) log.info({ migrations: applied.map((m) => m.name) }, 'migrations applied');
  return {
    dataSource,
    embedded,
    async close() {
      await dataSource.destroy();
      await embedded?.stop();
    },
  };
}
