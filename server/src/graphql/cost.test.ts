import { parse } from 'graphql';
import { Role } from '../auth/viewer';
import { seedDemoFacilities } from '../db/seed/demo-facilities';
import { createDataSource } from '../../../ormconfig';
import { createTestDatabase, type TestDatabase } from '../../test/test-database';
import { startTestServer, type TestServer } from '../../test/test-server';
import { LARGEST_PAGE, operationCost, unpricedListFields } from './cost';
import { buildAppSchema, buildSubgraphAppSchema } from '../app.modules';
import { MAX_FACILITY_PAGE } from '../facilities/facility.search';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemoFacilities(db.dataSource.manager, 40);
});
afterAll(async () => {
  await db?.drop();
});

async function costOf(query: string, variables: Record<string, unknown> = {}) {
  return operationCost(await buildAppSchema(), parse(query), variables, undefined);
}

describe('query cost (computed before execution)', () => {
  it("multiplies a connection's edges by first, and pays pageInfo and totalCount once", async () => {
    const edgesOnly = '{ facilities(first: 10) { edges { node { code } } } }';
    expect(await costOf(edgesOnly)).toBe(1 + 10 * 2); // connection + 10 × (edge + node)
    const withPaging = `query ($first: Int!) { facilities(first: $first) { totalCount pageInfo { hasNextPage }
      edges { cursor node { code prefecture { name } secondaryMedicalArea { name } } } } }`;
    expect(await costOf(withPaging, { first: 10 })).toBe(1 + 1 + 1 + 10 * 4);
    expect(await costOf(withPaging, { first: 100 })).toBe(1 + 1 + 1 + 100 * 4);
    // The worked example in docs/api.md.
    expect(await costOf('{ facilities(first: 100) { totalCount edges { node { code prefecture { name } } } } }')).toBe(302);
  });

  it('prices lists by their largest size and scalars at nothing', async () => {
    expect(await costOf('{ prefectures { code name } }')).toBe(1 + 47 * 0);
    expect(await costOf('{ secondaryMedicalAreas { prefecture { name } } }')).toBe(1 + 330 * 1);
    expect(await costOf('{ secondaryMedicalAreas(prefectureCode: "01") { prefecture { name } } }')).toBe(1 + 21 * 1);
  });

  it('counts aliases and fragments, and multiplies everything when edges hide behind a named fragment', async () => {
    expect(
      await costOf('{ a: facilities(first: 5) { edges { node { code } } } b: facilities(first: 5) { edges { node { code } } } }'),
    ).toBe(2 * (1 + 5 * 2));
    const spread = `{ facilities(first: 5) { ...Page } } fragment Page on FacilityConnection { pageInfo { hasNextPage } edges { node { code } } }`;
    expect(await costOf(spread)).toBe(1 + 5 * (1 + 2)); // upper bound: pageInfo multiplied too
  });

  it('prices an out-of-range first as the largest page (the resolver refuses it as BAD_USER_INPUT)', async () => {
    expect(MAX_FACILITY_PAGE).toBeLessThanOrEqual(LARGEST_PAGE);
    expect(await costOf('{ facilities(first: 1000000000) { edges { node { code } } } }')).toBe(1 + LARGEST_PAGE * 2);
  });

  it('has a size for every list field of both schemas (none priced by the fail-closed default)', async () => {
    expect(unpricedListFields(await buildAppSchema())).toEqual([]);
    expect(unpricedListFields(await buildSubgraphAppSchema())).toEqual([]);
  });
});

describe('cost limits over HTTP', () => {
  let server: TestServer;
  // Small numbers so a few requests reach them; restore rate 1 point/s so drain is negligible.
  const env = { GRAPHQL_MAX_COST: '50', GRAPHQL_COST_BUDGET: '50', GRAPHQL_COST_RESTORE_RATE: '1' };
  const TEN = '{ facilities(first: 10) { edges { node { code } } } }'; // cost 21
  let viewerAccount: number | null = null;

  beforeAll(async () => {
    server = await startTestServer(db, env, {
      resolveViewer: async () =>
        viewerAccount == null
          ? { accountId: null, role: null, facilityId: null, prefectureCode: null }
          : { accountId: viewerAccount, role: Role.ANALYST, facilityId: null, prefectureCode: null },
    });
  });
  afterAll(async () => {
    await server?.stop();
  });
  beforeEach(async () => {
    viewerAccount = null;
    await db.dataSource.query('DELETE FROM api_cost_budget');
  });

  it('reports the cost and the remaining budget in extensions.cost of every response', async () => {
    const res = await server.graphql(TEN);
    expect(res.errors).toBeUndefined();
    expect(res.extensions?.cost).toMatchObject({ requestedQueryCost: 21, maximumQueryCost: 50 });
    expect(res.extensions?.cost.throttleStatus).toMatchObject({ maximumAvailable: 50, restoreRate: 1 });
    expect(res.extensions?.cost.throttleStatus.currentlyAvailable).toBeGreaterThanOrEqual(29);
    expect(res.extensions?.cost.throttleStatus.currentlyAvailable).toBeLessThan(50);
  });

  it('refuses a query over the limit before execution, with its computed cost, spending nothing', async () => {
    const { result: res, statements } = await db.recorder.record(() =>
      server.graphql('{ facilities(first: 30) { edges { node { code } } } }'),
    );
    expect(res.status).toBe(400);
    expect(res.data).toBeUndefined();
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', cost: { requestedQueryCost: 61, maximumQueryCost: 50 } });
    expect(res.extensions?.cost.requestedQueryCost).toBe(61);
    expect(statements).toEqual([]);
    expect(await db.dataSource.query('SELECT * FROM api_cost_budget')).toEqual([]);
  });

  it('leaves variables that do not coerce to execution, which refuses them without running anything', async () => {
    const { result: res, statements } = await db.recorder.record(() =>
      server.graphql('query ($first: Int!) { facilities(first: $first) { edges { node { code } } } }', { first: 'many' }),
    );
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.data).toBeUndefined();
    expect(statements).toEqual([]);
  });

  it('refuses with 429 and Retry-After once the budget is spent, and accepts again as the bucket drains', async () => {
    expect((await server.graphql(TEN)).errors).toBeUndefined();
    expect((await server.graphql(TEN)).errors).toBeUndefined();
    const refused = await server.graphql(TEN);
    expect(refused.status).toBe(429);
    expect(refused.data).toBeUndefined();
    expect(refused.errors?.[0].extensions?.code).toBe('TOO_MANY_REQUESTS');
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(refused.errors?.[0].extensions?.cost.throttleStatus.currentlyAvailable).toBeLessThan(21);
    // The refused request spent nothing; 13 seconds later (at 1 point/s) 21 points fit again.
    await db.dataSource.query(`UPDATE api_cost_budget SET updated_at = updated_at - interval '13 seconds'`);
    expect((await server.graphql(TEN)).errors).toBeUndefined();
  });

  it('keeps one budget per account, separate from anonymous callers at the same address', async () => {
    viewerAccount = 7;
    expect((await server.graphql(TEN)).errors).toBeUndefined();
    expect((await server.graphql(TEN)).errors).toBeUndefined();
    expect((await server.graphql(TEN)).status).toBe(429);
    viewerAccount = 8;
    expect((await server.graphql(TEN)).errors).toBeUndefined();
    viewerAccount = null;
    expect((await server.graphql(TEN)).errors).toBeUndefined();
    const keys = (await db.dataSource.query('SELECT client_key FROM api_cost_budget ORDER BY client_key')).map((r: any) => r.client_key);
    expect(keys).toEqual([expect.stringMatching(/^account:7$/), 'account:8', expect.stringMatching(/^address:.*127\.0\.0\.1$/)]);
  });

  it('shares the budget between server processes (two apps, two connection pools, one database)', async () => {
    const otherPool = createDataSource({ url: db.url, schema: db.schema, poolSize: 2 });
    await otherPool.initialize();
    const other = await startTestServer({ ...db, dataSource: otherPool }, env);
    try {
      expect((await server.graphql(TEN)).errors).toBeUndefined();
      expect((await other.graphql(TEN)).errors).toBeUndefined();
      expect((await other.graphql(TEN)).status).toBe(429);
      expect((await server.graphql(TEN)).status).toBe(429);
    } finally {
      await other.stop();
      await otherPool.destroy();
    }
  });

  it('spends atomically: concurrent requests never overdraw the bucket', async () => {
    const results = await Promise.all(Array.from({ length: 8 }, () => server.graphql(TEN)));
    expect(results.filter((r) => r.status === 200)).toHaveLength(2);
    expect(results.filter((r) => r.status === 429)).toHaveLength(6);
  });
});
