import { GraphQLError } from 'graphql';
import { formatErrorForClient } from './graphql/errors';
import { loadConfig } from './config';
import { createTestDatabase, type TestDatabase } from '../test/test-database';
import { startTestServer, type TestServer } from '../test/test-server';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db?.drop();
});

describe('HTTP endpoints', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(db);
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('answers /healthz and /readyz (database reachable, migrations applied)', async () => {
    expect(await (await fetch(`${server.url}/healthz`)).json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${server.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready', pendingMigrations: 0, replicas: [] });
  });

  it('echoes a well-formed x-request-id and makes one up otherwise', async () => {
    const given = await fetch(`${server.url}/healthz`, { headers: { 'x-request-id': 'lb-1234' } });
    expect(given.headers.get('x-request-id')).toBe('lb-1234');
    const forged = await fetch(`${server.url}/healthz`, { headers: { 'x-request-id': 'bad id; DROP "x"'.repeat(10) } });
    expect(forged.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('refuses introspection and hides field suggestions when NODE_ENV is unset', async () => {
    const introspection = await server.graphql('{ __schema { queryType { name } } }');
    expect(introspection.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const typo = await server.graphql('{ prefecture { code } }');
    expect(typo.errors?.[0].message).not.toMatch(/Did you mean/);
  });

  it('refuses batched requests and plain GET mutations (CSRF prevention)', async () => {
    const batched = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ prefectures { code } }' }, { query: '{ prefectures { code } }' }]),
    });
    expect(batched.status).toBe(400);
    const simpleGet = await fetch(`${server.url}/graphql?query=${encodeURIComponent('{ prefectures { code } }')}`);
    expect(simpleGet.status).toBe(400);
  });
});

describe('introspection when configured', () => {
  it('is on only where GRAPHQL_INTROSPECTION says so', async () => {
    const server = await startTestServer(db, { GRAPHQL_INTROSPECTION: 'true' });
    try {
      const res = await server.graphql('{ __schema { queryType { name } } }');
      expect(res.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    } finally {
      await server.stop();
    }
  });
});

describe('error formatting', () => {
  const internal = {
    message: 'relation "facility" does not exist at character 15',
    extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at Query.run (pg.js:1)'] },
  };

  it('never lets SQL text or stacks out in production (including unset NODE_ENV)', () => {
    const formatted = formatErrorForClient(loadConfig({}).development)(internal);
    expect(formatted).toEqual({ message: 'サーバー内部でエラーが発生しました。', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    const unknownCode = formatErrorForClient(false)({ message: 'ECONNREFUSED 10.0.0.5:5432', extensions: { code: 'WHATEVER' } });
    expect(unknownCode.message).not.toContain('10.0.0.5');
  });

  it('keeps typed domain errors with their code and field errors, without stacks', () => {
    const domain = new GraphQLError('検索条件が正しくありません。', {
      extensions: { code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'name', message: '長すぎます' }], stacktrace: ['x'] },
    }).toJSON();
    expect(formatErrorForClient(false)(domain)).toEqual({
      message: '検索条件が正しくありません。',
      extensions: { code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'name', message: '長すぎます' }] },
    });
  });

  it('shows internals only in opt-in development mode', () => {
    expect(loadConfig({ NODE_ENV: 'development' }).development).toBe(true);
    expect(loadConfig({ NODE_ENV: 'production' }).development).toBe(false);
    expect(formatErrorForClient(true)(internal)).toEqual(internal);
  });
});
