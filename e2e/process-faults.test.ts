import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Role } from '../server/src/auth/viewer';
import { createTestAccount } from '../server/test/accounts';
import { insertFacility, postingInput } from '../server/test/recruitment-fixtures';
import { createTestDatabase, type TestDatabase } from '../server/test/test-database';
import { builtFile } from './server-dist';

/**
 * The built service (dist/) as a real process on a test schema (DATABASE_SCHEMA): SIGTERM
 * during a burst of writes loses no acknowledged write and leaves no request hanging; kill -9
 * during writes leaves no half-written posting or bed report behind.
 */
const mainJs = builtFile('server/src/main.ts');
const mailDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gmis-faults-mail-'));

let db: TestDatabase;
let account: { loginId: string; password: string };
let facilityId: number;

beforeAll(async () => {
  if (!fs.existsSync(mainJs)) throw new Error('dist/ is missing: run `npm run build` (npm test does it in pretest)');
  db = await createTestDatabase();
  facilityId = await insertFacility(db.dataSource, { name: '障害試験病院', kind: 'HOSPITAL', prefectureCode: '13' });
  account = await createTestAccount(db.dataSource, { loginId: 'fault-hospital', role: Role.FACILITY, facilityId });
});
afterAll(async () => {
  await db?.drop();
  fs.rmSync(mailDir, { recursive: true, force: true });
});

interface Service {
  child: ChildProcess;
  url: string;
  logs: string[];
  exited: Promise<number | null>;
}

function startService(): Promise<Service> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: db.url,
    DATABASE_SCHEMA: db.schema,
    PORT: '0',
    LOG_LEVEL: 'info',
    SHUTDOWN_TIMEOUT_MS: '5000',
    GMIS_MAIL_DIR: mailDir,
  };
  delete env.NODE_ENV;
  delete env.DATABASE_REPLICA_URLS;
  const child = spawn(process.execPath, [mainJs], { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const logs: string[] = [];
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`service did not start:\n${logs.join('\n')}`)), 30_000);
    child.stderr.on('data', (chunk) => logs.push(String(chunk)));
    child.stdout.on('data', (chunk: Buffer) => {
      for (const line of String(chunk).split('\n').filter(Boolean)) {
        logs.push(line);
        try {
          const entry = JSON.parse(line);
          if (entry.msg === 'gmis-graphql listening') {
            clearTimeout(timer);
            resolve({ child, url: entry.url.replace(/\/$/, ''), logs, exited });
          }
        } catch {
          /* not a log line */
        }
      }
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`service exited with ${code}:\n${logs.join('\n')}`));
    });
  });
}

/** Last resort so no test leaves a process behind. */
function killGroup(service: Service) {
  if (service.child.exitCode === null && service.child.signalCode === null) {
    try {
      process.kill(-service.child.pid!, 'SIGKILL');
    } catch {
      /* already gone */
    }
  }
}

type Outcome =
  | { kind: 'acknowledged'; key: string; id: string }
  | { kind: 'error'; key: string; code: string }
  | { kind: 'network'; key: string; code: string };

const CREATE_POSTING = `mutation CreatePosting($input: CreatePostingInput!) { createPosting(input: $input) { created posting { id } } }`;
const REPORT = `mutation Report($input: BedReportInput!) { reportBedStatus(input: $input) { snapshot { id } } }`;

async function post(url: string, cookie: string, query: string, variables: Record<string, unknown>) {
  return fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ query, variables }),
    // A request that neither answers nor fails within this time counts as hanging.
    signal: AbortSignal.timeout(15_000),
  });
}

async function signIn(url: string): Promise<string> {
  const res = await post(
    url,
    '',
    `mutation Login($loginId: String!, $password: String!) { login(loginId: $loginId, password: $password) { role } }`,
    account,
  );
  const body = (await res.json()) as any;
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return res.headers.get('set-cookie')!.split(';')[0];
}

let serial = 0;
/** One write: a posting or a bed report (alternating), with a unique idempotency key. */
async function write(url: string, cookie: string, tag: string): Promise<Outcome> {
  serial += 1;
  const key = `${tag}-${String(serial).padStart(6, '0')}`;
  const isPosting = serial % 2 === 0;
  try {
    const res = isPosting
      ? await post(url, cookie, CREATE_POSTING, {
          input: { idempotencyKey: key, status: serial % 4 === 0 ? 'PUBLISHED' : 'DRAFT', posting: postingInput({ title: key }) },
        })
      : await post(url, cookie, REPORT, {
          input: {
            idempotencyKey: key,
            note: key,
            beds: [{ category: 'GENERAL', secured: 10, immediate: 8, inpatients: 5, severe: 1, vacant: 5 }],
          },
        });
    const body = (await res.json()) as any;
    if (body.errors?.length) return { kind: 'error', key, code: String(body.errors[0].extensions?.code) };
    const id = isPosting ? body.data.createPosting.posting.id : body.data.reportBedStatus.snapshot.id;
    return { kind: 'acknowledged', key, id };
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause;
    return { kind: 'network', key, code: String(cause?.code ?? (error as Error).name) };
  }
}

/** Writes from `workers` concurrent clients until `stopWhen` resolves and a request fails. */
async function burst(
  url: string,
  cookie: string,
  tag: string,
  workers: number,
  onAcknowledged: (count: number) => void,
): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  let acknowledged = 0;
  await Promise.all(
    Array.from({ length: workers }, async () => {
      // Each client keeps writing until the service stops answering.
      for (;;) {
        const outcome = await write(url, cookie, tag);
        outcomes.push(outcome);
        if (outcome.kind !== 'acknowledged') return;
        acknowledged += 1;
        onAcknowledged(acknowledged);
      }
    }),
  );
  return outcomes;
}

async function storedKeys(): Promise<Set<string>> {
  const postings = await db.dataSource.query(`SELECT idempotency_key AS key FROM posting`);
  const reports = await db.dataSource.query(`SELECT idempotency_key AS key FROM bed_snapshot WHERE idempotency_key IS NOT NULL`);
  return new Set([...postings, ...reports].map((r: { key: string }) => r.key));
}

/** SQL invariants that a half-written posting or bed report would break. */
async function halfWritten(): Promise<Record<string, number>> {
  const [row] = await db.dataSource.query(`
    SELECT
      (SELECT count(*)::int FROM posting p
        WHERE p.version <> (SELECT count(*) FROM posting_change c WHERE c.posting_id = p.id)
           OR NOT EXISTS (SELECT 1 FROM posting_change c WHERE c.posting_id = p.id AND c.version = p.version)) AS postings_without_history,
      (SELECT count(*)::int FROM posting p
        WHERE p.status = 'PUBLISHED' AND NOT EXISTS (SELECT 1 FROM key_net_event e WHERE e.posting_id = p.id AND e.posting_version = p.version)) AS published_without_feed_event,
      (SELECT count(*)::int FROM key_net_event e
        WHERE NOT EXISTS (SELECT 1 FROM posting_change c WHERE c.posting_id = e.posting_id AND c.version = e.posting_version)) AS feed_events_without_history,
      (SELECT count(*)::int FROM bed_snapshot s
        WHERE s.idempotency_key LIKE 'crash-%' AND (s.note IS DISTINCT FROM s.idempotency_key)) AS incomplete_reports`);
  return row;
}

describe('the built service as a process', () => {
  it('on SIGTERM during a burst of writes: every acknowledged write is stored, every other request gets a clear error or a refused connection', async () => {
    const service = await startService();
    try {
      const cookie = await signIn(service.url);
      let signalled = false;
      const outcomes = await burst(service.url, cookie, 'term', 12, (acknowledged) => {
        if (acknowledged === 40 && !signalled) {
          signalled = true;
          process.kill(service.child.pid!, 'SIGTERM');
        }
      });
      // Every client stopping before the signal would be a bug in the service (or this test): show why.
      expect({ signalled, failures: signalled ? [] : outcomes.filter((o) => o.kind !== 'acknowledged') }).toEqual({
        signalled: true,
        failures: [],
      });
      expect(await service.exited).toBe(0);
      expect(service.logs.join('\n')).toContain('"msg":"stopped"');

      const acknowledged = outcomes.filter((o) => o.kind === 'acknowledged');
      const failed = outcomes.filter((o) => o.kind !== 'acknowledged');
      expect(acknowledged.length).toBeGreaterThanOrEqual(40);
      // After SIGTERM only requests already in flight (or racing it on an open connection) are served:
      // at most two per client, not an open-ended stream over keep-alive connections.
      expect(acknowledged.length).toBeLessThanOrEqual(40 + 2 * 12);
      expect(failed.length).toBe(12); // each client stopped on its first failure
      const stored = await storedKeys();
      expect(acknowledged.filter((o) => !stored.has(o.key))).toEqual([]);
      // No hang (TimeoutError), no unexplained failure: typed GraphQL errors or the connection refused/closed.
      for (const outcome of failed) {
        if (outcome.kind === 'error') expect(['SERVICE_UNAVAILABLE', 'UNAUTHENTICATED']).toContain(outcome.code);
        else expect(['ECONNREFUSED', 'ECONNRESET', 'UND_ERR_SOCKET', 'EPIPE']).toContain(outcome.code);
      }
      expect(await halfWritten()).toEqual({
        postings_without_history: 0,
        published_without_feed_event: 0,
        feed_events_without_history: 0,
        incomplete_reports: 0,
      });
    } finally {
      killGroup(service);
    }
  }, 60_000);

  it('after kill -9 during writes: no half-written posting or bed report, acknowledged writes are kept, and it starts again', async () => {
    const service = await startService();
    let acknowledgedBeforeKill: Outcome[];
    try {
      const cookie = await signIn(service.url);
      let killed = false;
      const outcomes = await burst(service.url, cookie, 'crash', 16, (acknowledged) => {
        if (acknowledged === 60 && !killed) {
          killed = true;
          process.kill(service.child.pid!, 'SIGKILL');
        }
      });
      expect({ killed, failures: killed ? [] : outcomes.filter((o) => o.kind !== 'acknowledged') }).toEqual({ killed: true, failures: [] });
      await service.exited;
      expect(service.child.signalCode).toBe('SIGKILL');
      acknowledgedBeforeKill = outcomes.filter((o) => o.kind === 'acknowledged');
      expect(outcomes.filter((o) => o.kind === 'network')).toHaveLength(16);
    } finally {
      killGroup(service);
    }
    // Connections of the killed process are gone once PostgreSQL notices; their transactions rolled back.
    const stored = await storedKeys();
    expect(acknowledgedBeforeKill.filter((o) => !stored.has(o.key))).toEqual([]);
    expect(await halfWritten()).toEqual({
      postings_without_history: 0,
      published_without_feed_event: 0,
      feed_events_without_history: 0,
      incomplete_reports: 0,
    });

    const restarted = await startService();
    try {
      expect((await fetch(`${restarted.url}/readyz`)).status).toBe(200);
      const cookie = await signIn(restarted.url);
      expect((await write(restarted.url, cookie, 'after')).kind).toBe('acknowledged');
      expect(await halfWritten()).toEqual({
        postings_without_history: 0,
        published_without_feed_event: 0,
        feed_events_without_history: 0,
        incomplete_reports: 0,
      });
    } finally {
      process.kill(restarted.child.pid!, 'SIGTERM');
      const timer = setTimeout(() => killGroup(restarted), 15_000);
      await restarted.exited;
      clearTimeout(timer);
    }
  }, 90_000);
});
