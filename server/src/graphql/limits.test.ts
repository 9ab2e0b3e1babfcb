import { createTestDatabase, type TestDatabase } from '../../test/test-database';
import { startTestServer, type TestServer } from '../../test/test-server';

let db: TestDatabase;
let server: TestServer;
beforeAll(async () => {
  db = await createTestDatabase();
  server = await startTestServer(db, {
    GRAPHQL_MAX_DEPTH: '5',
    GRAPHQL_MAX_ALIASES: '3',
    GRAPHQL_MAX_DIRECTIVES: '2',
    GRAPHQL_MAX_TOKENS: '200',
  });
});
afterAll(async () => {
  await server?.stop();
  await db?.drop();
});

// Depth 5 and 6: facilities > edges > node > secondaryMedicalArea > prefecture (> name is a leaf).
const DEPTH_5 = '{ facilities(first: 1) { edges { node { secondaryMedicalArea { code } } } } }';
const DEPTH_6 = '{ facilities(first: 1) { edges { node { secondaryMedicalArea { prefecture { name } } } } } }';

describe('request shape limits (refused before execution)', () => {
  it('refuses a query deeper than GRAPHQL_MAX_DEPTH, also through fragments', async () => {
    expect((await server.graphql(DEPTH_5)).errors).toBeUndefined();
    const deep = await server.graphql(DEPTH_6);
    expect(deep.status).toBe(400);
    expect(deep.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(deep.errors?.[0].message).toMatch(/depth limit of 5/);
    const viaFragment = await server.graphql(
      `{ facilities(first: 1) { ...E } } fragment E on FacilityConnection { edges { node { secondaryMedicalArea { prefecture { name } } } } }`,
    );
    expect(viaFragment.errors?.[0].message).toMatch(/depth limit/);
  });

  it('refuses more aliases than GRAPHQL_MAX_ALIASES', async () => {
    expect((await server.graphql('{ a: prefectures { code } b: prefectures { code } c: prefectures { code } }')).errors).toBeUndefined();
    const many = await server.graphql(
      '{ a: prefectures { code } b: prefectures { code } c: prefectures { code } d: prefectures { code } }',
    );
    expect(many.status).toBe(400);
    expect(many.errors?.[0].message).toMatch(/Aliases limit of 3/i);
  });

  it('refuses more directives than GRAPHQL_MAX_DIRECTIVES', async () => {
    const many = await server.graphql('{ prefectures @skip(if: false) @include(if: true) { code @include(if: true) } }');
    expect(many.status).toBe(400);
    expect(many.errors?.[0].message).toMatch(/Directives limit of 2/i);
  });

  it('stops parsing a document longer than GRAPHQL_MAX_TOKENS', async () => {
    const long = `{ ${Array.from({ length: 120 }, () => 'prefectures { code }').join(' ')} }`;
    const res = await server.graphql(long);
    expect(res.status).toBe(400);
    expect(res.errors?.[0].extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(res.errors?.[0].message).toMatch(/more tha[nt] 200 tokens/);
  });

  it('does not suggest field names when introspection is off, and does when it is on', async () => {
    const off = await server.graphql('{ prefecture { code } }');
    expect(off.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(off.errors?.[0].message).not.toMatch(/Did you mean/);
    expect(JSON.stringify(off)).not.toContain('prefectures');
    const open = await startTestServer(db, { GRAPHQL_INTROSPECTION: 'true' });
    try {
      expect((await open.graphql('{ prefecture { code } }')).errors?.[0].message).toMatch(/Did you mean "prefectures"/);
    } finally {
      await open.stop();
    }
  });

  it('refuses a request body over 1 MB with 413', async () => {
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `# ${'x'.repeat(1_100_000)}\n{ prefectures { code } }` }),
    });
    expect(res.status).toBe(413);
  });

  it('refuses batched requests', async () => {
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ prefectures { code } }' }, { query: '{ prefectures { name } }' }]),
    });
    expect(res.status).toBe(400);
  });
});
