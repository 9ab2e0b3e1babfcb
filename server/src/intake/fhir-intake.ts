import { AcceptanceStatus, BED_CATEGORIES, BED_MEASURES, type BedCategoryKey, MAX_COUNT, StaffingStatus } from '../beds/bed-categories';
import {
  GMIS_EXTENSIONS,
  MEDICAL_INSTITUTION_CODE_SYSTEM,
  SANER_GROUP_SYSTEM,
  SANER_MEASURE,
  SANER_POPULATION_SYSTEM,
} from '../beds/bed-report.standards';
import { BedCategory } from '../beds/bed-snapshot.entity';
import type { BedReportInput } from '../beds/bed-snapshot.input';

/**
 * Machine intake of FHIR R4 MeasureReports after HL7 SANER's bed measure, the shape the FHIR export
 * writes (beds/bed-report.standards.ts): reading only. This module turns a MeasureReport (or each
 * MeasureReport of a Bundle) into the report input of reportBedStatus, and names every problem as an
 * OperationOutcome issue whose expression is the FHIRPath of the element at fault. The report rules
 * themselves (ranges, vacant ≤ secured, …) stay with the beds domain's one validator; the router
 * maps that validator's fields back to the element each came from (`paths`).
 *
 * Mapping. With this service's extensions (GMIS_EXTENSIONS, which the export writes), every item is
 * taken from them, and SANER's populations must agree with them. Without them (another system's plain
 * SANER report), the Beds group is read as: ICU・HCU = numICUBeds (vacant numICUBeds − numICUBedsOcc),
 * 一般病床 = the rest of numBeds (vacant: the rest of the empty beds); secured beds are taken as
 * immediately usable and occupied beds as inpatients (SANER has no 即応 or 重症 count); the
 * Ventilators group gives 人工呼吸器; 受入状況 and 職員 are 未回答.
 */

export interface FhirIssue {
  severity: 'fatal' | 'error' | 'warning' | 'information';
  /** FHIR IssueType: structure, required, value, invariant, forbidden, not-found, conflict, login, informational … */
  code: string;
  diagnostics: string;
  expression?: string[];
}

/** One MeasureReport read into a report of one facility. */
export interface MappedMeasureReport {
  /** FHIRPath of the resource: `MeasureReport` or `Bundle.entry[2].resource`. */
  at: string;
  facilityCode: string;
  /** Where the facility was named (for refusals about the facility). */
  facilityPath: string;
  input: BedReportInput;
  /** The report input's field names (validateBedReport's) → the FHIRPath they were read from. */
  paths: Record<string, string>;
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const array = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const codings = (concept: unknown): Json[] => (isObject(concept) ? array(concept.coding).filter(isObject) : []);
const hasCode = (concept: unknown, system: string, code: string) => codings(concept).some((c) => c.system === system && c.code === code);

const FACILITY_CODE = /^\d{10}$/;
/** Our export's resource ids: org-<code>, loc-<code>. */
const OWN_REFERENCE = /^(?:Organization\/org-|Location\/loc-)(\d{10})$/;

class Reader {
  readonly issues: FhirIssue[] = [];
  error(code: string, expression: string, diagnostics: string) {
    this.issues.push({ severity: 'error', code, diagnostics, expression: [expression] });
  }
}

/** The 医療機関コード among a resource's or a Reference's identifiers. */
function codeOfIdentifiers(identifiers: unknown): string | null {
  for (const identifier of array(identifiers).filter(isObject)) {
    if (identifier.system === MEDICAL_INSTITUTION_CODE_SYSTEM && typeof identifier.value === 'string') return identifier.value;
  }
  return null;
}

/** The facility a reference names: its identifier, the referenced resource of the Bundle, or our export's own ids. */
function codeOfReference(reference: unknown, resources: Map<string, Json>): string | null {
  if (!isObject(reference)) return null;
  if (isObject(reference.identifier)) {
    const code = codeOfIdentifiers([reference.identifier]);
    if (code) return code;
  }
  if (typeof reference.reference !== 'string') return null;
  const target = resources.get(reference.reference);
  const code = target ? codeOfIdentifiers(target.identifier) : null;
  return code ?? OWN_REFERENCE.exec(reference.reference)?.[1] ?? null;
}

const ACCEPTANCE = new Set<string>(Object.values(AcceptanceStatus));
const STAFFING = new Set<string>(Object.values(StaffingStatus));
const CATEGORY_OF_KEY = Object.fromEntries(Object.entries(BedCategory).map(([, value]) => [value, value])) as Record<
  BedCategoryKey,
  BedCategory
>;

/** A count as given (validateBedReport judges it); a missing or non-numeric value is reported here. */
function countAt(reader: Reader, value: unknown, path: string): number {
  if (typeof value === 'number') return value;
  reader.error('value', path, '整数で指定してください。');
  return 0;
}

function readMeasureReport(reader: Reader, resource: Json, at: string, resources: Map<string, Json>): MappedMeasureReport | null {
  const before = reader.issues.length;
  if (resource.status !== 'complete') reader.error('value', `${at}.status`, 'status は complete の報告のみ受け付けます。');
  if (resource.measure !== SANER_MEASURE) reader.error('value', `${at}.measure`, `measure は ${SANER_MEASURE} を指定してください。`);
  if (resource.id !== undefined && (typeof resource.id !== 'string' || !/^[A-Za-z0-9\-.]{1,64}$/.test(resource.id))) {
    reader.error('value', `${at}.id`, 'id は FHIR の id (英数字・-・. の64文字以内) で指定してください。');
  }

  // The facility: reporter first (the organisation that reports), then subject (its site).
  let facilityCode: string | null = null;
  let facilityPath = `${at}.reporter`;
  for (const element of ['reporter', 'subject'] as const) {
    const code = codeOfReference(resource[element], resources);
    if (code) {
      facilityCode = code;
      facilityPath = `${at}.${element}`;
      break;
    }
  }
  if (!facilityCode) {
    reader.error(
      'required',
      `${at}.reporter`,
      `医療機関を特定できません。reporter または subject に医療機関コード (${MEDICAL_INSTITUTION_CODE_SYSTEM}) を指定してください。`,
    );
  } else if (!FACILITY_CODE.test(facilityCode)) {
    reader.error('value', facilityPath, '医療機関コードは10桁の数字で指定してください。');
  }

  const paths: Record<string, string> = { idempotencyKey: `${at}.id`, beds: `${at}.extension`, note: `${at}.extension` };
  // SANER's populations, by group and code, with their paths.
  const populations = new Map<string, { count: number; path: string }>();
  const groups = array(resource.group);
  groups.forEach((group, g) => {
    if (!isObject(group)) return;
    const groupCode = ['Beds', 'Ventilators'].find((code) => hasCode(group.code, SANER_GROUP_SYSTEM, code));
    if (!groupCode) return;
    array(group.population).forEach((population, p) => {
      if (!isObject(population)) return;
      const code = codings(population.code).find((c) => c.system === SANER_POPULATION_SYSTEM)?.code;
      if (typeof code !== 'string') return;
      const path = `${at}.group[${g}].population[${p}].count`;
      const count = countAt(reader, population.count, path);
      if (Number.isInteger(count) && count < 0) reader.error('value', path, `${code} は0以上の整数で指定してください。`);
      populations.set(code, { count, path });
    });
  });

  const input: BedReportInput = {
    beds: [],
    outpatientAcceptance: AcceptanceStatus.UNANSWERED,
    inpatientAcceptance: AcceptanceStatus.UNANSWERED,
    emergencyAcceptance: AcceptanceStatus.UNANSWERED,
    staffing: StaffingStatus.UNANSWERED,
    ventilatorsTotal: populations.get('numVent')?.count ?? 0,
    ventilatorsInUse: populations.get('numVentUse')?.count ?? 0,
    ecmoTotal: 0,
    ecmoInUse: 0,
    note: null,
    idempotencyKey: typeof resource.id === 'string' ? `fhir:${resource.id}` : null,
  };
  paths.ventilatorsTotal = populations.get('numVent')?.path ?? `${at}.group`;
  paths.ventilatorsInUse = populations.get('numVentUse')?.path ?? `${at}.group`;

  const extensions = array(resource.extension);
  const own = extensions.some((e) => isObject(e) && e.url === GMIS_EXTENSIONS.bedCounts);
  extensions.forEach((extension, e) => {
    if (!isObject(extension)) return;
    const here = `${at}.extension[${e}]`;
    const parts = array(extension.extension);
    const part = (url: string): { value: Json; path: string } | null => {
      const index = parts.findIndex((p) => isObject(p) && p.url === url);
      return index < 0 ? null : { value: parts[index] as Json, path: `${here}.extension[${index}]` };
    };
    switch (extension.url) {
      case GMIS_EXTENSIONS.bedCounts: {
        const category = part('category');
        const key = category?.value.valueCode;
        if (typeof key !== 'string' || !(key in CATEGORY_OF_KEY)) {
          reader.error(
            'value',
            category ? `${category.path}.valueCode` : here,
            `病床区分 (category) は ${BED_CATEGORIES.map((c) => c.key).join(', ')} のいずれかです。`,
          );
          return;
        }
        const counts: Record<string, number> = {};
        for (const measure of BED_MEASURES) {
          const found = part(measure.column);
          const path = found ? `${found.path}.valueInteger` : here;
          counts[measure.column] = found ? countAt(reader, found.value.valueInteger, path) : 0;
          paths[`beds.${key}.${measure.column}`] = path;
        }
        input.beds.push({
          category: CATEGORY_OF_KEY[key as BedCategoryKey],
          secured: counts.secured,
          immediate: counts.immediate,
          inpatients: counts.inpatients,
          severe: counts.severe,
          vacant: counts.vacant,
        });
        paths[`beds.${key}`] = here;
        return;
      }
      case GMIS_EXTENSIONS.acceptance:
        for (const [url, field] of [
          ['outpatient', 'outpatientAcceptance'],
          ['inpatient', 'inpatientAcceptance'],
          ['emergency', 'emergencyAcceptance'],
        ] as const) {
          const found = part(url);
          if (!found) continue;
          const value = found.value.valueCode;
          paths[field] = `${found.path}.valueCode`;
          if (typeof value === 'string' && ACCEPTANCE.has(value)) input[field] = value as AcceptanceStatus;
          else reader.error('value', `${found.path}.valueCode`, `受入状況は ${[...ACCEPTANCE].join(', ')} のいずれかです。`);
        }
        return;
      case GMIS_EXTENSIONS.staffing:
        paths.staffing = `${here}.valueCode`;
        if (typeof extension.valueCode === 'string' && STAFFING.has(extension.valueCode))
          input.staffing = extension.valueCode as StaffingStatus;
        else reader.error('value', `${here}.valueCode`, `職員の充足状況は ${[...STAFFING].join(', ')} のいずれかです。`);
        return;
      case GMIS_EXTENSIONS.ecmo:
        for (const [url, field] of [
          ['total', 'ecmoTotal'],
          ['inUse', 'ecmoInUse'],
        ] as const) {
          const found = part(url);
          if (!found) continue;
          paths[field] = `${found.path}.valueInteger`;
          input[field] = countAt(reader, found.value.valueInteger, paths[field]);
        }
        return;
      case GMIS_EXTENSIONS.note:
        paths.note = `${here}.valueString`;
        if (typeof extension.valueString === 'string') input.note = extension.valueString;
        else reader.error('value', paths.note, '備考は文字列 (valueString) で指定してください。');
        return;
      default:
        // Extensions of other profiles are not ours to judge.
        return;
    }
  });

  const count = (code: string) => populations.get(code)?.count ?? 0;
  const countsValid = input.beds.every((b) =>
    [b.secured, b.immediate, b.inpatients, b.severe, b.vacant].every((n) => Number.isInteger(n) && n >= 0 && n <= MAX_COUNT),
  );
  if (own) {
    // SANER's totals must say what the categories say, or the two readings of one report differ
    // (checked once the categories' own counts are valid: their rule names the first fault).
    const secured = input.beds.reduce((sum, b) => sum + b.secured, 0);
    const vacant = input.beds.reduce((sum, b) => sum + b.vacant, 0);
    const icu = input.beds.find((b) => b.category === BedCategory.ICU_HCU);
    const expected: Record<string, number> = {
      numTotBeds: secured,
      numBeds: secured,
      numBedsOcc: secured - vacant,
      numICUBeds: icu?.secured ?? 0,
      numICUBedsOcc: (icu?.secured ?? 0) - (icu?.vacant ?? 0),
    };
    for (const [code, value] of countsValid ? Object.entries(expected) : []) {
      const found = populations.get(code);
      if (found && found.count >= 0 && found.count !== value) {
        reader.error('invariant', found.path, `${code} (${found.count}) が病床区分ごとの値から求めた値 (${value}) と一致しません。`);
      }
    }
  } else if (populations.has('numBeds') || populations.has('numTotBeds')) {
    const beds = populations.has('numBeds') ? count('numBeds') : count('numTotBeds');
    const bedsPath = (populations.get('numBeds') ?? populations.get('numTotBeds'))!.path;
    const occupied = count('numBedsOcc');
    const icuBeds = count('numICUBeds');
    const icuOccupied = count('numICUBedsOcc');
    if (icuBeds > beds)
      reader.error('invariant', populations.get('numICUBeds')!.path, `numICUBeds (${icuBeds}) が numBeds (${beds}) を超えています。`);
    const general = { secured: beds - icuBeds, occupied: occupied - icuOccupied };
    input.beds.push(
      {
        category: BedCategory.GENERAL,
        secured: general.secured,
        immediate: general.secured,
        inpatients: general.occupied,
        severe: 0,
        vacant: general.secured - general.occupied,
      },
      {
        category: BedCategory.ICU_HCU,
        secured: icuBeds,
        immediate: icuBeds,
        inpatients: icuOccupied,
        severe: 0,
        vacant: icuBeds - icuOccupied,
      },
    );
    for (const key of ['general', 'icuHcu'] as const) {
      for (const measure of BED_MEASURES)
        paths[`beds.${key}.${measure.column}`] = key === 'general' ? bedsPath : (populations.get('numICUBeds')?.path ?? bedsPath);
    }
    paths['beds.general.vacant'] = populations.get('numBedsOcc')?.path ?? bedsPath;
    paths['beds.icuHcu.vacant'] = populations.get('numICUBedsOcc')?.path ?? bedsPath;
  } else {
    reader.error('required', `${at}.group`, 'Beds グループの numBeds (または numTotBeds) がありません。');
  }

  if (reader.issues.length > before || !facilityCode) return null;
  return { at, facilityCode, facilityPath, input, paths };
}

/**
 * Reads a MeasureReport, or every MeasureReport of a Bundle (Organizations and Locations of the Bundle
 * resolve the references). Returns the reports read and the problems found; a report with a problem
 * is not among the reports.
 */
export function readMeasureReports(body: unknown): { reports: MappedMeasureReport[]; issues: FhirIssue[] } {
  const reader = new Reader();
  const reports: MappedMeasureReport[] = [];
  if (!isObject(body)) {
    reader.error('structure', 'Resource', 'FHIR リソース (JSON オブジェクト) を送信してください。');
    return { reports, issues: reader.issues };
  }
  if (body.resourceType === 'MeasureReport') {
    const report = readMeasureReport(reader, body, 'MeasureReport', new Map());
    if (report) reports.push(report);
  } else if (body.resourceType === 'Bundle') {
    const entries = array(body.entry);
    const resources = new Map<string, Json>();
    for (const entry of entries) {
      if (!isObject(entry) || !isObject(entry.resource)) continue;
      const resource = entry.resource;
      if (typeof resource.resourceType === 'string' && typeof resource.id === 'string') {
        resources.set(`${resource.resourceType}/${resource.id}`, resource);
      }
      if (typeof entry.fullUrl === 'string') resources.set(entry.fullUrl, resource);
    }
    let found = 0;
    entries.forEach((entry, i) => {
      if (!isObject(entry) || !isObject(entry.resource) || entry.resource.resourceType !== 'MeasureReport') return;
      found += 1;
      const report = readMeasureReport(reader, entry.resource, `Bundle.entry[${i}].resource`, resources);
      if (report) reports.push(report);
    });
    if (found === 0) reader.error('required', 'Bundle.entry', 'Bundle に MeasureReport がありません。');
  } else {
    reader.error('structure', 'Resource.resourceType', 'MeasureReport または Bundle を送信してください。');
  }
  return { reports, issues: reader.issues };
}

/** An OperationOutcome of the given issues. */
export function operationOutcome(issues: FhirIssue[]): Record<string, unknown> {
  return { resourceType: 'OperationOutcome', issue: issues.map((issue) => ({ ...issue })) };
}
