import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../server/src/config';
import { openDatabase } from '../server/src/db/database';
import { seedDemoData } from '../server/src/db/seed/demo-data';
import { createLogger } from '../server/src/logger';
import { formatTable, round } from './measure';
import { seedBenchHistory } from './seed-history';
import { benchScenarios, type BenchEnvironment } from './scenarios';
import { startServiceProcess } from './service-process';

/**
 * `npm run bench`: seeds a deterministic country-sized dataset, starts the built service as its
 * own process and measures the hot paths. Prints a table and writes bench/results/latest.json.
 * Uses DATABASE_URL when set, otherwise an embedded PostgreSQL under .data/bench-postgres.
 */
/** Everything printed, kept for bench/results/latest.md (the README's Performance table comes from it). */
const printed: string[] = [];
const print = (line: string) => {
  printed.push(line);
  console.log(line);
};

async function main() {
  const facilities = Number(process.env.BENCH_FACILITIES ?? 20000);
  // BENCH_SCENARIOS=bedReportPage2000,postgraphilePeer runs only those; its figures go to partial.*, not latest.*.
  const only = process.env.BENCH_SCENARIOS?.split(',').map((k) => k.trim());
  const unknown = only?.filter((k) => !benchScenarios.some((s) => s.key === k));
  if (unknown?.length)
    throw new Error(`unknown BENCH_SCENARIOS: ${unknown.join(', ')} (known: ${benchScenarios.map((s) => s.key).join(', ')})`);
  const config = loadConfig({
    ...process.env,
    GMIS_DATA_DIR: process.env.GMIS_DATA_DIR ?? '.data/bench-postgres',
    GMIS_EMBEDDED_PG_PORT: process.env.GMIS_EMBEDDED_PG_PORT ?? '54389',
  });
  const log = createLogger('warn');
  const db = await openDatabase(config, log);
  const databaseUrl = config.databaseUrl ?? db.embedded!.url;
  console.log(`seeding ${facilities} facilities (deterministic; existing rows are kept)…`);
  // Seeding a country's worth of rows takes statements longer than the service's statement timeout.
  const seeded = await db.maintenance(async (maintenance) => {
    const summary = await seedDemoData(maintenance, facilities, (done, total) => {
      if (done % 5000 === 0 || done === total) process.stdout.write(`\r  ${done}/${total}`);
    });
    process.stdout.write('\n');
    console.log('adding a few weeks of bed-report history per reporting hospital (bench only; idempotent)…');
    summary.benchHistorySnapshotsInserted = await seedBenchHistory(maintenance);
    await maintenance.query('ANALYZE');
    return summary;
  });
  // The bench sends far more requests than one client's cost budget allows (graphql/cost.ts):
  // the service under test gets a budget large enough not to refuse them.
  const serviceEnv = { GRAPHQL_COST_BUDGET: '100000000', GRAPHQL_COST_RESTORE_RATE: '10000000' };
  const service = await startServiceProcess(databaseUrl, serviceEnv);
  const loadAverage = () => os.loadavg().map((n) => round(n));
  print(
    `${new Date().toISOString()} · Node ${process.version} · ${config.databaseUrl ? 'DATABASE_URL' : 'embedded PostgreSQL'} · ${facilities} facilities · seeded now: ${JSON.stringify(seeded)}`,
  );
  print(`load average at start: ${loadAverage().join(' ')} (${os.cpus().length} CPUs)`);
  const env: BenchEnvironment = { db: db.dataSource, databaseUrl, serviceUrl: service.url, servicePid: service.pid };
  const results: Record<string, unknown> = {
    date: new Date().toISOString(),
    machine: {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model,
      memoryGiB: Math.round(os.totalmem() / 2 ** 30),
      node: process.version,
    },
    database: config.databaseUrl ? 'DATABASE_URL' : 'embedded PostgreSQL',
    loadAverageAtStart: loadAverage(),
    serviceEnv,
    dataset: { facilities, seeded },
    scenarios: {},
  };
  try {
    for (const scenario of benchScenarios.filter((s) => !only || only.includes(s.key))) {
      print(`\n## ${scenario.title}`);
      try {
        const outcome = await scenario.run(env);
        outcome.notes = [...(outcome.notes ?? []), `load average after: ${loadAverage().join(' ')}`];
        print(formatTable(outcome.table));
        for (const note of outcome.notes ?? []) print(`- ${note}`);
        (results.scenarios as Record<string, unknown>)[scenario.key] = outcome.json;
      } catch (error) {
        print(`failed: ${error instanceof Error ? error.message : String(error)}`);
        (results.scenarios as Record<string, unknown>)[scenario.key] = { error: String(error) };
      }
    }
    const scenarios = results.scenarios as Record<string, any>;
    const ours = scenarios.bedReportPage2000?.api?.p50Ms;
    const peer = scenarios.postgraphilePeer?.peer?.p50Ms;
    if (ours && peer) {
      const ratio = round(ours / peer);
      print(`\nbed report page vs PostGraphile (p50): ${ratio}× (target < 1×, ahead: ${ratio < 1 ? 'met' : 'missed'})`);
      scenarios.postgraphilePeer.oursOverPeerP50 = ratio;
    }
    results.loadAverageAtEnd = loadAverage();
    print(`load average at end: ${loadAverage().join(' ')}`);
  } finally {
    await service.stop();
    await db.close();
  }
  const dir = path.resolve(__dirname, '../../bench/results');
  fs.mkdirSync(dir, { recursive: true });
  const name = only ? 'partial' : 'latest';
  fs.writeFileSync(path.join(dir, `${name}.json`), `${JSON.stringify(results, null, 2)}\n`);
  fs.writeFileSync(path.join(dir, `${name}.md`), `${printed.join('\n').trim()}\n`);
  console.log(`\nwrote bench/results/${name}.json and ${name}.md`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
