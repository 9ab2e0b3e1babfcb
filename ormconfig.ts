import 'reflect-metadata';
import { DataSource, type Logger } from 'typeorm';
// The domains list their entities; the composition root gathers them (server/src/app.modules.ts).
import { ENTITIES } from './server/src/app.modules';
import { migrations } from './server/src/db/migrations';
import { QueryTimeoutClient } from './server/src/db/query-timeout.client';
import { PG_TYPES } from './server/src/db/timestamptz-parser';

export interface DataSourceOptions {
  url: string;
  /** PostgreSQL schema to use (tests give each file its own); defaults to the server's search_path. */
  schema?: string;
  poolSize?: number;
  logger?: Logger;
  applicationName?: string;
  /** Fail fast when the server is unreachable instead of hanging requests. */
  connectTimeoutMs?: number;
  /** PostgreSQL's statement_timeout on every connection (unset or 0: none; migrations run without). */
  statementTimeoutMs?: number;
  /** Give up on a statement unanswered this long and close its connection (unset or 0: wait forever). */
  queryTimeoutMs?: number;
}

/**
 * pg connection settings shared by the service's pools (primary and replicas, db/read-routing.ts)
 * and by the background health checks (db/database-monitor.ts).
 */
export function poolConnectionOptions(options: Omit<DataSourceOptions, 'logger'>) {
  return {
    max: options.poolSize ?? 10,
    application_name: options.applicationName ?? 'gmis-graphql',
    connectionTimeoutMillis: options.connectTimeoutMs ?? 3000,
    ...(options.statementTimeoutMs ? { statement_timeout: options.statementTimeoutMs } : {}),
    ...(options.queryTimeoutMs ? { query_timeout: options.queryTimeoutMs } : {}),
    Client: QueryTimeoutClient,
    // timestamptz read without postgres-date's regular expressions (db/timestamptz-parser.ts).
    types: PG_TYPES,
    ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}),
  };
}

/**
 * The service's DataSource. Migrations only: `synchronize` is never on, so the embedded
 * database and a DATABASE_URL server have exactly the same schema.
 */
export function createDataSource(options: DataSourceOptions): DataSource {
  return new DataSource({
    type: 'postgres',
    // Replicas are not TypeORM's replication: db/read-routing.ts decides per request which reads may
    // go to one, and a replica that is down does not stop this DataSource from starting.
    url: options.url,
    entities: [...ENTITIES],
    migrations,
    migrationsTableName: 'typeorm_migrations',
    synchronize: false,
    migrationsRun: false,
    logger: options.logger,
    logging: options.logger ? ['query'] : false,
    extra: poolConnectionOptions(options),
  });
}

/** For the TypeORM CLI (`npx typeorm -d dist/ormconfig.js migration:show`): needs DATABASE_URL. */
export default createDataSource({
  url: process.env.DATABASE_URL ?? `postgres://postgres@127.0.0.1:${process.env.GMIS_EMBEDDED_PG_PORT ?? 54329}/gmis`,
});
