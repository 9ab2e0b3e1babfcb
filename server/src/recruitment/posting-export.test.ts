import { parse } from 'csv-parse/sync';
import { createTestDatabase, type TestDatabase } from '../../test/test-database';
import { startTestServer, type TestServer } from '../../test/test-server';
import { as, resolveTestViewer } from '../../test/test-viewers';
import { createRecruitmentWorld, type RecruitmentWorld, unmaskedPostingInput } from '../../test/recruitment-fixtures';

/**
 * exportPostings as Excel and Python's csv module read it: a record ends at CRLF, LF or CR
 * outside quotes, so a cell holding an unquoted line break would split its row.
 */
let db: TestDatabase;
let server: TestServer;
let world: RecruitmentWorld;

/** 業務内容 as entered, each in its own posting. */
const DUTIES = [
  '病棟業務\n夜勤あり',
  '外来業務\r午前のみ',
  '訪問看護\r\n2名体制\r\n車両あり',
  '採血, 点滴, 記録',
  '「"急変時"」の""初期対応""',
  'CR\rLF\nCRLF\r\n, "q"',
];
/** Cells a spreadsheet would take as a formula: full-width forms, which Japanese Excel also runs. */
const FORMULA_LIKE = { title: '＝HYPERLINK("http://evil")', pay: '＋5万円', workingHours: '－夜勤なし', qualifications: '＠看護師' };

beforeAll(async () => {
  db = await createTestDatabase();
  world = await createRecruitmentWorld(db.dataSource);
  server = await startTestServer(db, {}, { resolveViewer: resolveTestViewer });
  let serial = 0;
  const create = async (posting: Record<string, unknown>) => {
    const res = await server.graphql(
      `mutation($input: CreatePostingInput!) { createPosting(input: $input) { posting { id duties } } }`,
      { input: { idempotencyKey: `csv-export-${(serial += 1)}`, status: 'PUBLISHED', posting } },
      as(world.viewers.owner),
    );
    expect(res.errors).toBeUndefined();
    return res.data.createPosting.posting;
  };
  for (const [i, duties] of DUTIES.entries()) {
    const stored = await create(
      unmaskedPostingInput({ title: `改行テスト${i + 1}`, duties, workPostalCode: '0600001', workPrefectureCode: '01' }),
    );
    // The line breaks reach the CSV writer as entered (CR and CRLF included).
    expect(stored.duties).toBe(duties);
  }
  await create(unmaskedPostingInput({ ...FORMULA_LIKE, workPostalCode: '0400001', workPrefectureCode: '01' }));
});

afterAll(async () => {
  await server?.stop();
  await db?.drop();
});

const readLikeExcel = (text: string): string[][] => parse(text, { record_delimiter: ['\r\n', '\n', '\r'], relax_column_count: true });

describe('exportPostings read as Excel and Python read it', () => {
  it('keeps every row whole, 業務内容 intact with line breaks as LF, formulas defused, postal and prefecture codes with their leading zeros', async () => {
    const res = await server.graphql(`{ exportPostings { rowCount content } }`, {}, as(world.viewers.owner));
    expect(res.errors).toBeUndefined();
    const { rowCount, content } = res.data.exportPostings;
    expect(content.startsWith('\uFEFF')).toBe(true);
    expect(content.endsWith('\r\n')).toBe(true);
    const [header, ...rows] = readLikeExcel(content.slice(1));
    expect(rowCount).toBe(DUTIES.length + 1);
    expect(rows).toHaveLength(rowCount);
    for (const row of rows) expect(row).toHaveLength(header.length);
    const cell = (row: string[], name: string) => row[header.indexOf(name)];
    const byTitle = new Map(rows.map((row) => [cell(row, '募集タイトル'), row]));

    for (const [i, duties] of DUTIES.entries()) {
      const row = byTitle.get(`改行テスト${i + 1}`)!;
      expect(cell(row, '業務内容')).toBe(duties.replace(/\r\n?/g, '\n'));
      expect(cell(row, '郵便番号')).toBe('="0600001"');
      expect(cell(row, '住所(都道府県)')).toBe('="01"');
      expect(cell(row, '募集人数')).toBe('3');
    }

    const defused = byTitle.get(`'${FORMULA_LIKE.title}`)!;
    expect(defused).toBeDefined();
    expect(cell(defused, '給与')).toBe(`'${FORMULA_LIKE.pay}`);
    expect(cell(defused, '勤務時間')).toBe(`'${FORMULA_LIKE.workingHours}`);
    expect(cell(defused, '必要な資格・経験')).toBe(`'${FORMULA_LIKE.qualifications}`);
    expect(cell(defused, '郵便番号')).toBe('="0400001"');
  });
});
