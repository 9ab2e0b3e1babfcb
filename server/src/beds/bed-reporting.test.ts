import { seedDemoFacilities } from '../db/seed/demo-facilities';
import { createTestDatabase, type TestDatabase } from '../../test/test-database';
import { startTestServer, type TestServer } from '../../test/test-server';
import { asViewer, resolveTestViewer, Role } from '../../test/test-viewer';
import { toGlobalId } from '../graphql/node';

let db: TestDatabase;
let server: TestServer;
let hospital: { id: number; code: string; prefecture_code: string };
let other: { id: number; code: string; prefecture_code: string };
let pharmacy: { id: number; code: string; prefecture_code: string };

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemoFacilities(db.dataSource.manager, 400);
  [hospital] = await db.dataSource.query(
    `SELECT id, code, prefecture_code FROM facility WHERE kind = 'HOSPITAL' AND prefecture_code = '13' ORDER BY id LIMIT 1`,
  );
  [other] = await db.dataSource.query(
    `SELECT id, code, prefecture_code FROM facility WHERE kind = 'HOSPITAL' AND prefecture_code = '13' ORDER BY id OFFSET 1 LIMIT 1`,
  );
  await db.dataSource.query(
    `UPDATE facility SET kind = 'PHARMACY' WHERE id = (SELECT id FROM facility WHERE kind = 'CLINIC' AND prefecture_code = '13' ORDER BY id LIMIT 1)`,
  );
  [pharmacy] = await db.dataSource.query(`SELECT id, code, prefecture_code FROM facility WHERE kind = 'PHARMACY' ORDER BY id LIMIT 1`);
  server = await startTestServer(db, {}, { resolveViewer: resolveTestViewer });
});

afterAll(async () => {
  await server?.stop();
  await db?.drop();
});

const facilityViewer = () => asViewer({ role: Role.FACILITY, facilityId: hospital.id, prefectureCode: '13', accountId: 7 });
const tokyo = asViewer({ role: Role.PREFECTURE, prefectureCode: '13' });
const osaka = asViewer({ role: Role.PREFECTURE, prefectureCode: '27' });

const REPORT = `mutation Report($input: BedReportInput!, $facilityId: ID) {
  reportBedStatus(input: $input, facilityId: $facilityId) {
    duplicate
    snapshot { id reportedAt source securedTotal vacantTotal inpatientAcceptance staffing note ventilatorsInUse beds { category secured vacant } }
  }
}`;

const validInput = (overrides: Record<string, unknown> = {}) => ({
  beds: [
    { category: 'GENERAL', secured: 120, immediate: 100, inpatients: 80, severe: 5, vacant: 20 },
    { category: 'ICU_HCU', secured: 10, immediate: 8, inpatients: 6, severe: 3, vacant: 2 },
  ],
  inpatientAcceptance: 'LIMITED',
  emergencyAcceptance: 'NORMAL',
  staffing: 'SHORTAGE',
  ventilatorsTotal: 4,
  ventilatorsInUse: 2,
  note: '夜間は救急のみ\r\n受入可',
  ...overrides,
});

const snapshotCount = async (facilityId: number) =>
  (await db.dataSource.query(`SELECT count(*)::int AS n FROM bed_snapshot WHERE facility_id = $1`, [facilityId]))[0].n;

describe('reportBedStatus', () => {
  it("stores a facility's report for its own facility, with totals, LF line breaks and omitted categories as 0", async () => {
    const before = await snapshotCount(hospital.id);
    const res = await server.graphql(REPORT, { input: validInput() }, facilityViewer());
    expect(res.errors).toBeUndefined();
    const { snapshot, duplicate } = res.data.reportBedStatus;
    expect(duplicate).toBe(false);
    expect(snapshot).toMatchObject({
      source: 'FACILITY',
      securedTotal: 130,
      vacantTotal: 22,
      inpatientAcceptance: 'LIMITED',
      staffing: 'SHORTAGE',
      note: '夜間は救急のみ\n受入可',
    });
    expect(snapshot.beds.find((b: any) => b.category === 'PSYCHIATRIC')).toEqual({ category: 'PSYCHIATRIC', secured: 0, vacant: 0 });
    expect(await snapshotCount(hospital.id)).toBe(before + 1);
    const [row] = await db.dataSource.query(
      `SELECT reported_by_account_id, source FROM bed_snapshot WHERE facility_id = $1 ORDER BY id DESC LIMIT 1`,
      [hospital.id],
    );
    expect(row).toEqual({ reported_by_account_id: 7, source: 'FACILITY' });
  });

  it('does not store an identical resubmission twice, but a changed one is a new snapshot', async () => {
    const input = validInput({ note: '再送テスト' });
    const first = await server.graphql(REPORT, { input }, facilityViewer());
    const count = await snapshotCount(hospital.id);
    const retry = await server.graphql(REPORT, { input }, facilityViewer());
    expect(retry.data.reportBedStatus).toEqual({ ...first.data.reportBedStatus, duplicate: true });
    expect(await snapshotCount(hospital.id)).toBe(count);
    const changed = await server.graphql(REPORT, { input: { ...input, ventilatorsInUse: 3 } }, facilityViewer());
    expect(changed.data.reportBedStatus.duplicate).toBe(false);
    expect(await snapshotCount(hospital.id)).toBe(count + 1);
  });

  it('honours an idempotency key: concurrent retries store once; the key with other content is a CONFLICT', async () => {
    const input = validInput({ idempotencyKey: 'client-42', note: '冪等キー' });
    const before = await snapshotCount(hospital.id);
    const results = await Promise.all([1, 2, 3, 4].map(() => server.graphql(REPORT, { input }, facilityViewer())));
    for (const r of results) expect(r.errors).toBeUndefined();
    expect(new Set(results.map((r) => r.data.reportBedStatus.snapshot.id)).size).toBe(1);
    expect(results.filter((r) => !r.data.reportBedStatus.duplicate)).toHaveLength(1);
    expect(await snapshotCount(hospital.id)).toBe(before + 1);
    const reused = await server.graphql(REPORT, { input: { ...input, ventilatorsInUse: 1 } }, facilityViewer());
    expect(reused.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(await snapshotCount(hospital.id)).toBe(before + 1);
  });

  it('rejects invalid counts with Japanese messages per field and stores nothing', async () => {
    const before = await snapshotCount(hospital.id);
    const res = await server.graphql(
      REPORT,
      {
        input: validInput({
          beds: [
            { category: 'GENERAL', secured: 10, immediate: 12, inpatients: 3, severe: 4, vacant: 11 },
            { category: 'INFECTIOUS', secured: -1, immediate: 0, inpatients: 0, severe: 0, vacant: 0 },
            { category: 'GENERAL', secured: 1, immediate: 1, inpatients: 1, severe: 0, vacant: 0 },
          ],
          ventilatorsTotal: 1,
          ventilatorsInUse: 2,
          note: 'あ'.repeat(501),
        }),
      },
      facilityViewer(),
    );
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].extensions?.fieldErrors).toEqual([
      { field: 'beds.general.vacant', message: '一般病床の空床数は確保病床数(10)以下にしてください。' },
      { field: 'beds.general.immediate', message: '一般病床の即応病床数は確保病床数(10)以下にしてください。' },
      { field: 'beds.general.severe', message: '一般病床の重症者数は入院患者数(3)以下にしてください。' },
      { field: 'beds.infectious.secured', message: '感染症病床の確保病床数は0以上の整数で入力してください。' },
      { field: 'beds.general', message: '一般病床が重複しています。' },
      { field: 'ventilatorsInUse', message: '人工呼吸器の使用中台数は保有台数(1)以下にしてください。' },
      { field: 'note', message: '備考は500文字以内で入力してください（現在501文字）。' },
    ]);
    expect(await snapshotCount(hospital.id)).toBe(before);
  });

  it('lets a facility report only for itself and a prefecture only within its prefecture', async () => {
    const forOther = await server.graphql(REPORT, { input: validInput(), facilityId: toGlobalId('Facility', other.id) }, facilityViewer());
    expect(forOther.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const byTokyo = await server.graphql(
      REPORT,
      { input: validInput({ note: '都から' }), facilityId: toGlobalId('Facility', other.id) },
      tokyo,
    );
    expect(byTokyo.errors).toBeUndefined();
    expect(byTokyo.data.reportBedStatus.snapshot.source).toBe('PREFECTURE');
    const byOsaka = await server.graphql(REPORT, { input: validInput(), facilityId: toGlobalId('Facility', other.id) }, osaka);
    expect(byOsaka.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    for (const role of [Role.OFFICE, Role.ANALYST, Role.HEALTH_CENTER_AGGREGATOR, Role.HEALTH_CENTER_RECRUITMENT]) {
      const res = await server.graphql(
        REPORT,
        { input: validInput(), facilityId: toGlobalId('Facility', other.id) },
        asViewer({ role, prefectureCode: '13' }),
      );
      expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    expect((await server.graphql(REPORT, { input: validInput() })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const pharmacyReport = await server.graphql(REPORT, { input: validInput(), facilityId: toGlobalId('Facility', pharmacy.id) }, tokyo);
    expect(pharmacyReport.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('keeps history append-only in the database itself', async () => {
    await expect(db.dataSource.query(`UPDATE bed_snapshot SET note = 'x'`)).rejects.toThrow(/append-only/);
    await expect(db.dataSource.query(`DELETE FROM bed_snapshot`)).rejects.toThrow(/append-only/);
  });
});

describe('submitBedReports (prefectural batch)', () => {
  const BATCH = `mutation($rows: [BedReportBatchRow!]!) { submitBedReports(rows: $rows) { index facilityCode ok duplicate errorCode errors { field message } snapshot { id vacantTotal } } }`;

  it('stores valid rows and reports per row which failed and why, never a partial row', async () => {
    const [osakaHospital] = await db.dataSource.query(
      `SELECT code FROM facility WHERE prefecture_code = '27' AND kind = 'HOSPITAL' LIMIT 1`,
    );
    const before = await snapshotCount(other.id);
    const rows = [
      { facilityCode: other.code, report: validInput({ note: 'バッチ1' }) },
      {
        facilityCode: other.code,
        report: validInput({
          note: 'バッチ2',
          beds: [{ category: 'GENERAL', secured: 5, immediate: 5, inpatients: 1, severe: 0, vacant: 9 }],
        }),
      },
      { facilityCode: '0000000000', report: validInput() },
      ...(osakaHospital ? [{ facilityCode: osakaHospital.code, report: validInput() }] : []),
      { facilityCode: other.code, report: validInput({ note: 'バッチ1' }) },
    ];
    const res = await server.graphql(BATCH, { rows }, tokyo);
    expect(res.errors).toBeUndefined();
    const results = res.data.submitBedReports;
    expect(results.map((r: any) => [r.index, r.ok, r.duplicate, r.errorCode])).toEqual([
      [0, true, false, null],
      [1, false, false, 'BAD_USER_INPUT'],
      [2, false, false, 'NOT_FOUND'],
      ...(osakaHospital ? [[3, false, false, 'FORBIDDEN']] : []),
      [rows.length - 1, true, true, null],
    ]);
    expect(results[1].errors).toEqual([{ field: 'beds.general.vacant', message: '一般病床の空床数は確保病床数(5)以下にしてください。' }]);
    expect(results[rows.length - 1].snapshot.id).toBe(results[0].snapshot.id);
    expect(await snapshotCount(other.id)).toBe(before + 1);
  });

  it('is for prefectures only', async () => {
    const res = await server.graphql(BATCH, { rows: [{ facilityCode: hospital.code, report: validInput() }] }, facilityViewer());
    expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

describe('detail and history', () => {
  const DETAIL = `query($id: ID!, $after: String) {
    bedFacilityStatus(facilityId: $id) { stale lastUpdated facility { name } latest { id note } }
    bedSnapshots(facilityId: $id, first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id reportedAt note } } }
  }`;

  it('shows the current status and the history newest first, paged', async () => {
    const id = toGlobalId('Facility', hospital.id);
    const seen: any[] = [];
    let after: string | null = null;
    let first: any;
    for (;;) {
      const res: any = await server.graphql(DETAIL, { id, after }, facilityViewer());
      expect(res.errors).toBeUndefined();
      first ??= res.data;
      seen.push(...res.data.bedSnapshots.edges.map((e: any) => e.node));
      if (!res.data.bedSnapshots.pageInfo.hasNextPage) break;
      after = res.data.bedSnapshots.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(await snapshotCount(hospital.id));
    expect(seen.map((s) => s.reportedAt)).toEqual([...seen.map((s) => s.reportedAt)].sort().reverse());
    expect(first.bedFacilityStatus.latest.id).toBe(seen[0].id);
    expect(first.bedFacilityStatus.stale).toBe(false);
  });

  it("applies the report's access rules to detail, history and node(id:)", async () => {
    const id = toGlobalId('Facility', hospital.id);
    const ok = await server.graphql(DETAIL, { id }, asViewer({ role: Role.HEALTH_CENTER_AGGREGATOR, prefectureCode: '13' }));
    expect(ok.errors).toBeUndefined();
    const snapshotId = ok.data.bedFacilityStatus.latest.id;
    const denied = await server.graphql(DETAIL, { id }, asViewer({ role: Role.HEALTH_CENTER_AGGREGATOR, prefectureCode: '27' }));
    expect(denied.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const otherFacility = await server.graphql(DETAIL, { id }, asViewer({ role: Role.FACILITY, facilityId: other.id }));
    expect(otherFacility.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const node = `query($id: ID!) { node(id: $id) { ... on BedSnapshot { note } } }`;
    expect((await server.graphql(node, { id: snapshotId }, asViewer({ role: Role.ANALYST }))).data.node).not.toBeNull();
    expect((await server.graphql(node, { id: snapshotId }, osaka)).data.node).toBeNull();
    expect((await server.graphql(node, { id: snapshotId })).data.node).toBeNull();
  });
});
