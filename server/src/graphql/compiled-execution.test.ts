import { LateOperationRunner } from './operation-runner';
import { compileQuery } from 'graphql-jit';
import {
  type DocumentNode,
  execute,
  GraphQLEnumType,
  GraphQLError,
  GraphQLID,
  GraphQLInt,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLScalarType,
  GraphQLSchema,
  GraphQLString,
  parse,
} from 'graphql';
import pino from 'pino';
import { seedDemoFacilities } from '../db/seed/demo-facilities';
import { seedDemoBedSnapshots } from '../db/seed/demo-bed-snapshots';
import { loadConfig } from '../config';
import { createTestDatabase, type TestDatabase } from '../../test/test-database';
import { startTestServer, type TestServer } from '../../test/test-server';
import { asViewer, resolveTestViewer, Role } from '../../test/test-viewer';
import { compiledQueryExecution } from './compiled-execution';
import { createContext } from './context';
import { buildAppSchema, startDomains } from '../app.modules';

/**
 * Queries run compiled by graphql-jit (the default) must answer exactly as graphql-js does:
 * the same bytes for data, errors, null propagation, fragments, directives and variables.
 */
let db: TestDatabase;
let compiled: TestServer;
let reference: TestServer;
const office = asViewer({ role: Role.OFFICE });
const tokyoAggregator = asViewer({ role: Role.HEALTH_CENTER_AGGREGATOR, prefectureCode: '13' });

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemoFacilities(db.dataSource.manager, 300);
  await seedDemoBedSnapshots(db.dataSource.manager);
  compiled = await startTestServer(db, { GRAPHQL_COMPILED_QUERIES: 'true' }, { resolveViewer: resolveTestViewer });
  reference = await startTestServer(db, { GRAPHQL_COMPILED_QUERIES: 'false' }, { resolveViewer: resolveTestViewer });
});

afterAll(async () => {
  await compiled?.stop();
  await reference?.stop();
  await db?.drop();
});

const ROW = `fragment Row on BedReportRow {
  lastUpdated stale
  facility { ...FacilityFields prefecture { code name } secondaryMedicalArea { code name __typename } }
  latest @include(if: $withLatest) { id reportedAt vacantTotal staffing note beds { category label secured vacant } }
}
fragment FacilityFields on Facility { id code name kind formattedPostalCode address phone __typename }`;

/** [title, query, variables, viewer headers, what it must produce: 'data' or the first error's code]. */
const CORPUS: [string, string, Record<string, unknown>, Record<string, string>, string][] = [
  [
    'bed report page with fragments, @include and enum variables',
    `query Report($first: Int!, $withLatest: Boolean! = true, $orderBy: BedReportOrder, $after: String) {
      bedReport(first: $first, orderBy: $orderBy, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ...Row } } }
    } ${ROW}`,
    { first: 40, orderBy: { field: 'VACANT_TOTAL', direction: 'DESC' } },
    office,
    'data',
  ],
  [
    '@include(if: false) on a fragment field and @skip on an inline fragment',
    `query Report($first: Int!, $withLatest: Boolean!, $skipFacility: Boolean = true) {
      bedReport(first: $first) { edges { node { ...Row ... on BedReportRow @skip(if: $skipFacility) { facility { postalCode } } } } }
    } ${ROW}`,
    { first: 5, withLatest: false },
    office,
    'data',
  ],
  [
    'a list argument given a single value, and the viewer’s scope applied',
    `query Filtered($status: [AcceptanceStatus!]) {
      bedReport(first: 30, filter: { emergencyAcceptance: $status }) { totalCount edges { node { facility { code prefectureCode } latest { emergencyAcceptance } } } }
    }`,
    { status: 'LIMITED' },
    tokyoAggregator,
    'data',
  ],
  [
    'aliases of one field with different arguments, and __typename on the root',
    `{ __typename tokyo: secondaryMedicalAreas(prefectureCode: "13") { code name } osaka: secondaryMedicalAreas(prefectureCode: "27") { code } p: prefectures { code } }`,
    {},
    {},
    'data',
  ],
  [
    'node(id:) through the interface with inline fragments, and an unknown id',
    `query Nodes($id: ID!) {
      known: node(id: $id) { id __typename ... on Facility { code name } ... on BedSnapshot { vacantTotal } }
      unknown: node(id: "RmFjaWxpdHk6OTk5OTk5") { id }
    }`,
    { id: 'RmFjaWxpdHk6MQ' },
    office,
    'data',
  ],
  [
    'a field error beside data: the failing field is null, its siblings answer',
    `{ facility(id: "not-an-id") { code } prefectures { code } }`,
    {},
    {},
    'BAD_USER_INPUT',
  ],
  [
    'a root field refused to the viewer, with an error code and null data for it',
    `{ bedReport(first: 1) { totalCount } prefectures { code } }`,
    {},
    {},
    'UNAUTHENTICATED',
  ],
  [
    'a non-null variable left out uses its default',
    `query ByCode($code: String! = "0110100016") { facilityByCode(code: $code) { code name } }`,
    {},
    {},
    'data',
  ],
  [
    'a variable of the wrong type is refused before execution',
    `query P($first: Int!) { facilities(first: $first) { edges { node { code } } } }`,
    { first: 'many' },
    {},
    'BAD_USER_INPUT',
  ],
  [
    'a required variable left out is refused before execution',
    `query P($first: Int!) { facilities(first: $first) { edges { node { code } } } }`,
    {},
    {},
    'BAD_USER_INPUT',
  ],
  [
    'a nullable variable sent as null and one left out',
    `query Page($after: String, $filter: FacilityFilter) { facilities(first: 3, after: $after, filter: $filter) { totalCount edges { cursor node { code } } pageInfo { hasNextPage } } }`,
    { after: null },
    {},
    'data',
  ],
];

/** Runs the document's operation Q through the compiled executor, as Apollo calls it, with an empty context. */
async function runCompiled(schema: GraphQLSchema, document: DocumentNode) {
  const { executor } = await compiledQueryExecution(schema).load({ apollo: { key: undefined, keyHash: undefined, graphRef: undefined } });
  return executor!({
    document,
    operationName: 'Q',
    operation: document.definitions[0],
    request: { variables: {} },
    context: {},
  } as any);
}

describe('compiled query execution', () => {
  it.each(CORPUS)('answers as graphql-js does: %s', async (_title, query, variables, headers, outcome) => {
    const [fast, slow] = await Promise.all([compiled.graphql(query, variables, headers), reference.graphql(query, variables, headers)]);
    expect(fast.status).toBe(slow.status);
    // The cost budget left differs: both servers draw on the one shared budget of this client.
    const [fastBody, slowBody] = [fast, slow].map(({ headers: _headers, ...body }) => {
      delete body.extensions?.cost?.throttleStatus;
      return body;
    });
    expect(fastBody).toEqual(slowBody);
    expect(fast.errors?.[0]?.extensions?.code ?? 'data').toBe(outcome);
    if (outcome === 'data') expect(JSON.stringify(fast.data)).toMatch(/"code":"\d+"/);
  });

  it('reports an unexpected resolver failure as graphql-js does: the field is null, the error has its path, location and code', async () => {
    const schema = new GraphQLSchema({
      query: new GraphQLObjectType({
        name: 'Query',
        fields: {
          fine: { type: GraphQLString, resolve: () => 'ok' },
          broken: {
            type: GraphQLString,
            resolve: () => {
              throw new TypeError('a bug');
            },
          },
        },
      }),
    });
    const document = parse('query Q { fine broken }');
    const compiledResult = await runCompiled(schema, document);
    const reference = await execute({ schema, document });
    expect(compiledResult.data).toEqual({ fine: 'ok', broken: null });
    expect(compiledResult.errors?.map((e) => ({ ...e.toJSON(), original: e.originalError?.message }))).toEqual(
      reference.errors?.map((e) => ({ ...e.toJSON(), original: e.originalError?.message })),
    );
    // Apollo reads extensions.code of every error: without it the whole response would be lost.
    expect(compiledResult.errors?.[0].extensions).toEqual({});
  });

  it('answers every kind of leaf failure as before the leaf patch: null, an Error value, a value the scalar or enum refuses, in nested lists', async () => {
    // Leaves are compiled by server/patches/graphql-jit-leaf-checks.cjs. The data must equal
    // graphql-js's. The errors must stay exactly those of graphql-jit 0.8.9 unpatched, recorded in
    // the snapshot from the unpatched package: graphql-jit reports a leaf failure once per alias,
    // also under a parent that null propagation removed, and without originalError for a refused
    // value, where graphql-js reports the first per removed parent (a difference of graphql-jit's
    // own, which the patch neither causes nor hides).
    const Level = new GraphQLEnumType({ name: 'Level', values: { LOW: { value: 'low' }, HIGH: { value: 'high' } } });
    const Code = new GraphQLScalarType({ name: 'Code', serialize: (value) => (typeof value === 'string' ? value : undefined) });
    const Row = new GraphQLObjectType({
      name: 'Row',
      fields: {
        id: { type: new GraphQLNonNull(GraphQLID) },
        name: { type: new GraphQLNonNull(GraphQLString) },
        note: { type: GraphQLString },
        count: { type: GraphQLInt },
        level: { type: new GraphQLNonNull(Level) },
        code: { type: Code },
        cells: { type: new GraphQLList(new GraphQLList(GraphQLInt)) },
      },
    });
    const rows = [
      { id: 1, name: '東京病院', note: null, count: 3, level: 'low', code: 'A1', cells: [[1, 2], [3]] },
      { id: 2, name: null, note: 'x', count: 4, level: 'high', code: 'B2', cells: [] },
      { id: 3, name: 'b', note: new Error('note broke'), count: 1.5, level: 'high', code: 7, cells: [[1, 'x'], null] },
      { id: 4, name: new GraphQLError('name refused'), note: 'y', count: 5, level: 'middle', code: 'D4', cells: [[4]] },
      { id: 5, name: 'e', note: 'z', count: '6', level: 'low', code: null, cells: [[5, 2 ** 40]] },
    ];
    const schema = new GraphQLSchema({
      query: new GraphQLObjectType({
        name: 'Query',
        fields: {
          rows: { type: new GraphQLList(Row), resolve: () => rows },
          strictRows: { type: new GraphQLList(new GraphQLNonNull(Row)), resolve: () => rows.slice(2, 3) },
          one: { type: Row, resolve: () => rows[3] },
        },
      }),
    });
    const document = parse(`query Q {
      rows { id name note count level code cells alias: name }
      strictRows { id count }
      one { level name }
    }`);
    const compiledResult = await runCompiled(schema, document);
    const reference = await execute({ schema, document });
    const described = (errors: readonly GraphQLError[] | undefined) =>
      (errors ?? []).map((e) => JSON.stringify({ ...e.toJSON(), original: e.originalError?.message })).sort();
    expect(compiledResult.data).toEqual(reference.data);
    // Rows 2 and 4 lose a non-null leaf and are null; rows 3 and 5 keep their nullable failures as null fields.
    expect((reference.data as any).rows.map((row: any) => row && row.id)).toEqual(['1', null, '3', null, '5']);
    expect(described(compiledResult.errors)).toMatchSnapshot();
  });

  it('compiles each query once per document and operation, and leaves mutations to graphql-js', async () => {
    const schema = await buildAppSchema();
    const compile = jest.fn(compileQuery);
    const { executor } = await compiledQueryExecution(schema, compile).load({
      apollo: { key: undefined, keyHash: undefined, graphRef: undefined },
    });
    const config = loadConfig({ NODE_ENV: 'test' });
    const log = pino({ level: 'silent' });
    const { context: parts } = await startDomains({ db: db.dataSource, config, log, operations: new LateOperationRunner() });
    const context = createContext({ requestId: 't', db: db.dataSource, parts, config, log });
    const document = parse(`query A { prefectures { code } } query B { prefectures { name } } mutation C { logout }`);
    const run = (operationName: string) =>
      executor!({
        document,
        operationName,
        operation: document.definitions.find((d: any) => d.name?.value === operationName) as any,
        request: { variables: {} },
        context,
      } as any);
    const first = await run('A');
    const again = await run('A');
    const other = await run('B');
    expect(first).toEqual(again);
    expect((first.data as any).prefectures).toHaveLength(47);
    expect((other.data as any).prefectures[0]).toEqual({ name: '北海道' });
    expect(compile.mock.calls.map((call) => call[2])).toEqual(['A', 'B']);
    await run('C');
    expect(compile).toHaveBeenCalledTimes(2);
  });
});
