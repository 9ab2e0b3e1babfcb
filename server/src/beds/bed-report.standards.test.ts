import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { seedDemoFacilities } from '../db/seed/demo-facilities';
import { seedDemoBedSnapshots } from '../db/seed/demo-bed-snapshots';
import { makeMedicalInstitutionCode } from '../facilities/medical-institution-code';
import { searchKey } from '../shared/japanese-text';
import { createTestDatabase, type TestDatabase } from '../../test/test-database';
import { startTestServer, type TestServer } from '../../test/test-server';
import { asViewer, resolveTestViewer, Role } from '../../test/test-viewer';
import {
  HAVE_BED_TYPES,
  HAVE_NAMESPACE,
  MEDICAL_INSTITUTION_CODE_SYSTEM,
  SANER_GROUP_SYSTEM,
  SANER_MEASURE,
  SANER_POPULATION_SYSTEM,
} from './bed-report.standards';

/**
 * EDXL-HAVE 1.0 and FHIR R4 exports: parsed and checked against the structure each standard
 * requires, for the same filter and access rules as the bed report.
 */

let db: TestDatabase;
let server: TestServer;
const EDGE_NAME = '<救急&"災害">病院 \u0001 😀';
let edgeCode: string;

const office = asViewer({ role: Role.OFFICE });
const hokkaido = asViewer({ role: Role.HEALTH_CENTER_AGGREGATOR, prefectureCode: '01' });

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemoFacilities(db.dataSource.manager, 700);
  edgeCode = makeMedicalInstitutionCode('01', '1', 98, 9002);
  const [{ id }] = await db.dataSource.query(
    `INSERT INTO facility (code, name, name_search_key, kind, postal_code, prefecture_code, address, area_code, latitude, longitude)
     VALUES ($1, $2, $3, 'HOSPITAL', '0400001', '01', '函館市若松町1番', '0101', 41.77, 140.72) RETURNING id`,
    [edgeCode, EDGE_NAME, searchKey(EDGE_NAME)],
  );
  await seedDemoBedSnapshots(db.dataSource.manager);
  server = await startTestServer(db, {}, { resolveViewer: resolveTestViewer });
  const report = await server.graphql(
    `mutation($input: BedReportInput!) { reportBedStatus(input: $input) { snapshot { id } } }`,
    {
      input: {
        beds: [
          { category: 'GENERAL', secured: 50, immediate: 40, inpatients: 30, severe: 2, vacant: 10 },
          { category: 'ICU_HCU', secured: 8, immediate: 8, inpatients: 6, severe: 6, vacant: 0 },
        ],
        emergencyAcceptance: 'SUSPENDED',
        ventilatorsTotal: 5,
        ventilatorsInUse: 3,
      },
    },
    asViewer({ role: Role.FACILITY, facilityId: id, prefectureCode: '01' }),
  );
  expect(report.errors).toBeUndefined();
}, 120_000);

afterAll(async () => {
  await server?.stop();
  await db?.drop();
});

const get = (path: string, query: string, headers: Record<string, string>) =>
  fetch(`${server.url}/api/exports/${path}${query}`, { headers });

/** Facilities of the prefecture that have a report: what both standards carry. */
async function reportedCodes(prefectureCode: string): Promise<string[]> {
  const rows = await db.dataSource.query(
    `SELECT f.code FROM facility f WHERE f.prefecture_code = $1 AND EXISTS (SELECT 1 FROM bed_snapshot s WHERE s.facility_id = f.id) ORDER BY f.code`,
    [prefectureCode],
  );
  return rows.map((r: { code: string }) => r.code);
}

const asList = <T>(value: T | T[] | undefined): T[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

describe('EDXL-HAVE 1.0 export', () => {
  it("is well-formed XML in the HAVE namespace with the required elements per hospital, for the viewer's prefecture", async () => {
    const res = await get('bed-report.edxl-have.xml', '', hokkaido);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/xml; charset=utf-8');
    const xml = await res.text();
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: '@',
      parseTagValue: false,
      isArray: (name) => ['have:Hospital', 'have:BedCapacity'].includes(name),
    }).parse(xml);
    const root = doc['have:HospitalStatus'];
    expect(root['@xmlns:have']).toBe(HAVE_NAMESPACE);
    expect(root['@xmlns:gml']).toBe('http://www.opengis.net/gml');
    const hospitals: any[] = root['have:Hospital'];
    const codes = hospitals.map((h) =>
      String(h['have:Organization']['have:OrganizationInformation']['xnl:OrganisationIdentifier']['#text']),
    );
    expect(codes).toEqual(await reportedCodes('01'));
    for (const h of hospitals) {
      // HAVE's sequence: Organization, EmergencyDepartmentStatus, …, HospitalBedCapacityStatus, …, LastUpdateTime.
      expect(Object.keys(h)).toEqual([
        'have:Organization',
        'have:EmergencyDepartmentStatus',
        'have:HospitalBedCapacityStatus',
        'have:LastUpdateTime',
      ]);
      expect(h['have:Organization']['have:OrganizationInformation']['xnl:OrganisationName']['xnl:NameElement']).toEqual(expect.any(String));
      expect(['Normal', 'Advisory', 'Closed', 'NotApplicable']).toContain(
        h['have:EmergencyDepartmentStatus']['have:EMSTraffic']['have:EMSTrafficStatus'],
      );
      expect(new Date(h['have:LastUpdateTime']).toISOString()).toBe(h['have:LastUpdateTime']);
      for (const bed of asList<any>(h['have:HospitalBedCapacityStatus']?.['have:BedCapacity'])) {
        expect(Object.values(HAVE_BED_TYPES)).toContain(bed['have:BedType']);
        const capacity = bed['have:Capacity'];
        expect(['VacantAvailable', 'NotAvailable']).toContain(capacity['have:CapacityStatus']);
        expect(capacity['have:AvailableCount']).toMatch(/^\d+$/);
        expect(Number(capacity['have:AvailableCount'])).toBeLessThanOrEqual(Number(capacity['have:BaselineCount']));
      }
    }
    // The edge facility: escaped name (a control character dropped), beds per type, 救急 停止 = Closed, position.
    const edge = hospitals.find(
      (h) => h['have:Organization']['have:OrganizationInformation']['xnl:OrganisationIdentifier']['#text'] === edgeCode,
    );
    expect(edge['have:Organization']['have:OrganizationInformation']['xnl:OrganisationName']['xnl:NameElement']).toBe(
      '<救急&"災害">病院  😀',
    );
    expect(edge['have:Organization']['have:OrganizationGeoLocation']['gml:Point']['gml:pos']).toBe('41.77 140.72');
    expect(edge['have:EmergencyDepartmentStatus']['have:EMSTraffic']['have:EMSTrafficStatus']).toBe('Closed');
    expect(edge['have:HospitalBedCapacityStatus']['have:BedCapacity']).toEqual([
      {
        'have:BedType': 'MedicalSurgical',
        'have:Capacity': { 'have:CapacityStatus': 'VacantAvailable', 'have:AvailableCount': '10', 'have:BaselineCount': '50' },
      },
      {
        'have:BedType': 'AdultICU',
        'have:Capacity': { 'have:CapacityStatus': 'NotAvailable', 'have:AvailableCount': '0', 'have:BaselineCount': '8' },
      },
    ]);
  });

  it("applies the bed report's access rules: another prefecture is FORBIDDEN, anonymous UNAUTHENTICATED, bad filters BAD_USER_INPUT", async () => {
    const other = await get('bed-report.edxl-have.xml', '?prefectureCode=13', hokkaido);
    expect(other.status).toBe(403);
    expect(((await other.json()) as any).errors[0].extensions.code).toBe('FORBIDDEN');
    const anonymous = await get('bed-report.edxl-have.xml', '', {});
    expect(anonymous.status).toBe(401);
    const recruitment = await get('bed-report.fhir.json', '', asViewer({ role: Role.HEALTH_CENTER_RECRUITMENT, prefectureCode: '01' }));
    expect(recruitment.status).toBe(403);
    const bad = await get('bed-report.fhir.json', '?emergencyAcceptance=MAYBE', office);
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as any).errors[0].extensions.fieldErrors[0].field).toBe('emergencyAcceptance');
  });
});

describe('FHIR R4 export (SANER bed measure)', () => {
  it('is a collection Bundle with an Organization, a Location and a MeasureReport per reported facility, all references resolving inside it', async () => {
    const res = await get('bed-report.fhir.json', '?prefectureCode=01', office);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/fhir+json; charset=utf-8');
    const bundle: any = await res.json();
    expect(bundle).toMatchObject({ resourceType: 'Bundle', type: 'collection', id: expect.stringMatching(/^[A-Za-z0-9.-]{1,64}$/) });
    expect(new Date(bundle.timestamp).toISOString()).toBe(bundle.timestamp);
    const resources: any[] = bundle.entry.map((e: any) => e.resource);
    for (const e of bundle.entry) expect(e.fullUrl.endsWith(`/${e.resource.resourceType}/${e.resource.id}`)).toBe(true);
    // ids are unique and valid FHIR ids
    const keys = resources.map((r) => `${r.resourceType}/${r.id}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const r of resources) expect(r.id).toMatch(/^[A-Za-z0-9.-]{1,64}$/);

    const codes = await reportedCodes('01');
    const byType = (type: string) => resources.filter((r) => r.resourceType === type);
    expect(byType('Organization').map((o) => o.identifier[0].value)).toEqual(codes);
    expect(byType('Location')).toHaveLength(codes.length);
    expect(byType('MeasureReport')).toHaveLength(codes.length);
    expect(resources).toHaveLength(codes.length * 3);

    const references = resources.flatMap((r) =>
      [r.managingOrganization, r.subject, r.reporter].filter(Boolean).map((ref: any) => ref.reference),
    );
    expect(references.length).toBe(codes.length * 3);
    for (const ref of references) expect(keys).toContain(ref);

    for (const o of byType('Organization')) {
      expect(o).toMatchObject({
        active: true,
        name: expect.any(String),
        identifier: [{ system: MEDICAL_INSTITUTION_CODE_SYSTEM, value: expect.stringMatching(/^\d{10}$/) }],
      });
    }
    for (const l of byType('Location')) expect(l).toMatchObject({ status: 'active', mode: 'instance', name: expect.any(String) });
    for (const m of byType('MeasureReport')) {
      // R4 required: status, type, measure, period (start/end).
      expect(m).toMatchObject({
        status: 'complete',
        type: 'summary',
        measure: SANER_MEASURE,
        period: { start: expect.any(String), end: expect.any(String) },
      });
      expect(m.group.map((g: any) => g.code.coding[0])).toEqual([
        { system: SANER_GROUP_SYSTEM, code: 'Beds' },
        { system: SANER_GROUP_SYSTEM, code: 'Ventilators' },
      ]);
      for (const g of m.group) {
        for (const p of g.population) {
          expect(p.code.coding[0].system).toBe(SANER_POPULATION_SYSTEM);
          expect(Number.isInteger(p.count) && p.count >= 0).toBe(true);
        }
      }
    }
    const edge = byType('MeasureReport').find((m) => m.subject.reference === `Location/loc-${edgeCode}`);
    const counts = Object.fromEntries(edge.group.flatMap((g: any) => g.population.map((p: any) => [p.code.coding[0].code, p.count])));
    expect(counts).toEqual({ numTotBeds: 58, numBeds: 58, numBedsOcc: 48, numICUBeds: 8, numICUBedsOcc: 8, numVent: 5, numVentUse: 3 });
    const location = byType('Location').find((l) => l.id === `loc-${edgeCode}`);
    expect(location.position).toEqual({ latitude: 41.77, longitude: 140.72 });
  });
});
