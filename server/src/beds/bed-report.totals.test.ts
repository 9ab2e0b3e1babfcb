import { seedDemoFacilities } from '../db/seed/demo-facilities';
import { seedDemoBedSnapshots } from '../db/seed/demo-bed-snapshots';
import { createTestDatabase, type TestDatabase } from '../../test/test-database';
import { startTestServer, type TestServer } from '../../test/test-server';
import { asViewer, resolveTestViewer, Role } from '../../test/test-viewer';

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

    const expected = new Map<string, { facilities: number; reported: number; stale: number; unreported: number; securedTotal: number; vacantTotal: number }>();
    for (const row of rows) {
      const totals = expected.get(row.facility.areaCode) ?? { facilities: 0, reported: 0, stale: 0, unreported: 0, securedTotal: 0, vacantTotal: 0 };
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

  it('is one SQL statement whatever the number of areas', async () => {
    const counts: number[] = [];
    for (const filter of [{ prefectureCode: '01' }, {}]) {
      const recording = await db.recorder.record(() => server.graphql(SUMMARY, { filter }, office));
      expect(recording.result.errors).toBeUndefined();
      counts.push(recording.statements.length);
    }
    expect(counts).toEqual([1, 1]);
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
