import type { ViewerResolver } from '../auth/viewer';
import { ANONYMOUS, Role } from '../auth/viewer';
import { createTestDatabase, type TestDatabase } from '../../test/test-database';
import { startTestServer, type TestServer } from '../../test/test-server';

/** Stands in for the accounts domain: one valid API token. */
const tokenViewer: ViewerResolver = async (req) =>
  req.headers.authorization === 'Bearer gmis_test_token'
    ? { accountId: 42, role: Role.ANALYST, facilityId: null, prefectureCode: null }
    : ANONYMOUS;
const TOKEN = { authorization: 'Bearer gmis_test_token' };
const INTROSPECT = '{ __schema { queryType { name } } }';
const TYPE = '{ __type(name: "Facility") { fields { name } } }';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db?.drop();
});

async function withServer(env: Record<string, string>, run: (server: TestServer) => Promise<void>) {
  const server = await startTestServer(db, env, { resolveViewer: tokenViewer });
  try {
    await run(server);
  } finally {
    await server.stop();
  }
}

describe('introspection', () => {
  it('is for API tokens only by default in production, answered to others as if it were off', async () => {
    await withServer({}, async (server) => {
      const withToken = await server.graphql(INTROSPECT, {}, TOKEN);
      expect(withToken.errors).toBeUndefined();
      expect(withToken.data.__schema.queryType.name).toBe('Query');
      expect((await server.graphql(TYPE, {}, TOKEN)).data.__type.fields.length).toBeGreaterThan(5);
      const others: Record<string, string>[] = [{}, { cookie: 'gmis_session=abc' }, { authorization: 'Bearer made-up' }];
      for (const headers of others) {
        for (const query of [INTROSPECT, TYPE, `query Q { ...F } fragment F on Query { __schema { types { name } } }`]) {
          const res = await server.graphql(query, {}, headers);
          expect(res.status).toBe(400);
          expect(res.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
          expect(res.data).toBeUndefined();
        }
      }
      // __typename is not introspection of the schema.
      expect((await server.graphql('{ __typename }')).errors).toBeUndefined();
      // Suggestions stay hidden (they would leak the schema to those without a token).
      expect((await server.graphql('{ prefecture { code } }', {}, TOKEN)).errors?.[0].message).not.toMatch(/Did you mean/);
    });
  });

  it('is off for everyone with GRAPHQL_INTROSPECTION_FOR_TOKENS=false, and on for everyone with GRAPHQL_INTROSPECTION=true', async () => {
    await withServer({ GRAPHQL_INTROSPECTION_FOR_TOKENS: 'false' }, async (server) => {
      expect((await server.graphql(INTROSPECT, {}, TOKEN)).errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    });
    await withServer({ GRAPHQL_INTROSPECTION: 'true' }, async (server) => {
      expect((await server.graphql(INTROSPECT)).errors).toBeUndefined();
    });
  });
});
