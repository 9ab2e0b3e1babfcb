import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createDataSource } from '../../../ormconfig';
import { createApp } from '../app';
import { loadConfig } from '../config';
import { createTestDatabase, type TestDatabase } from '../../test/test-database';
import { startTestServer, type TestServer } from '../../test/test-server';
import { TcpSwitch } from '../../test/tcp-switch';
import { enqueueMail } from '../mail/outbox';
import { postExpectingEarlyAnswer } from '../../test/early-answer';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db?.drop();
});

describe('security headers and CORS', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(db, { CORS_ORIGINS: 'https://pref.example.jp' });
  });
  afterAll(async () => server?.stop());

  it('sends a Content-Security-Policy that allows no inline script, and the usual hardening headers', async () => {
    const res = await fetch(`${server.url}/healthz`);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-powered-by')).toBeNull();
  });

  it('lets only the report builder’s documents apply inline styles (Monaco), never inline scripts', async () => {
    // The dashboard's documents are served only where it is built: a stand-in shell is enough here.
    const clientDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gmis-shell-'));
    fs.writeFileSync(path.join(clientDir, 'index.html'), '<!doctype html><title>G-MIS</title>');
    const dashboard = await startTestServer(db, { GMIS_CLIENT_DIR: clientDir });
    try {
      const csp = async (at: string) => {
        const res = await fetch(`${dashboard.url}${at}`, { headers: { accept: 'text/html' } });
        expect(res.status).toBe(200);
        return res.headers.get('content-security-policy') ?? '';
      };
      for (const at of ['/reports/new', '/reports/U2F2ZWRSZXBvcnQ6MQ/edit']) {
        const policy = await csp(at);
        expect(policy).toContain("style-src 'self' 'unsafe-inline'");
        expect(policy).toContain("script-src 'self';");
        expect(policy).toContain("font-src 'self' data:");
      }
      for (const at of ['/reports', '/reports/U2F2ZWRSZXBvcnQ6MQ', '/reports/folders', '/'])
        expect(await csp(at)).not.toContain('unsafe-inline');
    } finally {
      await dashboard.stop();
      fs.rmSync(clientDir, { recursive: true, force: true });
    }
  });

  it('allows only configured origins to call the API from a browser', async () => {
    const preflight = (origin: string) =>
      fetch(`${server.url}/graphql`, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST' } });
    expect((await preflight('https://pref.example.jp')).headers.get('access-control-allow-origin')).toBe('https://pref.example.jp');
    expect((await preflight('https://evil.example.com')).headers.get('access-control-allow-origin')).toBeNull();
  });

  it('refuses a lone surrogate in any string of the body, and accepts surrogate pairs (𠮷, 😀)', async () => {
    const post = (body: string) =>
      fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    const query = 'query($name: String) { facilities(first: 1, filter: { name: $name }) { totalCount } }';
    const pair = await post(JSON.stringify({ query, variables: { name: '𠮷野家😀' } }));
    expect(pair.status).toBe(200);
    const lone = await post(`{"query":${JSON.stringify(query)},"variables":{"name":"abc\\ud800def"}}`);
    expect(lone.status).toBe(400);
    expect(((await lone.json()) as any).errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('refuses GraphQL bodies over 1 MB without running them', async () => {
    const res = await postExpectingEarlyAnswer(
      `${server.url}/graphql`,
      { 'content-type': 'application/json' },
      JSON.stringify({ query: `{ prefectures { code } } # ${'x'.repeat(1_100_000)}` }),
    );
    expect(res.status).toBe(413);
    expect(JSON.parse(res.body).errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });
});

describe('/metrics', () => {
  it('reports operations by name, HTTP responses and the database pool in Prometheus format', async () => {
    const server = await startTestServer(db);
    try {
      await server.graphql('query PrefectureList { prefectures { code } }');
      await server.graphql('query PrefectureList { prefectures { code } }');
      const text = await (await fetch(`${server.url}/metrics`)).text();
      expect(text).toMatch(/gmis_graphql_operations_total\{operation="PrefectureList",outcome="ok"\} 2/);
      expect(text).toMatch(/gmis_graphql_operation_duration_seconds_count\{operation="PrefectureList"\} 2/);
      expect(text).toMatch(/gmis_db_pool_connections\{state="total"\} \d+/);
      expect(text).toMatch(/gmis_http_responses_total\{method="POST",status="2xx"\} \d+/);
    } finally {
      await server.stop();
    }
  });
});

describe('/metrics outbox backlog', () => {
  it('reports undelivered mails and undelivered Key-Net feed events', async () => {
    const server = await startTestServer(db, {
      KEYNET_WEBHOOK_URL: 'https://keynet.example.jp/hook',
      KEYNET_WEBHOOK_SECRET: 'x'.repeat(32),
    });
    const gauge = async (name: string) => {
      const text = await (await fetch(`${server.url}/metrics`)).text();
      const match = new RegExp(`^${name} (\\S+)$`, 'm').exec(text);
      return match ? Number(match[1]) : null;
    };
    try {
      const before = await gauge('gmis_mail_outbox_undelivered');
      expect(before).not.toBeNull();
      await db.dataSource.transaction((m) => enqueueMail(m, { to: 'backlog@example.jp', subject: '件名', text: '本文' }));
      await db.dataSource.transaction((m) => enqueueMail(m, { to: 'backlog@example.jp', subject: '件名', text: '本文' }));
      expect(await gauge('gmis_mail_outbox_undelivered')).toBe(before! + 2);
      await db.dataSource.query(`UPDATE mail_outbox SET sent_at = now() WHERE recipient = 'backlog@example.jp'`);
      expect(await gauge('gmis_mail_outbox_undelivered')).toBe(before);
      const [{ events }] = await db.dataSource.query('SELECT count(*)::int AS events FROM key_net_event');
      expect(await gauge('gmis_key_net_webhook_pending_events')).toBe(events);
    } finally {
      await server.stop();
    }
  });
});

describe('database outage', () => {
  it('answers 503 SERVICE_UNAVAILABLE without hanging while the database is unreachable, and recovers by itself', async () => {
    const target = new URL(db.url);
    const relay = new TcpSwitch({ host: target.hostname, port: Number(target.port || 5432) });
    await relay.open();
    const viaRelay = new URL(db.url);
    viaRelay.port = String(relay.port);
    const dataSource = createDataSource({ url: viaRelay.toString(), schema: db.schema, connectTimeoutMs: 1000 });
    await dataSource.initialize();
    const config = loadConfig({ NODE_ENV: 'test' });
    const app = await createApp({ config, db: dataSource, log: pino({ level: 'silent' }) });
    const server = http.createServer(app.express);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const ask = () =>
      fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        // facilities reads PostgreSQL; prefectures alone would be answered from memory (ReferenceCatalog).
        body: JSON.stringify({ query: '{ prefectures { code } facilities(first: 1) { totalCount } }' }),
      });
    try {
      expect((await ask()).status).toBe(200);

      await relay.cut();
      const down = await ask();
      expect(down.status).toBe(503);
      expect(down.headers.get('retry-after')).toBe('5');
      const body = (await down.json()) as any;
      expect(body.errors[0].extensions.code).toBe('SERVICE_UNAVAILABLE');
      expect(body.errors[0].message).not.toMatch(/ECONN|127\.0\.0\.1|terminated/);
      expect(await readyStatusBecomes(url, 503)).toBe(503);

      await relay.open();
      const up = await ask();
      expect(up.status).toBe(200);
      expect(((await up.json()) as any).data.prefectures).toHaveLength(47);
      expect(await readyStatusBecomes(url, 200)).toBe(200);
    } finally {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await app.stop();
      await relay.cut();
      await dataSource.destroy().catch(() => undefined);
    }
  });
});

/** /readyz answers from a background check (every DATABASE_HEALTH_INTERVAL_MS): waits, bounded, for it to see the change. */
async function readyStatusBecomes(url: string, expected: number): Promise<number> {
  let status = 0;
  for (let attempt = 0; attempt < 100 && status !== expected; attempt += 1) {
    status = (await fetch(`${url}/readyz`)).status;
    if (status !== expected) await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return status;
}
