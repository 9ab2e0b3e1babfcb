import 'reflect-metadata';
import { loadConfig } from '../config';
import { createLogger } from '../logger';
import { databaseUrl, migrate } from './database';

/**
 * `npm run migrate`: applies pending migrations to DATABASE_URL (or the embedded database) and
 * exits; in a rolling deployment this runs once, before the processes of the new version start
 * with MIGRATE_AT_START=false (README, Deploying).
 */
async function main() {
  const config = loadConfig();
  const log = createLogger(config.logLevel);
  const { url, embedded } = await databaseUrl(config, log);
  try {
    const applied = await migrate(url, config, log);
    console.log(applied.length ? `applied ${applied.length} migration(s): ${applied.join(', ')}` : 'no pending migrations');
  } finally {
    await embedded?.stop();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
