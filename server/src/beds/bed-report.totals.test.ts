import { seedDemoFacilities } from '../db/seed/demo-facilities';
import { seedDemoBedSnapshots } from '../db/seed/demo-bed-snapshots';
import { createTestDatabase, type TestDatabase } from '../../test/test-database';
import { startTestServer, type TestServer } from '../../test/test-server';
import { asViewer, resolveTestViewer, Role } from '../../test/test-viewer';
import { parse } from 'csv-parse/sync';
import { BED_CATEGORIES } from './bed-categories';
import { BED_SUMMARY_COLUMNS } from './bed-report.csv';
import { bedAreaHistory } from './bed-area-history';

let db: TestDatabase;
let server: TestServer;

const office = asViewer({ role: Role.OFFICE });
const tokyoAggregator = asViewer({ role: Role.HEALTH_CENTER_AGGREGATOR, prefectureCode: '13' });
const recruitment = asViewer({ role: Role.HEALTH_CENTER_RECRUITMENT, prefectureCode: '13' });

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemoFacilities(db.dataSource.manager, 3000);
  await seedDemoBedSnapshots(db.dataSource.manager);
  server = await startTestServer(db, { GRAPHQL_COST_BUDGET: '100000000' }, { resolveViewer: resolveTestViewer });
});

afterAll(async () => {
  await server?.stop();
  await db?.drop();
});

const SUMMARY = `query Summary($filter: BedReportFilter) {
  bedReportSummary(filter: $filter) {
    overall { area { code } facilities reported stale unreported securedTotal vacantTotal }
    areas { area { code name prefectureCode } facilities reported stale unreported securedTotal vacantTotal }
  }
}`;
const ROWS = `query Rows($filter: BedReportFilter) {
  bedReport(filter: $filter, first: 2000) { edges { node { stale facility { areaCode } latest { securedTotal vacantTotal } } } }
}`;

describe('bedReportSummary', () => {
  it('adds up the report rows per 二次医療圏 and overall: vacant and secured beds, reported, 更新遅れ and 未報告', async () => {
    const filter = { prefectureCode: '13' };
    const rows = (await server.graphql(ROWS, { filter }, tokyoAggregator)).data.bedReport.edges.map((e: any) => e.node);
    const res = await server.graphql(SUMMARY, { filter }, tokyoAggregator);
    expect(res.errors).toBeUndefined();
    const { overall, areas } = res.data.bedReportSummary;

    const expected = new Map<
      string,
      { facilities: number; reported: number; stale: number; unreported: number; securedTotal: number; vacantTotal: number }
    >();
    for (const row of rows) {
      const totals = expected.get(row.facility.areaCode) ?? {
        facilities: 0,
        reported: 0,
        stale: 0,
        unreported: 0,
        securedTotal: 0,
        vacantTotal: 0,
      };
      totals.facilities += 1;
      if (!row.latest) totals.unreported += 1;
      else if (row.stale) totals.stale += 1;
      else totals.reported += 1;
      totals.securedTotal += row.latest?.securedTotal ?? 0;
      totals.vacantTotal += row.latest?.vacantTotal ?? 0;
      expected.set(row.facility.areaCode, totals);
    }
    expect(areas.map((a: any) => a.area.code)).toEqual([...expected.keys()].sort());
    for (const area of areas) {
      expect(area.area.prefectureCode).toBe('13');
      const { area: _area, ...totals } = area;
      expect(totals).toEqual(expected.get(area.area.code));
    }
    const sum = (key: string) => areas.reduce((total: number, a: any) => total + a[key], 0);
    expect(overall).toEqual({
      area: null,
      facilities: rows.length,
      reported: sum('reported'),
      stale: sum('stale'),
      unreported: sum('unreported'),
      securedTotal: sum('securedTotal'),
      vacantTotal: sum('vacantTotal'),
    });
    // The demo data has all three kinds, so the test would notice a kind counted as another.
    expect(overall.reported).toBeGreaterThan(0);
    expect(overall.stale).toBeGreaterThan(0);
    expect(overall.unreported).toBeGreaterThan(0);
  });

  it('is one SQL statement whatever the number of areas (beside the reporting schedules read for 更新遅れ)', async () => {
    const counts: number[] = [];
    for (const filter of [{ prefectureCode: '01' }, {}]) {
      const recording = await db.recorder.record(() => server.graphql(SUMMARY, { filter }, office));
      expect(recording.result.errors).toBeUndefined();
      counts.push(recording.statements.length);
    }
    // The summary, and the stored reporting schedules (at most 47 rows) that decide 更新遅れ (bed-staleness.ts).
    expect(counts).toEqual([2, 2]);
  });

  it('keeps a health centre to its prefecture, and narrows to one 二次医療圏', async () => {
    const other = await server.graphql(SUMMARY, { filter: { prefectureCode: '27' } }, tokyoAggregator);
    expect(other.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const own = await server.graphql(SUMMARY, {}, tokyoAggregator);
    const area = own.data.bedReportSummary.areas[0];
    const one = await server.graphql(SUMMARY, { filter: { secondaryMedicalAreaCode: area.area.code } }, tokyoAggregator);
    expect(one.data.bedReportSummary.areas).toEqual([area]);
    const { area: _area, ...totals } = area;
    expect(one.data.bedReportSummary.overall).toEqual({ area: null, ...totals });
    const refused = await server.graphql(SUMMARY, {}, recruitment);
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

describe('bedReportPrefectures', () => {
  const PREFECTURES = `{ bedReportPrefectures { code name } }`;
  it('offers a health centre only its own prefecture, and the office all 47', async () => {
    const own = await server.graphql(PREFECTURES, {}, tokyoAggregator);
    expect(own.data.bedReportPrefectures).toEqual([{ code: '13', name: '東京都' }]);
    const all = await server.graphql(PREFECTURES, {}, office);
    expect(all.data.bedReportPrefectures).toHaveLength(47);
  });
});

/** The latest snapshot of every listed facility, straight from SQL: the figures the totals must add up to. */
const LATEST_SQL = `SELECT f.prefecture_code, f.area_code, l.id AS snapshot_id, ${BED_CATEGORIES.flatMap((c) =>
  ['secured', 'immediate', 'vacant'].map((m) => `l.${c.column}_${m}`),
).join(', ')}
  FROM facility f
  LEFT JOIN (SELECT DISTINCT ON (s.facility_id) s.* FROM bed_snapshot s ORDER BY s.facility_id, s.reported_at DESC, s.id DESC) l ON l.facility_id = f.id
  WHERE f.kind = 'HOSPITAL' OR l.id IS NOT NULL`;

const FULL_TOTALS = `prefecture { code } area { code } facilities reported stale unreported securedTotal immediateTotal vacantTotal
  categories { category secured immediate vacant }`;
const FULL_SUMMARY = `query Summary($filter: BedReportFilter) {
  bedReportSummary(filter: $filter) { overall { ${FULL_TOTALS} } prefectures { ${FULL_TOTALS} } areas { ${FULL_TOTALS} } }
}`;

type Sums = {
  facilities: number;
  unreported: number;
  securedTotal: number;
  immediateTotal: number;
  vacantTotal: number;
  categories: Record<string, number>[];
};

function sumsOf(rows: Record<string, any>[]): Sums {
  const sums: Sums = {
    facilities: rows.length,
    unreported: rows.filter((r) => r.snapshot_id === null).length,
    securedTotal: 0,
    immediateTotal: 0,
    vacantTotal: 0,
    categories: BED_CATEGORIES.map(() => ({ secured: 0, immediate: 0, vacant: 0 })),
  };
  for (const row of rows) {
    BED_CATEGORIES.forEach((c, i) => {
      for (const m of ['secured', 'immediate', 'vacant']) sums.categories[i][m] += row[`${c.column}_${m}`] ?? 0;
      sums.securedTotal += row[`${c.column}_secured`] ?? 0;
      sums.immediateTotal += row[`${c.column}_immediate`] ?? 0;
      sums.vacantTotal += row[`${c.column}_vacant`] ?? 0;
    });
  }
  return sums;
}

const comparable = (t: any): Sums & { reportedOrStale: number } => ({
  facilities: t.facilities,
  unreported: t.unreported,
  reportedOrStale: t.reported + t.stale,
  securedTotal: t.securedTotal,
  immediateTotal: t.immediateTotal,
  vacantTotal: t.vacantTotal,
  categories: t.categories.map(({ secured, immediate, vacant }: any) => ({ secured, immediate, vacant })),
});

describe('bedReportSummary per prefecture and per 二次医療圏', () => {
  it('equals SQL sums of the latest reports overall, per prefecture and per area: secured, 即応, vacant by category, 未報告', async () => {
    const res = await server.graphql(FULL_SUMMARY, {}, office);
    expect(res.errors).toBeUndefined();
    const { overall, prefectures, areas } = res.data.bedReportSummary;
    const latest: Record<string, any>[] = await db.dataSource.query(LATEST_SQL);
    const expected = (rows: Record<string, any>[]) => ({ ...sumsOf(rows), reportedOrStale: rows.length - sumsOf(rows).unreported });

    expect(comparable(overall)).toEqual(expected(latest));
    expect(overall.prefecture).toBeNull();
    const prefectureCodes = [...new Set(latest.map((r) => r.prefecture_code))].sort();
    expect(prefectures.map((p: any) => p.prefecture.code)).toEqual(prefectureCodes);
    for (const p of prefectures) {
      expect(p.area).toBeNull();
      expect(comparable(p)).toEqual(expected(latest.filter((r) => r.prefecture_code === p.prefecture.code)));
    }
    expect(areas.map((a: any) => a.area.code)).toEqual([...new Set(latest.map((r) => r.area_code))].sort());
    for (const a of areas) {
      expect(a.prefecture.code).toBe(a.area.code.slice(0, 2));
      expect(comparable(a)).toEqual(expected(latest.filter((r) => r.area_code === a.area.code)));
    }
    expect(overall.immediateTotal).toBeGreaterThan(0);
  });

  it('gives a health centre its own prefecture as the one prefecture row, equal to the overall totals', async () => {
    const res = await server.graphql(FULL_SUMMARY, { filter: { minVacantTotal: 1 } }, tokyoAggregator);
    const { overall, prefectures } = res.data.bedReportSummary;
    expect(prefectures).toHaveLength(1);
    expect({ ...prefectures[0], prefecture: null }).toEqual(overall);
    expect(overall.unreported).toBe(0);
  });
});

describe('CSV export 「サマリー」', () => {
  const summaryCsv = async (query: string, headers: Record<string, string>) => {
    const res = await fetch(`${server.url}/api/exports/bed-report.csv?view=summary&${query}`, { headers });
    return { res, body: Buffer.from(await res.arrayBuffer()) };
  };
  const parseCsv = (text: string): string[][] => parse(text, { record_delimiter: ['\r\n', '\n', '\r'], bom: true });

  it('writes the totals as rows — overall, then each prefecture and its areas — in Shift-JIS or UTF-8, with the GraphQL figures', async () => {
    const summary = (await server.graphql(FULL_SUMMARY, { filter: { prefectureCode: '01' } }, office)).data.bedReportSummary;
    const sjis = await summaryCsv('prefectureCode=01', office);
    expect(sjis.res.status).toBe(200);
    expect(sjis.res.headers.get('content-type')).toContain('Shift_JIS');
    const records = parseCsv(new TextDecoder('shift_jis').decode(sjis.body));
    expect(records[0]).toEqual(BED_SUMMARY_COLUMNS.map((c) => c.header));
    const column = (name: string) => records[0].indexOf(name);
    const body = records.slice(1);
    expect(body).toHaveLength(1 + 1 + summary.areas.length);
    expect(body.map((r) => r[column('集計単位')])).toEqual(['全体', '都道府県', ...summary.areas.map(() => '二次医療圏')]);
    expect(body[1][column('都道府県')]).toBe('北海道');
    for (const [index, totals] of [summary.overall, summary.prefectures[0], ...summary.areas].entries()) {
      const row = body[index];
      expect(row[column('二次医療圏コード')]).toBe(totals.area ? `="${totals.area.code}"` : '');
      expect(Number(row[column('対象医療機関数')])).toBe(totals.facilities);
      expect(Number(row[column('未報告')])).toBe(totals.unreported);
      expect(Number(row[column('即応病床数(合計)')])).toBe(totals.immediateTotal);
      expect(Number(row[column('空床数(合計)')])).toBe(totals.vacantTotal);
      expect(Number(row[column('ICU・HCU 空床数')])).toBe(totals.categories[1].vacant);
    }
    const utf8 = await summaryCsv('prefectureCode=01&encoding=utf8', office);
    expect(utf8.body.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(parseCsv(utf8.body.toString('utf8'))).toEqual(records);
  });

  it('refuses an unknown view with the field named, and keeps a health centre to its prefecture', async () => {
    const bad = await fetch(`${server.url}/api/exports/bed-report.csv?view=chart`, { headers: office });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as any).errors[0].extensions.fieldErrors.map((e: any) => e.field)).toEqual(['view']);
    const other = await summaryCsv('prefectureCode=27', tokyoAggregator);
    expect(other.res.status).toBe(403);
  });
});

describe('bedAreaHistory', () => {
  const HISTORY = `query($code: String!, $days: Int) { bedAreaHistory(secondaryMedicalAreaCode: $code, days: $days) {
    area { code } days { date facilitiesReporting securedTotal immediateTotal vacantTotal categories { category vacant } } } }`;

  it('sums each day the latest report per facility made before the day ended (carried forward), one statement for 56 days', async () => {
    const [{ area_code: code }] = await db.dataSource.query(
      `SELECT f.area_code FROM bed_snapshot s JOIN facility f ON f.id = s.facility_id WHERE f.prefecture_code = '13' GROUP BY f.area_code ORDER BY count(*) DESC LIMIT 1`,
    );
    const recording = await db.recorder.record(() => server.graphql(HISTORY, { code, days: 56 }, tokyoAggregator));
    expect(recording.result.errors).toBeUndefined();
    expect(recording.statements).toHaveLength(1);
    const { area, days } = recording.result.data.bedAreaHistory;
    expect(area.code).toBe(code);
    expect(days).toHaveLength(56);
    // Consecutive calendar days, oldest first.
    for (let i = 1; i < days.length; i += 1) expect(Date.parse(days[i].date) - Date.parse(days[i - 1].date)).toBe(86_400_000);

    const snapshots: { facility_id: number; reported_at: Date; secured_total: number; vacant_total: number; icu_hcu_vacant: number }[] =
      await db.dataSource.query(
        `SELECT s.facility_id, s.reported_at, s.secured_total, s.vacant_total, s.icu_hcu_vacant FROM bed_snapshot s JOIN facility f ON f.id = s.facility_id
         WHERE f.area_code = $1 ORDER BY s.reported_at, s.id`,
        [code],
      );
    let changed = 0;
    for (const day of days) {
      // The end of a Japanese day: midnight JST of the next day.
      const end = Date.parse(`${day.date}T00:00:00+09:00`) + 86_400_000;
      const latest = new Map<number, (typeof snapshots)[number]>();
      for (const s of snapshots) if (s.reported_at.getTime() < end) latest.set(s.facility_id, s);
      const values = [...latest.values()];
      expect(day.facilitiesReporting).toBe(values.length);
      expect(day.securedTotal).toBe(values.reduce((sum, s) => sum + s.secured_total, 0));
      expect(day.vacantTotal).toBe(values.reduce((sum, s) => sum + s.vacant_total, 0));
      expect(day.categories.find((c: any) => c.category === 'ICU_HCU').vacant).toBe(values.reduce((sum, s) => sum + s.icu_hcu_vacant, 0));
      if (day !== days[0] && day.vacantTotal !== days[days.indexOf(day) - 1].vacantTotal) changed += 1;
    }
    // The demo data reports over several days, so the series moves.
    expect(changed).toBeGreaterThan(0);
  });

  it('counts days in Japan time from an injected clock', async () => {
    const [{ area_code: code }] = await db.dataSource.query(`SELECT area_code FROM facility LIMIT 1`);
    // 15:30 UTC is already the next day in Japan.
    const days = await bedAreaHistory(db.dataSource.manager, {
      areaCode: code,
      facilityId: null,
      days: 3,
      now: new Date('2026-11-30T15:30:00Z'),
    });
    expect(days.map((d) => d.date)).toEqual(['2026-11-29', '2026-11-30', '2026-12-01']);
  });

  it('applies the report access rule and refuses a range over 56 days or an unknown area', async () => {
    const osaka = await server.graphql(HISTORY, { code: '2701' }, tokyoAggregator);
    expect(osaka.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const long = await server.graphql(HISTORY, { code: '1301', days: 57 }, tokyoAggregator);
    expect(long.errors?.[0].extensions?.fieldErrors.map((e: any) => e.field)).toEqual(['days']);
    const unknown = await server.graphql(HISTORY, { code: '1399' }, tokyoAggregator);
    expect(unknown.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const malformed = await server.graphql(HISTORY, { code: '13-1' }, tokyoAggregator);
    expect(malformed.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await server.graphql(HISTORY, { code: '1301' }, recruitment)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('gives a facility account its own figures only, in its own area', async () => {
    const [own] = await db.dataSource.query(
      `SELECT f.id, f.area_code, f.prefecture_code FROM facility f WHERE EXISTS (SELECT 1 FROM bed_snapshot s WHERE s.facility_id = f.id) ORDER BY f.id LIMIT 1`,
    );
    const [{ count }] = await db.dataSource.query(
      `SELECT count(DISTINCT s.facility_id)::int AS count FROM bed_snapshot s JOIN facility f ON f.id = s.facility_id WHERE f.area_code = $1`,
      [own.area_code],
    );
    expect(count).toBeGreaterThan(1);
    const facility = asViewer({ role: Role.FACILITY, facilityId: own.id, prefectureCode: own.prefecture_code });
    const res = await server.graphql(HISTORY, { code: own.area_code, days: 56 }, facility);
    expect(res.errors).toBeUndefined();
    const last = res.data.bedAreaHistory.days.at(-1);
    expect(last.facilitiesReporting).toBe(1);
    const [latest] = await db.dataSource.query(
      `SELECT vacant_total FROM bed_snapshot WHERE facility_id = $1 ORDER BY reported_at DESC, id DESC LIMIT 1`,
      [own.id],
    );
    expect(last.vacantTotal).toBe(latest.vacant_total);
  });
});
