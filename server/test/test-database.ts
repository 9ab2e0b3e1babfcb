import crypto from 'node:crypto';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { createDataSource } from '../../ormconfig';
import { QueryRecorder } from '../src/db/query-recorder';

export interface TestDatabase {
  dataSource: DataSource;
  /** Records SQL sent through `dataSource`, for statement-count and snapshot tests. */
  recorder: QueryRecorder;
  url: string;
  schema: string;
  drop(): Promise<void>;
}

export function testDatabaseUrl(): string {
  const url = process.env.GMIS_TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  if (!url) throw new Error('no test database: run through jest (globalSetup) or set DATABASE_URL');
  return url;
}

/**
 * A clean PostgreSQL schema for one test file, with every migration applied. Tests never
 * share tables, so files run in parallel against the same server.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const url = testDatabaseUrl();
  const schema = `t_${crypto.randomBytes(6).toString('hex')}`;
  const admin = new Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  await admin.end();

  const recorder = new QueryRecorder();
  const dataSource = createDataSource({ url, schema, logger: recorder, poolSize: 5, applicationName: `gmis-test-${schema}` });
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  return {
    dataSource,
    recorder,
    url,
    schema,
    async drop() {
      if (dataSource.isInitialized) await dataSource.destroy();
      const cleanup = new Client({ connectionString: url });
      await cleanup.connect();
      await cleanup.query(`DROP SCHEMA ${schema} CASCADE`);
      await cleanup.end();
    },
  };
}
