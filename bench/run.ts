import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../server/src/config';
import { openDatabase } from '../server/src/db/database';
import { seedDemoData } from '../server/src/db/seed/demo-data';
import { createLogger } from '../server/src/logger';
import { formatTable } from './measure';
import { benchScenarios, type BenchEnvironment } from './scenarios';
import { startServiceProcess } from './service-process';

/**
 * `npm run bench`: seeds a deterministic country-sized dataset, starts the built service as its
 * own process and measures the hot paths. Prints a table and writes bench/results/latest.json.
 * Uses DATABASE_URL when set, otherwise an embedded PostgreSQL under .data/bench-postgres.
 */
async function main() {
  const facilities = Number(process.env.BENCH_FACILITIES ?? 20000);
  const config = loadConfig({
    ...process.env,
    GMIS_DATA_DIR: process.env.GMIS_DATA_DIR ?? '.data/bench-postgres',
    GMIS_EMBEDDED_PG_PORT: process.env.GMIS_EMBEDDED_PG_PORT ?? '54389',
  });
  const log = createLogger('warn');
  const db = await openDatabase(config, log);
  const databaseUrl = config.databaseUrl ?? db.embedded!.url;
  console.log(`seeding ${facilities} facilities (deterministic; existing rows are kept)…`);
  const seeded = await seedDemoData(db.dataSource, facilities, (done, total) => {
    if (done % 5000 === 0 || done === total) process.stdout.write(`\r  ${done}/${total}`);
  });
  process.stdout.write('\n');
  const service = await startServiceProcess(databaseUrl);
  const env: BenchEnvironment = { db: db.dataSource, databaseUrl, serviceUrl: service.url, servicePid: service.pid };
  const results: Record<string, unknown> = {
    date: new Date().toISOString(),
    machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version },
    database: config.databaseUrl ? 'DATABASE_URL' : 'embedded PostgreSQL',
    dataset: { facilities, seeded },
    scenarios: {},
  };
  try {
    for (const scenario of benchScenarios) {
      console.log(`\n## ${scenario.title}`);
      try {
        const outcome = await scenario.run(env);
        console.log(formatTable(outcome.table));
        for (const note of outcome.notes ?? []) console.log(`- ${note}`);
        (results.scenarios as Record<string, unknown>)[scenario.key] = outcome.json;
      } catch (error) {
        console.log(`failed: ${error instanceof Error ? error.message : String(error)}`);
        (results.scenarios as Record<string, unknown>)[scenario.key] = { error: String(error) };
      }
    }
  } finally {
    await service.stop();
    await db.close();
  }
  const dir = path.resolve(__dirname, '../../bench/results');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nwrote bench/results/latest.json`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
