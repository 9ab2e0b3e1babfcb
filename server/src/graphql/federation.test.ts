import fs from 'node:fs';
import path from 'node:path';
import { composeServices } from '@apollo/composition';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { startStandaloneServer } from '@apollo/server/standalone';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import { OPERATION_POLICY } from '../app.modules';
import { seedDemoFacilities } from '../db/seed/demo-facilities';
import { createTestDatabase, type TestDatabase } from '../../test/test-database';
import { startTestServer, type TestServer } from '../../test/test-server';

let db: TestDatabase;
let server: TestServer;

/** A prefecture's own service (a stand-in for a 都道府県 system) that extends our Prefecture. */
const BUDGET_LIST: [string, number][] = [
  ['01', 120_000],
  ['13', 450_000],
  ['47', 30_000],
];
const BUDGETS = new Map(BUDGET_LIST);
const budgetTypeDefs = parse(`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
  type Prefecture @key(fields: "code") {
    code: String!
    """病床確保料の予算 (千円)"""
    bedSecuringBudget: Int
  }
  type Query { budgetedPrefectures: [Prefecture!]! }
`);
const budgetResolvers = {
  Query: { budgetedPrefectures: () => BUDGET_LIST.map(([code]) => ({ code })) },
  Prefecture: {
    __resolveReference: (ref: { code: string }) => ({ code: ref.code }),
    bedSecuringBudget: (p: { code: string }) => BUDGETS.get(p.code) ?? null,
  },
};

async function postSubgraph(query: string, variables: Record<string, unknown> = {}) {
  const res = await fetch(`${server.url}/subgraph`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, ...((await res.json()) as { data?: any; errors?: any[] }) };
}

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemoFacilities(db.dataSource.manager, 30);
  server = await startTestServer(db, { GRAPHQL_SUBGRAPH: 'true' });
});

afterAll(async () => {
  await server?.stop();
  await db?.drop();
});

describe('federation subgraph (/subgraph)', () => {
  it('prints the federated SDL with @link and @key on Facility, Prefecture and SecondaryMedicalArea', async () => {
    const res = await postSubgraph('{ _service { sdl } }');
    expect(res.errors).toBeUndefined();
    const sdl: string = res.data._service.sdl;
    expect(sdl).toContain('@link(url: "https://specs.apollo.dev/federation/v2.7"');
    // What a gateway gets is what is checked in (subgraph.graphql, drift-tested in schema.test.ts).
    expect(`${sdl.trim()}\n`).toBe(fs.readFileSync(path.join(__dirname, '../../../subgraph.graphql'), 'utf8'));
    for (const type of ['Facility', 'Prefecture', 'SecondaryMedicalArea']) {
      expect(sdl).toMatch(new RegExp(`type ${type} implements Node\\s+@key\\(fields: "code"\\)`));
    }
  });

  it('resolves entity references by code: one statement for the facilities, reference data from memory', async () => {
    const [a, b] = await db.dataSource.query(`SELECT code FROM facility ORDER BY code LIMIT 2`);
    const query = `query ($r: [_Any!]!) { _entities(representations: $r) {
      ... on Facility { code name prefecture { name } }
      ... on Prefecture { code name }
      ... on SecondaryMedicalArea { code name } } }`;
    const representations = [
      { __typename: 'Facility', code: a.code },
      { __typename: 'Prefecture', code: '13' },
      { __typename: 'Facility', code: b.code },
      { __typename: 'SecondaryMedicalArea', code: '0104' },
      { __typename: 'Facility', code: '0000000000' },
    ];
    const { result, statements } = await db.recorder.record(() => postSubgraph(query, { r: representations }));
    expect(result.errors).toBeUndefined();
    expect(result.data._entities.map((e: any) => e?.code ?? null)).toEqual([a.code, '13', b.code, '0104', null]);
    expect(result.data._entities[3].name).toBeTruthy();
    // The three facilities in one statement; prefectures and areas from the in-memory reference catalog.
    expect(statements.filter((s) => s.includes('FROM "facility"'))).toHaveLength(1);
    expect(statements).toHaveLength(1);
  });

  it('applies the operation policy: root fields and entity references are refused like on /graphql', async () => {
    const saved = OPERATION_POLICY['Query.facilityByCode'];
    (OPERATION_POLICY as Record<string, readonly string[]>)['Query.facilityByCode'] = [];
    try {
      const root = await postSubgraph('{ facilityByCode(code: "2110100016") { code } }');
      expect(root.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      const reference = await postSubgraph('query ($r: [_Any!]!) { _entities(representations: $r) { ... on Facility { code } } }', {
        r: [{ __typename: 'Facility', code: '2110100016' }],
      });
      expect(reference.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(JSON.stringify(reference.data ?? null)).not.toContain('2110100016');
    } finally {
      (OPERATION_POLICY as Record<string, readonly string[]>)['Query.facilityByCode'] = saved;
    }
    expect((await postSubgraph('{ facilityByCode(code: "2110100016") { code } }')).errors).toBeUndefined();
  });

  it('does not hand out per-field timings (ftv1 traces) to a caller that asks for them', async () => {
    const res = await fetch(`${server.url}/subgraph`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'apollo-federation-include-trace': 'ftv1' },
      body: JSON.stringify({ query: '{ prefectures { code } }' }),
    });
    const body = (await res.json()) as { extensions?: Record<string, unknown> };
    expect(body.extensions?.cost).toBeDefined();
    expect(body.extensions?.ftv1).toBeUndefined();
  });

  it('is not served when GRAPHQL_SUBGRAPH is off, and /graphql never exposes _entities', async () => {
    const plain = await startTestServer(db);
    try {
      const res = await fetch(`${plain.url}/subgraph`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ _service { sdl } }' }),
      });
      expect(res.status).toBe(404);
      const onGraphql = await plain.graphql('{ _service { sdl } }');
      expect(onGraphql.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    } finally {
      await plain.stop();
    }
  });
});

describe('a supergraph composed from our subgraph and a prefecture budget subgraph', () => {
  let budget: ApolloServer;
  let gateway: ApolloServer;
  let gatewayUrl: string;

  beforeAll(async () => {
    budget = new ApolloServer({
      schema: buildSubgraphSchema({ typeDefs: budgetTypeDefs, resolvers: budgetResolvers }),
      plugins: [ApolloServerPluginInlineTraceDisabled()],
    });
    const { url: budgetUrl } = await startStandaloneServer(budget, { listen: { port: 0, host: '127.0.0.1' } });
    // Our SDL as a gateway gets it: from _service on the running server.
    const ours = await postSubgraph('{ _service { sdl } }');
    const composition = composeServices([
      { name: 'gmis', typeDefs: parse(ours.data._service.sdl), url: `${server.url}/subgraph` },
      { name: 'budget', typeDefs: budgetTypeDefs, url: budgetUrl },
    ]);
    if (composition.errors) throw new Error(composition.errors.map((e) => e.message).join('\n'));
    gateway = new ApolloServer({ gateway: new ApolloGateway({ supergraphSdl: composition.supergraphSdl }) });
    gatewayUrl = (await startStandaloneServer(gateway, { listen: { port: 0, host: '127.0.0.1' } })).url;
  });

  afterAll(async () => {
    await gateway?.stop();
    await budget?.stop();
  });

  async function viaGateway(query: string, variables: Record<string, unknown> = {}) {
    const res = await fetch(gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    return (await res.json()) as { data?: any; errors?: any[] };
  }

  it('joins the prefecture budget onto our facilities by prefecture code', async () => {
    const [row] = await db.dataSource.query(`SELECT code, prefecture_code FROM facility WHERE prefecture_code IN ('01','13','47') LIMIT 1`);
    const res = await viaGateway(
      `query ($code: String!) { facilityByCode(code: $code) { code name prefecture { code name bedSecuringBudget } } }`,
      {
        code: row.code,
      },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.facilityByCode.code).toBe(row.code);
    expect(res.data.facilityByCode.prefecture.code).toBe(row.prefecture_code);
    expect(res.data.facilityByCode.prefecture.bedSecuringBudget).toBe(BUDGETS.get(row.prefecture_code));
  });

  it("resolves the other subgraph's prefectures through our entities (names from our reference data)", async () => {
    const res = await viaGateway('{ budgetedPrefectures { code name bedSecuringBudget } }');
    expect(res.errors).toBeUndefined();
    expect(res.data.budgetedPrefectures).toEqual([
      { code: '01', name: '北海道', bedSecuringBudget: 120_000 },
      { code: '13', name: '東京都', bedSecuringBudget: 450_000 },
      { code: '47', name: '沖縄県', bedSecuringBudget: 30_000 },
    ]);
  });
});
