import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Encoding from 'encoding-japanese';
import { createTestDatabase, type TestDatabase } from '../../test/test-database';
import { startTestServer, type TestServer } from '../../test/test-server';
import { asAccount, TEST_ACCOUNT_HEADER } from '../../test/account-viewers';
import { createTestAccount, signInAs, startServerWithSignIn, type TestAccount } from '../../test/accounts';
import { insertFacility, postingInput, SECRET_VALUES } from '../../test/recruitment-fixtures';
import { ANONYMOUS, Role, type ViewerResolver } from '../auth/viewer';
import { ReportRootFieldsAlways1765340000000 } from '../db/migrations/1765340000000-ReportRootFieldsAlways';
import { rootOperationsOf } from '../graphql/root-operations';
import { toGlobalId } from '../graphql/node';
import { documentHash } from './report-document';

/**
 * レポート over the real app and PostgreSQL: folders and who sees and edits them, saving a query
 * (checked against the schema and the cost rules), running it with the runner's permissions
 * (never the author's), broken reports, exports (CSV in CP932 with the report's headings, JSON),
 * trusted documents, and the SQL of listing a folder.
 */

/**
 * The account in the test header as the real resolver makes its viewer: a facility's accounts act
 * within the facility's prefecture (accounts/session.ts, VIEWER_COLUMNS).
 */
const resolveAccountViewer: ViewerResolver = async (req, database) => {
  const given = req.headers[TEST_ACCOUNT_HEADER];
  if (typeof given !== 'string' || !/^\d+$/.test(given)) return ANONYMOUS;
  const [row] = await database.query(
    `SELECT a.id, a.role, a.facility_id, COALESCE(a.prefecture_code, f.prefecture_code) AS prefecture_code
     FROM account a LEFT JOIN facility f ON f.id = a.facility_id WHERE a.id = $1`,
    [Number(given)],
  );
  return row ? { accountId: row.id, role: row.role, facilityId: row.facility_id, prefectureCode: row.prefecture_code } : ANONYMOUS;
};

let db: TestDatabase;
let server: TestServer;
let hospitalId: number;
let otherHospitalId: number;
let osakaHospitalId: number;
let healthCentreId: number;
const accounts: Record<string, TestAccount> = {};

beforeAll(async () => {
  db = await createTestDatabase();
  hospitalId = await insertFacility(db.dataSource, { name: 'レポート記念病院', kind: 'HOSPITAL', prefectureCode: '13' });
  otherHospitalId = await insertFacility(db.dataSource, { name: '都内ほか病院', kind: 'HOSPITAL', prefectureCode: '13' });
  osakaHospitalId = await insertFacility(db.dataSource, { name: '大阪レポート病院', kind: 'HOSPITAL', prefectureCode: '27' });
  healthCentreId = await insertFacility(db.dataSource, { name: 'レポート保健所', kind: 'HEALTH_CENTER', prefectureCode: '13' });
  const make = async (key: string, role: Role, facilityId: number | null, prefectureCode: string | null) => {
    accounts[key] = await createTestAccount(db.dataSource, { loginId: `reports-${key.toLowerCase()}`, role, facilityId, prefectureCode });
  };
  await make('prefecture', Role.PREFECTURE, null, '13');
  await make('prefectureColleague', Role.PREFECTURE, null, '13');
  await make('osakaPrefecture', Role.PREFECTURE, null, '27');
  await make('hospital', Role.FACILITY, hospitalId, null);
  await make('hospitalColleague', Role.FACILITY, hospitalId, null);
  await make('otherHospital', Role.FACILITY, otherHospitalId, null);
  await make('osakaHospital', Role.FACILITY, osakaHospitalId, null);
  await make('aggregator', Role.HEALTH_CENTER_AGGREGATOR, healthCentreId, null);
  await make('recruit', Role.HEALTH_CENTER_RECRUITMENT, healthCentreId, null);
  await make('analyst', Role.ANALYST, null, null);
  await make('analystColleague', Role.ANALYST, null, null);
  await make('office', Role.OFFICE, null, null);
  server = await startTestServer(db, {}, { resolveViewer: resolveAccountViewer });
});

afterAll(async () => {
  await server?.stop();
  await db?.drop();
});

const as = (key: string) => asAccount(accounts[key]);

async function gql(key: string, query: string, variables: Record<string, unknown> = {}) {
  return server.graphql(query, variables, as(key));
}

async function ok(key: string, query: string, variables: Record<string, unknown> = {}) {
  const res = await gql(key, query, variables);
  if (res.errors) throw new Error(`${key}: ${JSON.stringify(res.errors)}`);
  return res.data;
}

const FOLDERS = `query($parentId: ID) { reportFolders(parentId: $parentId) { id name kind sharing canEdit } }`;
const FOLDER = `query($id: ID!) {
  reportFolder(id: $id) {
    id name kind sharing canEdit
    parent { id name }
    ancestors { id name }
    children { id name kind }
    reports { id name builtIn document columns { path heading format } problem { code message } canEdit createdBy }
  }
}`;
const CREATE_FOLDER = `mutation($input: CreateReportFolderInput!) { createReportFolder(input: $input) { id name kind sharing canEdit } }`;
const SAVE = `mutation($input: SaveReportInput!) {
  saveReport(input: $input) { id name document documentHash columns { path heading format } defaultVariables
    variables { name type namedType required list enumValues defaultValue } problem { code message } canEdit createdBy folder { id } }
}`;
const RUN = `query($id: ID!, $variables: JSON, $after: String) {
  runReport(id: $id, variables: $variables, after: $after) { columns { heading } rows pageInfo { hasNextPage endCursor } }
}`;

async function createFolder(key: string, input: Record<string, unknown>): Promise<string> {
  return (await ok(key, CREATE_FOLDER, { input })).createReportFolder.id;
}

const BEDS_DOCUMENT = `query Beds($first: Int!) {
  bedReport(first: $first) {
    edges { node { facility { code name prefecture { name } } } }
  }
}`;
const BEDS_COLUMNS = [
  { path: 'bedReport.edges.node.facility.code', heading: '医療機関コード', format: 'TEXT' },
  { path: 'bedReport.edges.node.facility.name', heading: '医療機関名', format: 'TEXT' },
  { path: 'bedReport.edges.node.facility.prefecture.name', heading: '都道府県', format: 'TEXT' },
];

async function exportReport(key: string, id: string, suffix: string) {
  const response = await fetch(`${server.url}/api/exports/reports/${id}.${suffix}`, { headers: as(key) });
  return { status: response.status, headers: response.headers, bytes: Buffer.from(await response.arrayBuffer()) };
}

const decodeCp932 = (bytes: Buffer): string => Encoding.convert(bytes, { from: 'SJIS', to: 'UNICODE', type: 'string' });

describe('folders (すべてのフォルダ)', () => {
  it('shows 999_システム(自治体) / ホーム画面 with the built-in reports to everyone, read-only for all but the office', async () => {
    for (const key of ['hospital', 'aggregator', 'analyst', 'office']) {
      const top = (await ok(key, FOLDERS)).reportFolders;
      const system = top.find((f: { name: string }) => f.name === '999_システム(自治体)');
      expect(system).toMatchObject({ kind: 'SYSTEM', sharing: 'EVERYONE', canEdit: key === 'office' });
      const [home] = (await ok(key, FOLDERS, { parentId: system.id })).reportFolders;
      expect(home).toMatchObject({ name: 'ホーム画面', kind: 'SYSTEM', canEdit: key === 'office' });
      const folder = (await ok(key, FOLDER, { id: home.id })).reportFolder;
      expect(folder.ancestors.map((a: { name: string }) => a.name)).toEqual(['999_システム(自治体)']);
      expect(folder.parent.name).toBe('999_システム(自治体)');
      expect(folder.reports.map((r: { name: string; builtIn: string | null }) => [r.name, r.builtIn])).toEqual([
        ['地域病床見える化（全項目表示）', 'BED_REPORT_ALL_COLUMNS'],
        ['地域病床見える化', 'BED_REPORT'],
        ['二次医療圏別の集計', null],
        ['報告状況（遵守実績）', null],
      ]);
      // The seeded query validates against today's schema.
      for (const report of folder.reports) {
        expect(report).toMatchObject({ problem: null, canEdit: key === 'office' && report.builtIn === null });
      }
    }
    const [system] = (await ok('analyst', FOLDERS)).reportFolders;
    const refused = await gql('analyst', CREATE_FOLDER, { input: { name: '分析', parentId: system.id } });
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(refused.errors?.[0].message).toBe('システムフォルダは編集できません。');
    const renamed = await gql('office', `mutation($id: ID!) { renameReportFolder(id: $id, name: "x") { id } }`, { id: system.id });
    expect(renamed.errors?.[0].message).toBe('システムフォルダの名前は変更できません。');
    // The office may keep folders inside the system folder; they are system folders too.
    const officeFolder = await createFolder('office', { name: '事務局の集計', parentId: system.id });
    expect((await ok('hospital', FOLDER, { id: officeFolder })).reportFolder).toMatchObject({ kind: 'SYSTEM', canEdit: false });
  });

  it('offers no report whose query the role may not call: a 人材募集 ID sees ホーム画面 empty, finds and opens none of them', async () => {
    const [system] = (await ok('recruit', FOLDERS)).reportFolders;
    const [home] = (await ok('recruit', FOLDERS, { parentId: system.id })).reportFolders;
    expect((await ok('recruit', FOLDER, { id: home.id })).reportFolder.reports).toEqual([]);
    const SEARCH = `query($text: String!) { searchReports(text: $text, first: 10) { totalCount edges { node { name } } } }`;
    for (const text of ['地域病床', '報告状況', 'ホーム画面']) {
      expect((await ok('recruit', SEARCH, { text })).searchReports).toEqual({ totalCount: 0, edges: [] });
    }
    expect((await ok('aggregator', SEARCH, { text: 'ホーム画面' })).searchReports.totalCount).toBe(4);
    // By id (savedReport, node, export), as if missing, whatever the folder's sharing.
    const reports = (await ok('aggregator', FOLDER, { id: home.id })).reportFolder.reports;
    const team = await createFolder('prefecture', { name: '人材と病床', sharing: 'PREFECTURE' });
    const { saveReport } = await ok('prefecture', SAVE, {
      input: { folderId: team, name: '病床の一覧', document: BEDS_DOCUMENT, columns: BEDS_COLUMNS, defaultVariables: { first: 5 } },
    });
    expect((await ok('aggregator', FOLDER, { id: team })).reportFolder.reports.map((r: { name: string }) => r.name)).toEqual([
      '病床の一覧',
    ]);
    expect((await ok('recruit', FOLDER, { id: team })).reportFolder.reports).toEqual([]);
    // A query the role may call (求人) is listed to it as before.
    await ok('prefecture', SAVE, {
      input: {
        folderId: team,
        name: '求人の一覧',
        document: `query($first: Int!) { publicPostings(first: $first) { edges { node { title } } } }`,
        columns: [{ path: 'publicPostings.edges.node.title', heading: '職種', format: 'TEXT' }],
        defaultVariables: { first: 5 },
      },
    });
    expect((await ok('recruit', FOLDER, { id: team })).reportFolder.reports.map((r: { name: string }) => r.name)).toEqual(['求人の一覧']);
    for (const { id } of [...reports, saveReport]) {
      const byId = await gql('recruit', `query($id: ID!) { savedReport(id: $id) { name } }`, { id });
      expect(byId.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      expect((await ok('recruit', `query($id: ID!) { node(id: $id) { id } }`, { id })).node).toBeNull();
    }
    expect((await exportReport('recruit', saveReport.id, 'csv')).status).toBe(404);
  });

  it('keeps the root fields of every report the migrations put in, and refuses a report put in by SQL without them', async () => {
    const rows: { name: string; built_in: string | null; document: string | null; root_fields: string[] }[] = await db.dataSource.query(
      `SELECT r.name, r.built_in, d.document, r.root_fields FROM saved_report r LEFT JOIN report_document d ON d.hash = r.document_hash`,
    );
    expect(rows.length).toBeGreaterThanOrEqual(4);
    for (const row of rows) {
      expect([row.name, row.root_fields]).toEqual([row.name, row.built_in ? ['Query.bedReport'] : rootOperationsOf(row.document!)]);
    }
    // As a later migration or a seed might write it: without root_fields, or with none, the database says no.
    const [home] = await db.dataSource.query(`SELECT id FROM report_folder WHERE system_key = 'system/home'`);
    const [{ document_hash: hash }] = await db.dataSource.query(`SELECT document_hash FROM saved_report WHERE name = '二次医療圏別の集計'`);
    await expect(
      db.dataSource.query(`INSERT INTO saved_report (folder_id, name, document_hash, columns) VALUES ($1, '生のSQL', $2, '[]'::jsonb)`, [
        home.id,
        hash,
      ]),
    ).rejects.toThrow(/root_fields/);
    await expect(
      db.dataSource.query(
        `INSERT INTO saved_report (folder_id, name, document_hash, columns, root_fields) VALUES ($1, '生のSQL', $2, '[]'::jsonb, '{}')`,
        [home.id, hash],
      ),
    ).rejects.toThrow(/saved_report_root_fields_check/);
  });

  it('gives a report inserted before the columns were required the root fields of its query, so a 人材募集 ID no longer sees it', async () => {
    const migration = new ReportRootFieldsAlways1765340000000();
    const runner = db.dataSource.createQueryRunner();
    const [home] = await db.dataSource.query(`SELECT id FROM report_folder WHERE system_key = 'system/home'`);
    const [{ document_hash: hash }] = await db.dataSource.query(`SELECT document_hash FROM saved_report WHERE name = '二次医療圏別の集計'`);
    const namesFor = async (key: string) =>
      (await ok(key, FOLDER, { id: toGlobalId('ReportFolder', home.id) })).reportFolder.reports.map((r: { name: string }) => r.name);
    try {
      // The schema as it was: a built-in report added by SQL the way the bench and older seeds did.
      await migration.down(runner);
      await db.dataSource.query(
        `INSERT INTO saved_report (folder_id, name, document_hash, columns, sort_order)
         VALUES ($1, '病床の集計（SQLで追加）', $2, (SELECT columns FROM saved_report WHERE name = '二次医療圏別の集計'), 9)`,
        [home.id, hash],
      );
      expect(await namesFor('recruit')).toEqual(['病床の集計（SQLで追加）']);
      await migration.up(runner);
    } finally {
      await runner.release();
    }
    const [added] = await db.dataSource.query(`SELECT root_fields FROM saved_report WHERE name = '病床の集計（SQLで追加）'`);
    expect(added.root_fields).toEqual(['Query.bedReportSummary']);
    expect(await namesFor('recruit')).toEqual([]);
    expect(await namesFor('aggregator')).toContain('病床の集計（SQLで追加）');
    await db.dataSource.query(`DELETE FROM saved_report WHERE name = '病床の集計（SQLで追加）'`);
  });

  it("runs the system folder's saved reports (二次医療圏別の集計, 報告状況) with the runner's scope", async () => {
    const [system] = (await ok('prefecture', FOLDERS)).reportFolders;
    const [home] = (await ok('prefecture', FOLDERS, { parentId: system.id })).reportFolders;
    const reports = (await ok('prefecture', FOLDER, { id: home.id })).reportFolder.reports;
    const idOf = (name: string) => reports.find((r: { name: string }) => r.name === name).id;
    const compliance = (await ok('prefecture', RUN, { id: idOf('報告状況（遵守実績）') })).runReport;
    expect(compliance.columns.map((c: { heading: string }) => c.heading).slice(0, 4)).toEqual([
      '医療機関コード',
      '医療機関名',
      '二次医療圏',
      '今期の状況',
    ]);
    expect(compliance.rows.map((row: string[]) => row[1]).sort()).toEqual(['レポート記念病院', '都内ほか病院'].sort());
    // The table shows 今期の状況 in words and the share as a percentage; the cells stay the API's values.
    const formatOf = (path: string) =>
      reports
        .find((r: { name: string }) => r.name === '報告状況（遵守実績）')
        .columns.find((c: { path: string }) => c.path === `reportingCompliance.facilities.${path}`).format;
    expect([formatOf('status'), formatOf('last28Days.onTimeShare'), formatOf('lastReportedAt')]).toEqual(['LABEL', 'PERCENT', 'DATE_TIME']);
    const hospital = (await ok('hospital', RUN, { id: idOf('報告状況（遵守実績）') })).runReport;
    expect(hospital.rows.map((row: string[]) => row[1])).toEqual(['レポート記念病院']);
    const areas = (await ok('prefecture', RUN, { id: idOf('二次医療圏別の集計') })).runReport;
    expect(areas.rows.length).toBeGreaterThan(0);
    expect(areas.rows.every((row: string[]) => row[0] === '東京都')).toBe(true);
  });

  it('keeps a private folder to its owner, an organisation folder to the organisation, a prefecture folder to the prefecture', async () => {
    const privateId = await createFolder('analyst', { name: '個人の下書き', sharing: 'OWNER' });
    const analystsId = await createFolder('analyst', { name: '分析担当の共有', sharing: 'ORGANISATION' });
    const hospitalFolder = await createFolder('prefecture', { name: '東京都の共有', sharing: 'PREFECTURE' });
    const namesFor = async (key: string) => (await ok(key, FOLDERS)).reportFolders.map((f: { name: string }) => f.name);

    expect(await namesFor('analyst')).toEqual(expect.arrayContaining(['個人の下書き', '分析担当の共有']));
    expect(await namesFor('analystColleague')).toContain('分析担当の共有');
    expect(await namesFor('analystColleague')).not.toContain('個人の下書き');
    for (const key of ['office', 'prefecture', 'hospital']) expect(await namesFor(key)).not.toContain('分析担当の共有');
    for (const key of ['prefectureColleague', 'hospital', 'aggregator']) expect(await namesFor(key)).toContain('東京都の共有');
    for (const key of ['osakaPrefecture', 'osakaHospital', 'analyst']) expect(await namesFor(key)).not.toContain('東京都の共有');

    // Another's private folder is answered exactly like a missing one, by every path.
    const hidden = await gql('analystColleague', FOLDER, { id: privateId });
    expect(hidden.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await gql('analystColleague', `query($id: ID!) { node(id: $id) { id } }`, { id: privateId })).data.node).toBeNull();
    // Seeing is not editing: a hospital sees the prefecture's folder but may not change it.
    expect((await ok('hospital', FOLDER, { id: hospitalFolder })).reportFolder.canEdit).toBe(false);
    expect((await ok('prefectureColleague', FOLDER, { id: hospitalFolder })).reportFolder.canEdit).toBe(true);
    // Sub-folders share as their top folder does.
    const sub = await createFolder('analyst', { name: '月次', parentId: analystsId });
    expect((await ok('analystColleague', FOLDER, { id: sub })).reportFolder).toMatchObject({ sharing: 'ORGANISATION', kind: 'SHARED' });
    // An analyst has no prefecture to share with.
    const noPrefecture = await gql('analyst', CREATE_FOLDER, { input: { name: 'x', sharing: 'PREFECTURE' } });
    expect(noPrefecture.errors?.[0].extensions?.fieldErrors).toEqual([
      { field: 'sharing', message: '都道府県に属さないアカウントは選べません。' },
    ]);
  });

  it('moves, renames, re-shares (audited) and deletes only empty folders', async () => {
    const a = await createFolder('analyst', { name: '移動元', sharing: 'OWNER' });
    const b = await createFolder('analyst', { name: '移動先', sharing: 'ORGANISATION' });
    const child = await createFolder('analyst', { name: '子', parentId: a });
    const MOVE = `mutation($id: ID!, $parentId: ID) { moveReportFolder(id: $id, parentId: $parentId) { id sharing ancestors { name } } }`;
    const intoItself = await gql('analyst', MOVE, { id: a, parentId: child });
    expect(intoItself.errors?.[0].extensions?.fieldErrors?.[0].field).toBe('parentId');
    // Moving a private folder into a shared one shares it (and its sub-folders): the colleague sees them.
    const moved = (await ok('analyst', MOVE, { id: a, parentId: b })).moveReportFolder;
    expect(moved).toMatchObject({ sharing: 'ORGANISATION', ancestors: [{ name: '移動先' }] });
    expect((await ok('analystColleague', FOLDER, { id: child })).reportFolder.ancestors.map((x: { name: string }) => x.name)).toEqual([
      '移動先',
      '移動元',
    ]);
    const renamed = await ok('analystColleague', `mutation($id: ID!) { renameReportFolder(id: $id, name: "  名前変更 ") { name } }`, {
      id: child,
    });
    expect(renamed.renameReportFolder.name).toBe('名前変更');
    // Re-sharing the top folder as private takes everything in it away from the colleague.
    await ok('analyst', `mutation($id: ID!) { shareReportFolder(id: $id, sharing: OWNER) { id } }`, { id: b });
    expect((await gql('analystColleague', FOLDER, { id: child })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const [shared] = await db.dataSource.query(
      `SELECT details FROM audit_event WHERE action = 'REPORT_SHARED' AND actor_account_id = $1 ORDER BY id DESC LIMIT 1`,
      [accounts.analyst.id],
    );
    expect(shared.details).toMatchObject({ before: 'ORGANISATION', after: 'OWNER' });

    const DELETE = `mutation($id: ID!) { deleteReportFolder(id: $id) }`;
    const notEmpty = await gql('analyst', DELETE, { id: b });
    expect(notEmpty.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(notEmpty.errors?.[0].message).toContain('フォルダが空ではありません');
    await ok('analyst', DELETE, { id: child });
    await ok('analyst', DELETE, { id: a });
    expect((await ok('analyst', DELETE, { id: b })).deleteReportFolder).toBe(b);
  });

  it('lists a folder with its path, sub-folders and reports in a fixed number of SQL statements', async () => {
    const top = await createFolder('analyst', { name: 'SQLの数', sharing: 'ORGANISATION' });
    const middle = await createFolder('analyst', { name: '中', parentId: top });
    for (const name of ['一', '二', '三']) await createFolder('analyst', { name, parentId: middle });
    for (const name of ['A', 'B']) {
      await ok('analyst', SAVE, {
        input: { folderId: middle, name, document: BEDS_DOCUMENT, columns: BEDS_COLUMNS.slice(0, 1), defaultVariables: { first: 5 } },
      });
    }
    const { result, statements } = await db.recorder.record(() => gql('analystColleague', FOLDER, { id: middle }));
    expect(result.errors).toBeUndefined();
    expect(result.data.reportFolder.children).toHaveLength(3);
    expect(result.data.reportFolder.reports).toHaveLength(2);
    // viewer lookup (test resolver), the folder, its parent, ancestors, children, reports, the author's name.
    expect(statements.map((s) => s.replace(/\$\d+(, \$\d+)*/g, '$n'))).toMatchSnapshot();
  });
});

describe('saving a report (保存)', () => {
  let folderId: string;
  beforeAll(async () => {
    folderId = await createFolder('analyst', { name: '保存の検査', sharing: 'ORGANISATION' });
  });

  const save = (input: Record<string, unknown>, key = 'analyst') =>
    gql(key, SAVE, {
      input: { folderId, name: '検査', document: BEDS_DOCUMENT, columns: BEDS_COLUMNS, defaultVariables: { first: 10 }, ...input },
    });

  it('stores the query by its sha256 with paging added, its columns, default variables and the filter form', async () => {
    const res = await save({});
    expect(res.errors).toBeUndefined();
    const report = res.data.saveReport;
    // after: $after and pageInfo were added so the runner can page through the connection.
    expect(report.document).toContain('bedReport(first: $first, after: $after)');
    expect(report.document).toContain('pageInfo');
    expect(report.documentHash).toBe(documentHash(report.document));
    expect(report.variables).toEqual([
      { name: 'first', type: 'Int!', namedType: 'Int', required: true, list: false, enumValues: null, defaultValue: 10 },
    ]);
    expect(report).toMatchObject({ problem: null, canEdit: true, createdBy: 'テスト reports-analyst', defaultVariables: { first: 10 } });
    const [stored] = await db.dataSource.query(`SELECT document FROM report_document WHERE hash = $1`, [report.documentHash]);
    expect(stored.document).toBe(report.document);
    const [audit] = await db.dataSource.query(
      `SELECT subject, details FROM audit_event WHERE action = 'REPORT_SAVED' ORDER BY id DESC LIMIT 1`,
    );
    expect(audit.details).toMatchObject({ name: '検査', documentHash: report.documentHash, created: true });
  });

  it('refuses bad documents with typed errors beside the field', async () => {
    const cases: [Record<string, unknown>, string, string, RegExp][] = [
      [{ document: 'query { bedReport(first: 1) { ' }, 'BAD_USER_INPUT', 'document', /構文/],
      [{ document: 'mutation { logout }' }, 'BAD_USER_INPUT', 'document', /mutation は保存・実行できません/],
      [{ document: 'subscription { bedStatusChanged { facility { name } } }' }, 'BAD_USER_INPUT', 'document', /subscription/],
      [
        { document: 'query { bedReport(first: 1) { edges { node { nosuch } } } }' },
        'BAD_USER_INPUT',
        'document',
        /フィールド BedReportRow.nosuch が存在しません/,
      ],
      [
        { columns: [{ path: 'bedReport.edges.node.facility.phone', heading: '電話', format: 'TEXT' }] },
        'BAD_USER_INPUT',
        'columns.0.path',
        /facility.phone/,
      ],
      [
        { columns: [{ path: 'bedReport.edges.node.facility.name', heading: ' ', format: 'TEXT' }] },
        'BAD_USER_INPUT',
        'columns.0.heading',
        /見出し/,
      ],
      [{ defaultVariables: { first: 'ten' } }, 'BAD_USER_INPUT', 'defaultVariables', /値が正しくありません/],
      [{ defaultVariables: { nosuch: 1 } }, 'BAD_USER_INPUT', 'defaultVariables', /nosuch/],
      [
        {
          document: 'query { facilities(first: 500) { edges { node { postings(first: 50) { edges { node { title } } } } } } }',
          columns: [{ path: 'facilities.edges.node.postings.edges.node.title', heading: '職種', format: 'TEXT' }],
          defaultVariables: null,
        },
        'QUERY_TOO_COMPLEX',
        'document',
        /コスト/,
      ],
    ];
    for (const [input, code, field, message] of cases) {
      const res = await save(input);
      expect({ input, code: res.errors?.[0].extensions?.code }).toEqual({ input, code });
      expect(res.errors?.[0].extensions?.fieldErrors?.[0].field).toBe(field);
      expect(res.errors?.[0].extensions?.fieldErrors?.[0].message).toMatch(message);
    }
    // Only builders save, and only into folders they may edit.
    expect((await save({}, 'hospital')).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await save({}, 'office')).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('running a report (実行)', () => {
  it('a report saved by a prefecture runs for a hospital with only what the hospital may see', async () => {
    const folderId = await createFolder('prefecture', { name: '東京都の病床', sharing: 'PREFECTURE' });
    const saved = (
      await ok('prefecture', SAVE, {
        input: { folderId, name: '病床一覧', document: BEDS_DOCUMENT, columns: BEDS_COLUMNS, defaultVariables: { first: 2 } },
      })
    ).saveReport;
    // The prefecture (its author) sees every facility of 東京都, page by page through the connection.
    const names: string[] = [];
    let after: string | null = null;
    do {
      const page: { rows: string[][]; pageInfo: { hasNextPage: boolean; endCursor: string } } = (
        await ok('prefecture', RUN, { id: saved.id, after })
      ).runReport;
      expect(page.rows.length).toBeLessThanOrEqual(2);
      names.push(...page.rows.map((row) => row[1]));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(names.sort()).toEqual(['レポート記念病院', '都内ほか病院'].sort());
    expect(names).not.toContain('大阪レポート病院');

    // The hospital runs the same saved report: its own facility only, as its own bed report shows.
    const hospitalRun = (await ok('hospital', RUN, { id: saved.id })).runReport;
    expect(hospitalRun.columns.map((c: { heading: string }) => c.heading)).toEqual(['医療機関コード', '医療機関名', '都道府県']);
    expect(hospitalRun.rows.map((row: string[]) => row[1])).toEqual(['レポート記念病院']);
    expect(hospitalRun.pageInfo.hasNextPage).toBe(false);
    // And its export says the same.
    const csv = await exportReport('hospital', saved.id, 'csv');
    expect(csv.status).toBe(200);
    const lines = decodeCp932(csv.bytes).trim().split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain('レポート記念病院');
    // Each run is audited (its first page).
    const [runAudit] = await db.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_event WHERE action = 'REPORT_RUN' AND subject = $1`,
      [`report:${Buffer.from(saved.id, 'base64url').toString().split(':')[1]}`],
    );
    expect(runAudit.n).toBeGreaterThanOrEqual(2);
  });

  it("never shows a masked posting's hidden fields to anyone but its owner and the office, by run or export", async () => {
    const created = await gql('hospital', `mutation($input: CreatePostingInput!) { createPosting(input: $input) { posting { id } } }`, {
      input: { idempotencyKey: 'reports-masked-posting', status: 'PUBLISHED', posting: postingInput() },
    });
    expect(created.errors).toBeUndefined();
    const folderId = await createFolder('office', { name: '募集の一覧', sharing: 'EVERYONE' });
    const fields = 'title workPostalCode workAddress workFacilityName contactName contactLocation contactPhone contactEmail facilityName';
    const saved = (
      await ok('office', SAVE, {
        input: {
          folderId,
          name: '公開中の募集',
          document: `query Postings { publicPostings(first: 50) { edges { node { ${fields} } } } }`,
          columns: fields.split(' ').map((f) => ({ path: `publicPostings.edges.node.${f}`, heading: f, format: 'TEXT' })),
        },
      })
    ).saveReport;
    const leaks = (text: string) => SECRET_VALUES.filter((secret) => text.includes(secret));
    for (const key of ['analyst', 'aggregator', 'otherHospital', 'osakaHospital', 'osakaPrefecture']) {
      const run = await ok(key, RUN, { id: saved.id });
      expect(run.runReport.rows.some((row: string[]) => row[0] === '病棟看護師 (常勤) 募集')).toBe(true);
      expect({ key, leaks: leaks(JSON.stringify(run)) }).toEqual({ key, leaks: [] });
      for (const suffix of ['csv', 'json']) {
        const file = await exportReport(key, saved.id, suffix);
        expect(file.status).toBe(200);
        const text = suffix === 'csv' ? decodeCp932(file.bytes) : file.bytes.toString('utf8');
        expect({ key, suffix, leaks: leaks(text) }).toEqual({ key, suffix, leaks: [] });
      }
    }
    // The owner and the office see their posting whole, through the same report.
    for (const key of ['hospital', 'office']) {
      expect(JSON.stringify((await ok(key, RUN, { id: saved.id })).runReport)).toContain('03-9999-8888');
      expect(decodeCp932((await exportReport(key, saved.id, 'csv')).bytes)).toContain('03-9999-8888');
    }
  });

  it('answers a report whose query no longer validates as broken, with the reason, through GraphQL and the export', async () => {
    const folderId = await createFolder('analyst', { name: '壊れたレポート', sharing: 'ORGANISATION' });
    // A schema change is simulated by storing a document that names a field the schema does not have.
    const document = `query Old($first: Int!, $after: String) {
  bedReport(first: $first, after: $after) { edges { node { facility { name faxNumber } } } pageInfo { hasNextPage endCursor } }
}`;
    const hash = documentHash(document);
    await db.dataSource.query(`INSERT INTO report_document (hash, document) VALUES ($1, $2)`, [hash, document]);
    const [{ id: folderDbId }] = await db.dataSource.query(`SELECT id FROM report_folder WHERE name = '壊れたレポート'`);
    const [{ id }] = await db.dataSource.query(
      `INSERT INTO saved_report (folder_id, name, document_hash, columns, default_variables, paging_variable, created_by, root_fields)
       VALUES ($1, '古いレポート', $2, $3::jsonb, '{"first": 10}'::jsonb, 'after', $4, $5::text[]) RETURNING id`,
      [
        folderDbId,
        hash,
        JSON.stringify([{ path: 'bedReport.edges.node.facility.faxNumber', heading: 'FAX', format: 'TEXT' }]),
        accounts.analyst.id,
        rootOperationsOf(document),
      ],
    );
    const reportId = Buffer.from(`SavedReport:${id}`).toString('base64url');
    const listed = (await ok('analystColleague', FOLDER, { id: folderId })).reportFolder.reports[0];
    expect(listed.problem).toEqual({ code: 'SCHEMA_CHANGED', message: 'スキーマ変更によりフィールド Facility.faxNumber が存在しません' });
    const run = await gql('analystColleague', RUN, { id: reportId });
    expect(run.errors?.[0].extensions?.code).toBe('BROKEN_DOCUMENT');
    expect(run.errors?.[0].message).toBe('このレポートは実行できません: スキーマ変更によりフィールド Facility.faxNumber が存在しません');
    for (const suffix of ['csv', 'json']) {
      const file = await exportReport('analystColleague', reportId, suffix);
      expect(file.status).toBe(422);
      const body = JSON.parse(file.bytes.toString('utf8'));
      expect(body.errors[0].extensions.code).toBe('BROKEN_DOCUMENT');
      expect(body.errors[0].message).toContain('Facility.faxNumber');
    }
    // Not visible is not found, on the export too.
    expect((await exportReport('office', reportId, 'csv')).status).toBe(404);
  });
});

describe('exports', () => {
  it('writes CSV that decodes as CP932 with the chosen headings (or UTF-8 with BOM), and JSON, through every page', async () => {
    const folderId = await createFolder('analyst', { name: 'エクスポート', sharing: 'ORGANISATION' });
    const saved = (
      await ok('analyst', SAVE, {
        input: {
          folderId,
          name: '病床 / 全国',
          document: BEDS_DOCUMENT,
          columns: [
            { path: 'bedReport.edges.node.facility.name', heading: '医療機関名', format: 'TEXT' },
            { path: 'bedReport.edges.node.facility.code', heading: 'コード', format: 'TEXT' },
          ],
          // One row per page: the export must follow the connection to the end.
          defaultVariables: { first: 1 },
        },
      })
    ).saveReport;
    const [{ n: facilities }] = await db.dataSource.query(`SELECT count(*)::int AS n FROM facility WHERE kind <> 'HEALTH_CENTER'`);
    const csv = await exportReport('analystColleague', saved.id, 'csv');
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=Shift_JIS');
    expect(csv.headers.get('content-disposition')).toContain("filename*=UTF-8''");
    const text = decodeCp932(csv.bytes);
    const lines = text.trim().split('\r\n');
    expect(lines[0]).toBe('医療機関名,コード');
    expect(lines).toHaveLength(facilities + 1);
    expect(text).toContain('大阪レポート病院');
    // Codes keep their leading zeros in Excel (="…", quoted as the CSV writer does for the bed export).
    expect(lines[1]).toMatch(/^.+,"=""\d{10}"""$/);

    const utf8 = await exportReport('analystColleague', `${saved.id}`, 'csv?encoding=utf8');
    expect(utf8.bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(utf8.bytes.toString('utf8').slice(1).split('\r\n')[0]).toBe('医療機関名,コード');

    const json = JSON.parse((await exportReport('analystColleague', saved.id, 'json')).bytes.toString('utf8'));
    expect(json.columns.map((c: { heading: string }) => c.heading)).toEqual(['医療機関名', 'コード']);
    expect(json.rows).toHaveLength(facilities);

    const audits = await db.dataSource.query(`SELECT details FROM audit_event WHERE action = 'REPORT_EXPORTED' AND actor_account_id = $1`, [
      accounts.analystColleague.id,
    ]);
    expect(audits.map((a: { details: { format: string } }) => a.details.format).sort()).toEqual(['csv', 'csv', 'json']);
    expect((await fetch(`${server.url}/api/exports/reports/${saved.id}.csv`)).status).toBe(401);
  });
});

describe('trusted documents', () => {
  it('runs saved reports by their hash with GRAPHQL_TRUSTED_DOCUMENTS on, while ad-hoc documents stay refused', async () => {
    const folderId = await createFolder('analyst', { name: '信頼済み', sharing: 'ORGANISATION' });
    const saved = (
      await ok('analyst', SAVE, {
        input: { folderId, name: '信頼済みの病床', document: BEDS_DOCUMENT, columns: BEDS_COLUMNS, defaultVariables: { first: 3 } },
      })
    ).saveReport;
    const manifestDir = fs.mkdtempSync(path.join(os.tmpdir(), 'reports-manifest-'));
    const manifest = path.join(manifestDir, 'persisted-documents.json');
    fs.writeFileSync(manifest, JSON.stringify({ [documentHash(RUN)]: RUN }));
    const strict = await startTestServer(db, { GRAPHQL_TRUSTED_DOCUMENTS: manifest }, { resolveViewer: resolveAccountViewer });
    try {
      const run = await strict.graphql(RUN, { id: saved.id }, as('analystColleague'));
      expect(run.errors).toBeUndefined();
      expect(run.data.runReport.rows).toHaveLength(3);
      const adHoc = await strict.graphql(BEDS_DOCUMENT, { first: 3 }, as('analystColleague'));
      expect(adHoc.errors?.[0].extensions?.code).toBe('UNTRUSTED_DOCUMENT');
      // The saved document itself is trusted by its hash.
      const byHash = await fetch(`${strict.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...as('analystColleague') },
        body: JSON.stringify({ variables: { first: 1 }, extensions: { persistedQuery: { version: 1, sha256Hash: saved.documentHash } } }),
      });
      expect(((await byHash.json()) as { data: { bedReport: { edges: unknown[] } } }).data.bedReport.edges).toHaveLength(1);
      const csv = await fetch(`${strict.url}/api/exports/reports/${saved.id}.csv`, { headers: as('analystColleague') });
      expect(csv.status).toBe(200);
    } finally {
      await strict.stop();
      fs.rmSync(manifestDir, { recursive: true, force: true });
    }
  });
});

describe('the schema for the builder (introspection)', () => {
  it('is read by signed-in analyst and office sessions only (API tokens as before), answered to others as if it were off', async () => {
    const signedIn = await startServerWithSignIn(db);
    try {
      const INTROSPECT = '{ __schema { queryType { name } } }';
      for (const [key, allowed] of [
        ['analyst', true],
        ['office', true],
        ['prefecture', false],
        ['hospital', false],
        ['aggregator', false],
      ] as const) {
        const res = await signedIn.graphql(INTROSPECT, {}, { cookie: await signInAs(signedIn, accounts[key]) });
        if (allowed) expect({ key, data: res.data }).toEqual({ key, data: { __schema: { queryType: { name: 'Query' } } } });
        else expect({ key, code: res.errors?.[0].extensions?.code }).toEqual({ key, code: 'GRAPHQL_VALIDATION_FAILED' });
      }
      expect((await signedIn.graphql(INTROSPECT)).errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    } finally {
      await signedIn.stop();
    }
  });
});

describe('レポートを検索', () => {
  const SEARCH = `query($text: String!, $first: Int!, $after: String) {
    searchReports(text: $text, first: $first, after: $after) {
      totalCount
      edges { cursor node { id name folder { name ancestors { name } } } }
      pageInfo { hasNextPage endCursor }
    }
  }`;
  const save = async (key: string, folderId: string, name: string) =>
    (
      await ok(key, SAVE, {
        input: { folderId, name, document: BEDS_DOCUMENT, columns: BEDS_COLUMNS.slice(0, 1), defaultVariables: { first: 5 } },
      })
    ).saveReport.id as string;
  const namesFound = async (key: string, text: string) =>
    (await ok(key, SEARCH, { text, first: 100 })).searchReports.edges.map((e: { node: { name: string } }) => e.node.name).sort();

  beforeAll(async () => {
    const own = await createFolder('analyst', { name: '検索の個人', sharing: 'OWNER' });
    const team = await createFolder('analyst', { name: '検索の分析担当', sharing: 'ORGANISATION' });
    const tokyo = await createFolder('prefecture', { name: 'トウキョウ検索', sharing: 'PREFECTURE' });
    const beds = await createFolder('prefecture', { name: '病床', parentId: tokyo });
    const office = await createFolder('prefecture', { name: '都庁内', sharing: 'ORGANISATION' });
    await save('analyst', own, 'ケンサク 個人');
    await save('analyst', team, 'ケンサク 分析');
    await save('prefecture', beds, 'ケンサク 都');
    await save('prefecture', office, 'ケンサク 都庁内');
    await save('prefecture', beds, '空床_100%');
  });

  it('finds by name only the reports of folders the viewer may see: private, organisation, prefecture, system', async () => {
    // Half-width katakana and spaces in the search text are folded as the names were when saved.
    expect(await namesFound('analyst', 'ｹﾝｻｸ')).toEqual(['ケンサク 個人', 'ケンサク 分析']);
    expect(await namesFound('analystColleague', 'ケンサク分析')).toEqual(['ケンサク 分析']);
    expect(await namesFound('analystColleague', 'ケンサク')).toEqual(['ケンサク 分析']);
    expect(await namesFound('prefectureColleague', 'ケンサク')).toEqual(['ケンサク 都', 'ケンサク 都庁内']);
    for (const key of ['hospital', 'aggregator']) expect(await namesFound(key, 'ケンサク')).toEqual(['ケンサク 都']);
    for (const key of ['osakaPrefecture', 'osakaHospital', 'office']) expect(await namesFound(key, 'ケンサク')).toEqual([]);
    // The system folder's reports are everyone's; its seeded names keep full-width brackets, the search folds them.
    for (const key of ['hospital', 'osakaHospital', 'analyst']) {
      expect(await namesFound(key, '全項目表示)')).toEqual(['地域病床見える化（全項目表示）']);
    }
  });

  it('finds the reports of a folder whose name (or a name above it) matches, with their path', async () => {
    const found = (await ok('hospital', SEARCH, { text: 'トウキョウ検索', first: 10 })).searchReports;
    expect(found.edges.map((e: { node: { name: string; folder: { name: string; ancestors: { name: string }[] } } }) => e.node)).toEqual([
      { id: expect.any(String), name: 'ケンサク 都', folder: { name: '病床', ancestors: [{ name: 'トウキョウ検索' }] } },
      { id: expect.any(String), name: '空床_100%', folder: { name: '病床', ancestors: [{ name: 'トウキョウ検索' }] } },
    ]);
    expect(await namesFound('osakaPrefecture', 'トウキョウ検索')).toEqual([]);
  });

  it('matches % and _ literally, pages by cursor and refuses an empty text beside the field', async () => {
    expect(await namesFound('hospital', '_100%')).toEqual(['空床_100%']);
    expect(await namesFound('hospital', '床%')).toEqual([]);
    const first = (await ok('prefecture', SEARCH, { text: 'ケンサク', first: 1 })).searchReports;
    expect(first).toMatchObject({ totalCount: 2, pageInfo: { hasNextPage: true } });
    const second = (await ok('prefecture', SEARCH, { text: 'ケンサク', first: 1, after: first.pageInfo.endCursor })).searchReports;
    expect([first.edges[0].node.name, second.edges[0].node.name]).toEqual(['ケンサク 都', 'ケンサク 都庁内']);
    expect(second.pageInfo.hasNextPage).toBe(false);
    for (const [variables, field] of [
      [{ text: '  ', first: 10 }, 'text'],
      [{ text: 'x', first: 0 }, 'first'],
      [{ text: 'x', first: 10, after: 'not-a-cursor' }, 'after'],
      [{ text: 'x', first: 10, after: Buffer.from(JSON.stringify(['x', 2 ** 40])).toString('base64url') }, 'after'],
    ] as const) {
      const res = await gql('hospital', SEARCH, variables);
      expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0].extensions?.fieldErrors?.[0].field).toBe(field);
    }
  });

  it('answers in the same SQL statements however many reports it finds', async () => {
    const QUERY = `query($text: String!) {
      searchReports(text: $text, first: 20) { edges { node { id name builtIn folder { id name ancestors { id name } } } } pageInfo { hasNextPage } }
    }`;
    // Both find reports in sub-folders (whose path is read); the second also the system folder's.
    const one = await db.recorder.record(() => gql('prefectureColleague', QUERY, { text: '空床_100' }));
    const three = await db.recorder.record(() => gql('prefectureColleague', QUERY, { text: '床' }));
    expect(one.result.data.searchReports.edges).toHaveLength(1);
    expect(three.result.data.searchReports.edges.length).toBeGreaterThanOrEqual(3);
    expect(three.statements).toHaveLength(one.statements.length);
    // viewer lookup (test resolver), the search, the results' folders, their ancestors.
    expect(three.statements.map((s) => s.replace(/\$\d+(, \$\d+)*/g, '$n'))).toMatchSnapshot();
  });
});

describe('moving and deleting a report, and where to', () => {
  const MOVE = `mutation($id: ID!, $folderId: ID!) { moveReport(id: $id, folderId: $folderId) { id folder { id name ancestors { name } } } }`;
  const DELETE = `mutation($id: ID!) { deleteReport(id: $id) }`;
  const DESTINATIONS = `query($first: Int! = 500, $after: String, $text: String) {
    reportFolderDestinations(first: $first, after: $after, text: $text) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { path folder { id name kind canEdit } } }
    }
  }`;
  const pathsFor = async (key: string, variables: Record<string, unknown> = {}) =>
    (await ok(key, DESTINATIONS, variables)).reportFolderDestinations.edges.map((e: { node: { path: string[] } }) =>
      e.node.path.join(' / '),
    );

  it('offers every folder the account may write into, at any depth, with its path', async () => {
    const shared = await createFolder('analyst', { name: '行き先 共有', sharing: 'ORGANISATION' });
    const tokyo = await createFolder('analyst', { name: '東京都', parentId: shared });
    await createFolder('analyst', { name: '病床', parentId: tokyo });
    await createFolder('analyst', { name: '行き先 個人', sharing: 'OWNER' });
    const analyst = await pathsFor('analyst');
    expect(analyst).toEqual(expect.arrayContaining(['行き先 共有', '行き先 共有 / 東京都', '行き先 共有 / 東京都 / 病床', '行き先 個人']));
    // Shared before private; a folder's sub-folders follow it.
    expect(analyst.indexOf('行き先 共有 / 東京都 / 病床')).toBe(analyst.indexOf('行き先 共有 / 東京都') + 1);
    expect(analyst.indexOf('行き先 個人')).toBeGreaterThan(analyst.indexOf('行き先 共有 / 東京都 / 病床'));
    // Nothing of the system folders (read-only but for the office), nothing another may only see.
    expect(analyst.some((p: string) => p.startsWith('999_システム(自治体)'))).toBe(false);
    const colleague = await pathsFor('analystColleague');
    expect(colleague).toContain('行き先 共有 / 東京都 / 病床');
    expect(colleague).not.toContain('行き先 個人');
    expect(await pathsFor('office')).toEqual(expect.arrayContaining(['999_システム(自治体)', '999_システム(自治体) / ホーム画面']));
    expect(await pathsFor('prefecture')).not.toContain('行き先 共有');
    expect((await gql('hospital', DESTINATIONS)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('pages through more than 500 destinations instead of leaving any out, says how many there are, and finds one by name', async () => {
    accounts.manyFolders = await createTestAccount(db.dataSource, { loginId: 'reports-many-folders', role: Role.ANALYST });
    await db.dataSource.query(
      `INSERT INTO report_folder (name, kind, sharing, owner_account_id, depth)
       SELECT '個人 ' || lpad(g::text, 3, '0'), 'PRIVATE', 'OWNER', $1, 1 FROM generate_series(1, 520) g`,
      [accounts.manyFolders.id],
    );
    const first = (await ok('manyFolders', DESTINATIONS)).reportFolderDestinations;
    expect(first.edges).toHaveLength(500);
    expect(first.pageInfo.hasNextPage).toBe(true);
    // The analysts' team folders other tests made come first (shared before private), then the 520.
    expect(first.totalCount).toBeGreaterThanOrEqual(520);
    const second = (await ok('manyFolders', DESTINATIONS, { after: first.pageInfo.endCursor })).reportFolderDestinations;
    expect(second.edges).toHaveLength(first.totalCount - 500);
    expect(second.pageInfo.hasNextPage).toBe(false);
    const paths = [...first.edges, ...second.edges].map((e: { node: { path: string[] } }) => e.node.path.join(' / '));
    expect(new Set(paths).size).toBe(paths.length);
    const mine = paths.filter((p) => p.startsWith('個人 '));
    expect(mine).toHaveLength(520);
    expect(mine.at(-1)).toBe('個人 520');
    // Found by a part of a name on the path (full-width digits and spaces ignored), counted the same way.
    const found = (await ok('manyFolders', DESTINATIONS, { text: '個人５１９' })).reportFolderDestinations;
    expect(found).toMatchObject({ totalCount: 1, pageInfo: { hasNextPage: false } });
    expect(found.edges.map((e: { node: { path: string[] } }) => e.node.path)).toEqual([['個人 519']]);
    expect(await pathsFor('analyst', { text: '行き先 共有 / 東京' })).toEqual([]);
    expect(await pathsFor('analyst', { text: '東京都' })).toEqual(
      expect.arrayContaining(['行き先 共有 / 東京都', '行き先 共有 / 東京都 / 病床']),
    );
    const tooMany = await gql('manyFolders', DESTINATIONS, { first: 501 });
    expect(tooMany.errors?.[0].extensions?.fieldErrors).toEqual([{ field: 'first', message: '1 以上 500 以下で指定してください。' }]);
  });

  it('moves a report into a nested folder and deletes it, audited, only where the account may edit', async () => {
    const top = await createFolder('analyst', { name: '移動の共有', sharing: 'ORGANISATION' });
    const nested = await createFolder('analyst', {
      name: '病床',
      parentId: await createFolder('analyst', { name: '東京都', parentId: top }),
    });
    const id = (
      await ok('analyst', SAVE, {
        input: { folderId: top, name: '移動するレポート', document: BEDS_DOCUMENT, columns: BEDS_COLUMNS, defaultVariables: { first: 5 } },
      })
    ).saveReport.id;
    // Seeing is not editing; not seeing is not finding; only builders move.
    const osakaFolder = await createFolder('osakaPrefecture', { name: '大阪の共有', sharing: 'PREFECTURE' });
    expect((await gql('office', MOVE, { id, folderId: nested })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await gql('hospital', MOVE, { id, folderId: nested })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const elsewhere = await gql('analyst', MOVE, { id, folderId: osakaFolder });
    expect(elsewhere.errors?.[0].extensions?.fieldErrors).toEqual([{ field: 'folderId', message: 'フォルダが見つかりません。' }]);

    const moved = (await ok('analystColleague', MOVE, { id, folderId: nested })).moveReport;
    expect(moved.folder).toMatchObject({ name: '病床', ancestors: [{ name: '移動の共有' }, { name: '東京都' }] });
    const [movedAudit] = await db.dataSource.query(
      `SELECT actor_account_id, details FROM audit_event WHERE action = 'REPORT_MOVED' ORDER BY id DESC LIMIT 1`,
    );
    expect(movedAudit).toMatchObject({ actor_account_id: accounts.analystColleague.id, details: { name: '移動するレポート' } });

    expect((await gql('hospital', DELETE, { id })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await ok('analyst', DELETE, { id })).deleteReport).toBe(id);
    expect((await gql('analyst', `query($id: ID!) { savedReport(id: $id) { id } }`, { id })).errors?.[0].extensions?.code).toBe(
      'NOT_FOUND',
    );
    const [deletedAudit] = await db.dataSource.query(
      `SELECT actor_account_id, details FROM audit_event WHERE action = 'REPORT_DELETED' ORDER BY id DESC LIMIT 1`,
    );
    expect(deletedAudit).toMatchObject({ actor_account_id: accounts.analyst.id, details: { name: '移動するレポート' } });
    expect((await gql('analyst', DELETE, { id })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('refuses moving a folder into itself or a folder inside it, beside the field', async () => {
    const MOVE_FOLDER = `mutation($id: ID!, $parentId: ID) { moveReportFolder(id: $id, parentId: $parentId) { id } }`;
    const top = await createFolder('analyst', { name: '自分の中', sharing: 'OWNER' });
    const grandchild = await createFolder('analyst', {
      name: '孫',
      parentId: await createFolder('analyst', { name: '子', parentId: top }),
    });
    for (const parentId of [top, grandchild]) {
      const res = await gql('analyst', MOVE_FOLDER, { id: top, parentId });
      expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0].extensions?.fieldErrors).toEqual([{ field: 'parentId', message: '移動先が移動するフォルダの中です。' }]);
    }
  });
});

describe('labels of the filter form (絞り込み)', () => {
  const DOCUMENT = `query Labelled($prefectureCode: String!, $first: Int!, $zone: String, $hospital: String) {
    bedReport(filter: { prefectureCode: $prefectureCode, secondaryMedicalAreaCode: $zone, name: $hospital }, first: $first) {
      edges { node { facility { name } } }
    }
  }`;
  const COLUMNS = [{ path: 'bedReport.edges.node.facility.name', heading: '医療機関名', format: 'TEXT' }];
  let folderId: string;
  beforeAll(async () => {
    folderId = await createFolder('analyst', { name: '項目名', sharing: 'ORGANISATION' });
  });
  const labelsOf = (variables: { name: string; label: string }[]) => Object.fromEntries(variables.map((v) => [v.name, v.label]));

  it('derives Japanese labels from the arguments a variable is passed to, and keeps the ones the author wrote', async () => {
    const preview = (
      await ok(
        'analyst',
        `query($document: String!, $variables: JSON) { previewReport(document: $document, variables: $variables) { variables { name label required } } }`,
        {
          document: DOCUMENT,
          variables: { prefectureCode: '13', first: 5 },
        },
      )
    ).previewReport;
    // An argument of no known label leaves the variable's own name.
    expect(labelsOf(preview.variables)).toEqual({
      prefectureCode: '都道府県コード',
      first: '表示件数',
      zone: '二次医療圏コード',
      hospital: 'hospital',
    });

    const input = {
      folderId,
      name: '項目名つき',
      document: DOCUMENT,
      columns: COLUMNS,
      defaultVariables: { prefectureCode: '13', first: 5 },
    };
    const SAVE_LABELLED = `mutation($input: SaveReportInput!) { saveReport(input: $input) { id variables { name label } } }`;
    const saved = (
      await ok('analyst', SAVE_LABELLED, { input: { ...input, variableLabels: [{ name: 'prefectureCode', label: ' 都道府県 ' }] } })
    ).saveReport;
    expect(labelsOf(saved.variables)).toEqual({
      prefectureCode: '都道府県',
      first: '表示件数',
      zone: '二次医療圏コード',
      hospital: 'hospital',
    });
    // The runner's form reads the same labels (and the required mark), as does the run's answer.
    const run = (
      await ok('analystColleague', `query($id: ID!) { savedReport(id: $id) { variables { name label required } } }`, { id: saved.id })
    ).savedReport;
    expect(run.variables).toEqual([
      { name: 'prefectureCode', label: '都道府県', required: true },
      { name: 'first', label: '表示件数', required: true },
      { name: 'zone', label: '二次医療圏コード', required: false },
      { name: 'hospital', label: 'hospital', required: false },
    ]);

    for (const [variableLabels, field] of [
      [[{ name: 'nosuch', label: 'x' }], 'variableLabels.0.name'],
      [
        [
          { name: 'first', label: 'a' },
          { name: 'first', label: 'b' },
        ],
        'variableLabels.1.name',
      ],
      [[{ name: 'first', label: '   ' }], 'variableLabels.0.label'],
      [[{ name: 'first', label: 'あ'.repeat(41) }], 'variableLabels.0.label'],
    ] as const) {
      const res = await gql('analyst', SAVE, { input: { ...input, variableLabels } });
      expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0].extensions?.fieldErrors?.[0].field).toBe(field);
    }
  });
});
