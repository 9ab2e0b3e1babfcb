import { seedDemoFacilities } from '../db/seed/demo-facilities';
import { createTestDatabase, type TestDatabase } from '../../test/test-database';
import { startTestServer, type TestServer } from '../../test/test-server';
import { asViewer, resolveTestViewer, Role } from '../../test/test-viewer';
import { Facility, FacilityKind } from '../facilities/facility.entity';
import { recordBedReport } from '../beds/bed-reporting';
import { BedCategory, ReportSource } from '../beds/bed-snapshot.entity';
import { AcceptanceStatus, StaffingStatus } from '../beds/bed-categories';
import { SANER_MEASURE } from '../beds/bed-report.standards';

let db: TestDatabase;
let server: TestServer;
let hospital: Facility;
let osakaHospital: Facility;

const asFacility = (f: Facility) => asViewer({ role: Role.FACILITY, facilityId: f.dbId, prefectureCode: f.prefectureCode, accountId: 51 });
const tokyo = asViewer({ role: Role.PREFECTURE, prefectureCode: '13', accountId: 52 });

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemoFacilities(db.dataSource.manager, 300);
  const repo = db.dataSource.getRepository(Facility);
  hospital = await repo.findOneOrFail({ where: { kind: FacilityKind.HOSPITAL, prefectureCode: '13' }, order: { dbId: 'ASC' } });
  osakaHospital = await repo.findOneOrFail({ where: { kind: FacilityKind.HOSPITAL, prefectureCode: '27' }, order: { dbId: 'ASC' } });
  // Every item different from its default, so a lossy round trip would show.
  await recordBedReport(db.dataSource, {
    viewer: { role: Role.FACILITY, facilityId: hospital.dbId, prefectureCode: '13', accountId: 50 },
    facility: hospital,
    source: ReportSource.FACILITY,
    now: new Date(Date.now() - 3600_000),
    input: {
      beds: [
        { category: BedCategory.GENERAL, secured: 120, immediate: 100, inpatients: 90, severe: 4, vacant: 30 },
        { category: BedCategory.ICU_HCU, secured: 12, immediate: 10, inpatients: 9, severe: 6, vacant: 3 },
        { category: BedCategory.INFECTIOUS, secured: 8, immediate: 8, inpatients: 2, severe: 1, vacant: 6 },
        { category: BedCategory.NEGATIVE_PRESSURE, secured: 4, immediate: 3, inpatients: 1, severe: 0, vacant: 3 },
      ],
      outpatientAcceptance: AcceptanceStatus.LIMITED,
      inpatientAcceptance: AcceptanceStatus.NORMAL,
      emergencyAcceptance: AcceptanceStatus.SUSPENDED,
      staffing: StaffingStatus.SHORTAGE,
      ventilatorsTotal: 6,
      ventilatorsInUse: 2,
      ecmoTotal: 2,
      ecmoInUse: 1,
      note: '夜間は救急停止\n小児は要相談',
    },
  });
  server = await startTestServer(db, {}, { resolveViewer: resolveTestViewer });
});

afterAll(async () => {
  await server?.stop();
  await db?.drop();
});

const snapshots = async (facilityId: number): Promise<{ id: number; content_hash: string }[]> =>
  db.dataSource.query('SELECT id, content_hash FROM bed_snapshot WHERE facility_id = $1 ORDER BY id', [facilityId]);

async function exportedBundle(): Promise<any> {
  const res = await fetch(`${server.url}/api/exports/bed-report.fhir.json`, { headers: asFacility(hospital) });
  expect(res.status).toBe(200);
  return res.json();
}

const post = (path: string, body: unknown, headers: Record<string, string>, contentType = 'application/fhir+json') =>
  fetch(`${server.url}${path}`, { method: 'POST', headers: { 'content-type': contentType, ...headers }, body: JSON.stringify(body) });

describe('FHIR intake (POST /fhir/Bundle, /fhir/MeasureReport)', () => {
  it("accepts a facility's own FHIR export posted back unchanged and stores it as one snapshot with the same content; posting it again stores nothing", async () => {
    const bundle = await exportedBundle();
    expect(bundle.entry.map((e: any) => e.resource.resourceType)).toEqual(['Organization', 'Location', 'MeasureReport']);
    const before = await snapshots(hospital.dbId);

    const res = await post('/fhir/Bundle', bundle, asFacility(hospital));
    expect(res.status).toBe(201);
    expect(res.headers.get('content-type')).toBe('application/fhir+json; charset=utf-8');
    const outcome: any = await res.json();
    expect(outcome).toMatchObject({
      resourceType: 'OperationOutcome',
      issue: [{ severity: 'information', code: 'informational', expression: ['Bundle.entry[2].resource'] }],
    });
    const after = await snapshots(hospital.dbId);
    expect(after).toHaveLength(before.length + 1);
    // Item for item the exported report: the same content fingerprint.
    expect(after.at(-1)!.content_hash).toBe(before.at(-1)!.content_hash);

    const again = await post('/fhir/Bundle', bundle, asFacility(hospital));
    expect(again.status).toBe(200);
    expect(((await again.json()) as any).issue[0].diagnostics).toContain('保存済み');
    expect(await snapshots(hospital.dbId)).toHaveLength(before.length + 1);
  });

  it('refuses a MeasureReport with a negative count with an OperationOutcome naming the field, and stores nothing', async () => {
    const report = (await exportedBundle()).entry[2].resource;
    report.id = 'negative-count';
    report.group[0].population[2].count = -1; // numBedsOcc
    const before = await snapshots(hospital.dbId);
    const res = await post('/fhir/MeasureReport', report, asFacility(hospital));
    expect(res.status).toBe(400);
    const outcome: any = await res.json();
    expect(outcome.resourceType).toBe('OperationOutcome');
    expect(outcome.issue).toEqual([
      {
        severity: 'error',
        code: 'value',
        diagnostics: 'numBedsOcc は0以上の整数で指定してください。',
        expression: ['MeasureReport.group[0].population[2].count'],
      },
    ]);

    // A negative count of one 病床区分 (our extension): the beds rule's message, at that element.
    const category = (await exportedBundle()).entry[2].resource;
    category.id = 'negative-vacant';
    category.extension[0].extension[5].valueInteger = -2;
    const refused: any = await (await post('/fhir/MeasureReport', category, asFacility(hospital))).json();
    expect(refused.issue).toContainEqual({
      severity: 'error',
      code: 'value',
      diagnostics: '一般病床の空床数は0以上の整数で入力してください。',
      expression: ['MeasureReport.extension[0].extension[5].valueInteger'],
    });
    expect(await snapshots(hospital.dbId)).toEqual(before);
  });

  it("applies reportBedStatus's access rule: a prefecture for its own hospitals only, no one unauthenticated, a reading role not at all", async () => {
    const report = (await exportedBundle()).entry[2].resource;
    report.id = 'from-the-prefecture';
    expect((await post('/fhir/MeasureReport', report, tokyo)).status).toBe(201);

    const foreign = {
      ...report,
      id: 'other-prefecture',
      reporter: {
        identifier: {
          system: report.reporter.identifier?.system ?? 'http://jpfhir.jp/fhir/core/IdSystem/insurance-medical-institution-no',
          value: osakaHospital.code,
        },
      },
    };
    delete foreign.subject;
    const refused = await post('/fhir/MeasureReport', foreign, tokyo);
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as any).issue[0]).toMatchObject({ code: 'forbidden', expression: ['MeasureReport.reporter'] });

    const anonymous = await post('/fhir/MeasureReport', report, {});
    expect(anonymous.status).toBe(401);
    expect(((await anonymous.json()) as any).issue[0].code).toBe('login');
    const analyst = await post('/fhir/MeasureReport', report, asViewer({ role: Role.ANALYST }));
    expect(analyst.status).toBe(403);
    // A body a cross-site form could send (text/plain) is not read at all.
    expect((await post('/fhir/MeasureReport', report, asFacility(hospital), 'text/plain')).status).toBe(415);
  });

  it("maps another system's plain SANER report (no extensions of ours) to 一般病床 and ICU・HCU", async () => {
    const population = (code: string, count: number) => ({
      code: { coding: [{ system: 'http://hl7.org/fhir/uv/saner/CodeSystem/MeasurePopulationSystem', code }] },
      count,
    });
    const report = {
      resourceType: 'MeasureReport',
      id: 'plain-saner-1',
      status: 'complete',
      type: 'summary',
      measure: SANER_MEASURE,
      reporter: { identifier: { system: 'http://jpfhir.jp/fhir/core/IdSystem/insurance-medical-institution-no', value: hospital.code } },
      period: { start: '2026-12-01T00:00:00Z', end: '2026-12-01T00:00:00Z' },
      group: [
        {
          code: { coding: [{ system: 'http://hl7.org/fhir/uv/saner/CodeSystem/MeasureGroupSystem', code: 'Beds' }] },
          population: [
            population('numBeds', 100),
            population('numBedsOcc', 70),
            population('numICUBeds', 10),
            population('numICUBedsOcc', 9),
          ],
        },
        {
          code: { coding: [{ system: 'http://hl7.org/fhir/uv/saner/CodeSystem/MeasureGroupSystem', code: 'Ventilators' }] },
          population: [population('numVent', 5), population('numVentUse', 1)],
        },
      ],
    };
    const res = await post('/fhir/MeasureReport', report, asFacility(hospital), 'application/json');
    expect(res.status).toBe(201);
    const [stored] = await db.dataSource.query(
      `SELECT general_secured, general_vacant, icu_hcu_secured, icu_hcu_vacant, ventilators_total, ventilators_in_use, emergency_acceptance
         FROM bed_snapshot WHERE facility_id = $1 ORDER BY id DESC LIMIT 1`,
      [hospital.dbId],
    );
    expect(stored).toEqual({
      general_secured: 90,
      general_vacant: 29,
      icu_hcu_secured: 10,
      icu_hcu_vacant: 1,
      ventilators_total: 5,
      ventilators_in_use: 1,
      emergency_acceptance: 'UNANSWERED',
    });
  });
});
