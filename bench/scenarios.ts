import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import autocannon from 'autocannon';
import pino from 'pino';
import type { DataSource } from 'typeorm';
import { createDataSource } from '../ormconfig';
import { createApp } from '../server/src/app';
import { createViewerResolver } from '../server/src/accounts/resolve-viewer';
import { BED_CATEGORIES } from '../server/src/beds/bed-categories';
import { encodeCp932 } from '../server/src/beds/sjis-encoding';
import { scryptHash } from '../server/src/accounts/password-hash';
import { loadConfig } from '../server/src/config';
import { QueryRecorder } from '../server/src/db/query-recorder';
import { DEMO_OFFICE, fetchGraphQLBody, postGraphQL, promGauge, signIn } from './http';
import { round, summarise, timeAlternating } from './measure';
import { runPostGraphilePeer } from './postgraphile-peer';
import { browserTables } from './browser-tables';
import { bulkIntake } from './intake';
import { reportSearch } from './report-search';

export { postGraphQL } from './http';

export interface BenchEnvironment {
  db: DataSource;
  databaseUrl: string;
  serviceUrl: string;
  servicePid: number;
}

export interface BenchOutcome {
  table: Record<string, string | number>[];
  notes?: string[];
  json: unknown;
}

export interface BenchScenario {
  key: string;
  title: string;
  run(env: BenchEnvironment): Promise<BenchOutcome>;
}

/** "1.8× (target ≤ 2×: met)", or how far it was missed. */
const ratioNote = (ratio: number, target: number) =>
  `ratio to the limit (p50): ${ratio}× (target ≤ ${target}×: ${ratio <= target ? 'met' : `missed by ${round(ratio - target)}×`})`;

const FACILITY_PAGE = `query FacilityPage($first: Int!) {
  facilities(first: $first) { edges { node { id code name kind postalCode address prefecture { code name } secondaryMedicalArea { code name } } } }
}`;

/** The facilities page of 2,000 rows through HTTP, against the same rows by one hand-written SQL statement. */
const facilityPage: BenchScenario = {
  key: 'facilityPage2000',
  title: 'Facilities page, 2,000 rows with prefecture and area',
  async run(env) {
    const [viaApi, limit] = await timeAlternating(
      60,
      5,
      () => fetchGraphQLBody(env.serviceUrl, FACILITY_PAGE, { first: 2000 }),
      async () => {
        const rows = await env.db.query(
          `SELECT f.id, f.code, f.name, f.kind, f.postal_code, f.address, p.code AS p_code, p.name AS p_name, a.code AS a_code, a.name AS a_name
             FROM facility f JOIN prefecture p ON p.code = f.prefecture_code JOIN secondary_medical_area a ON a.code = f.area_code
            ORDER BY f.code LIMIT 2000`,
        );
        return JSON.stringify(rows);
      },
    );
    const ratio = round(viaApi.p50Ms / limit.p50Ms);
    return {
      table: [
        // 1 statement whatever the page size: asserted and snapshotted by server/src/facilities/facility.test.ts.
        { path: 'GraphQL over HTTP', p50_ms: viaApi.p50Ms, p95_ms: viaApi.p95Ms, statements: 1 },
        { path: 'hand-written SQL + JSON.stringify (limit)', p50_ms: limit.p50Ms, p95_ms: limit.p95Ms, statements: 1 },
      ],
      // Issue 15: within 2× of the hand-written limit.
      notes: [ratioNote(ratio, 2)],
      json: { api: viaApi, limit, ratioP50: ratio },
    };
  },
};

/** What the dashboard's 地域病床見える化 table shows per row. */
export const BED_REPORT_PAGE = `query BenchBedReport($first: Int!) {
  bedReport(first: $first) {
    edges { node {
      facility { id code name kind prefecture { code name } secondaryMedicalArea { code name } }
      latest { id reportedAt securedTotal vacantTotal outpatientAcceptance inpatientAcceptance emergencyAcceptance staffing
               beds { category secured immediate inpatients severe vacant } }
      lastUpdated stale
    } }
    pageInfo { hasNextPage endCursor }
  }
}`;

const COUNT_COLUMNS = BED_CATEGORIES.flatMap((c) =>
  ['secured', 'immediate', 'inpatients', 'severe', 'vacant'].map((m) => `s.${c.column}_${m}`),
);

/** The physical limit: the same rows by one hand-written statement, shaped as the API's JSON and stringified. */
export async function bedReportLimit(db: DataSource, first: number, staleBefore: Date): Promise<string> {
  const rows: Record<string, any>[] = await db.query(
    `SELECT f.id, f.code, f.name, f.kind, p.code AS p_code, p.name AS p_name, a.code AS a_code, a.name AS a_name,
            s.id AS s_id, s.reported_at, s.secured_total, s.vacant_total, s.outpatient_acceptance, s.inpatient_acceptance,
            s.emergency_acceptance, s.staffing, ${COUNT_COLUMNS.join(', ')}
       FROM facility f
       JOIN prefecture p ON p.code = f.prefecture_code
       JOIN secondary_medical_area a ON a.code = f.area_code
       LEFT JOIN LATERAL (SELECT * FROM bed_snapshot l WHERE l.facility_id = f.id ORDER BY l.reported_at DESC, l.id DESC LIMIT 1) s ON true
      WHERE f.kind = 'HOSPITAL' OR s.id IS NOT NULL
      ORDER BY f.code LIMIT $1`,
    [first + 1],
  );
  const edges = rows.slice(0, first).map((r) => ({
    node: {
      facility: {
        id: r.id,
        code: r.code,
        name: r.name,
        kind: r.kind,
        prefecture: { code: r.p_code, name: r.p_name },
        secondaryMedicalArea: { code: r.a_code, name: r.a_name },
      },
      latest:
        r.s_id == null
          ? null
          : {
              id: r.s_id,
              reportedAt: r.reported_at,
              securedTotal: r.secured_total,
              vacantTotal: r.vacant_total,
              outpatientAcceptance: r.outpatient_acceptance,
              inpatientAcceptance: r.inpatient_acceptance,
              emergencyAcceptance: r.emergency_acceptance,
              staffing: r.staffing,
              beds: BED_CATEGORIES.map((c) => ({
                category: c.key,
                secured: r[`${c.column}_secured`],
                immediate: r[`${c.column}_immediate`],
                inpatients: r[`${c.column}_inpatients`],
                severe: r[`${c.column}_severe`],
                vacant: r[`${c.column}_vacant`],
              })),
            },
      lastUpdated: r.reported_at ?? null,
      stale: r.reported_at == null || r.reported_at < staleBefore,
    },
  }));
  return JSON.stringify({ data: { bedReport: { edges, pageInfo: { hasNextPage: rows.length > first, endCursor: null } } } });
}

/**
 * Statements one bedReport request sends, counted in-process with the QueryRecorder (as the
 * statement-count tests do) on the same database, for several page sizes.
 */
async function countReportStatements(databaseUrl: string, pageSizes: number[]): Promise<Record<number, number>> {
  const recorder = new QueryRecorder();
  const dataSource = createDataSource({ url: databaseUrl, logger: recorder, poolSize: 4, applicationName: 'gmis-bench-recorder' });
  await dataSource.initialize();
  const config = loadConfig({
    ...process.env,
    NODE_ENV: 'production',
    DATABASE_URL: databaseUrl,
    PORT: '0',
    GRAPHQL_COST_BUDGET: '100000000',
  });
  const app = await createApp({ config, db: dataSource, log: pino({ level: 'silent' }), resolveViewer: createViewerResolver(config) });
  const server = http.createServer(app.express);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    const cookie = await signIn(url, DEMO_OFFICE.loginId, DEMO_OFFICE.password);
    const counts: Record<number, number> = {};
    for (const first of pageSizes) {
      const { statements } = await recorder.record(() => postGraphQL(url, BED_REPORT_PAGE, { first }, { cookie }));
      // Session lookup is per request, not per page: count what the operation itself reads.
      counts[first] = statements.filter((s) => !/\b(session|account)\b/i.test(s)).length;
    }
    return counts;
  } finally {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await app.stop();
    await dataSource.destroy();
  }
}

/** 地域病床見える化, 2,000 rows, signed in as the office (whole country). */
const bedReportPage: BenchScenario = {
  key: 'bedReportPage2000',
  title: 'Bed report page, 2,000 rows (facility, area, prefecture, latest snapshot) as demo-office',
  async run(env) {
    const cookie = await signIn(env.serviceUrl, DEMO_OFFICE.loginId, DEMO_OFFICE.password);
    const first = 2000;
    const sample = await postGraphQL(env.serviceUrl, BED_REPORT_PAGE, { first }, { cookie });
    const rows = sample.data.bedReport.edges.length;
    const staleBefore = new Date(Date.now() - 24 * 3600_000);
    const [viaApi, limit] = await timeAlternating(
      60,
      5,
      () => fetchGraphQLBody(env.serviceUrl, BED_REPORT_PAGE, { first }, { cookie }),
      () => bedReportLimit(env.db, first, staleBefore),
    );
    const statements = await countReportStatements(env.databaseUrl, [10, 100, 2000]);
    const ratio = round(viaApi.p50Ms / limit.p50Ms);
    const [{ snapshots, hospitals }] = await env.db.query(
      `SELECT (SELECT count(*) FROM bed_snapshot)::int AS snapshots, (SELECT count(DISTINCT facility_id) FROM bed_snapshot)::int AS hospitals`,
    );
    const constant = new Set(Object.values(statements)).size === 1;
    return {
      table: [
        { path: 'GraphQL over HTTP (session cookie)', rows, p50_ms: viaApi.p50Ms, p95_ms: viaApi.p95Ms, statements: statements[first] },
        { path: 'hand-written SQL + JSON.stringify (limit)', rows, p50_ms: limit.p50Ms, p95_ms: limit.p95Ms, statements: 1 },
      ],
      notes: [
        // Issue 15: within 1.5× of the hand-written limit (issue 8 had asked for 2×).
        ratioNote(ratio, 1.5),
        `statements per request by page size (session lookup excluded): ${Object.entries(statements)
          .map(([k, v]) => `${k} rows → ${v}`)
          .join(', ')} (target constant: ${constant ? 'met' : 'missed'})`,
        `dataset: ${snapshots} bed snapshots of ${hospitals} facilities`,
        'HTTP timings run from sending the request to the last byte of the answer; the body is read as bytes with node:http, not decoded or parsed (the limit does not parse either)',
      ],
      json: { rows, api: viaApi, limit, ratioP50: ratio, statementsByPageSize: statements, snapshots, reportingFacilities: hospitals },
    };
  },
};

/** PostGraphile v5 on the same database: runs under Node 22 fetched into a bench-only folder. */
const postgraphilePeer: BenchScenario = {
  key: 'postgraphilePeer',
  title: 'Same page through PostGraphile v5 (side-by-side peer, Node 22)',
  async run(env) {
    return runPostGraphilePeer(env);
  },
};

/** Samples a process's resident set (VmRSS) every `everyMs` until stopped; returns the peak. */
function sampleRss(pid: number, everyMs = 10): { stop(): { startKiB: number; peakKiB: number } } {
  const read = () => {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(status.match(/VmRSS:\s+(\d+)/)?.[1] ?? Number.NaN);
  };
  const startKiB = read();
  let peakKiB = startKiB;
  const timer = setInterval(() => {
    try {
      peakKiB = Math.max(peakKiB, read());
    } catch {
      /* process gone */
    }
  }, everyMs);
  return {
    stop() {
      clearInterval(timer);
      return { startKiB, peakKiB };
    },
  };
}

async function metricsText(url: string): Promise<string> {
  const response = await fetch(`${url}/metrics`);
  if (!response.ok) throw new Error(`/metrics answered ${response.status}`);
  return response.text();
}

/** Downloads a URL to nowhere; returns bytes and time to the last byte. */
async function download(url: string, cookie: string): Promise<{ bytes: number; ms: number; body?: Buffer; rows: string | null }> {
  const started = process.hrtime.bigint();
  const response = await fetch(url, { headers: { cookie } });
  if (!response.ok) throw new Error(`${url} answered ${response.status}: ${(await response.text()).slice(0, 200)}`);
  let bytes = 0;
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) bytes += chunk.length;
  return { bytes, ms: Number(process.hrtime.bigint() - started) / 1e6, rows: response.headers.get('x-row-count') };
}

/** CSV export of the whole country in Shift-JIS, measured from outside (HTTP) and inside (/metrics, /proc). */
const csvExport: BenchScenario = {
  key: 'csvExportSjis',
  title: 'CSV export of the whole country, Shift-JIS (CP932)',
  async run(env) {
    const cookie = await signIn(env.serviceUrl, DEMO_OFFICE.loginId, DEMO_OFFICE.password);
    const base = `${env.serviceUrl}/api/exports/bed-report.csv`;
    const summary = (await (
      await fetch(`${env.serviceUrl}/api/exports/bed-report.summary?encoding=sjis`, { headers: { cookie } })
    ).json()) as { rows: number };
    await download(`${base}?encoding=sjis`, cookie); // warm-up
    // The idle stall in the same conditions: on a loaded box the OS alone stalls the loop.
    await metricsText(env.serviceUrl); // prom-client resets its event-loop histogram at each scrape
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const idleStallMs = round(promGauge(await metricsText(env.serviceUrl), 'nodejs_eventloop_lag_max_seconds') * 1000);
    const rss = sampleRss(env.servicePid);
    const result = await download(`${base}?encoding=sjis`, cookie);
    const { startKiB, peakKiB } = rss.stop();
    const metrics = await metricsText(env.serviceUrl);
    const stallMs = round(promGauge(metrics, 'nodejs_eventloop_lag_max_seconds') * 1000);
    const rows = summary.rows;
    const rowsPerSecond = Math.round(rows / (result.ms / 1000));
    const bytesPerSecond = Math.round(result.bytes / (result.ms / 1000));
    const growthMiB = round((peakKiB - startKiB) / 1024);

    // The limit: the same rows' CSV text (the UTF-8 export, BOM dropped) encoded in one go in this process.
    const utf8 = await fetch(`${base}?encoding=utf8`, { headers: { cookie } });
    const text = Buffer.from(await utf8.arrayBuffer())
      .subarray(3)
      .toString('utf8');
    const encodeRuns: number[] = [];
    let encodedBytes = 0;
    for (let i = 0; i < 5; i += 1) {
      const started = process.hrtime.bigint();
      encodedBytes = encodeCp932(text).bytes.length;
      encodeRuns.push(Number(process.hrtime.bigint() - started) / 1e6);
    }
    const encodeMs = summarise(encodeRuns).p50Ms;
    const rawRowsPerSecond = Math.round(rows / (encodeMs / 1000));
    return {
      table: [
        {
          path: 'GET /api/exports/bed-report.csv?encoding=sjis',
          rows,
          seconds: round(result.ms / 1000),
          rows_per_s: rowsPerSecond,
          MB_per_s: round(bytesPerSecond / 1e6),
          rss_growth_MiB: growthMiB,
          max_stall_ms: stallMs,
        },
        {
          path: 'encodeCp932 of the same CSV text (limit)',
          rows,
          seconds: round(encodeMs / 1000),
          rows_per_s: rawRowsPerSecond,
          MB_per_s: round(encodedBytes / 1e6 / (encodeMs / 1000)),
          rss_growth_MiB: '',
          max_stall_ms: round(encodeMs),
        },
      ],
      notes: [
        `${result.bytes} bytes; export at ${round((rowsPerSecond / rawRowsPerSecond) * 100)}% of the raw encode rate (the export also reads and formats the rows)`,
        `idle service, same 2 s window before the export: longest stall ${idleStallMs} ms (what the box's load alone causes)`,
        `longest event-loop stall ${stallMs} ms (target < 50 ms: ${stallMs < 50 ? 'met' : `missed by ${round(stallMs - 50)} ms`}); service RSS growth ${growthMiB} MiB (target < 64 MiB: ${growthMiB < 64 ? 'met' : 'missed'})`,
      ],
      json: {
        rows,
        bytes: result.bytes,
        ms: round(result.ms),
        rowsPerSecond,
        bytesPerSecond,
        rssStartKiB: startKiB,
        rssPeakKiB: peakKiB,
        rssGrowthMiB: growthMiB,
        maxEventLoopStallMs: stallMs,
        idleMaxEventLoopStallMs: idleStallMs,
        limit: { encodeMs, rowsPerSecond: rawRowsPerSecond, bytes: encodedBytes },
      },
    };
  },
};

const REPORT_100 = `query BenchReport100 { bedReport(first: 100) { edges { node { facility { id code name secondaryMedicalArea { name } } latest { vacantTotal securedTotal inpatientAcceptance emergencyAcceptance } lastUpdated stale } } } }`;
const FACILITY_DETAIL = `query BenchFacility($id: ID!) { facility(id: $id) { id code name kind address phone prefecture { name } secondaryMedicalArea { name } } }`;
const POSTINGS = `query BenchPostings { postings(first: 20) { edges { node { id } } } }`;

/** The mixed dashboard workload's requests (autocannon `requests`), all with the same session. */
async function dashboardRequests(env: BenchEnvironment, cookie: string) {
  const page = await postGraphQL(env.serviceUrl, `{ facilities(first: 50) { edges { node { id } } } }`, {}, { cookie });
  const ids: string[] = page.data.facilities.edges.map((e: any) => e.node.id);
  await postGraphQL(env.serviceUrl, POSTINGS, {}, { cookie });
  let n = 0;
  const headers = { 'content-type': 'application/json', cookie };
  const body = (query: string, variables: Record<string, unknown> = {}) => JSON.stringify({ query, variables });
  return [
    {
      method: 'POST' as const,
      path: '/graphql',
      headers,
      setupRequest: (req: any) => {
        n += 1;
        const kind = n % 3;
        return {
          ...req,
          body: kind === 0 ? body(REPORT_100) : kind === 1 ? body(FACILITY_DETAIL, { id: ids[n % ids.length] }) : body(POSTINGS),
        };
      },
    },
  ];
}

/** Runs autocannon and summarises; errors include non-2xx answers. */
async function cannon(url: string, connections: number, seconds: number, requests: any[]) {
  const result = await autocannon({ url, connections, duration: seconds, requests });
  return {
    requestsPerSecond: round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    maxMs: result.latency.max,
    total: result.requests.total,
    errors: result.errors + result.timeouts + result.non2xx,
  };
}

/** One 20 s run's p99 moved by ±20 % on this box; the target is judged on the median of several runs. */
const LOAD_RUNS = Number(process.env.BENCH_LOAD_RUNS ?? 3);

const mixedLoad: BenchScenario = {
  key: 'mixedLoad50',
  title: `Load: 50 concurrent clients, mixed dashboard workload (report 100 rows, facility detail, postings), ${LOAD_RUNS} runs`,
  async run(env) {
    const cookie = await signIn(env.serviceUrl, DEMO_OFFICE.loginId, DEMO_OFFICE.password);
    const requests = await dashboardRequests(env, cookie);
    await cannon(env.serviceUrl, 10, 3, requests); // warm-up
    const runs: Awaited<ReturnType<typeof cannon>>[] = [];
    for (let i = 0; i < LOAD_RUNS; i += 1)
      runs.push(await cannon(env.serviceUrl, 50, Number(process.env.BENCH_LOAD_SECONDS ?? 20), requests));
    const byP99 = [...runs].sort((a, b) => a.p99Ms - b.p99Ms);
    const median = byP99[Math.floor((byP99.length - 1) / 2)];
    const row = (workload: string, r: (typeof runs)[number]) => ({
      workload,
      connections: 50,
      req_per_s: r.requestsPerSecond,
      p50_ms: r.p50Ms,
      p99_ms: r.p99Ms,
      max_ms: r.maxMs,
      requests: r.total,
      errors: r.errors,
    });
    return {
      table: [...runs.map((r, i) => row(`mixed (1:1:1), run ${i + 1}`, r)), row('median run (by p99)', median)],
      notes: [
        `p99 of the median run ${median.p99Ms} ms (target < 250 ms: ${median.p99Ms < 250 ? 'met' : `missed by ${round(median.p99Ms - 250)} ms`}); runs ranged ${byP99[0].p99Ms}–${byP99[byP99.length - 1].p99Ms} ms`,
      ],
      json: { runs, median },
    };
  },
};

/** Accounts signed in at once in the login scenario: staff arriving at 9:00. */
const RUSH_LOGINS = 20;
const RUSH_PASSWORD = 'Bench-Asa-Rush-2026';

/**
 * RUSH_LOGINS analyst accounts whose stored hash is scrypt N=2^17, as earlier releases stored
 * every password: set anew at each run (the run's own sign-ins upgrade them to argon2id).
 */
async function scryptEraAccounts(db: DataSource): Promise<string[]> {
  const loginIds = Array.from({ length: RUSH_LOGINS }, (_, i) => `bench-rush-${String(i + 1).padStart(2, '0')}`);
  for (const loginId of loginIds) {
    await db.query(
      `INSERT INTO account (login_id, display_name, email, role, password_hash, password_changed_at)
       VALUES ($1, $1, $1 || '@bench.invalid', 'ANALYST', $2, now())
       ON CONFLICT (login_id) DO UPDATE SET password_hash = EXCLUDED.password_hash, disabled_at = NULL`,
      [loginId, await scryptHash(RUSH_PASSWORD)],
    );
  }
  return loginIds;
}

/** Every account signs in at once while 5 autocannon clients run the dashboard's requests. */
async function rush(env: BenchEnvironment, loginIds: string[], requests: any[]) {
  const started = process.hrtime.bigint();
  const loginTimes: number[] = [];
  const during = cannon(env.serviceUrl, 5, 5, requests);
  await Promise.all(
    loginIds.map(async (loginId) => {
      const t = process.hrtime.bigint();
      await signIn(env.serviceUrl, loginId, RUSH_PASSWORD);
      loginTimes.push(Number(process.hrtime.bigint() - t) / 1e6);
    }),
  );
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return {
    loginsPerSecond: round(loginIds.length / seconds),
    seconds: round(seconds),
    latency: summarise(loginTimes),
    other: await during,
  };
}

const login: BenchScenario = {
  key: 'login',
  title: `Login: ${RUSH_LOGINS} concurrent sign-ins with passwords stored as scrypt (before) and as argon2id (after), and other requests meanwhile`,
  async run(env) {
    const cookie = await signIn(env.serviceUrl, DEMO_OFFICE.loginId, DEMO_OFFICE.password);
    const requests = await dashboardRequests(env, cookie);
    const baseline = await cannon(env.serviceUrl, 5, 5, requests);
    const loginIds = await scryptEraAccounts(env.db);
    // Before: hashes as earlier releases stored them (scrypt N=2^17); each sign-in verifies it and stores argon2id.
    const before = await rush(env, loginIds, requests);
    const upgraded: { count: number }[] = await env.db.query(
      `SELECT count(*)::int AS count FROM account WHERE login_id = ANY($1) AND password_hash LIKE '$argon2id$v=19$m=19456,t=2,p=1$%'`,
      [loginIds],
    );
    // After: the same accounts again, now argon2id m=19 MiB, t=2, p=1.
    const after = await rush(env, loginIds, requests);
    const rows = (label: string, r: Awaited<ReturnType<typeof rush>>) => [
      {
        measure: `other requests while ${RUSH_LOGINS} logins run (${label})`,
        req_per_s: r.other.requestsPerSecond,
        p50_ms: r.other.p50Ms,
        p99_ms: r.other.p99Ms,
        errors: r.other.errors,
      },
      {
        measure: `${RUSH_LOGINS} concurrent logins (${label})`,
        req_per_s: r.loginsPerSecond,
        p50_ms: r.latency.p50Ms,
        p99_ms: r.latency.p99Ms,
        errors: 0,
      },
    ];
    return {
      table: [
        {
          measure: 'other requests alone (5 clients)',
          req_per_s: baseline.requestsPerSecond,
          p50_ms: baseline.p50Ms,
          p99_ms: baseline.p99Ms,
          errors: baseline.errors,
        },
        ...rows('before: scrypt N=2^17 stored', before),
        ...rows('after: argon2id m=19 MiB, t=2, p=1 stored', after),
      ],
      notes: [
        `before: ${before.loginsPerSecond} logins per second, p50 ${before.latency.p50Ms} ms (scrypt verification, then the argon2id re-hash that upgrades the stored hash)`,
        `after: ${after.loginsPerSecond} logins per second, p50 ${after.latency.p50Ms} ms (target p50 < 1000 ms: ${after.latency.p50Ms < 1000 ? 'met' : 'missed'})`,
        `${upgraded[0].count} of ${RUSH_LOGINS} stored hashes upgraded to argon2id by the first sign-in`,
      ],
      json: { logins: RUSH_LOGINS, otherAlone: baseline, before, after, upgraded: upgraded[0].count },
    };
  },
};

export const benchScenarios: BenchScenario[] = [
  facilityPage,
  bedReportPage,
  postgraphilePeer,
  csvExport,
  bulkIntake,
  mixedLoad,
  login,
  reportSearch,
  browserTables,
];
