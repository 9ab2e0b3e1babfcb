import { parseArgs } from 'node:util';
import { loadConfig } from '../../config';
import { createLogger } from '../../logger';
import { openDatabase } from '../database';
import { seedDemoData } from './demo-data';

/** `npm run seed -- --facilities N`: deterministic demo data into DATABASE_URL or the embedded database. */
async function main() {
  const { values } = parseArgs({ options: { facilities: { type: 'string', default: '3000' } } });
  const count = Number(values.facilities);
  if (!Number.isInteger(count) || count < 0 || count > 1_000_000) {
    throw new Error('--facilities must be an integer between 0 and 1000000');
  }
  const config = loadConfig();
  const log = createLogger(config.logLevel === 'silent' ? 'silent' : 'warn');
  const db = await openDatabase(config, log);
  try {
    const started = Date.now();
    const showProgress = count > 5000 && process.stderr.isTTY !== undefined;
    // Without the service's statement timeouts: a batch of a large seed may run longer.
    const summary = await db.maintenance((dataSource) =>
      seedDemoData(dataSource, count, (done, total) => {
        if (showProgress) process.stderr.write(`\rfacilities ${done}/${total}`);
      }),
    );
    if (showProgress) process.stderr.write('\n');
    console.log(`${JSON.stringify(summary)} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    await db.close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
