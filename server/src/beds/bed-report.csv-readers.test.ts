import { parse } from 'csv-parse/sync';
import { makeMedicalInstitutionCode } from '../facilities/medical-institution-code';
import { searchKey } from '../shared/japanese-text';
import { createTestDatabase, type TestDatabase } from '../../test/test-database';
import { startTestServer, type TestServer } from '../../test/test-server';
import { asViewer, resolveTestViewer, Role } from '../../test/test-viewer';

/**
 * The bed report CSV as Excel and Python's csv module read it: a record ends at CRLF, LF or CR
 * outside quotes, so a cell holding an unquoted line break would split its row.
 */
let db: TestDatabase;
let server: TestServer;
const office = asViewer({ role: Role.OFFICE });

/** Notes reported through reportBedStatus (the service turns CR and CRLF into LF before storing). */
const REPORTED_NOTES = ['1行目\n2行目', '発熱外来は午後のみ, 要予約', '「"至急"」の連絡は""内線""へ', '改行と, カンマと "引用"\n2行目'];
/** Notes written straight into bed_snapshot, so CR and CRLF reach the CSV writer as they are. */
const STORED_NOTES = ['1行目\r2行目', '1行目\r\n2行目\r\n3行目', 'CR\rLF\nCRLF\r\n, "q"', '\r\n先頭が改行'];
/** Each facility's code, the note its latest report holds, and that note as the CSV cell must read. */
const facilities: { code: string; note: string; cell: string }[] = [];
/** A note's cell: the same text with line breaks as LF; one that starts with CR, which a spreadsheet may take as a formula, behind an apostrophe. */
const CELLS: Record<string, string> = { '\r\n先頭が改行': "'\n先頭が改行" };
const cellOf = (note: string) => CELLS[note] ?? note.replace(/\r\n?/g, '\n');

async function insertFacility(serial: number): Promise<{ id: number; code: string }> {
  const code = makeMedicalInstitutionCode('01', '1', 96, 9100 + serial);
  const name = `改行テスト病院${serial}`;
  const [{ id }] = await db.dataSource.query(
    `INSERT INTO facility (code, name, name_search_key, kind, postal_code, prefecture_code, address, area_code, phone)
     VALUES ($1, $2, $3, 'HOSPITAL', '0400001', '01', '函館市若松町1番', '0101', '0138-00-0000') RETURNING id`,
    [code, name, searchKey(name)],
  );
  return { id, code };
}

beforeAll(async () => {
  db = await createTestDatabase();
  server = await startTestServer(db, {}, { resolveViewer: resolveTestViewer });
  let serial = 0;
  for (const note of REPORTED_NOTES) {
    const { id, code } = await insertFacility((serial += 1));
    const res = await server.graphql(
      `mutation($input: BedReportInput!) { reportBedStatus(input: $input) { snapshot { id } } }`,
      { input: { beds: [{ category: 'GENERAL', secured: 20, immediate: 10, inpatients: 8, severe: 1, vacant: 12 }], note } },
      asViewer({ role: Role.FACILITY, facilityId: id, prefectureCode: '01' }),
    );
    expect(res.errors).toBeUndefined();
    facilities.push({ code, note, cell: cellOf(note) });
  }
  for (const note of STORED_NOTES) {
    const { id, code } = await insertFacility((serial += 1));
    await db.dataSource.query(
      `INSERT INTO bed_snapshot (facility_id, source, content_hash, note) VALUES ($1, 'FACILITY', repeat('0', 64), $2)`,
      [id, note],
    );
    facilities.push({ code, note, cell: cellOf(note) });
  }
});

afterAll(async () => {
  await server?.stop();
  await db?.drop();
});

const readLikeExcel = (text: string): string[][] => parse(text, { record_delimiter: ['\r\n', '\n', '\r'], relax_column_count: true });

describe('GET /api/exports/bed-report.csv read as Excel and Python read it', () => {
  it.each([
    ['sjis', (body: Buffer) => new TextDecoder('shift_jis').decode(body)],
    ['utf8', (body: Buffer) => body.subarray(3).toString('utf8')],
  ])('keeps every row whole and every note intact (%s), line breaks inside a cell as LF', async (encoding, decode) => {
    const res = await fetch(`${server.url}/api/exports/bed-report.csv?encoding=${encoding}`, { headers: office });
    expect(res.status).toBe(200);
    const records = readLikeExcel(decode(Buffer.from(await res.arrayBuffer())));
    const [header, ...rows] = records;
    expect(rows).toHaveLength(facilities.length);
    for (const row of rows) expect(row).toHaveLength(header.length);
    const column = (name: string) => header.indexOf(name);
    const noteByCode = new Map(rows.map((row) => [row[column('医療機関コード')], row[column('備考')]]));
    for (const { code, cell } of facilities) expect(noteByCode.get(`="${code}"`)).toBe(cell);
    // The other cells of those rows are where they belong, too.
    for (const row of rows) {
      expect(row[column('郵便番号')]).toBe('="0400001"');
      expect(row[column('都道府県')]).toBe('北海道');
    }
  });
});
