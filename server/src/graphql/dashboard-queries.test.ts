import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { execute, GraphQLObjectType, GraphQLSchema, GraphQLString, type OperationDefinitionNode, OperationTypeNode, parse } from 'graphql';
import { seedDemoData } from '../db/seed/demo-data';
import { createTestDatabase, type TestDatabase } from '../../test/test-database';
import { type GraphQLResponse, startTestServer, type TestServer } from '../../test/test-server';
import { asAccount, resolveAccountViewer } from '../../test/account-viewers';
import { postingInput } from '../../test/recruitment-fixtures';
import { compiledQueryExecution } from './compiled-execution';

/**
 * The executor boundary, held by a test rather than remembered: queries on /graphql run compiled
 * by graphql-jit, mutations and subscriptions on graphql-js (compiled-execution.ts). The two
 * engines differ in one known way — a field without a resolver (type-graphql `simpleResolvers`)
 * must hold a value, never a promise, since graphql-jit reads it as it is — and in any way not yet
 * known. So every query document of the dashboard (client/src/gql/persisted-documents.json) runs
 * on both engines, as every demo account and anonymously, over demo data, and the answers must be
 * the same: a promise in a simple field, or any other divergence, fails here.
 *
 * A query document added to the dashboard fails the first test until it is given variables below.
 * That only queries are compiled (mutations and subscriptions stay on graphql-js) is tested in
 * compiled-execution.test.ts.
 */
const MANIFEST = path.resolve(__dirname, '../../../client/src/gql/persisted-documents.json');

/** Values the variables are made of: ids read from the demo data once it is seeded. */
interface Fixture {
  tokyoHospitalCode: string;
  /** The demo hospital's facility (demo-hospital's own), with a report made in set-up. */
  hospitalFacilityId: string;
  faqEntryId: string;
  noticeId: string;
  inquiryId: string;
  postingId: string;
  /** 999_システム(自治体), the system folder every account sees. */
  systemFolderId: string;
  /** A report demo-analyst saved in set-up into a folder shared with the analysts. */
  savedReportId: string;
}

/** The report the builder's preview runs and set-up saves (the dashboard sends the analyst's text as it is). */
const REPORT_DOCUMENT = `query TokyoVacancy($prefectureCode: String!) {
  bedReport(filter: { prefectureCode: $prefectureCode }, first: 20) {
    edges { node { facility { code name } latest { vacantTotal } } }
  }
}`;

/** What the dashboard's own code reads before it builds some variables: the viewer's menus and facility. */
interface ViewerFacts {
  menus: string[];
  facilityId: string | null;
}

type Variables = (fixture: Fixture, viewer: ViewerFacts) => Record<string, unknown>;

/**
 * The variables the dashboard sends with each query document (its page sizes and filters), by
 * operation name. Every query of the manifest is here: none lacks variables.
 */
const VARIABLES: Record<string, Variables> = {
  AccountNewPage_Prefectures: () => ({}),
  AccountNewPage_Facility: (f) => ({ code: f.tokyoHospitalCode }),
  AccountsPage_Accounts: () => ({ filter: null, first: 200 }),
  ApiTokensPage_Tokens: () => ({}),
  // As HomeTasks.tsx builds them from the viewer's menus.
  HomeTasks_Query: (_f, v) => ({
    facilityId: v.facilityId ?? '',
    reportsBeds: v.menus.includes('BED_STATUS') && v.facilityId !== null,
    readsBeds: v.menus.includes('BED_REPORT'),
    inquiryStatus: v.menus.includes('INQUIRY_INBOX') ? 'OPEN' : 'ANSWERED',
  }),
  PasswordResetPage_Rule: () => ({}),
  ReportingModeBanner_Query: () => ({}),
  ReportingCompliancePage_Prefectures: () => ({}),
  ReportingCompliancePage_Query: () => ({ prefectureCode: '13' }),
  ReportingSettingsPage_Prefectures: () => ({}),
  ReportingSettingsPage_Query: () => ({ prefectureCode: '13' }),
  ViewerProvider_Viewer: () => ({}),
  BedFacilityPage_Detail: (f) => ({ facilityId: f.hospitalFacilityId, first: 100 }),
  BedReportAllColumnsPage_Report: () => ({
    filter: { prefectureCode: '13' },
    orderBy: { field: 'VACANT_TOTAL', direction: 'DESC' },
    first: 2000,
  }),
  BedReportPage_Report: () => ({
    filter: { prefectureCode: '13', inpatientAcceptance: ['NORMAL', 'LIMITED'] },
    orderBy: null,
    first: 2000,
  }),
  BedReportTotals_Summary: () => ({ filter: { prefectureCode: '13', minVacantTotal: 1 } }),
  BedAreaHistoryChart_History: () => ({ areaCode: '1301', days: 28 }),
  BedReportSearchForm_Prefectures: () => ({}),
  BedReportSearchForm_Areas: () => ({ prefectureCode: '13' }),
  BedStatusReportPage_Viewer: () => ({}),
  // The hospital's own page; others are refused or, where they may read it, answered alike.
  BedStatusReportPage_Status: (f) => ({ facilityId: f.hospitalFacilityId, recent: 5 }),
  FaqDetailPage_Entry: (f) => ({ id: f.faqEntryId }),
  FaqEditorPage_Entry: (f) => ({ id: f.faqEntryId }),
  FaqListPage_Entries: () => ({ filter: null, first: 20, after: null }),
  NoticeDetailPage_Notice: (f) => ({ id: f.noticeId }),
  NoticeEditorPage_Notice: (f) => ({ id: f.noticeId }),
  NoticeListPage_Notices: () => ({ filter: null, first: 20, after: null }),
  FacilitySearchForm_Prefectures: () => ({}),
  FacilitySearchForm_Areas: () => ({ prefectureCode: '13' }),
  FacilitySearchPage_Facilities: () => ({ filter: { prefectureCode: '13' }, first: 50, after: null }),
  InquiryListPage_Inquiries: () => ({ filter: null, first: 20, after: null }),
  InquiryListPage_Prefectures: () => ({}),
  InquiryThreadPage_Inquiry: (f) => ({ id: f.inquiryId }),
  PostingDetailPage_Query: (f) => ({ id: f.postingId }),
  PostingEditPage_Query: (f) => ({ id: f.postingId }),
  PostingForm_Prefectures: () => ({}),
  PostingForm_Preview: () => ({ posting: postingInput() }),
  PostingListPage_Query: () => ({ filter: { keyword: null, status: null }, orderBy: 'UPDATED_AT_DESC', first: 20, after: null }),
  PostingListPage_Export: () => ({ filter: { keyword: null, status: null }, orderBy: 'UPDATED_AT_DESC' }),
  PostingNewPage_Facility: () => ({}),
  ReportFoldersPage_Folders: () => ({}),
  ReportFolderPage_Folder: (f) => ({ id: f.systemFolderId }),
  MoveForm_Destinations: () => ({ first: 500, text: null }),
  ReportSearchResults_Search: () => ({ text: '病床', first: 20, after: null }),
  ReportBuilderPage_Schema: () => ({}),
  ReportBuilderPage_Report: (f) => ({ id: f.savedReportId }),
  ReportBuilderPage_Preview: () => ({ document: REPORT_DOCUMENT, variables: { prefectureCode: '13' } }),
  ReportRunPage_Prefectures: () => ({}),
  ReportRunPage_Areas: () => ({}),
  ReportRunPage_Report: (f) => ({ id: f.savedReportId }),
  ReportRunPage_Run: (f) => ({ id: f.savedReportId, variables: { prefectureCode: '13' }, after: null }),
};

/** The manifest's documents, each with its one operation. */
const documents = Object.values(JSON.parse(fs.readFileSync(MANIFEST, 'utf8')) as Record<string, string>).map((text) => {
  const operation = parse(text).definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition')!;
  return { text, name: operation.name!.value, operation: operation.operation };
});
const queries = documents.filter((d) => d.operation === OperationTypeNode.QUERY);

const VIEWERS = ['demo-hc-recruit', 'demo-hc-aggregator', 'demo-hospital', 'demo-prefecture', 'demo-office', 'demo-analyst', null] as const;
// Introspection on: the report builder's schema document is answered only to analysts' and the
// office's dashboard sessions, which the test's header viewers are not; here it is compared like any query.
const ENGINES = { GRAPHQL_COST_BUDGET: '100000000', GRAPHQL_COST_RESTORE_RATE: '10000000', GRAPHQL_INTROSPECTION: 'true' };

let db: TestDatabase;
let compiled: TestServer;
let reference: TestServer;
let fixture: Fixture;
const headers = new Map<string | null, Record<string, string>>();
const facts = new Map<string | null, ViewerFacts>();

/** Runs a set-up step through the API, failing loudly if it is refused. */
async function must<T = any>(response: Promise<GraphQLResponse<T>>): Promise<T> {
  const { data, errors } = await response;
  if (errors || !data) throw new Error(`set-up failed: ${JSON.stringify(errors)}`);
  return data;
}

async function upload(server: TestServer, account: Record<string, string>, fileName: string): Promise<string> {
  const boundary = `----gmis${crypto.randomBytes(8).toString('hex')}`;
  const body = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\n\r\n`),
    Buffer.from('%PDF-1.7\n'),
    crypto.randomBytes(500),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  const response = await fetch(`${server.url}/api/attachments`, {
    method: 'POST',
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}`, 'apollo-require-preflight': 'true', ...account },
    body,
  });
  if (response.status !== 201) throw new Error(`upload failed: ${response.status}`);
  return ((await response.json()) as { id: string }).id;
}

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemoData(db.dataSource, 300);
  compiled = await startTestServer(db, { ...ENGINES, GRAPHQL_COMPILED_QUERIES: 'true' }, { resolveViewer: resolveAccountViewer });
  reference = await startTestServer(db, { ...ENGINES, GRAPHQL_COMPILED_QUERIES: 'false' }, { resolveViewer: resolveAccountViewer });

  const accounts: { id: number; login_id: string }[] = await db.dataSource.query(
    `SELECT id, login_id FROM account WHERE login_id LIKE 'demo-%'`,
  );
  for (const login of VIEWERS) {
    const account = accounts.find((a) => a.login_id === login);
    headers.set(login, account ? asAccount(account) : {});
  }
  const as = (login: (typeof VIEWERS)[number]) => headers.get(login)!;
  for (const login of VIEWERS) {
    const { viewer } = await must(reference.graphql(`{ viewer { menus { key } facility { id } } }`, {}, as(login)));
    // Anonymous callers have no viewer: no menus, no facility.
    facts.set(login, { menus: viewer?.menus.map((m: { key: string }) => m.key) ?? [], facilityId: viewer?.facility?.id ?? null });
  }

  // Data the dashboard's pages show beyond the seed: today's bed report of the demo hospital, an
  // inquiry with an attachment and the office's answer, a published notice with an attachment.
  const hospitalFacilityId = facts.get('demo-hospital')!.facilityId!;
  await must(
    reference.graphql(
      `mutation($input: BedReportInput!) { reportBedStatus(input: $input) { snapshot { id } } }`,
      {
        input: {
          beds: [{ category: 'GENERAL', secured: 40, immediate: 30, inpatients: 25, severe: 2, vacant: 12 }],
          ventilatorsTotal: 2,
          ventilatorsInUse: 1,
          note: '通常運用',
        },
      },
      as('demo-hospital'),
    ),
  );
  const question = await upload(reference, as('demo-hospital'), '病床報告の手順.pdf');
  const { createInquiry } = await must(
    reference.graphql(
      `mutation($input: CreateInquiryInput!) { createInquiry(input: $input) { id } }`,
      { input: { subject: '病床報告の締切について', body: '報告の締切時刻を教えてください。', attachmentIds: [question] } },
      as('demo-hospital'),
    ),
  );
  await must(
    reference.graphql(
      `mutation($input: AnswerInquiryInput!) { answerInquiry(input: $input) { id } }`,
      { input: { inquiryId: createInquiry.id, body: '毎日17時までにご報告ください。' } },
      as('demo-office'),
    ),
  );
  const noticeFile = await upload(reference, as('demo-office'), '事務連絡.pdf');
  const { createNotice } = await must(
    reference.graphql(
      `mutation($input: NoticeInput!) { createNotice(input: $input) { id } }`,
      { input: { title: '病床報告の手順の改訂', body: '手順書を添付します。', isPublic: false, attachmentIds: [noticeFile] } },
      as('demo-office'),
    ),
  );
  await must(reference.graphql(`mutation($id: ID!) { publishNotice(id: $id) { id } }`, { id: createNotice.id }, as('demo-office')));

  const found = await must(
    reference.graphql(
      `{ faqEntries(first: 50) { edges { node { id isPublic published } } } postings(first: 20) { edges { node { id maskingRequested status } } } }`,
      {},
      as('demo-office'),
    ),
  );
  // A report demo-analyst keeps in a folder of the analysts' team.
  const { createReportFolder } = await must(
    reference.graphql(
      `mutation($input: CreateReportFolderInput!) { createReportFolder(input: $input) { id } }`,
      { input: { name: '分析チーム', sharing: 'ORGANISATION' } },
      as('demo-analyst'),
    ),
  );
  const { saveReport } = await must(
    reference.graphql(
      `mutation($input: SaveReportInput!) { saveReport(input: $input) { id } }`,
      {
        input: {
          folderId: createReportFolder.id,
          name: '東京都の空床数',
          document: REPORT_DOCUMENT,
          defaultVariables: { prefectureCode: '13' },
          columns: [
            { path: 'bedReport.edges.node.facility.name', heading: '医療機関名', format: 'TEXT' },
            { path: 'bedReport.edges.node.latest.vacantTotal', heading: '空床数', format: 'INTEGER' },
          ],
        },
      },
      as('demo-analyst'),
    ),
  );
  const { reportFolders } = await must(reference.graphql(`{ reportFolders { id name } }`, {}, as('demo-analyst')));

  const [hospital] = await db.dataSource.query(
    `SELECT code FROM facility WHERE prefecture_code = '13' AND kind = 'HOSPITAL' ORDER BY code LIMIT 1`,
  );
  fixture = {
    tokyoHospitalCode: hospital.code.trim(),
    hospitalFacilityId,
    faqEntryId: found.faqEntries.edges.map((e: any) => e.node).find((n: any) => n.isPublic && n.published).id,
    noticeId: createNotice.id,
    inquiryId: createInquiry.id,
    // A published posting that asks for masking: each role sees a different part of it.
    postingId: found.postings.edges.map((e: any) => e.node).find((n: any) => n.maskingRequested && n.status === 'PUBLISHED').id,
    systemFolderId: reportFolders.find((f: { name: string }) => f.name === '999_システム(自治体)').id,
    savedReportId: saveReport.id,
  };
});

afterAll(async () => {
  await compiled?.stop();
  await reference?.stop();
  await db?.drop();
});

/** A response as the client reads it (status and body), less the cost budget left: both servers draw on one budget per caller. */
function comparable({ headers: _headers, ...body }: GraphQLResponse) {
  if (body.extensions?.cost) delete body.extensions.cost.throttleStatus;
  return body;
}

describe('every query of the dashboard answers the same on graphql-jit and graphql-js', () => {
  it('lists every query document of the manifest, and nothing else', () => {
    expect(queries.length).toBeGreaterThan(0);
    expect(queries.map((q) => q.name).sort()).toEqual(Object.keys(VARIABLES).sort());
  });

  it.each(queries.map((q) => [q.name, q.text] as const))('%s', async (name, text) => {
    const answered: string[] = [];
    for (const login of VIEWERS) {
      const variables = VARIABLES[name](fixture, facts.get(login)!);
      const fast = await compiled.graphql(text, variables, headers.get(login));
      const slow = await reference.graphql(text, variables, headers.get(login));
      // Status, data, errors and extensions alike; the viewer named so a failure says whose answer differs.
      expect({ viewer: login ?? 'anonymous', ...comparable(fast) }).toEqual({ viewer: login ?? 'anonymous', ...comparable(slow) });
      const data = fast.data as Record<string, unknown> | undefined;
      if (!fast.errors && data && Object.entries(data).some(([field, value]) => field !== '__typename' && value !== null))
        answered.push(login ?? 'anonymous');
    }
    // Compared on real answers, not only on refusals: at least one viewer gets the page's data.
    expect(answered).not.toEqual([]);
  });
});

describe('the rule the comparison guards', () => {
  it('a field without a resolver holding a promise: graphql-js awaits it, graphql-jit reads the promise as it is', async () => {
    const schema = new GraphQLSchema({
      query: new GraphQLObjectType({
        name: 'Query',
        fields: {
          row: {
            type: new GraphQLObjectType({ name: 'Row', fields: { name: { type: GraphQLString } } }),
            resolve: () => ({ name: Promise.resolve('東京都') }),
          },
        },
      }),
    });
    const document = parse('query Q { row { name } }');
    const { executor } = await compiledQueryExecution(schema).load({ apollo: { key: undefined, keyHash: undefined, graphRef: undefined } });
    const jit = await executor!({
      document,
      operationName: 'Q',
      operation: document.definitions[0],
      request: { variables: {} },
      context: {},
    } as never);
    const js = await execute({ schema, document });
    expect(js).toEqual({ data: { row: { name: '東京都' } } });
    // Were this ever the same, the rule could go; until then the comparison above catches it.
    expect(jit).not.toEqual(js);
  });
});
