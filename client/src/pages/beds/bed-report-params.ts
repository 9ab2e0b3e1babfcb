import type { BedReportFilter, BedReportOrder, BedVacancyMinimum } from '../../gql/graphql';
import { isAcceptanceStatus, isBedCategory, isSortDirection, isSortField, isStaffingStatus, sortDirection } from './bed-labels';

/** A filter field as a form holds it: '' or false for "any", one choice from a list. */
type FormValue<T> = NonNullable<T> extends readonly (infer Item)[] ? Item | '' : NonNullable<T>;

/**
 * The report's search: the schema's BedReportFilter and BedReportOrder (generated from
 * schema.graphql, the types the server's one BedReportQuery validator reads), narrowed to what
 * the search form offers. A field renamed or retyped in the schema is a compile error here, not a
 * parameter the report silently stops honouring.
 */
export type BedReportCriteria = {
  [
    Field in
      | 'search'
      | 'prefectureCode'
      | 'secondaryMedicalAreaCode'
      | 'inpatientAcceptance'
      | 'outpatientAcceptance'
      | 'emergencyAcceptance'
      | 'staffing'
      | 'staleOnly'
  ]-?: FormValue<BedReportFilter[Field]>;
} & {
  /** 空床数の下限 ('' for none), of one 病床区分 or ('' category) of the total. */
  minVacant: string;
  minVacantCategory: BedVacancyMinimum['category'] | '';
  sort: BedReportOrder['field'];
  /** '' is the field's natural direction (sortDirection). */
  direction: NonNullable<BedReportOrder['direction']> | '';
};

export const EMPTY_BED_CRITERIA: BedReportCriteria = {
  search: '',
  prefectureCode: '',
  secondaryMedicalAreaCode: '',
  inpatientAcceptance: '',
  outpatientAcceptance: '',
  emergencyAcceptance: '',
  staffing: '',
  staleOnly: false,
  minVacant: '',
  minVacantCategory: '',
  sort: 'FACILITY_CODE',
  direction: '',
};

/**
 * The search lives in the URL (?q=…&pref=13&area=1301&inpatient=NORMAL&sort=LAST_UPDATED&dir=ASC&stale=1),
 * so a search can be shared and reloaded and the back button restores it; short names keep shared links short.
 */
const URL_PARAMS = {
  search: 'q',
  prefectureCode: 'pref',
  secondaryMedicalAreaCode: 'area',
  inpatientAcceptance: 'inpatient',
  outpatientAcceptance: 'outpatient',
  emergencyAcceptance: 'emergency',
  staffing: 'staffing',
  staleOnly: 'stale',
  minVacant: 'vacant',
  minVacantCategory: 'vcat',
  sort: 'sort',
  direction: 'dir',
} as const satisfies Record<keyof BedReportCriteria, string>;

/** A count the filter accepts: a whole number 0..9999, as typed (half- or full-width digits). */
export function readMinVacant(value: string): number | null {
  const digits = value.trim().replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  return /^\d{1,4}$/.test(digits) ? Number(digits) : null;
}

export function readBedReportParams(params: URLSearchParams): BedReportCriteria {
  const get = (criterion: keyof BedReportCriteria) => params.get(URL_PARAMS[criterion]) ?? '';
  const status = (criterion: 'inpatientAcceptance' | 'outpatientAcceptance' | 'emergencyAcceptance') => {
    const value = get(criterion);
    return isAcceptanceStatus(value) ? value : '';
  };
  const staffing = get('staffing');
  const category = get('minVacantCategory');
  const minVacant = readMinVacant(get('minVacant'));
  const sort = get('sort');
  const direction = get('direction');
  return {
    search: get('search'),
    prefectureCode: get('prefectureCode'),
    secondaryMedicalAreaCode: get('secondaryMedicalAreaCode'),
    inpatientAcceptance: status('inpatientAcceptance'),
    outpatientAcceptance: status('outpatientAcceptance'),
    emergencyAcceptance: status('emergencyAcceptance'),
    staffing: isStaffingStatus(staffing) ? staffing : '',
    staleOnly: get('staleOnly') === '1',
    minVacant: minVacant === null ? '' : String(minVacant),
    minVacantCategory: isBedCategory(category) ? category : '',
    sort: isSortField(sort) ? sort : EMPTY_BED_CRITERIA.sort,
    direction: isSortDirection(direction) ? direction : '',
  };
}

export function toBedReportParams(criteria: BedReportCriteria): URLSearchParams {
  const params = new URLSearchParams();
  const set = (criterion: keyof BedReportCriteria, value: string) => {
    if (value) params.set(URL_PARAMS[criterion], value);
  };
  set('search', criteria.search.trim());
  set('prefectureCode', criteria.prefectureCode);
  set('secondaryMedicalAreaCode', criteria.secondaryMedicalAreaCode);
  set('inpatientAcceptance', criteria.inpatientAcceptance);
  set('outpatientAcceptance', criteria.outpatientAcceptance);
  set('emergencyAcceptance', criteria.emergencyAcceptance);
  set('staffing', criteria.staffing);
  set('staleOnly', criteria.staleOnly ? '1' : '');
  const minVacant = readMinVacant(criteria.minVacant);
  set('minVacant', minVacant === null ? '' : String(minVacant));
  set('minVacantCategory', minVacant === null ? '' : criteria.minVacantCategory);
  set('sort', criteria.sort !== EMPTY_BED_CRITERIA.sort ? criteria.sort : '');
  set('direction', criteria.direction && criteria.direction !== sortDirection(criteria.sort) ? criteria.direction : '');
  return params;
}

export function toBedReportFilter(criteria: BedReportCriteria): BedReportFilter {
  const search = criteria.search.trim();
  const list = <T>(value: T | '') => (value ? [value] : null);
  const minVacant = readMinVacant(criteria.minVacant);
  return {
    search: search || null,
    prefectureCode: criteria.prefectureCode || null,
    secondaryMedicalAreaCode: criteria.secondaryMedicalAreaCode || null,
    inpatientAcceptance: list(criteria.inpatientAcceptance),
    outpatientAcceptance: list(criteria.outpatientAcceptance),
    emergencyAcceptance: list(criteria.emergencyAcceptance),
    staffing: list(criteria.staffing),
    staleOnly: criteria.staleOnly || null,
    minVacantTotal: minVacant !== null && !criteria.minVacantCategory ? minVacant : null,
    minVacant: minVacant !== null && criteria.minVacantCategory ? [{ category: criteria.minVacantCategory, atLeast: minVacant }] : null,
  };
}

export function toBedReportOrder(criteria: BedReportCriteria): BedReportOrder {
  return { field: criteria.sort, direction: criteria.direction || sortDirection(criteria.sort) };
}

/** Which table column (by key) orders the report by which field: the headers a reader can click. */
export const SORT_BY_COLUMN: Partial<Record<string, BedReportOrder['field']>> = {
  code: 'FACILITY_CODE',
  name: 'FACILITY_NAME',
  area: 'AREA',
  areaCode: 'AREA',
  updated: 'LAST_UPDATED',
  vacant: 'VACANT_TOTAL',
  vacantTotal: 'VACANT_TOTAL',
  secured: 'SECURED_TOTAL',
  securedTotal: 'SECURED_TOTAL',
  'GENERAL-vacant': 'VACANT_GENERAL',
  'ICU_HCU-vacant': 'VACANT_ICU_HCU',
  'INFECTIOUS-vacant': 'VACANT_INFECTIOUS',
  'PSYCHIATRIC-vacant': 'VACANT_PSYCHIATRIC',
  'PEDIATRIC-vacant': 'VACANT_PEDIATRIC',
  'NEGATIVE_PRESSURE-vacant': 'VACANT_NEGATIVE_PRESSURE',
};

export type ExportEncoding = 'sjis' | 'utf8';

/**
 * The export endpoint's query string: the report's own filter under the GraphQL names (lists
 * comma-separated), its order as orderBy and direction; the server reads it into the same query.
 */
/** エクスポートビュー: 「詳細のみ」 one line per facility, 「サマリー」 the totals (overall, per prefecture, per 二次医療圏). */
export type ExportView = 'details' | 'summary';

export function exportQuery(criteria: BedReportCriteria, encoding: ExportEncoding, view: ExportView = 'details'): string {
  const params = new URLSearchParams();
  const { minVacant, ...filter } = toBedReportFilter(criteria);
  for (const [name, value] of Object.entries(filter)) {
    if (value != null) params.set(name, Array.isArray(value) ? value.join(',') : String(value));
  }
  // Per-category minimums as CATEGORY:count pairs.
  if (minVacant) params.set('minVacant', minVacant.map((m) => `${m.category}:${m.atLeast}`).join(','));
  const order = toBedReportOrder(criteria);
  params.set('orderBy', order.field);
  params.set('direction', order.direction ?? 'ASC');
  params.set('view', view);
  params.set('encoding', encoding);
  return params.toString();
}
