import { seedDemoFacilities } from '../db/seed/demo-facilities';
import { seedDemoBedSnapshots } from '../db/seed/demo-bed-snapshots';
import { DEFAULT_SCHEDULE, freshSince } from '../reporting/reporting-period';
import { createTestDatabase, type TestDatabase } from '../../test/test-database';
import { startTestServer, type TestServer } from '../../test/test-server';
import { asViewer, resolveTestViewer, Role } from '../../test/test-viewer';

let db: TestDatabase;
let server: TestServer;

const office = asViewer({ role: Role.OFFICE });
const analyst = asViewer({ role: Role.ANALYST });
const tokyoAggregator = asViewer({ role: Role.HEALTH_CENTER_AGGREGATOR, prefectureCode: '13' });
const tokyoPrefecture = asViewer({ role: Role.PREFECTURE, prefectureCode: '13' });
const recruitment = asViewer({ role: Role.HEALTH_CENTER_RECRUITMENT, prefectureCode: '13' });

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemoFacilities(db.dataSource.manager, 3000);
  await seedDemoBedSnapshots(db.dataSource.manager);
  // Many 2,000-row pages in a row from one test account: not a test of the cost budget.
  server = await startTestServer(db, { GRAPHQL_COST_BUDGET: '100000000' }, { resolveViewer: resolveTestViewer });
});

afterAll(async () => {
  await server?.stop();
  await db?.drop();
});

const REPORT = `query Report($filter: BedReportFilter, $orderBy: BedReportOrder, $first: Int!, $after: String) {
  bedReport(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
    totalCount staleAfterHours
    pageInfo { hasNextPage endCursor }
    edges { node {
      lastUpdated stale
      facility { id code name kind prefectureCode areaCode prefecture { name } secondaryMedicalArea { name } }
      latest { id reportedAt securedTotal vacantTotal inpatientAcceptance emergencyAcceptance outpatientAcceptance staffing
        ventilatorsTotal ventilatorsInUse ecmoTotal ecmoInUse note beds { category label secured immediate inpatients severe vacant } }
    } }
  }
}`;

describe('bedReport', () => {
  it('lists one row per hospital with its latest report, and flags reports older than 24 h (and unreported ones) as stale', async () => {
    const askedAt = new Date();
    const res = await server.graphql(REPORT, { filter: { prefectureCode: '13' }, first: 2000 }, office);
    const answeredAt = new Date();
    expect(res.errors).toBeUndefined();
    const rows = res.data.bedReport.edges.map((e: any) => e.node);
    expect(res.data.bedReport.staleAfterHours).toBe(24);
    expect(rows.length).toBe(res.data.bedReport.totalCount);
    expect(new Set(rows.map((r: any) => r.facility.code)).size).toBe(rows.length);
    const latestPerFacility: { facility_id: number; code: string; reported_at: Date }[] = await db.dataSource.query(
      `SELECT DISTINCT ON (s.facility_id) s.facility_id, f.code, s.reported_at FROM bed_snapshot s JOIN facility f ON f.id = s.facility_id
       WHERE f.prefecture_code = '13' ORDER BY s.facility_id, s.reported_at DESC, s.id DESC`,
    );
    const byCode = new Map(latestPerFacility.map((l) => [l.code, l.reported_at.toISOString()]));
    // 更新遅れ: older than 24 h, or from before the opening of the last reporting period whose due time
    // has passed (the default schedule: daily by 12:00 JST). The service reads its clock during the
    // request, so the row must agree with the rule at the moment it was asked or answered.
    const staleAt = (now: Date) => (reportedAt: string | null) =>
      reportedAt === null || Date.parse(reportedAt) < Math.max(now.getTime() - 24 * 3600_000, freshSince(DEFAULT_SCHEDULE, now).getTime());
    const staleWhenAsked = staleAt(askedAt);
    const staleWhenAnswered = staleAt(answeredAt);
    let stale = 0;
    let unreported = 0;
    for (const row of rows) {
      expect(row.facility.prefectureCode).toBe('13');
      expect(row.facility.prefecture.name).toBe('東京都');
      expect(row.lastUpdated).toBe(byCode.get(row.facility.code) ?? null);
      expect(row.latest?.reportedAt ?? null).toBe(row.lastUpdated);
      expect([staleWhenAsked(row.lastUpdated), staleWhenAnswered(row.lastUpdated)]).toContain(row.stale);
      if (row.stale) stale += 1;
      if (!row.latest) unreported += 1;
      if (row.latest) {
        expect(row.latest.beds).toHaveLength(6);
        expect(row.latest.vacantTotal).toBe(row.latest.beds.reduce((sum: number, b: any) => sum + b.vacant, 0));
      }
    }
    // The demo data has stale and unreported hospitals; both must be visible as such.
    expect(stale).toBeGreaterThan(unreported);
    expect(unreported).toBeGreaterThan(0);
  });

  it('searches 「レポートテーブルを検索」 by hospital name or by area name, full-/half-width insensitive', async () => {
    const all = await server.graphql(REPORT, { filter: { prefectureCode: '01' }, first: 2000 }, office);
    const sample = all.data.bedReport.edges[3].node;
    const areaName: string = sample.facility.secondaryMedicalArea.name;
    const byArea = await server.graphql(REPORT, { filter: { search: areaName }, first: 2000 }, office);
    expect(byArea.data.bedReport.edges.length).toBeGreaterThan(0);
    expect(byArea.data.bedReport.edges.some((e: any) => e.node.facility.code === sample.facility.code)).toBe(true);
    for (const { node } of byArea.data.bedReport.edges) {
      expect(`${node.facility.name} ${node.facility.secondaryMedicalArea.name}`).toContain(areaName);
    }
    const fragment = sample.facility.name.replace(/^医療法人.+?会 /, '').slice(0, 4);
    const byName = await server.graphql(REPORT, { filter: { search: fragment, prefectureCode: '01' }, first: 2000 }, office);
    expect(byName.data.bedReport.edges.some((e: any) => e.node.facility.code === sample.facility.code)).toBe(true);
    const wildcard = await server.graphql(REPORT, { filter: { name: '%' }, first: 10 }, office);
    expect(wildcard.data.bedReport.totalCount).toBe(0);
  });

  it('filters by area and acceptance status, 未回答 including hospitals that never reported', async () => {
    const res = await server.graphql(
      REPORT,
      { filter: { prefectureCode: '27', inpatientAcceptance: ['SUSPENDED', 'UNANSWERED'] }, first: 2000 },
      office,
    );
    expect(res.errors).toBeUndefined();
    const rows = res.data.bedReport.edges.map((e: any) => e.node);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(['SUSPENDED', 'UNANSWERED']).toContain(row.latest?.inpatientAcceptance ?? 'UNANSWERED');
    const area = rows[0].facility.areaCode;
    const byArea = await server.graphql(REPORT, { filter: { secondaryMedicalAreaCode: area }, first: 2000 }, office);
    for (const { node } of byArea.data.bedReport.edges) expect(node.facility.areaCode).toBe(area);
  });

  it.each([
    ['LAST_UPDATED', 'DESC'],
    ['VACANT_TOTAL', 'DESC'],
    ['FACILITY_NAME', 'ASC'],
    ['AREA', 'ASC'],
  ])('sorts by %s %s and pages through every row exactly once', async (field, direction) => {
    const filter = { prefectureCode: '14' };
    const whole = await server.graphql(REPORT, { filter, orderBy: { field, direction }, first: 2000 }, office);
    const expected = whole.data.bedReport.edges.map((e: any) => e.node);
    const key = (r: any) =>
      field === 'LAST_UPDATED'
        ? r.lastUpdated
          ? Date.parse(r.lastUpdated)
          : -Infinity
        : field === 'VACANT_TOTAL'
          ? (r.latest?.vacantTotal ?? -1)
          : field === 'AREA'
            ? r.facility.areaCode
            : null;
    if (key(expected[0]) !== null) {
      for (let i = 1; i < expected.length; i += 1) {
        if (direction === 'DESC') expect(key(expected[i - 1]) >= key(expected[i])).toBe(true);
        else expect(key(expected[i - 1]) <= key(expected[i])).toBe(true);
      }
    }
    const paged: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: any = await server.graphql(REPORT, { filter, orderBy: { field, direction }, first: 37, after }, office);
      expect(page.errors).toBeUndefined();
      paged.push(...page.data.bedReport.edges.map((e: any) => e.node.facility.code));
      if (!page.data.bedReport.pageInfo.hasNextPage) break;
      after = page.data.bedReport.pageInfo.endCursor;
    }
    expect(paged).toEqual(expected.map((r: any) => r.facility.code));
  });

  it('loads 2,000 rows with facility, area, prefecture and latest report in as many SQL statements as 10 rows', async () => {
    const query = `query($first: Int!) { bedReport(first: $first) { edges { node { stale lastUpdated
      facility { code name prefecture { name } secondaryMedicalArea { name } }
      latest { vacantTotal inpatientAcceptance beds { category vacant } } } } } }`;
    const big = await db.recorder.record(() => server.graphql(query, { first: 2000 }, office));
    expect(big.result.errors).toBeUndefined();
    expect(big.result.data.bedReport.edges).toHaveLength(2000);
    const small = await db.recorder.record(() => server.graphql(query, { first: 10 }, office));
    expect(small.result.data.bedReport.edges).toHaveLength(10);
    // One statement: facility and latest snapshot together; prefecture and area from the reference catalog;
    // beside it the stored reporting schedules (at most 47 rows) that decide 更新遅れ (bed-staleness.ts).
    expect(big.statements).toHaveLength(2);
    expect(big.statements.filter((s) => s.includes('FROM reporting_schedule'))).toHaveLength(1);
    expect(small.statements).toHaveLength(big.statements.length);
    expect(big.statements.map((s) => s.replace(/\$\d+(, \$\d+)*/g, '$n'))).toMatchSnapshot();
  });

  it('with totalCount, sends the count beside the page (two statements at every page size, the count first) and counts what the rows are', async () => {
    const query = `query($first: Int!) { bedReport(first: $first) { totalCount edges { node { facility { code } } } } }`;
    for (const first of [10, 2000]) {
      const { result, statements } = await db.recorder.record(() => server.graphql(query, { first }, office));
      expect(result.errors).toBeUndefined();
      // First the stored reporting schedules that decide 更新遅れ (bed-staleness.ts), read once for both.
      expect(statements).toHaveLength(3);
      expect(statements[0]).toMatch(/FROM reporting_schedule/);
      // Started before the page is awaited: the count is sent first, not after the page's rows came back.
      expect(statements[1]).toMatch(/COUNT\(/i);
      expect(statements[2]).toMatch(/LIMIT/);
      const [{ count }] = await db.dataSource.query(
        `SELECT count(*)::int AS count FROM facility f
          WHERE f.kind = 'HOSPITAL' OR EXISTS (SELECT 1 FROM bed_snapshot s WHERE s.facility_id = f.id)`,
      );
      expect(result.data.bedReport.totalCount).toBe(count);
    }
  });

  it('rejects a page over 2,000, a forged cursor and malformed codes with BAD_USER_INPUT', async () => {
    const tooBig = await server.graphql(REPORT, { first: 2001 }, office);
    expect(tooBig.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const forged = await server.graphql(REPORT, { first: 5, after: Buffer.from('[1,"x"]').toString('base64url') }, office);
    expect(forged.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const bad = await server.graphql(REPORT, { first: 5, filter: { prefectureCode: '99', secondaryMedicalAreaCode: '12' } }, office);
    expect(bad.errors?.[0].extensions?.fieldErrors.map((e: any) => e.field)).toEqual(['prefectureCode', 'secondaryMedicalAreaCode']);
  });
});

describe('bedReport access', () => {
  const count = async (headers: Record<string, string>, filter: Record<string, unknown> = {}) => {
    const res = await server.graphql(
      `query($filter: BedReportFilter) { bedReport(filter: $filter, first: 2000) { totalCount edges { node { facility { prefectureCode } } } } }`,
      { filter },
      headers,
    );
    return res;
  };

  it('gives health-centre aggregators and prefectures their own prefecture by default', async () => {
    for (const viewer of [tokyoAggregator, tokyoPrefecture]) {
      const res = await count(viewer);
      expect(res.errors).toBeUndefined();
      expect(res.data.bedReport.totalCount).toBeGreaterThan(0);
      for (const { node } of res.data.bedReport.edges) expect(node.facility.prefectureCode).toBe('13');
      const explicit = await count(viewer, { prefectureCode: '13' });
      expect(explicit.data.bedReport.totalCount).toBe(res.data.bedReport.totalCount);
    }
  });

  it('refuses another prefecture to them with FORBIDDEN (never a misleading empty table)', async () => {
    for (const viewer of [tokyoAggregator, tokyoPrefecture]) {
      const res = await count(viewer, { prefectureCode: '27' });
      expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(res.data).toBeNull();
    }
  });

  it('gives the office and analysts every prefecture', async () => {
    const officeAll = await count(office);
    const analystAll = await count(analyst);
    expect(officeAll.data.bedReport.totalCount).toBe(analystAll.data.bedReport.totalCount);
    const prefectures = new Set(officeAll.data.bedReport.edges.map((e: any) => e.node.facility.prefectureCode));
    expect(prefectures.size).toBeGreaterThan(30);
  });

  it('gives a facility only its own row, and nothing to recruitment accounts or anonymous readers', async () => {
    const [{ id }] = await db.dataSource.query(`SELECT id FROM facility WHERE kind = 'HOSPITAL' ORDER BY id LIMIT 1`);
    const own = await count(asViewer({ role: Role.FACILITY, facilityId: id, prefectureCode: '01' }));
    expect(own.data.bedReport.totalCount).toBe(1);
    expect((await count(recruitment)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await count({})).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('bedReport cost', () => {
  it("lets the dashboard and the full-column view load 2,000 rows within one request's cost limit", async () => {
    // The screens' own documents (client/src/pages/beds): rows' facility and latest report come
    // from the page query itself, so they cost only what they select.
    const fullColumns = `query($first: Int!) { bedReport(first: $first) { totalCount staleAfterHours edges { node { lastUpdated stale
      facility { id code name formattedPostalCode address building phone prefecture { id name } secondaryMedicalArea { id code name } }
      latest { id staffing securedTotal vacantTotal note beds { category secured immediate inpatients severe vacant } } } } } }`;
    const res = await server.graphql(fullColumns, { first: 2000 }, office);
    expect(res.errors).toBeUndefined();
    expect(res.extensions?.cost?.requestedQueryCost).toBeLessThanOrEqual(10_000);
  });
});
