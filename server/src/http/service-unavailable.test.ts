import http from 'node:http';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import type { DataSource } from 'typeorm';
import { createDataSource } from '../../../ormconfig';
import { createApiToken } from '../accounts/api-token';
import { createViewerResolver } from '../accounts/resolve-viewer';
import { type App, createApp } from '../app';
import { Role } from '../auth/viewer';
import { loadConfig } from '../config';
import { createTestAccount } from '../../test/accounts';
import { createTestDatabase, type TestDatabase } from '../../test/test-database';
import { TcpSwitch } from '../../test/tcp-switch';

/**
 * The database stopped (connections refused) or frozen (connections open, nothing answered, as
 * after SIGSTOP): every route that needs it answers 503 SERVICE_UNAVAILABLE with Retry-After, for
 * anonymous callers, sessions and API tokens alike, within the configured timeouts; /readyz
 * follows from its background check; all recover by themselves.
 */
const TIMEOUTS = { DB_CONNECT_TIMEOUT_MS: '1000', DB_STATEMENT_TIMEOUT_MS: '1000', DB_QUERY_TIMEOUT_MS: '1500' };
/** Well past any configured timeout: a request still unanswered then is hanging. */
const HANGING_MS = 8000;

let db: TestDatabase;
let relay: TcpSwitch;
let dataSource: DataSource;
let app: App;
let server: http.Server;
let url: string;
let cookie: string;
let bearer: string;

beforeAll(async () => {
  db = await createTestDatabase();
  const target = new URL(db.url);
  relay = new TcpSwitch({ host: target.hostname, port: Number(target.port || 5432) });
  await relay.open();
  const viaRelay = new URL(db.url);
  viaRelay.port = String(relay.port);
  const config = loadConfig({ NODE_ENV: 'test', ...TIMEOUTS, DATABASE_HEALTH_INTERVAL_MS: '100', SESSION_CACHE_SECONDS: '0' });
  dataSource = createDataSource({
    url: viaRelay.toString(),
    schema: db.schema,
    connectTimeoutMs: 1000,
    statementTimeoutMs: 1000,
    queryTimeoutMs: 1500,
    poolSize: 3,
  });
  await dataSource.initialize();
  app = await createApp({ config, db: dataSource, log: pino({ level: 'silent' }), resolveViewer: createViewerResolver(config) });
  server = http.createServer(app.express);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const office = await createTestAccount(db.dataSource, { loginId: 'outage-office', role: Role.OFFICE });
  const login = await post('/graphql', {
    query: 'mutation L($loginId: String!, $password: String!) { login(loginId: $loginId, password: $password) { role } }',
    variables: office,
  });
  cookie = login.headers.get('set-cookie')!.split(';')[0];
  const viewer = { accountId: office.id, role: Role.OFFICE, facilityId: null, prefectureCode: null };
  bearer = (await createApiToken(db.dataSource, viewer, office.id, 'outage')).token;
});
afterAll(async () => {
  server?.closeAllConnections();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  await app?.stop();
  relay?.thaw();
  await relay?.cut();
  await dataSource?.destroy().catch(() => undefined);
  await db?.drop();
});

function post(path: string, body: unknown, headers: Record<string, string> = {}) {
  return fetch(`${url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true', ...headers },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(HANGING_MS),
  });
}

// facilities reads PostgreSQL; prefectures alone would be answered from memory (ReferenceCatalog).
const QUERY = { query: '{ prefectures { code } facilities(first: 1) { totalCount } }' };
const upload = () => {
  const form = new FormData();
  form.append('file', new Blob(['hello'], { type: 'text/plain' }), 'memo.txt');
  return fetch(`${url}/api/attachments`, {
    method: 'POST',
    body: form,
    headers: { cookie, 'apollo-require-preflight': 'true' },
    signal: AbortSignal.timeout(HANGING_MS),
  });
};

/** Every route that needs the database, as each kind of caller. */
const ROUTES: [string, () => Promise<Response>][] = [
  ['GraphQL, anonymous', () => post('/graphql', QUERY)],
  ['GraphQL, session', () => post('/graphql', QUERY, { cookie })],
  ['GraphQL, API token', () => post('/graphql', QUERY, { authorization: `Bearer ${bearer}` })],
  [
    'CSV export, session',
    () => fetch(`${url}/api/exports/bed-report.csv?encoding=utf8`, { headers: { cookie }, signal: AbortSignal.timeout(HANGING_MS) }),
  ],
  [
    'attachment download, session',
    () => fetch(`${url}/api/attachments/QXR0YWNobWVudDox`, { headers: { cookie }, signal: AbortSignal.timeout(HANGING_MS) }),
  ],
  ['attachment upload, session', upload],
];

async function answers(): Promise<Record<string, { status: number; retryAfter: string | null; code: unknown }>> {
  const result: Record<string, { status: number; retryAfter: string | null; code: unknown }> = {};
  // One after another: each must be answered on its own within the timeouts, not thanks to another's failure.
  for (const [name, request] of ROUTES) {
    const res = await request();
    const body = (await res.text()).trim();
    const json = body.startsWith('{') ? (JSON.parse(body) as { errors?: { extensions?: { code?: unknown } }[] }) : null;
    result[name] = { status: res.status, retryAfter: res.headers.get('retry-after'), code: json?.errors?.[0]?.extensions?.code ?? null };
  }
  return result;
}

const unavailableEverywhere = Object.fromEntries(
  ROUTES.map(([name]) => [name, { status: 503, retryAfter: '5', code: 'SERVICE_UNAVAILABLE' }]),
);

async function readyStatus(expected: number): Promise<number> {
  // The background check runs every 100 ms; wait for it to see the change (bounded).
  let status = 0;
  for (let attempt = 0; attempt < 100 && status !== expected; attempt += 1) {
    status = (await fetch(`${url}/readyz`, { signal: AbortSignal.timeout(HANGING_MS) })).status;
    if (status !== expected) await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return status;
}

describe('database unavailable', () => {
  it('works while the database is there', async () => {
    const ok = await answers();
    expect(ok['GraphQL, anonymous'].status).toBe(200);
    expect(ok['GraphQL, session'].status).toBe(200);
    expect(ok['GraphQL, API token'].status).toBe(200);
    expect(ok['CSV export, session'].status).toBe(200);
    expect(ok['attachment download, session'].status).toBe(404);
    expect(ok['attachment upload, session'].status).toBe(201);
  });

  it('answers 503 with Retry-After on every route while it is stopped, and recovers', async () => {
    await relay.cut();
    try {
      expect(await answers()).toEqual(unavailableEverywhere);
      expect(await readyStatus(503)).toBe(503);
    } finally {
      await relay.open();
    }
    expect(await readyStatus(200)).toBe(200);
    expect((await post('/graphql', QUERY, { cookie })).status).toBe(200);
  });

  it('answers 503 with Retry-After when a statement runs past DB_STATEMENT_TIMEOUT_MS, and the connection stays usable', async () => {
    // A lock held elsewhere makes the statement wait; PostgreSQL cancels it at the statement timeout (1 s).
    await db.dataSource.transaction(async (m) => {
      await m.query('LOCK TABLE facility IN ACCESS EXCLUSIVE MODE');
      const res = await post('/graphql', QUERY, { cookie });
      expect({ status: res.status, retryAfter: res.headers.get('retry-after') }).toEqual({ status: 503, retryAfter: '5' });
      expect(((await res.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe('SERVICE_UNAVAILABLE');
    });
    for (let i = 0; i < 3; i += 1) expect((await post('/graphql', QUERY, { cookie })).status).toBe(200);
  });

  it('answers 503 with Retry-After on every route while it is frozen (connections open, no answer), and recovers', async () => {
    // Pooled connections exist (the previous requests): their statements get no answer within DB_QUERY_TIMEOUT_MS;
    // new connections none within DB_CONNECT_TIMEOUT_MS.
    relay.freeze();
    try {
      expect(await answers()).toEqual(unavailableEverywhere);
      const ready = await fetch(`${url}/readyz`, { signal: AbortSignal.timeout(HANGING_MS) });
      expect(ready.status === 200 || ready.status === 503).toBe(true); // answered at once from its state, never queued
      expect(await readyStatus(503)).toBe(503);
    } finally {
      relay.thaw();
    }
    expect(await readyStatus(200)).toBe(200);
    expect((await post('/graphql', QUERY, { authorization: `Bearer ${bearer}` })).status).toBe(200);
  });
});
