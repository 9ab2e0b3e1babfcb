import 'reflect-metadata';
import { DataSource, type Logger } from 'typeorm';
// The domains list their entities; the composition root gathers them (server/src/app.modules.ts).
import { ENTITIES } from './server/src/app.modules';
import { migrations } from './server/src/db/migrations';

export interface DataSourceOptions {
  url: string;
  /** Read replicas: TypeORM sends reads outside transactions to them, writes to `url`. */
  replicaUrls?: readonly string[];
  /** PostgreSQL schema to use (tests give each file its own); defaults to the server's search_path. */
  schema?: string;
  poolSize?: number;
  logger?: Logger;
  applicationName?: string;
  /** Fail fast when the server is unreachable instead of hanging requests. */
  connectTimeoutMs?: number;
}

/**
 * The service's DataSource. Migrations only: `synchronize` is never on, so the embedded
 * database and a DATABASE_URL server have exactly the same schema.
 */
export function createDataSource(options: DataSourceOptions): DataSource {
  return new DataSource({
    type: 'postgres',
    ...(options.replicaUrls?.length
      ? { replication: { master: { url: options.url }, slaves: options.replicaUrls.map((url) => ({ url })) } }
      : { url: options.url }),
    entities: [...ENTITIES],
    migrations,
    migrationsTableName: 'typeorm_migrations',
    synchronize: false,
    migrationsRun: false,
    logger: options.logger,
    logging: options.logger ? ['query'] : false,
    extra: {
      max: options.poolSize ?? 10,
      application_name: options.applicationName ?? 'gmis-graphql',
      connectionTimeoutMillis: options.connectTimeoutMs ?? 3000,
      ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}),
    },
  });
}

/** For the TypeORM CLI (`npx typeorm -d dist/ormconfig.js migration:show`): needs DATABASE_URL. */
export default createDataSource({
  url: process.env.DATABASE_URL ?? `postgres://postgres@127.0.0.1:${process.env.GMIS_EMBEDDED_PG_PORT ?? 54329}/gmis`,
});
