import { seedDemoFacilities } from '../db/seed/demo-facilities';
import { createTestDatabase, type TestDatabase } from '../../test/test-database';
import { startTestServer, type TestServer } from '../../test/test-server';
import { asViewer, resolveTestViewer, Role } from '../../test/test-viewer';
import { toGlobalId } from '../graphql/node';
import { Facility } from '../facilities/facility.entity';
import { recordBedReport } from './bed-reporting';
import { ReportSource } from './bed-snapshot.entity';
import { AcceptanceStatus, StaffingStatus } from './bed-categories';
import { BedCategory } from './bed-snapshot.entity';
import type { BedReportInput } from './bed-snapshot.input';

let db: TestDatabase;
let server: TestServer;
let hospital: Facility;
let other: Facility;

const DAY = 24 * 3600_000;
const viewerOf = (f: Facility) => ({ role: Role.FACILITY, facilityId: f.dbId, prefectureCode: f.prefectureCode, accountId: 41 });

const input = (vacant: number, note: string | null = null): BedReportInput => ({
  beds: [{ category: BedCategory.GENERAL, secured: 50, immediate: 40, inpatients: 30, severe: 2, vacant }],
  outpatientAcceptance: AcceptanceStatus.NORMAL,
  inpatientAcceptance: AcceptanceStatus.NORMAL,
  emergencyAcceptance: AcceptanceStatus.LIMITED,
  staffing: StaffingStatus.NORMAL,
  ventilatorsTotal: 2,
  ventilatorsInUse: 1,
  ecmoTotal: 0,
  ecmoInUse: 0,
  note,
});
const graphqlInput = (vacant: number) => ({
  beds: [{ category: 'GENERAL', secured: 50, immediate: 40, inpatients: 30, severe: 2, vacant }],
  outpatientAcceptance: 'NORMAL',
  inpatientAcceptance: 'NORMAL',
  emergencyAcceptance: 'LIMITED',
  staffing: 'NORMAL',
  ventilatorsTotal: 2,
  ventilatorsInUse: 1,
});

/** A report of `daysAgo` days before now, stored through the one write path with its clock set back. */
async function reportDaysAgo(facility: Facility, daysAgo: number, vacant: number) {
  const { snapshot } = await recordBedReport(db.dataSource, {
    viewer: { ...viewerOf(facility), accountId: 40 },
    facility,
    input: input(vacant),
    source: ReportSource.FACILITY,
    now: new Date(Date.now() - daysAgo * DAY),
  });
  return snapshot;
}

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemoFacilities(db.dataSource.manager, 200);
  const hospitals = await db.dataSource
    .getRepository(Facility)
    .find({ where: { kind: 'HOSPITAL' as Facility['kind'], prefectureCode: '13' }, order: { dbId: 'ASC' }, take: 2 });
  [hospital, other] = hospitals;
  server = await startTestServer(db, {}, { resolveViewer: resolveTestViewer });
});

afterAll(async () => {
  await server?.stop();
  await db?.drop();
});

const CORRECT = `mutation Correct($snapshotId: ID!, $input: BedReportInput!) {
  correctBedReport(snapshotId: $snapshotId, input: $input) {
    duplicate
    snapshot { id reportedAt correctedAt correctionOf amended superseded vacantTotal source }
  }
}`;
const HISTORY = `query History($facilityId: ID!) {
  bedFacilityStatus(facilityId: $facilityId) { latest { id vacantTotal amended correctionOf } }
  bedSnapshots(facilityId: $facilityId, first: 10) { edges { node { id reportedAt vacantTotal amended superseded correctionOf correctable } } }
}`;

describe('correctBedReport', () => {
  it("stores a correction of a 3-day-old report as a new snapshot at that report's time, marked 訂正あり on both, leaving the newer report current", async () => {
    const old = await reportDaysAgo(hospital, 3, 10);
    const newer = await reportDaysAgo(hospital, 1, 12);
    const res = await server.graphql(
      CORRECT,
      { snapshotId: toGlobalId('BedSnapshot', old.dbId), input: graphqlInput(7) },
      asViewer(viewerOf(hospital)),
    );
    expect(res.errors).toBeUndefined();
    const correction = res.data.correctBedReport.snapshot;
    expect(correction).toMatchObject({
      reportedAt: old.reportedAt.toISOString(),
      correctionOf: toGlobalId('BedSnapshot', old.dbId),
      amended: true,
      superseded: false,
      vacantTotal: 7,
      source: 'FACILITY',
    });
    expect(correction.correctedAt).not.toBeNull();
    // Who made it: the correcting account, kept for audit like every report's author.
    const [row] = await db.dataSource.query(
      'SELECT reported_by_account_id, corrects_snapshot_id FROM bed_snapshot WHERE id = (SELECT max(id) FROM bed_snapshot WHERE facility_id = $1)',
      [hospital.dbId],
    );
    expect(row).toEqual({ reported_by_account_id: 41, corrects_snapshot_id: old.dbId });

    const history = await server.graphql(HISTORY, { facilityId: toGlobalId('Facility', hospital.dbId) }, asViewer(viewerOf(hospital)));
    expect(history.errors).toBeUndefined();
    expect(history.data.bedFacilityStatus.latest).toMatchObject({ id: toGlobalId('BedSnapshot', newer.dbId), amended: false });
    const nodes = history.data.bedSnapshots.edges.map((e: { node: unknown }) => e.node);
    expect(
      nodes.map((n: { vacantTotal: number; amended: boolean; superseded: boolean }) => [n.vacantTotal, n.amended, n.superseded]),
    ).toEqual([
      [12, false, false],
      [7, true, false],
      [10, true, true],
    ]);
    expect(nodes.every((n: { correctable: boolean }) => n.correctable)).toBe(true);
  });

  it('makes the correction of the latest report the current status', async () => {
    const latest = await reportDaysAgo(other, 0.5, 20);
    const res = await server.graphql(
      CORRECT,
      { snapshotId: toGlobalId('BedSnapshot', latest.dbId), input: graphqlInput(18) },
      asViewer(viewerOf(other)),
    );
    expect(res.errors).toBeUndefined();
    const status = await server.graphql(HISTORY, { facilityId: toGlobalId('Facility', other.dbId) }, asViewer(viewerOf(other)));
    expect(status.data.bedFacilityStatus.latest).toMatchObject({ vacantTotal: 18, amended: true });
  });

  it('refuses a report older than the correction window with BAD_USER_INPUT on snapshotId, and says it cannot be corrected', async () => {
    const old = await reportDaysAgo(hospital, 15, 9);
    const before = await db.dataSource.query('SELECT count(*)::int AS n FROM bed_snapshot');
    const res = await server.graphql(
      CORRECT,
      { snapshotId: toGlobalId('BedSnapshot', old.dbId), input: graphqlInput(8) },
      asViewer(viewerOf(hospital)),
    );
    expect(res.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fieldErrors: [{ field: 'snapshotId', message: '訂正できるのは報告日時から14日以内の報告です。' }],
    });
    expect(await db.dataSource.query('SELECT count(*)::int AS n FROM bed_snapshot')).toEqual(before);
    const history = await server.graphql(HISTORY, { facilityId: toGlobalId('Facility', hospital.dbId) }, asViewer(viewerOf(hospital)));
    const oldNode = history.data.bedSnapshots.edges.find(
      (e: { node: { id: string } }) => e.node.id === toGlobalId('BedSnapshot', old.dbId),
    );
    expect(oldNode.node.correctable).toBe(false);
  });

  it("refuses another facility's report with FORBIDDEN, and a correction identical to the report with BAD_USER_INPUT", async () => {
    const theirs = await reportDaysAgo(other, 2, 5);
    const foreign = await server.graphql(
      CORRECT,
      { snapshotId: toGlobalId('BedSnapshot', theirs.dbId), input: graphqlInput(4) },
      asViewer(viewerOf(hospital)),
    );
    expect(foreign.errors?.[0]).toMatchObject({ message: '自施設以外の報告は訂正できません。', extensions: { code: 'FORBIDDEN' } });
    const same = await server.graphql(
      CORRECT,
      { snapshotId: toGlobalId('BedSnapshot', theirs.dbId), input: graphqlInput(5) },
      asViewer(viewerOf(other)),
    );
    expect(same.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'snapshotId' }] });
    const unknown = await server.graphql(
      CORRECT,
      { snapshotId: toGlobalId('BedSnapshot', 999999), input: graphqlInput(5) },
      asViewer(viewerOf(other)),
    );
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
