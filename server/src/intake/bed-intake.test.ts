import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { seedDemoFacilities } from '../db/seed/demo-facilities';
import { seedDemoBedSnapshots } from '../db/seed/demo-bed-snapshots';
import { createTestDatabase, type TestDatabase } from '../../test/test-database';
import { startTestServer, type TestServer } from '../../test/test-server';
import { asViewer, resolveTestViewer, Role } from '../../test/test-viewer';
import { encodeCp932 } from '../beds/sjis-encoding';
import { japanTime } from '../beds/bed-report.csv';
import { recordBedReport } from '../beds/bed-reporting';
import { Facility } from '../facilities/facility.entity';
import { BedCategory, ReportSource } from '../beds/bed-snapshot.entity';
import { AcceptanceStatus, StaffingStatus } from '../beds/bed-categories';
import type { BedIntakeAnswer } from './bed-intake.router';
import { checkUpload, resultCsv, storeUpload } from './bed-intake.upload';

let db: TestDatabase;
let server: TestServer;

const tokyo = asViewer({ role: Role.PREFECTURE, prefectureCode: '13', accountId: 61 });
const aggregator = asViewer({ role: Role.HEALTH_CENTER_AGGREGATOR, prefectureCode: '13', accountId: 62 });

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemoFacilities(db.dataSource.manager, 400);
  await seedDemoBedSnapshots(db.dataSource.manager, new Date(Date.now() - 2 * 3600_000));
  server = await startTestServer(db, {}, { resolveViewer: resolveTestViewer });
});

afterAll(async () => {
  await server?.stop();
  await db?.drop();
});

const snapshotCount = async () => (await db.dataSource.query('SELECT count(*)::int AS n FROM bed_snapshot'))[0].n as number;

async function download(path: string, headers: Record<string, string>): Promise<Buffer> {
  const res = await fetch(`${server.url}${path}`, { headers });
  expect(res.status).toBe(200);
  return Buffer.from(await res.arrayBuffer());
}

async function upload(mode: string, file: Buffer, name: string, headers: Record<string, string>) {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(file)]), name);
  const res = await fetch(`${server.url}/api/intake/bed-reports?mode=${mode}`, {
    method: 'POST',
    body: form,
    headers: { 'x-gmis-csrf': '1', ...headers },
  });
  return {
    status: res.status,
    body: (await res.json()) as BedIntakeAnswer & { errors?: { message: string; extensions: { code: string } }[] },
  };
}

/** 取込実行 of a checked upload: no file, only its id. */
async function applyChecked(intakeId: string, headers: Record<string, string>) {
  const res = await fetch(`${server.url}/api/intake/bed-reports?mode=apply&intakeId=${encodeURIComponent(intakeId)}`, {
    method: 'POST',
    headers: { 'x-gmis-csrf': '1', ...headers },
  });
  return {
    status: res.status,
    body: (await res.json()) as BedIntakeAnswer & { errors?: { message: string; extensions: { code: string; reason?: string } }[] },
  };
}

/**
 * The export of a prefecture as CSV records, with the rows of reports old enough to tell apart:
 * 最終更新日時 has minutes only, so a report of the same minute as one in the file cannot be (the
 * other tests' reports are that recent).
 */
async function exportedRecords(headers: Record<string, string>) {
  const csv = await download('/api/exports/bed-report.csv?prefectureCode=13&encoding=utf8', headers);
  const records: string[][] = parse(csv.toString('utf8').replace(/^\uFEFF/, ''));
  const header = records[0];
  const at = (name: string) => header.indexOf(name);
  const recent = new Set([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((m) => japanTime(new Date(Date.now() - m * 60_000))));
  const oldRows = records
    .map((r, i) => ({ r, i }))
    .filter(({ r, i }) => i > 0 && r[at('最終更新日時')] !== '' && !recent.has(r[at('最終更新日時')]))
    .map(({ i }) => i);
  const code = (i: number) => records[i][at('医療機関コード')].replace(/^="|"$/g, '');
  /** One more 陰圧室 確保病床数 (secured only grows: no rule of the report can break). */
  const edit = (i: number) => {
    records[i][at('陰圧室 確保病床数')] = String(Number(records[i][at('陰圧室 確保病床数')]) + 1);
  };
  const file = (rows = records) => Buffer.from(`\uFEFF${stringify(rows, { record_delimiter: '\r\n' })}`, 'utf8');
  return { records, header, at, oldRows, code, edit, file };
}

const latestOf = async (code: string) =>
  (
    await db.dataSource.query(
      `SELECT s.id, s.source, s.reported_by_account_id, s.negative_pressure_secured FROM bed_snapshot s JOIN facility f ON f.id = s.facility_id
        WHERE f.code = $1 ORDER BY s.reported_at DESC, s.id DESC LIMIT 1`,
      [code],
    )
  )[0];

/**
 * The hospital itself reports after the export (a normal day, general beds only: `secured` beds,
 * all of them immediately usable, `inpatients` of them taken, the rest vacant).
 */
function reportAsFacility(facility: Facility, r: { accountId: number; secured: number; inpatients: number }) {
  return recordBedReport(db.dataSource, {
    viewer: { role: Role.FACILITY, facilityId: facility.dbId, prefectureCode: '13', accountId: r.accountId },
    facility,
    source: ReportSource.FACILITY,
    input: {
      beds: [
        {
          category: BedCategory.GENERAL,
          secured: r.secured,
          immediate: r.secured,
          inpatients: r.inpatients,
          severe: 0,
          vacant: r.secured - r.inpatients,
        },
      ],
      outpatientAcceptance: AcceptanceStatus.NORMAL,
      inpatientAcceptance: AcceptanceStatus.NORMAL,
      emergencyAcceptance: AcceptanceStatus.NORMAL,
      staffing: StaffingStatus.NORMAL,
      ventilatorsTotal: 0,
      ventilatorsInUse: 0,
      ecmoTotal: 0,
      ecmoInUse: 0,
    },
  });
}

/** The rows of a sheet as header → cell, and a way to set a cell by header. */
function sheetTable(sheet: ExcelJS.Worksheet) {
  const headers = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
  const col = (header: string) => headers.indexOf(header) + 1;
  return { headers, col };
}

describe('一括取込 (POST /api/intake/bed-reports)', () => {
  it('takes back an .xlsx exported from the report: the dry run lists the 3 edited rows and the 1 broken row, apply stores the 3, and applying again stores nothing', async () => {
    const exported = await download('/api/exports/bed-report.xlsx?prefectureCode=13', tokyo);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(exported as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    const { col } = sheetTable(sheet);
    expect(sheet.getRow(2).getCell(col('医療機関コード')).value).toMatch(/^13\d{8}$/);
    // Rows of facilities that have reported (a 最終更新日時), numbered as in the sheet.
    const reported: number[] = [];
    sheet.eachRow((row, n) => {
      if (n > 1 && row.getCell(col('最終更新日時')).value) reported.push(n);
    });
    expect(reported.length).toBeGreaterThan(5);
    const [a, b, c, broken] = reported;
    const general = col('一般病床 空床数');
    const secured = (n: number) => Number(sheet.getRow(n).getCell(col('一般病床 確保病床数')).value);
    sheet.getRow(a).getCell(general).value = Math.max(0, secured(a) - 1);
    sheet.getRow(b).getCell(col('救急受入')).value = sheet.getRow(b).getCell(col('救急受入')).value === '停止' ? '通常' : '停止';
    sheet.getRow(c).getCell(col('備考')).value = '一括取込のテスト';
    sheet.getRow(c).getCell(general).value = 0;
    sheet.getRow(broken).getCell(col('ICU・HCU 空床数')).value = 'abc';
    const edited = Buffer.from(await workbook.xlsx.writeBuffer());
    const codeOf = (n: number) => sheet.getRow(n).getCell(col('医療機関コード')).text;
    const before = await snapshotCount();

    const dry = await upload('dry-run', edited, '病床.xlsx', tokyo);
    expect(dry.status).toBe(200);
    expect(dry.body).toMatchObject({ mode: 'dry-run', format: 'xlsx', changed: 3, failed: 1 });
    expect(dry.body.unchanged).toBe(dry.body.rows - 4);
    const byRow = new Map(dry.body.results.map((r) => [r.row, r]));
    expect(byRow.get(a)).toMatchObject({ status: 'CHANGED', facilityCode: codeOf(a), changes: [{ column: '一般病床 空床数' }] });
    expect(byRow.get(b)!.changes.map((x) => x.column)).toEqual(['救急受入']);
    expect(
      byRow
        .get(c)!
        .changes.map((x) => x.column)
        .sort(),
    ).toEqual(['一般病床 空床数', '備考'].sort());
    expect(byRow.get(c)!.changes.find((x) => x.column === '備考')!.after).toBe('一括取込のテスト');
    expect(byRow.get(broken)).toMatchObject({
      status: 'ERROR',
      errors: [{ row: broken, column: 'ICU・HCU 空床数', message: 'ICU・HCU 空床数は0以上の整数で入力してください（「abc」）。' }],
    });
    expect(byRow.get(broken)!.errors[0].cell).toMatch(new RegExp(`^[A-Z]+${broken}$`));
    expect(await snapshotCount()).toBe(before);

    const applied = await upload('apply', edited, '病床.xlsx', tokyo);
    expect(applied.body).toMatchObject({ mode: 'apply', changed: 3, failed: 1 });
    expect(applied.body.results.filter((r) => r.status === 'STORED').map((r) => r.row)).toEqual([a, b, c]);
    expect(await snapshotCount()).toBe(before + 3);
    const [stored] = await db.dataSource.query(
      `SELECT s.note, s.general_vacant, s.source, s.reported_by_account_id FROM bed_snapshot s JOIN facility f ON f.id = s.facility_id
        WHERE f.code = $1 ORDER BY s.id DESC LIMIT 1`,
      [codeOf(c)],
    );
    expect(stored).toEqual({ note: '一括取込のテスト', general_vacant: 0, source: 'PREFECTURE', reported_by_account_id: 61 });

    // The same file again: its rows now say what the latest reports say, except 最終更新日時, which is older.
    const again = await upload('apply', edited, '病床.xlsx', tokyo);
    expect(again.body.changed).toBe(0);
    expect(await snapshotCount()).toBe(before + 3);
    expect(again.body.results.find((r) => r.row === a)!.errors[0]).toMatchObject({ column: '最終更新日時' });
  });

  it('reads a Shift-JIS CSV export (="…" codes) back: unchanged it changes nothing; an edited cell is one change; a row reported since the export is refused at 最終更新日時', async () => {
    const csv = await download('/api/exports/bed-report.csv?prefectureCode=13&encoding=sjis', aggregator);
    const unchanged = await upload('dry-run', csv, 'byosho.csv', aggregator);
    expect(unchanged.status).toBe(200);
    expect(unchanged.body).toMatchObject({ format: 'csv', encoding: 'sjis', changed: 0, failed: 0 });

    const records: string[][] = parse(new TextDecoder('shift_jis').decode(csv));
    const header = records[0];
    const at = (name: string) => header.indexOf(name);
    // Rows of the seeded reports (hours old): 最終更新日時 has minutes only, so a report within the
    // same minute as the one in the file cannot be told apart (the previous test's reports are that recent).
    const recent = new Set([0, 1, 2, 3, 4, 5].map((m) => japanTime(new Date(Date.now() - m * 60_000))));
    const old = (r: string[]) => r[at('最終更新日時')] !== '' && !recent.has(r[at('最終更新日時')]);
    const rowIndex = records.findIndex((r, i) => i > 0 && old(r));
    const target = records[rowIndex];
    const original = target[at('陰圧室 確保病床数')];
    target[at('陰圧室 確保病床数')] = String(Number(original) + 1);
    // The hospital of another reported row reports after the export.
    const laterIndex = records.findIndex((r, i) => i > rowIndex && old(r));
    const laterCode = records[laterIndex][at('医療機関コード')].replace(/^="|"$/g, '');
    const facility = await db.dataSource.getRepository(Facility).findOneByOrFail({ code: laterCode });
    await reportAsFacility(facility, { accountId: 70, secured: 10, inpatients: 5 });
    const edited = encodeCp932(stringify(records, { record_delimiter: '\r\n' })).bytes;
    const dry = await upload('dry-run', edited, 'byosho.csv', aggregator);
    expect(dry.body).toMatchObject({ encoding: 'sjis', changed: 1, failed: 1 });
    expect(dry.body.results.find((r) => r.status === 'CHANGED')).toMatchObject({
      row: rowIndex + 1,
      changes: [{ column: '陰圧室 確保病床数', before: original, after: String(Number(original) + 1) }],
    });
    expect(dry.body.results.find((r) => r.status === 'ERROR')).toMatchObject({
      row: laterIndex + 1,
      errors: [{ column: '最終更新日時', message: expect.stringContaining('最新の状態をエクスポートし直してから編集してください') }],
    });
  });

  it('is for prefectures and とりまとめ団体 only, within their prefecture, and refuses a file that is not the export', async () => {
    const file = Buffer.from('\uFEFF医療機関コード,一般病床 空床数\r\n="2700000001",1\r\n', 'utf8');
    expect((await upload('dry-run', file, 'x.csv', asViewer({ role: Role.ANALYST }))).status).toBe(403);
    expect((await upload('dry-run', file, 'x.csv', asViewer({ role: Role.FACILITY, facilityId: 1, prefectureCode: '13' }))).status).toBe(
      403,
    );
    expect((await upload('dry-run', file, 'x.csv', {})).status).toBe(401);
    const [osaka] = await db.dataSource.query(`SELECT code FROM facility WHERE prefecture_code = '27' AND kind = 'HOSPITAL' LIMIT 1`);
    const foreign = await upload('dry-run', Buffer.from(`医療機関コード,一般病床 空床数\r\n${osaka.code},1\r\n`, 'utf8'), 'x.csv', tokyo);
    expect(foreign.body.results[0].errors[0].message).toBe('他の都道府県の医療機関は取り込めません。');
    const noHeader = await upload('dry-run', Buffer.from('a,b\r\n1,2\r\n', 'utf8'), 'x.csv', tokyo);
    expect(noHeader.status).toBe(400);
    expect(noHeader.body.errors![0].message).toContain('医療機関コード');
    const notXlsx = await upload('dry-run', Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(100)]), 'x.xlsx', tokyo);
    expect(notXlsx.status).toBe(400);
    expect(notXlsx.body.errors![0].message).toContain('Excel');
    const empty = await upload('dry-run', Buffer.alloc(0), 'empty.csv', tokyo);
    expect(empty.status).toBe(400);
    expect(empty.body.errors![0].message).toBe('ファイルが空です。');
    // A file that could not be read is not kept: only the checked one (of an Osaka code) is.
    const [{ kept }] = await db.dataSource.query(
      `SELECT count(*)::int AS kept FROM bed_intake WHERE file_name IN ('x.csv', 'x.xlsx', 'empty.csv')`,
    );
    expect(kept).toBe(1);
  });

  it('取込実行 applies the checked file without it being sent again: by a とりまとめ団体 it is stored as theirs (HEALTH_CENTER), audited with the file and counts, and the same check cannot be applied twice', async () => {
    const { oldRows, code, edit, file } = await exportedRecords(aggregator);
    const [x, y] = oldRows.slice(-2);
    edit(x);
    edit(y);
    const dry = await upload('dry-run', file(), 'とりまとめ.csv', aggregator);
    expect(dry.status).toBe(200);
    expect(dry.body).toMatchObject({ mode: 'dry-run', changed: 2, failed: 0, truncated: false });
    expect(dry.body.intakeId).toMatch(/^[0-9a-f-]{36}$/);
    expect(new Date(dry.body.expiresAt).getTime()).toBeGreaterThan(Date.now());
    const before = await snapshotCount();

    const applied = await applyChecked(dry.body.intakeId, aggregator);
    expect(applied.status).toBe(200);
    expect(applied.body).toMatchObject({
      mode: 'apply',
      fileName: 'とりまとめ.csv',
      format: 'csv',
      encoding: 'utf8',
      changed: 2,
      failed: 0,
    });
    expect(applied.body.results.map((r) => r.status)).toEqual(['STORED', 'STORED']);
    expect(await snapshotCount()).toBe(before + 2);
    expect(await latestOf(code(x))).toMatchObject({ source: 'HEALTH_CENTER', reported_by_account_id: 62 });
    // The checked file is not kept once applied.
    const [{ chunks }] = await db.dataSource.query(`SELECT count(*)::int AS chunks FROM bed_intake_chunk WHERE intake_id = $1`, [
      dry.body.intakeId,
    ]);
    expect(chunks).toBe(0);
    const [audit] = await db.dataSource.query(
      `SELECT actor_account_id, subject, details FROM audit_event WHERE action = 'BED_INTAKE_APPLIED' ORDER BY id DESC LIMIT 1`,
    );
    expect(audit).toMatchObject({
      actor_account_id: 62,
      subject: 'とりまとめ.csv',
      details: { intakeId: dry.body.intakeId, fileName: 'とりまとめ.csv', checked: true, changed: 2, failed: 0, rows: dry.body.rows },
    });
    expect(audit.details.unchanged).toBe(dry.body.rows - 2);

    const twice = await applyChecked(dry.body.intakeId, aggregator);
    expect(twice.status).toBe(409);
    expect(twice.body.errors![0]).toMatchObject({
      message: 'この確認結果のファイルはすでに取り込みました。',
      extensions: { code: 'CONFLICT', reason: 'APPLIED' },
    });
    expect(await snapshotCount()).toBe(before + 2);

    // The result of the apply downloads as CSV, for the account that applied it only.
    const csv = await download(`/api/intake/bed-reports/${dry.body.intakeId}/result.csv`, aggregator);
    const lines = csv.toString('utf8').split('\r\n');
    expect(lines[0]).toBe('\uFEFF行,医療機関コード,医療機関名,結果,項目,変更前,変更後,エラー');
    expect(lines.filter((l) => l.includes(',取込済,陰圧室 確保病床数,'))).toHaveLength(2);
    const foreign = await fetch(`${server.url}/api/intake/bed-reports/${dry.body.intakeId}/result.csv`, { headers: tokyo });
    expect(foreign.status).toBe(404);
  });

  it('取込実行 is refused for another account, an altered id and an expired check; a hospital that reported after the check keeps its report', async () => {
    const { records, at, oldRows, code, edit, file } = await exportedRecords(tokyo);
    const [x, y] = oldRows.slice(0, 2);
    edit(x);
    edit(y);
    // Without 最終更新日時 (as a system posting its own file might): only the check's time protects y.
    const withoutTime = records.map((r) => r.filter((_, i) => i !== at('最終更新日時')));
    const dry = await upload('dry-run', file(withoutTime), 'tokyo.csv', tokyo);
    expect(dry.body).toMatchObject({ changed: 2, failed: 0 });

    const other = await applyChecked(dry.body.intakeId, asViewer({ role: Role.PREFECTURE, prefectureCode: '13', accountId: 63 }));
    expect(other.status).toBe(404);
    expect(other.body.errors![0].extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'UNKNOWN' });
    expect(other.body.errors![0].message).toContain('「確認する」からやり直してください');
    const altered = await applyChecked(
      dry.body.intakeId.replace(/.$/, (c) => (c === '0' ? '1' : '0')),
      tokyo,
    );
    expect(altered.status).toBe(404);
    expect((await applyChecked('not-an-id', tokyo)).status).toBe(404);

    const facility = await db.dataSource.getRepository(Facility).findOneByOrFail({ code: code(y) });
    const own = await reportAsFacility(facility, { accountId: 71, secured: 12, inpatients: 6 });
    const applied = await applyChecked(dry.body.intakeId, tokyo);
    expect(applied.status).toBe(200);
    expect(applied.body).toMatchObject({ changed: 1, failed: 1 });
    const refused = applied.body.results.find((r) => r.status === 'ERROR')!;
    expect(refused).toMatchObject({ row: y + 1, facilityCode: code(y) });
    expect(refused.errors[0].message).toContain('確認のあと');
    expect((await latestOf(code(y))).id).toBe(own.snapshot.dbId);
    expect(await latestOf(code(x))).toMatchObject({ source: 'PREFECTURE', reported_by_account_id: 61 });

    // A check whose lifetime has passed (its expiry moved into the past rather than waiting 30 minutes).
    edit(x);
    const late = await upload('dry-run', file(withoutTime), 'tokyo.csv', tokyo);
    expect(late.body.changed).toBe(1);
    await db.dataSource.query(`UPDATE bed_intake SET expires_at = now() - interval '1 second' WHERE id = $1`, [late.body.intakeId]);
    const expired = await applyChecked(late.body.intakeId, tokyo);
    expect(expired.status).toBe(409);
    expect(expired.body.errors![0]).toMatchObject({
      message:
        '確認してから30分が過ぎたため、確認したファイルは削除されました。もう一度ファイルを選んで「確認する」からやり直してください。',
      extensions: { code: 'CONFLICT', reason: 'EXPIRED' },
    });
    expect((await latestOf(code(x))).negative_pressure_secured).toBe(Number(records[x][at('陰圧室 確保病床数')]) - 1);
  });

  it('an answer lists the first changed and failed rows only, and the result CSV has every row', async () => {
    const { records, at, edit, file } = await exportedRecords(tokyo);
    const changed = [1, 2, 3];
    const broken = [4, 5];
    changed.forEach(edit);
    for (const i of broken) records[i][at('一般病床 空床数')] = 'abc';
    // Without 最終更新日時: the rows of the other tests' reports are minutes old.
    const rows = records.map((r) => r.filter((_, i) => i !== at('最終更新日時')));
    const deps = { db: db.dataSource, listedRows: 1 };
    const viewer = { role: Role.PREFECTURE, prefectureCode: '13', accountId: 61, facilityId: null };
    async function* chunks() {
      yield file(rows);
    }
    const stored = await storeUpload(deps, { viewer, fileName: 'many.csv', mode: 'dry-run', file: chunks(), limitReached: () => false });
    const answer = await checkUpload(deps, stored!, viewer);
    expect(answer).toMatchObject({ changed: 3, failed: 2, truncated: true });
    expect(answer.results.map((r) => [r.row, r.status])).toEqual([
      [changed[0] + 1, 'CHANGED'],
      [broken[0] + 1, 'ERROR'],
    ]);
    let csv = '';
    for await (const part of resultCsv(deps, stored!.id)) csv += part;
    const lines: string[][] = parse(csv.replace(/^\uFEFF/, ''));
    expect(lines[0]).toEqual(['行', '医療機関コード', '医療機関名', '結果', '項目', '変更前', '変更後', 'エラー']);
    expect(lines.slice(1).map((l) => [Number(l[0]), l[3]])).toEqual(
      [...changed.map((i) => [i + 1, '変更あり']), ...broken.map((i) => [i + 1, 'エラー'])].sort(
        (a, b) => (a[0] as number) - (b[0] as number),
      ),
    );
    expect(lines.find((l) => l[3] === 'エラー')![7]).toMatch(/^[A-Z]+\d+: 一般病床 空床数は0以上の整数で入力してください（「abc」）。$/);
  });
});
