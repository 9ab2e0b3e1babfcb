import { Writable } from 'node:stream';
import { createTestDatabase, type TestDatabase } from '../../test/test-database';
import type { TestServer } from '../../test/test-server';
import { createTestAccount, signInAs, startServerWithSignIn, type TestAccount } from '../../test/accounts';
import { Role } from '../auth/viewer';
import { createLogger } from '../logger';
import { seedDemoFacilities } from '../db/seed/demo-facilities';

/**
 * Internal errors reach the log once each, with what an operator needs (request id, operation,
 * cause, stack) and nothing a client sent as a secret; the client still gets the fixed message.
 * The faults are real: a column the service reads is renamed away in this file's own schema.
 */

let db: TestDatabase;
let server: TestServer;
let account: TestAccount;
let sessionCookie: string;
const lines: Record<string, any>[] = [];
let rawLog = '';

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemoFacilities(db.dataSource.manager, 5);
  account = await createTestAccount(db.dataSource, { loginId: 'error-log-office', role: Role.OFFICE });
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      rawLog += chunk.toString();
      for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  server = await startServerWithSignIn(db, {}, { log: createLogger('info', sink) });
  sessionCookie = await signInAs(server, account);
});

afterAll(async () => {
  await server?.stop();
  await db?.drop();
});

/** Runs `body` with the database changed by `breakSql`, restoring it afterwards with `restoreSql`. */
async function withFault<T>(breakSql: string, restoreSql: string, body: () => Promise<T>): Promise<T> {
  await db.dataSource.query(breakSql);
  try {
    return await body();
  } finally {
    await db.dataSource.query(restoreSql);
  }
}

const internalErrorLines = (requestId: string) => lines.filter((line) => line.msg === 'internal error' && line.requestId === requestId);

/** The error and its causes, outermost first. */
function causes(err: Record<string, any>): Record<string, any>[] {
  const chain: Record<string, any>[] = [];
  for (let e: Record<string, any> | undefined = err; e; e = e.cause) chain.push(e);
  return chain;
}

async function post(body: unknown, headers: Record<string, string>) {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return { status: response.status, requestId: response.headers.get('x-request-id'), body: (await response.json()) as { errors?: any[] } };
}

describe('internal errors in the log', () => {
  it('logs a failed query once with request id, operation, cause and stack; the client gets the plain message', async () => {
    const response = await withFault(
      `ALTER TABLE facility RENAME COLUMN name TO name_gone`,
      `ALTER TABLE facility RENAME COLUMN name_gone TO name`,
      () =>
        post(
          { query: 'query FacilityNames { facilities(first: 2) { edges { node { name } } } }' },
          { 'x-request-id': 'error-log-query-1' },
        ),
    );
    expect(response.requestId).toBe('error-log-query-1');
    expect(response.body.errors).toEqual([
      expect.objectContaining({ message: 'サーバー内部でエラーが発生しました。', extensions: { code: 'INTERNAL_SERVER_ERROR' } }),
    ]);
    expect(JSON.stringify(response.body)).not.toMatch(/name_gone|does not exist|stacktrace/i);

    const logged = internalErrorLines('error-log-query-1');
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({ level: 50, operation: 'FacilityNames', operationType: 'query', path: 'facilities' });
    const chain = causes(logged[0].err);
    expect(chain.map((e) => e.message).join(' | ')).toMatch(/column .*name.* does not exist/);
    expect(chain.some((e) => e.code === '42703')).toBe(true);
    expect(chain[0].stack).toMatch(/\n\s+at /);
    // TypeORM's statement parameters are never copied into the log.
    expect(chain.every((e) => !('parameters' in e) && !('query' in e))).toBe(true);
  });

  it('keeps a sign-in mutation’s variables, cookies and tokens out of the log, even where the database quotes them', async () => {
    const password = 'Sup3r-Secret-Passw0rd';
    const loginId = 'secret-login-id';
    // login_id becomes an integer column: PostgreSQL's error then quotes the ID it was given.
    const response = await withFault(
      `ALTER TABLE account RENAME COLUMN login_id TO login_id_text; ALTER TABLE account ADD COLUMN login_id integer`,
      `ALTER TABLE account DROP COLUMN login_id; ALTER TABLE account RENAME COLUMN login_id_text TO login_id`,
      () =>
        post(
          {
            query: 'mutation Login($l: String!, $p: String!) { login(loginId: $l, password: $p) { role } }',
            variables: { l: loginId, p: password },
          },
          {
            'x-request-id': 'error-log-login-1',
            cookie: 'gmis_session=cookie-secret-value',
            authorization: 'Bearer gmis_token-secret-value',
          },
        ),
    );
    expect(response.body.errors?.[0]).toMatchObject({
      message: 'サーバー内部でエラーが発生しました。',
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    const logged = internalErrorLines('error-log-login-1');
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({ operation: 'Login', operationType: 'mutation', path: 'login' });
    expect(
      causes(logged[0].err)
        .map((e) => e.message)
        .join(' | '),
    ).toContain('invalid input syntax for type integer: "[redacted]"');
    for (const secret of [password, loginId, 'cookie-secret-value', 'token-secret-value']) expect(rawLog).not.toContain(secret);
  });

  it('logs a request whose session cannot be read (before any GraphQL hook runs), and an export route’s failure', async () => {
    const [graphql, exported] = await withFault(
      `ALTER TABLE session RENAME COLUMN token_hash TO token_hash_gone`,
      `ALTER TABLE session RENAME COLUMN token_hash_gone TO token_hash`,
      async () => [
        await post(
          { query: 'query Prefectures { prefectures { code } }', operationName: 'Prefectures' },
          { 'x-request-id': 'error-log-context-1', cookie: sessionCookie },
        ),
        await fetch(`${server.url}/api/exports/bed-report.csv`, {
          headers: { 'x-request-id': 'error-log-export-1', cookie: sessionCookie },
        }),
      ],
    );
    expect(graphql.status).toBe(500);
    expect(graphql.body.errors?.[0]).toMatchObject({
      message: 'サーバー内部でエラーが発生しました。',
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    const fromContext = internalErrorLines('error-log-context-1');
    expect(fromContext).toHaveLength(1);
    expect(fromContext[0].operation).toBe('Prefectures');
    expect(
      causes(fromContext[0].err)
        .map((e) => e.message)
        .join(' | '),
    ).toMatch(/token_hash/);

    expect(exported.status).toBe(500);
    expect(await exported.json()).toEqual({
      errors: [{ message: 'サーバー内部でエラーが発生しました。', extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
    });
    const fromRoute = internalErrorLines('error-log-export-1');
    expect(fromRoute).toHaveLength(1);
    expect(fromRoute[0].route).toBe('/api/exports/bed-report.csv');
    expect(causes(fromRoute[0].err).some((e) => e.code === '42703')).toBe(true);
    expect(rawLog).not.toContain(sessionCookie.split('=')[1]);
  });

  it('does not log client errors', async () => {
    const response = await post(
      { query: 'query Bad($n: String) { facilities(filter: { name: $n }, first: 0) { totalCount } }', variables: { n: 'x' } },
      { 'x-request-id': 'error-log-client-1' },
    );
    expect(response.body.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(lines.filter((line) => line.requestId === 'error-log-client-1')).toEqual([]);
  });
});
