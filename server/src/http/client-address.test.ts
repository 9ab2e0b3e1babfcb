import { createTestDatabase, type TestDatabase } from '../../test/test-database';
import type { TestServer } from '../../test/test-server';
import { createTestAccount, startServerWithSignIn } from '../../test/accounts';
import { Role } from '../auth/viewer';

/**
 * The client address the sign-in throttle, the anonymous cost budget and the audit log key on.
 * Without TRUST_PROXY no peer is a proxy: X-Forwarded-For is ignored, so a client cannot choose
 * its address (and its budget). Behind a balancer, TRUST_PROXY (a hop count or the balancer's
 * addresses) makes each caller's own address the one that counts.
 */

let db: TestDatabase;
const servers: TestServer[] = [];

beforeAll(async () => {
  db = await createTestDatabase();
  await createTestAccount(db.dataSource, { loginId: 'address-test', role: Role.OFFICE });
});
// Each test's server stops (and writes its batched budget spends) before the next test starts.
afterEach(async () => {
  for (const server of servers.splice(0)) await server.stop();
});
afterAll(async () => {
  await db?.drop();
});
beforeEach(async () => {
  await db.dataSource.query('DELETE FROM rate_limit');
  await db.dataSource.query('DELETE FROM api_cost_budget');
  await db.dataSource.query('DELETE FROM audit_event');
});

async function serverWith(env: Record<string, string>): Promise<TestServer> {
  const server = await startServerWithSignIn(db, { LOGIN_FAILURES_PER_ACCOUNT: '1000', LOGIN_FAILURES_PER_ADDRESS: '2', ...env });
  servers.push(server);
  return server;
}

const WRONG_LOGIN = `mutation { login(loginId: "address-test", password: "Wrong-Password-2026") { role } }`;

/** A failed sign-in sent with this X-Forwarded-For header: its error code and the address the audit log recorded. */
async function failedSignIn(server: TestServer, forwardedFor: string | null): Promise<{ code: string; audited: string | null }> {
  const [{ last }] = await db.dataSource.query(`SELECT coalesce(max(id), 0) AS last FROM audit_event`);
  const res = await server.graphql(WRONG_LOGIN, {}, forwardedFor === null ? {} : { 'x-forwarded-for': forwardedFor });
  const [row] = await db.dataSource.query(`SELECT client_address FROM audit_event WHERE id > $1 AND action = 'SIGN_IN_FAILED'`, [last]);
  return { code: res.errors?.[0]?.extensions?.code, audited: row?.client_address ?? null };
}

async function budgetKeys(): Promise<string[]> {
  const rows: { client_key: string }[] = await db.dataSource.query(`SELECT client_key FROM api_cost_budget ORDER BY 1`);
  return rows.map((r) => r.client_key);
}

const isLoopback = (address: string | null) => address !== null && /^(::ffff:)?127\.0\.0\.1$|^::1$/.test(address);

describe('client address (TRUST_PROXY)', () => {
  it('by default ignores X-Forwarded-For: every caller on this socket address shares one throttle, budget and audit address', async () => {
    const server = await serverWith({});
    const first = await failedSignIn(server, '203.0.113.7');
    expect(first.code).toBe('UNAUTHENTICATED');
    expect(isLoopback(first.audited)).toBe(true);
    expect((await failedSignIn(server, '198.51.100.1')).code).toBe('UNAUTHENTICATED');
    // The third failure from "another" address is the third from this one: over the limit of 2.
    expect((await failedSignIn(server, '192.0.2.44')).code).toBe('TOO_MANY_REQUESTS');
    await server.graphql('{ prefectures { code } }', {}, { 'x-forwarded-for': '203.0.113.9' });
    const keys = await budgetKeys();
    expect(keys).toHaveLength(1);
    expect(isLoopback(keys[0].replace(/^address:/, ''))).toBe(true);
  });

  it('with a hop count, takes the address the balancer appended, not one the client wrote before it', async () => {
    const server = await serverWith({ TRUST_PROXY: '1' });
    expect(await failedSignIn(server, '203.0.113.7')).toEqual({ code: 'UNAUTHENTICATED', audited: '203.0.113.7' });
    // A client that sends its own X-Forwarded-For: the balancer appends the real address, which counts.
    expect(await failedSignIn(server, '10.9.9.9, 203.0.113.7')).toEqual({ code: 'UNAUTHENTICATED', audited: '203.0.113.7' });
    expect((await failedSignIn(server, '203.0.113.7')).code).toBe('TOO_MANY_REQUESTS');
    // Another caller behind the same balancer has a throttle of its own.
    expect(await failedSignIn(server, '198.51.100.1')).toEqual({ code: 'UNAUTHENTICATED', audited: '198.51.100.1' });
    // And a cost budget of its own.
    await server.graphql('{ prefectures { code } }', {}, { 'x-forwarded-for': '203.0.113.7' });
    await server.graphql('{ prefectures { code } }', {}, { 'x-forwarded-for': '198.51.100.1' });
    expect(await budgetKeys()).toEqual(['address:198.51.100.1', 'address:203.0.113.7']);
  });

  it('with a list of proxies, walks back through the trusted ones only', async () => {
    const server = await serverWith({ TRUST_PROXY: '127.0.0.0/8, ::1' });
    // 127.0.0.2 is a trusted proxy too, so the client is the entry before it.
    expect(await failedSignIn(server, '198.51.100.1, 127.0.0.2')).toEqual({ code: 'UNAUTHENTICATED', audited: '198.51.100.1' });
    expect(await failedSignIn(server, '192.0.2.1, 203.0.113.7')).toEqual({ code: 'UNAUTHENTICATED', audited: '203.0.113.7' });
  });

  it('with a list that does not include this peer, ignores X-Forwarded-For', async () => {
    const server = await serverWith({ TRUST_PROXY: '10.0.0.0/8' });
    const result = await failedSignIn(server, '203.0.113.7');
    expect(result.code).toBe('UNAUTHENTICATED');
    expect(isLoopback(result.audited)).toBe(true);
  });
});
