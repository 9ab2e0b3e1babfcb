import http from 'node:http';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { parse } from 'csv-parse/sync';
import { seedDemoFacilities } from '../db/seed/demo-facilities';
import { seedDemoBedSnapshots } from '../db/seed/demo-bed-snapshots';
import { makeMedicalInstitutionCode } from '../facilities/medical-institution-code';
import { searchKey } from '../shared/japanese-text';
import { createTestDatabase, type TestDatabase } from '../../test/test-database';
import { startTestServer, type TestServer } from '../../test/test-server';
import { asViewer, resolveTestViewer, Role } from '../../test/test-viewer';
import { BED_REPORT_COLUMNS, EXPORT_BATCH_ROWS } from './bed-report.csv';

let db: TestDatabase;
let server: TestServer;
const EDGE_NAME = 'ＪＲ髙島①病院〜−～㈱Ⅰ﨑𠮷野家😀\u00a0分院';
const EDGE_NOTE = '=HYPERLINK("http://evil")\r\n2行目, "引用"\n3行目';
let edgeCode: string;

const office = asViewer({ role: Role.OFFICE });
const hokkaido = asViewer({ role: Role.HEALTH_CENTER_AGGREGATOR, prefectureCode: '01' });

beforeAll(async () => {
  db = await createTestDatabase();
  // ~4,500 hospitals: well past the screen's 2,000 rows and many export batches.
  await seedDemoFacilities(db.dataSource.manager, 6000);
  edgeCode = makeMedicalInstitutionCode('01', '1', 98, 9001);
  const [{ id }] = await db.dataSource.query(
    `INSERT INTO facility (code, name, name_search_key, kind, postal_code, prefecture_code, address, area_code, phone)
     VALUES ($1, $2, $3, 'HOSPITAL', '0400001', '01', '-函館市若松町1番', '0101', '0138-00-0000') RETURNING id`,
    [edgeCode, EDGE_NAME, searchKey(EDGE_NAME)],
  );
  await seedDemoBedSnapshots(db.dataSource.manager);
  // Many full-size report pages in a row from one test account: not a test of the cost budget.
  server = await startTestServer(db, { GRAPHQL_COST_BUDGET: '100000000' }, { resolveViewer: resolveTestViewer });
  const report = await server.graphql(
    `mutation($input: BedReportInput!) { reportBedStatus(input: $input) { snapshot { id } } }`,
    {
      input: {
        beds: [{ category: 'GENERAL', secured: 50, immediate: 40, inpatients: 30, severe: 2, vacant: 10 }],
        inpatientAcceptance: 'LIMITED',
        note: EDGE_NOTE,
      },
    },
    asViewer({ role: Role.FACILITY, facilityId: id, prefectureCode: '01' }),
  );
  expect(report.errors).toBeUndefined();
  // Seeding thousands of facilities and reports takes a while on a busy CI machine.
}, 180_000);

afterAll(async () => {
  await server?.stop();
  await db?.drop();
});

interface Download {
  status: number;
  headers: http.IncomingHttpHeaders;
  trailers: NodeJS.Dict<string>;
  body: Buffer;
  chunks: number;
}

/** Plain node:http, because fetch does not expose HTTP trailers. */
function download(query: string, headers: Record<string, string>): Promise<Download> {
  return new Promise((resolve, reject) => {
    const req = http.get(`${server.url}/api/exports/bed-report.csv${query}`, { headers }, (res) => {
      const parts: Buffer[] = [];
      res.on('data', (chunk: Buffer) => parts.push(chunk));
      res.on('end', () =>
        resolve({
          status: res.statusCode!,
          headers: res.headers,
          trailers: res.trailers,
          body: Buffer.concat(parts),
          chunks: parts.length,
        }),
      );
      res.on('error', reject);
    });
    req.on('error', reject);
  });
}

const sjis = (body: Buffer) => new TextDecoder('shift_jis').decode(body);
const REPORT_CODES = `query($filter: BedReportFilter, $after: String) { bedReport(filter: $filter, first: 2000, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { facility { code } } } } }`;

async function reportCodes(filter: Record<string, unknown>, headers: Record<string, string>): Promise<string[]> {
  const codes: string[] = [];
  let after: string | null = null;
  for (;;) {
    const res: any = await server.graphql(REPORT_CODES, { filter, after }, headers);
    codes.push(...res.data.bedReport.edges.map((e: any) => e.node.facility.code));
    if (!res.data.bedReport.pageInfo.hasNextPage) return codes;
    after = res.data.bedReport.pageInfo.endCursor;
  }
}

describe('GET /api/exports/bed-report.csv', () => {
  it('exports the filtered report as Shift-JIS with CRLF records, a Japanese file name and the substitution count', async () => {
    const res = await download('?prefectureCode=01', office);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=Shift_JIS');
    // RFC 6266: an ASCII name for old clients (a token or a quoted string), the Japanese name as RFC 5987 filename*.
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="?bed-report_\d{8}-\d{4}\.csv"?; filename\*=UTF-8''/);
    const encodedName = /filename\*=UTF-8''(.+)$/.exec(res.headers['content-disposition']!)![1];
    expect(decodeURIComponent(encodedName)).toMatch(/^地域病床見える化_\d{8}-\d{4}\.csv$/);

    const text = sjis(res.body);
    expect(text.startsWith('都道府県コード,都道府県,二次医療圏コード')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    const records: string[][] = parse(text, { record_delimiter: '\r\n', relax_column_count: false });
    // Every record ends with CRLF; the only bare LFs are line breaks inside cells (notes).
    const lfInCells = records.flat().reduce((n, c) => n + (c.match(/\n/g)?.length ?? 0), 0);
    expect(lfInCells).toBeGreaterThanOrEqual(2);
    expect(text.replace(/\r\n/g, '').match(/\n/g)).toHaveLength(lfInCells);
    expect(records.flat().some((c) => c.includes('\r'))).toBe(false);
    expect(records[0]).toEqual(BED_REPORT_COLUMNS.map((c) => c.header));
    const rows = records.slice(1);
    // Same rows, same order as the report for the same filter.
    expect(rows.map((r) => r[4].replace(/^="(.*)"$/, '$1'))).toEqual(await reportCodes({ prefectureCode: '01' }, office));
    expect(Number(res.trailers['x-row-count'])).toBe(rows.length);

    const edge = rows.find((r) => r[4] === `="${edgeCode}"`)!;
    const cell = (header: string) => edge[records[0].indexOf(header)];
    // Windows-extension characters come back as themselves; 〜 and − as Windows' full-width
    // forms; 𠮷 and 😀 as 〓, NBSP as a space.
    expect(cell('医療機関名')).toBe('ＪＲ髙島①病院～－～㈱Ⅰ﨑〓野家〓 分院');
    expect(Number(res.trailers['x-substitution-count'])).toBe(3);
    // Leading zeros survive Excel: codes as ="…".
    expect(cell('都道府県コード')).toBe('="01"');
    expect(cell('二次医療圏コード')).toBe('="0101"');
    // Names from the reference data, beside their codes.
    expect(cell('都道府県')).toBe('北海道');
    expect(cell('二次医療圏')).toBe('南渡島');
    expect(cell('郵便番号')).toBe('="0400001"');
    // Formula injection neutralised; quotes, commas and line breaks kept inside one cell.
    expect(cell('備考')).toBe(`'=HYPERLINK("http://evil")\n2行目, "引用"\n3行目`);
    expect(cell('住所')).toBe(`'-函館市若松町1番`);
    expect(cell('入院受入')).toBe('制限');
    expect(cell('一般病床 空床数')).toBe('10');
    expect(cell('更新遅れ')).toBe('');
    expect(text).toContain(`"'=HYPERLINK(""http://evil"")\n2行目, ""引用""\n3行目"`);

    // The same counts for browsers, which cannot read trailers.
    const summary = await fetch(`${server.url}/api/exports/bed-report.summary?prefectureCode=01`, { headers: office });
    expect(await summary.json()).toEqual({ rows: rows.length, bytes: res.body.length, substitutions: 3, encoding: 'sjis' });
  });

  it('exports UTF-8 with a BOM on request, with the same cells', async () => {
    const res = await download(`?prefectureCode=01&encoding=utf8&search=${encodeURIComponent('ＪＲ髙島')}`, office);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect([...res.body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const records: string[][] = parse(res.body.subarray(3).toString('utf8'), { record_delimiter: '\r\n' });
    expect(records).toHaveLength(2);
    expect(records[1][5]).toBe(EDGE_NAME);
    expect(res.trailers['x-substitution-count']).toBe('0');
  });

  it('exports every row without the 2,000 cap, reading in bounded batches and streaming in chunks', async () => {
    const { result, statements } = await db.recorder.record(() => download('', office));
    const rows = parse(sjis(result.body), { record_delimiter: '\r\n', from_line: 2 });
    expect(rows.length).toBeGreaterThan(4000);
    const pageReads = statements.filter((s) => s.includes('FROM "facility" "f"'));
    expect(pageReads).toHaveLength(Math.ceil(rows.length / EXPORT_BATCH_ROWS));
    for (const s of pageReads) expect(s).toMatch(new RegExp(`LIMIT ${EXPORT_BATCH_ROWS + 1}$`));
    expect(result.chunks).toBeGreaterThan(1);
  });

  it('keeps the event loop responsive while encoding a large Shift-JIS export (figures printed, not asserted)', async () => {
    // Baseline: the same measurement with nothing running, so a loaded machine's scheduling
    // noise can be told apart from the export's own blocking.
    const idle = monitorEventLoopDelay({ resolution: 10 });
    idle.enable();
    await new Promise((resolve) => setTimeout(resolve, 1500));
    idle.disable();
    const histogram = monitorEventLoopDelay({ resolution: 10 });
    histogram.enable();
    const memoryBefore = process.memoryUsage().rss;
    let ticks = 0;
    const timer = setInterval(() => (ticks += 1), 20);
    const res = await download('', office);
    clearInterval(timer);
    histogram.disable();
    expect(res.status).toBe(200);
    // Behaviour: timers kept firing while the export ran (the loop was never held for the whole export).
    expect(ticks).toBeGreaterThan(0);
    console.log(
      `bed-report.csv: ${res.trailers['x-row-count']} rows, ${res.body.length} bytes, event-loop delay max ${(histogram.max / 1e6).toFixed(1)} ms, ` +
        `p99 ${(histogram.percentile(99) / 1e6).toFixed(1)} ms, mean ${(histogram.mean / 1e6).toFixed(1)} ms, rss +${((process.memoryUsage().rss - memoryBefore) / 1e6).toFixed(1)} MB; ` +
        `idle baseline max ${(idle.max / 1e6).toFixed(1)} ms, p99 ${(idle.percentile(99) / 1e6).toFixed(1)} ms`,
    );
  });

  it("applies the report's access rules: own prefecture by default, FORBIDDEN for another, none for recruitment or anonymous", async () => {
    const own = await download('', hokkaido);
    expect(own.status).toBe(200);
    const rows: string[][] = parse(sjis(own.body), { record_delimiter: '\r\n', from_line: 2 });
    expect(rows.length).toBe((await reportCodes({}, hokkaido)).length);
    expect(new Set(rows.map((r) => r[0]))).toEqual(new Set(['="01"']));
    const other = await download('?prefectureCode=13', hokkaido);
    expect(other.status).toBe(403);
    expect(JSON.parse(other.body.toString()).errors[0].extensions.code).toBe('FORBIDDEN');
    expect((await download('', asViewer({ role: Role.HEALTH_CENTER_RECRUITMENT, prefectureCode: '01' }))).status).toBe(403);
    expect((await download('', {})).status).toBe(401);
    const facility = await download('', asViewer({ role: Role.FACILITY, facilityId: 1 }));
    expect(parse(sjis(facility.body), { record_delimiter: '\r\n', from_line: 2 }).length).toBeLessThanOrEqual(1);
  });

  it('releases its database connection and transaction when the client goes away mid-download', async () => {
    await new Promise<void>((resolve, reject) => {
      const req = http.get(`${server.url}/api/exports/bed-report.csv`, { headers: office }, (res) => {
        res.once('data', () => {
          req.destroy();
          resolve();
        });
      });
      req.on('error', (error: NodeJS.ErrnoException) => (error.code === 'ECONNRESET' ? resolve() : reject(error)));
    });
    // The aborted export's transaction ends. Counted by open transaction (xact_start), not by state:
    // while a page query runs, the export's session is "active", between queries "idle in
    // transaction"; counting only the latter passed or failed by when the poll happened to look.
    const openTransactions = async (): Promise<number> => {
      const [{ n }] = await db.dataSource.query(
        `SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = $1 AND xact_start IS NOT NULL AND pid <> pg_backend_pid()`,
        [`gmis-test-${db.schema}`],
      );
      return n;
    };
    // Noticing the closed socket takes tens of milliseconds; a busy machine is given up to 15 s.
    for (let i = 0; i < 150 && (await openTransactions()) > 0; i += 1) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await openTransactions()).toBe(0);
    const again = await download('?prefectureCode=01', office);
    expect(again.status).toBe(200);
  });

  it('turns away exports beyond GMIS_EXPORT_CONCURRENCY with 429 while another export is running', async () => {
    const limited = await startTestServer(db, { GMIS_EXPORT_CONCURRENCY: '1' }, { resolveViewer: resolveTestViewer });
    // Hold the first export inside the database (its reads wait on this lock), so it is still
    // running when the second request arrives, whatever the machine's speed or socket buffers.
    const locker = db.dataSource.createQueryRunner();
    await locker.connect();
    await locker.startTransaction();
    try {
      await locker.query('LOCK TABLE facility, bed_snapshot IN ACCESS EXCLUSIVE MODE');
      const held = fetch(`${limited.url}/api/exports/bed-report.csv`, { headers: office });
      for (let i = 0; i < 200; i += 1) {
        const [{ waiting }] = await db.dataSource.query(
          `SELECT count(*)::int AS waiting FROM pg_locks WHERE NOT granted AND relation IN ('facility'::regclass, 'bed_snapshot'::regclass)`,
        );
        if (waiting > 0) break;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      const refused = await fetch(`${limited.url}/api/exports/bed-report.csv?prefectureCode=01`, { headers: office });
      expect(refused.status).toBe(429);
      expect(refused.headers.get('retry-after')).toBe('10');
      expect(((await refused.json()) as any).errors[0].extensions.code).toBe('TOO_MANY_REQUESTS');

      await locker.rollbackTransaction();
      const first = await held;
      expect(first.status).toBe(200);
      await first.arrayBuffer();
      // Once the first export has finished its slot is free again.
      let status = 429;
      for (let i = 0; i < 50 && status === 429; i += 1) {
        const retry = await fetch(`${limited.url}/api/exports/bed-report.csv?prefectureCode=01`, { headers: office });
        status = retry.status;
        await retry.arrayBuffer();
        if (status === 429) await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(status).toBe(200);
    } finally {
      if (locker.isTransactionActive) await locker.rollbackTransaction();
      await locker.release();
      await limited.stop();
    }
  });

  it('rejects bad parameters with 400 and field errors before sending anything', async () => {
    const res = await download('?encoding=latin1&inpatientAcceptance=MAYBE&prefectureCode=99', office);
    expect(res.status).toBe(400);
    const body = JSON.parse(res.body.toString());
    expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(body.errors[0].extensions.fieldErrors.map((e: any) => e.field)).toEqual(['encoding', 'inpatientAcceptance']);
    const badPrefecture = await download('?prefectureCode=99', office);
    expect(JSON.parse(badPrefecture.body.toString()).errors[0].extensions.fieldErrors.map((e: any) => e.field)).toEqual(['prefectureCode']);
  });
});
