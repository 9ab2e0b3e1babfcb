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
    await recordBedReport(db.dataSource, {
      viewer: { role: Role.FACILITY, facilityId: facility.dbId, prefectureCode: '13', accountId: 70 },
      facility,
      source: ReportSource.FACILITY,
      input: {
        beds: [{ category: BedCategory.GENERAL, secured: 10, immediate: 10, inpatients: 5, severe: 0, vacant: 5 }],
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
  });
});
