import { seedDemoFacilities } from '../db/seed/demo-facilities';
import { seedDemoBedSnapshots } from '../db/seed/demo-bed-snapshots';
import { createTestDatabase, type TestDatabase } from '../../test/test-database';
import { startTestServer, type TestServer } from '../../test/test-server';
import { asViewer, resolveTestViewer, Role } from '../../test/test-viewer';
import { BED_CATEGORIES } from './bed-categories';
import { bedReportQueryFor, BedReportSortField, SortDirection, VACANT_SORT_FIELDS } from './bed-report.query';
import { Staleness } from './bed-staleness';
import { bedReportPageQuery, filteredBedReportQuery } from './bed-report.search';

let db: TestDatabase;
let server: TestServer;

const office = asViewer({ role: Role.OFFICE });

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemoFacilities(db.dataSource.manager, 3000);
  await seedDemoBedSnapshots(db.dataSource.manager);
  // A history behind every latest report (twelve older copies, half a day apart), as a live system
  // has: older reports must neither match a filter nor be sorted on, and the plan is the one of a
  // table much larger than its facilities.
  const columns: { column_name: string }[] = await db.dataSource.query(
    `SELECT column_name FROM information_schema.columns
     WHERE table_schema = current_schema() AND table_name = 'bed_snapshot' AND is_generated = 'NEVER' AND is_identity = 'NO' AND column_name <> 'reported_at'`,
  );
  const list = columns.map((c) => c.column_name).join(', ');
  await db.dataSource.query(
    `INSERT INTO bed_snapshot (reported_at, ${list})
     SELECT s.reported_at - n * interval '12 hours', ${columns.map((c) => (c.column_name === 'idempotency_key' ? 'NULL' : `s.${c.column_name}`)).join(', ')}
     FROM bed_snapshot s CROSS JOIN generate_series(1, 12) n`,
  );
  await db.dataSource.query('ANALYZE');
  // Many whole-result pages in a row from one test account: not a test of the cost budget.
  server = await startTestServer(db, { GRAPHQL_COST_BUDGET: '100000000' }, { resolveViewer: resolveTestViewer });
});

afterAll(async () => {
  await server?.stop();
  await db?.drop();
});

const REPORT = `query Report($filter: BedReportFilter, $orderBy: BedReportOrder, $first: Int!, $after: String) {
  bedReport(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { lastUpdated facility { code name areaCode } latest { securedTotal vacantTotal beds { category vacant } } } }
  }
}`;

interface Row {
  lastUpdated: string | null;
  facility: { code: string; name: string; areaCode: string };
  latest: { securedTotal: number; vacantTotal: number; beds: { category: string; vacant: number }[] } | null;
}

const rowsOf = (res: any): Row[] => res.data.bedReport.edges.map((e: any) => e.node);

/** What the user sees in the sorted column, worked out from the row itself (unreported rows sort below every report). */
function sortValue(field: BedReportSortField, row: Row): string | number {
  const category = BED_CATEGORIES.find((c) => VACANT_SORT_FIELDS[c.key] === field);
  if (category)
    return row.latest?.beds.find((b) => b.category === category.key.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase())?.vacant ?? -1;
  switch (field) {
    case BedReportSortField.FACILITY_CODE:
      return row.facility.code;
    case BedReportSortField.FACILITY_NAME:
      return row.facility.name;
    case BedReportSortField.AREA:
      return row.facility.areaCode;
    case BedReportSortField.LAST_UPDATED:
      return row.lastUpdated ? Date.parse(row.lastUpdated) : -Infinity;
    case BedReportSortField.VACANT_TOTAL:
      return row.latest?.vacantTotal ?? -1;
    case BedReportSortField.SECURED_TOTAL:
      return row.latest?.securedTotal ?? -1;
    default:
      throw new Error(`no sort value for ${field}`);
  }
}

describe('bedReport sorting by the server, for the whole result', () => {
  const cases = Object.values(BedReportSortField).flatMap((field) =>
    [SortDirection.ASC, SortDirection.DESC].map((direction) => [field, direction] as const),
  );

  it.each(cases)('sorts by %s %s, ties by facility code, and pages through every row exactly once', async (field, direction) => {
    const filter = { prefectureCode: '14' };
    const whole = await server.graphql(REPORT, { filter, orderBy: { field, direction }, first: 2000 }, office);
    expect(whole.errors).toBeUndefined();
    const rows = rowsOf(whole);
    expect(rows.length).toBeGreaterThan(50);
    const sign = direction === SortDirection.ASC ? 1 : -1;
    // Names compare as PostgreSQL's collation does; the other keys are codes, numbers and times.
    const compare = (a: string | number, b: string | number) => (a === b ? 0 : a < b ? -1 : 1);
    for (let i = 1; i < rows.length; i += 1) {
      const [before, after] = [rows[i - 1], rows[i]];
      if (field === BedReportSortField.FACILITY_NAME) continue;
      const order =
        sign * compare(sortValue(field, before), sortValue(field, after)) || sign * compare(before.facility.code, after.facility.code);
      expect(order).toBeLessThan(0);
    }
    // The sort is not the default order in disguise: the first rows differ between directions for a count.
    if (field !== BedReportSortField.FACILITY_CODE) expect(new Set(rows.map((r) => sortValue(field, r))).size).toBeGreaterThan(1);

    const paged: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: any = await server.graphql(REPORT, { filter, orderBy: { field, direction }, first: 37, after }, office);
      expect(page.errors).toBeUndefined();
      paged.push(...rowsOf(page).map((r) => r.facility.code));
      if (!page.data.bedReport.pageInfo.hasNextPage) break;
      after = page.data.bedReport.pageInfo.endCursor;
    }
    expect(paged).toEqual(rows.map((r) => r.facility.code));
  });
});

/** The report's rows as SQL sees them: each listed facility with its latest snapshot `l` (none for 未報告). */
const LATEST = `WITH latest AS (
  SELECT DISTINCT ON (s.facility_id) s.* FROM bed_snapshot s ORDER BY s.facility_id, s.reported_at DESC, s.id DESC
)
SELECT f.code FROM facility f LEFT JOIN latest l ON l.facility_id = f.id WHERE (f.kind = 'HOSPITAL' OR l.id IS NOT NULL)`;

describe('bedReport filters, checked against SQL over the latest snapshots', () => {
  it.each([
    [
      '救急受入 停止 and 空床数 ≥ 5',
      { emergencyAcceptance: ['SUSPENDED'], minVacantTotal: 5 },
      `l.emergency_acceptance = 'SUSPENDED' AND l.vacant_total >= 5`,
    ],
    [
      '職員 欠員あり or 未回答',
      { staffing: ['SHORTAGE', 'UNANSWERED'] },
      `COALESCE(l.staffing, 'UNANSWERED') IN ('SHORTAGE', 'UNANSWERED')`,
    ],
    [
      'ICU・HCU ≥ 1 and 一般 ≥ 3 空床',
      {
        minVacant: [
          { category: 'ICU_HCU', atLeast: 1 },
          { category: 'GENERAL', atLeast: 3 },
        ],
      },
      `l.icu_hcu_vacant >= 1 AND l.general_vacant >= 3`,
    ],
    [
      '外来 制限 or 停止 in 東京都',
      { prefectureCode: '13', outpatientAcceptance: ['LIMITED', 'SUSPENDED'] },
      `f.prefecture_code = '13' AND l.outpatient_acceptance IN ('LIMITED', 'SUSPENDED')`,
    ],
    ['0 vacant beds as a minimum still means reported', { minVacantTotal: 0 }, `l.id IS NOT NULL`],
  ])('%s', async (_label, filter: Record<string, unknown>, condition) => {
    const res = await server.graphql(REPORT, { filter, first: 2000 }, office);
    expect(res.errors).toBeUndefined();
    const codes = rowsOf(res).map((r) => r.facility.code);
    const sql = `${LATEST} AND ${condition}`;
    const expected: { code: string }[] = await db.dataSource.query(`${sql} ORDER BY f.code LIMIT 2000`);
    const [{ count }] = await db.dataSource.query(`SELECT count(*)::int AS count FROM (${sql}) matched`);
    expect(expected.length).toBeGreaterThan(0);
    expect(codes).toEqual(expected.map((e) => e.code));
    expect(res.data.bedReport.totalCount).toBe(count);
    // Each filter leaves some facilities out: it filters rather than passing everything through.
    const [{ all }] = await db.dataSource.query(`SELECT count(*)::int AS all FROM (${LATEST}) everything`);
    expect(count).toBeLessThan(all);
  });

  it('sorts and filters in one statement whatever the page size, on the facility and latest-report indexes', async () => {
    const query = `query($first: Int!) { bedReport(first: $first, filter: { emergencyAcceptance: [SUSPENDED, LIMITED], minVacant: [{ category: GENERAL, atLeast: 1 }] },
      orderBy: { field: VACANT_GENERAL, direction: DESC }) { edges { node { facility { code } latest { vacantTotal } } } } }`;
    const big = await db.recorder.record(() => server.graphql(query, { first: 2000 }, office));
    expect(big.result.errors).toBeUndefined();
    const small = await db.recorder.record(() => server.graphql(query, { first: 10 }, office));
    // The page, and the stored reporting schedules (at most 47 rows) that decide 更新遅れ (bed-staleness.ts).
    expect(big.statements).toHaveLength(2);
    expect(small.statements).toHaveLength(2);

    // The plan of the sorted, filtered page as the dashboard asks for it (one prefecture).
    const checked = bedReportQueryFor(
      { accountId: 1, role: Role.OFFICE, facilityId: null, prefectureCode: null },
      {
        filter: { prefectureCode: '13', emergencyAcceptance: ['SUSPENDED'], minVacantTotal: 5, staffing: ['NORMAL'] },
        orderBy: { field: BedReportSortField.VACANT_GENERAL, direction: SortDirection.DESC },
      },
    );
    if (!checked.ok) throw new Error('query refused');
    const [sql, parameters] = bedReportPageQuery(db.dataSource.manager, checked.value, {
      limit: 2000,
      staleness: Staleness.fixedHours(24, new Date()),
    }).getQueryAndParameters();
    const plan: { 'QUERY PLAN': string }[] = await db.dataSource.query(`EXPLAIN (COSTS OFF) ${sql}`, parameters);
    const lines = plan.map((p) => p['QUERY PLAN']);
    // The facilities of one prefecture by its index, each one's latest report by one probe of its index.
    expect(lines.join('\n')).toMatch(/facility_prefecture_idx/);
    expect(lines.join('\n')).toMatch(/bed_snapshot_facility_latest_idx/);
    expect(lines.join('\n')).not.toMatch(/Seq Scan on bed_snapshot/);
    expect(lines).toMatchSnapshot();
  });

  it("reads each facility's latest report by one index probe for the whole country's count, totals and a sort by a count, never the whole history", async () => {
    const checked = bedReportQueryFor(
      { accountId: 1, role: Role.OFFICE, facilityId: null, prefectureCode: null },
      { orderBy: { field: BedReportSortField.VACANT_TOTAL, direction: SortDirection.DESC } },
    );
    if (!checked.ok) throw new Error('query refused');
    const threshold = Staleness.fixedHours(24, new Date());
    const statements = [
      // What totalCount runs (countBedReport) and the totals' statement start from the same join.
      filteredBedReportQuery(db.dataSource.manager, checked.value.filter, threshold).select('count(*)', 'count'),
      bedReportPageQuery(db.dataSource.manager, checked.value, { limit: 2000, staleness: threshold }),
    ];
    for (const statement of statements) {
      const [sql, parameters] = statement.getQueryAndParameters();
      const plan: { 'QUERY PLAN': string }[] = await db.dataSource.query(`EXPLAIN (COSTS OFF) ${sql}`, parameters);
      const text = plan.map((p) => p['QUERY PLAN']).join('\n');
      expect(text).toMatch(/Index (Only )?Scan using bed_snapshot_facility_latest_idx/);
      expect(text).not.toMatch(/Seq Scan on bed_snapshot|Hash/);
    }
  });

  it('refuses a negative or too large minimum and an unknown staffing status with the field named', async () => {
    const res = await server.graphql(
      REPORT,
      { filter: { minVacantTotal: -1, minVacant: [{ category: 'GENERAL', atLeast: 10000 }] }, first: 5 },
      office,
    );
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].extensions?.fieldErrors.map((e: any) => e.field)).toEqual(['minVacantTotal', 'minVacant']);
  });
});
