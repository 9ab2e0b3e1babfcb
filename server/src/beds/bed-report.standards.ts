import { AcceptanceStatus, BED_CATEGORIES, BED_MEASURES, type BedCategoryKey } from './bed-categories';
import type { BedReportRow } from './bed-report-row';

/**
 * The bed report in the two standard exchange formats other systems read:
 *
 * - EDXL-HAVE 1.0 (OASIS Emergency Data Exchange Language, Hospital AVailability Exchange,
 *   namespace urn:oasis:names:tc:emergency:EDXL:HAVE:1.0): one <Hospital> per facility with
 *   Organization / EmergencyDepartmentStatus / HospitalBedCapacityStatus / LastUpdateTime.
 * - FHIR R4: a `collection` Bundle with, per facility, an Organization, a Location (the
 *   facility's site, managed by the Organization) and a MeasureReport after HL7 SANER's bed
 *   measure CDCPatientImpactAndHospitalCapacity (groups Beds and Ventilators, populations
 *   numTotBeds, numBeds, numBedsOcc, numICUBeds, numICUBedsOcc, numVent, numVentUse).
 *
 * Both are streamed from the report's own keyset batches (`bedReportRows` in bed-report.search.ts:
 * same filter, same order, same access rule as the CSV), so memory stays bounded whatever the row count.
 */

// ---------------------------------------------------------------- EDXL-HAVE 1.0

export const HAVE_NAMESPACE = 'urn:oasis:names:tc:emergency:EDXL:HAVE:1.0';
/** OASIS CIQ v3 name and address namespaces, which HAVE 1.0 uses for organisation details. */
export const XNL_NAMESPACE = 'urn:oasis:names:tc:ciq:xnl:3';
export const XAL_NAMESPACE = 'urn:oasis:names:tc:ciq:xal:3';
export const GML_NAMESPACE = 'http://www.opengis.net/gml';

/** Our bed categories as HAVE BedType values (HAVE's list is US-centred; the nearest type is used). */
export const HAVE_BED_TYPES: Record<BedCategoryKey, string> = {
  general: 'MedicalSurgical',
  icuHcu: 'AdultICU',
  infectious: 'OtherIsolation',
  psychiatric: 'AdultPsychiatric',
  pediatric: 'Pediatrics',
  negativePressure: 'NegativeFlowIsolation',
};

/** 救急受入 as HAVE EMSTrafficStatus (Normal | Advisory | Closed | NotApplicable). */
const EMS_TRAFFIC: Record<AcceptanceStatus, string> = {
  [AcceptanceStatus.NORMAL]: 'Normal',
  [AcceptanceStatus.LIMITED]: 'Advisory',
  [AcceptanceStatus.SUSPENDED]: 'Closed',
  [AcceptanceStatus.UNANSWERED]: 'NotApplicable',
};

/** Text and attribute content: the five XML specials, and characters XML 1.0 does not allow. */
export function xmlText(value: string): string {
  return (
    value
      // eslint-disable-next-line no-control-regex -- XML 1.0's allowed characters are defined by code point, TAB/LF/CR included
      .replace(/[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
  );
}

function haveHospital(row: BedReportRow): string {
  const f = row.facility;
  const latest = row.latest;
  const address = [f.address, f.building].filter(Boolean).join(' ');
  const geo =
    f.latitude != null && f.longitude != null
      ? `<have:OrganizationGeoLocation><gml:Point><gml:pos>${f.latitude} ${f.longitude}</gml:pos></gml:Point></have:OrganizationGeoLocation>`
      : '';
  const beds = latest
    ? BED_CATEGORIES.filter((c) => latest[`${c.key}Secured`] > 0)
        .map(
          (c) =>
            `<have:BedCapacity><have:BedType>${HAVE_BED_TYPES[c.key]}</have:BedType><have:Capacity>` +
            `<have:CapacityStatus>${latest[`${c.key}Vacant`] > 0 ? 'VacantAvailable' : 'NotAvailable'}</have:CapacityStatus>` +
            `<have:AvailableCount>${latest[`${c.key}Vacant`]}</have:AvailableCount>` +
            `<have:BaselineCount>${latest[`${c.key}Secured`]}</have:BaselineCount>` +
            `</have:Capacity></have:BedCapacity>`,
        )
        .join('')
    : '';
  return (
    '<have:Hospital>' +
    '<have:Organization><have:OrganizationInformation>' +
    `<xnl:OrganisationName><xnl:NameElement>${xmlText(f.name)}</xnl:NameElement></xnl:OrganisationName>` +
    `<xnl:OrganisationIdentifier xnl:Type="MedicalInstitutionCode">${xmlText(f.code)}</xnl:OrganisationIdentifier>` +
    `<xal:Address><xal:Country><xal:NameElement>JP</xal:NameElement></xal:Country>` +
    `<xal:FreeTextAddress><xal:AddressLine>${xmlText(address)}</xal:AddressLine></xal:FreeTextAddress>` +
    `<xal:PostCode><xal:Identifier>${xmlText(f.postalCode)}</xal:Identifier></xal:PostCode></xal:Address>` +
    `</have:OrganizationInformation>${geo}</have:Organization>` +
    `<have:EmergencyDepartmentStatus><have:EMSTraffic><have:EMSTrafficStatus>${EMS_TRAFFIC[latest?.emergencyAcceptance ?? AcceptanceStatus.UNANSWERED]}</have:EMSTrafficStatus></have:EMSTraffic></have:EmergencyDepartmentStatus>` +
    `<have:HospitalBedCapacityStatus>${beds}</have:HospitalBedCapacityStatus>` +
    `<have:LastUpdateTime>${row.lastUpdated!.toISOString()}</have:LastUpdateTime>` +
    '</have:Hospital>\n'
  );
}

export async function* edxlHaveChunks(batches: AsyncIterable<BedReportRow[]>): AsyncGenerator<string> {
  yield (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<have:HospitalStatus xmlns:have="${HAVE_NAMESPACE}" xmlns:xnl="${XNL_NAMESPACE}" xmlns:xal="${XAL_NAMESPACE}" xmlns:gml="${GML_NAMESPACE}">\n`
  );
  for await (const rows of batches) {
    // Facilities never reported have no status to exchange (and HAVE requires LastUpdateTime).
    const text = rows
      .filter((r) => r.latest)
      .map(haveHospital)
      .join('');
    if (text) yield text;
  }
  yield '</have:HospitalStatus>\n';
}

// ---------------------------------------------------------------- FHIR R4 (SANER)

export const SANER_MEASURE = 'http://hl7.org/fhir/uv/saner/Measure/CDCPatientImpactAndHospitalCapacity';
export const SANER_GROUP_SYSTEM = 'http://hl7.org/fhir/uv/saner/CodeSystem/MeasureGroupSystem';
export const SANER_POPULATION_SYSTEM = 'http://hl7.org/fhir/uv/saner/CodeSystem/MeasurePopulationSystem';
/**
 * This service's own extensions of the MeasureReport: what SANER's Beds and Ventilators groups do
 * not carry (every count of every 病床区分, the 受入状況, 職員, ECMO and 備考), so that a report
 * exported here and posted back to /fhir (server/src/intake) is the same report, item for item.
 * The `.invalid` host says these are identifiers, not addresses to fetch.
 */
export const GMIS_FHIR_BASE = 'http://gmis-graphql.invalid/fhir/StructureDefinition';
export const GMIS_EXTENSIONS = {
  /** One per 病床区分: sub-extensions category (valueCode) and secured/immediate/inpatients/severe/vacant (valueInteger). */
  bedCounts: `${GMIS_FHIR_BASE}/bed-counts`,
  /** Sub-extensions outpatient, inpatient, emergency (valueCode: NORMAL | LIMITED | SUSPENDED | UNANSWERED). */
  acceptance: `${GMIS_FHIR_BASE}/acceptance`,
  /** valueCode: NORMAL | SHORTAGE | DEPLETED | UNANSWERED. */
  staffing: `${GMIS_FHIR_BASE}/staffing`,
  /** Sub-extensions total and inUse (valueInteger). */
  ecmo: `${GMIS_FHIR_BASE}/ecmo`,
  /** valueString. */
  note: `${GMIS_FHIR_BASE}/note`,
} as const;

/** The MeasureReport's extensions for one snapshot (GMIS_EXTENSIONS). */
function gmisExtensions(s: NonNullable<BedReportRow['latest']>): Record<string, unknown>[] {
  return [
    ...BED_CATEGORIES.map((c) => ({
      url: GMIS_EXTENSIONS.bedCounts,
      extension: [
        { url: 'category', valueCode: c.key },
        ...BED_MEASURES.map((m) => ({ url: m.column, valueInteger: s[`${c.key}${m.key}`] })),
      ],
    })),
    {
      url: GMIS_EXTENSIONS.acceptance,
      extension: [
        { url: 'outpatient', valueCode: s.outpatientAcceptance },
        { url: 'inpatient', valueCode: s.inpatientAcceptance },
        { url: 'emergency', valueCode: s.emergencyAcceptance },
      ],
    },
    { url: GMIS_EXTENSIONS.staffing, valueCode: s.staffing },
    {
      url: GMIS_EXTENSIONS.ecmo,
      extension: [
        { url: 'total', valueInteger: s.ecmoTotal },
        { url: 'inUse', valueInteger: s.ecmoInUse },
      ],
    },
    ...(s.note ? [{ url: GMIS_EXTENSIONS.note, valueString: s.note }] : []),
  ];
}

/** 医療機関コード (10 digits), as JP Core identifies medical institutions. */
export const MEDICAL_INSTITUTION_CODE_SYSTEM = 'http://jpfhir.jp/fhir/core/IdSystem/insurance-medical-institution-no';

const population = (code: string, count: number, initial = false) => ({
  code: {
    coding: [
      { system: SANER_POPULATION_SYSTEM, code },
      ...(initial ? [{ system: 'http://terminology.hl7.org/CodeSystem/measure-population', code: 'initial-population' }] : []),
    ],
  },
  count,
});

/** The three resources of one facility (only facilities with a report: a MeasureReport needs a period). */
export function fhirResources(row: BedReportRow & { latest: NonNullable<BedReportRow['latest']> }): Record<string, unknown>[] {
  const f = row.facility;
  const s = row.latest;
  const address = { country: 'JP', postalCode: f.postalCode, text: [f.address, f.building].filter(Boolean).join(' ') };
  const identifier = [{ system: MEDICAL_INSTITUTION_CODE_SYSTEM, value: f.code }];
  const organization = {
    resourceType: 'Organization',
    id: `org-${f.code}`,
    identifier,
    active: true,
    name: f.name,
    address: [address],
    ...(f.phone ? { telecom: [{ system: 'phone', value: f.phone }] } : {}),
  };
  const location = {
    resourceType: 'Location',
    id: `loc-${f.code}`,
    identifier,
    status: 'active',
    name: f.name,
    mode: 'instance',
    address,
    ...(f.latitude != null && f.longitude != null ? { position: { latitude: f.latitude, longitude: f.longitude } } : {}),
    managingOrganization: { reference: `Organization/org-${f.code}` },
  };
  const at = s.reportedAt.toISOString();
  const measureReport = {
    resourceType: 'MeasureReport',
    id: `bed-${f.code}-${s.dbId}`,
    extension: gmisExtensions(s),
    status: 'complete',
    type: 'summary',
    measure: SANER_MEASURE,
    subject: { reference: `Location/loc-${f.code}` },
    date: at,
    reporter: { reference: `Organization/org-${f.code}` },
    period: { start: at, end: at },
    group: [
      {
        code: { coding: [{ system: SANER_GROUP_SYSTEM, code: 'Beds' }] },
        population: [
          population('numTotBeds', s.securedTotal, true),
          population('numBeds', s.securedTotal),
          population('numBedsOcc', s.securedTotal - s.vacantTotal),
          population('numICUBeds', s.icuHcuSecured),
          population('numICUBedsOcc', s.icuHcuSecured - s.icuHcuVacant),
        ],
      },
      {
        code: { coding: [{ system: SANER_GROUP_SYSTEM, code: 'Ventilators' }] },
        population: [population('numVent', s.ventilatorsTotal, true), population('numVentUse', s.ventilatorsInUse)],
      },
    ],
  };
  return [organization, location, measureReport];
}

/** The Bundle as JSON text, entry by entry (JSON.stringify of the whole would hold every row at once). */
export async function* fhirBundleChunks(
  batches: AsyncIterable<BedReportRow[]>,
  args: { now: Date; baseUrl: string; bundleId: string },
): AsyncGenerator<string> {
  yield `{"resourceType":"Bundle","id":${JSON.stringify(args.bundleId)},"type":"collection","timestamp":${JSON.stringify(args.now.toISOString())},"entry":[`;
  let first = true;
  for await (const rows of batches) {
    const parts: string[] = [];
    for (const row of rows) {
      if (!row.latest) continue;
      for (const resource of fhirResources(row as BedReportRow & { latest: NonNullable<BedReportRow['latest']> })) {
        parts.push(
          `${first ? '' : ','}\n${JSON.stringify({ fullUrl: `${args.baseUrl}/${resource.resourceType as string}/${resource.id as string}`, resource })}`,
        );
        first = false;
      }
    }
    if (parts.length) yield parts.join('');
  }
  yield '\n]}\n';
}
