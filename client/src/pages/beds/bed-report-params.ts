import type { BedReportFilter, BedReportOrder } from '../../gql/graphql';
import { isAcceptanceStatus, isSortField, sortDirection } from './bed-labels';

/** A filter field as a form holds it: '' or false for "any", one choice from a list. */
type FormValue<T> = NonNullable<T> extends readonly (infer Item)[] ? Item | '' : NonNullable<T>;

/**
 * The report's search: the schema's BedReportFilter and BedReportOrder (generated from
 * schema.graphql, the types the server's one BedReportQuery validator reads), narrowed to what
 * the search form offers. A field renamed or retyped in the schema is a compile error here, not a
 * parameter the report silently stops honouring.
 */
export type BedReportCriteria = {
  [Field in 'search' | 'prefectureCode' | 'secondaryMedicalAreaCode' | 'inpatientAcceptance' | 'staleOnly']-?: FormValue<
    BedReportFilter[Field]
  >;
} & { sort: BedReportOrder['field'] };

export const EMPTY_BED_CRITERIA: BedReportCriteria = {
  search: '',
  prefectureCode: '',
  secondaryMedicalAreaCode: '',
  inpatientAcceptance: '',
  staleOnly: false,
  sort: 'FACILITY_CODE',
};

/**
 * The search lives in the URL (?q=…&pref=13&area=1301&inpatient=NORMAL&sort=LAST_UPDATED&stale=1),
 * so a search can be shared and the back button restores it; short names keep shared links short.
 */
const URL_PARAMS = {
  search: 'q',
  prefectureCode: 'pref',
  secondaryMedicalAreaCode: 'area',
  inpatientAcceptance: 'inpatient',
  staleOnly: 'stale',
  sort: 'sort',
} as const satisfies Record<keyof BedReportCriteria, string>;

export function readBedReportParams(params: URLSearchParams): BedReportCriteria {
  const get = (criterion: keyof BedReportCriteria) => params.get(URL_PARAMS[criterion]) ?? '';
  const inpatient = get('inpatientAcceptance');
  const sort = get('sort');
  return {
    search: get('search'),
    prefectureCode: get('prefectureCode'),
    secondaryMedicalAreaCode: get('secondaryMedicalAreaCode'),
    inpatientAcceptance: isAcceptanceStatus(inpatient) ? inpatient : '',
    staleOnly: get('staleOnly') === '1',
    sort: isSortField(sort) ? sort : EMPTY_BED_CRITERIA.sort,
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
  set('staleOnly', criteria.staleOnly ? '1' : '');
  set('sort', criteria.sort !== EMPTY_BED_CRITERIA.sort ? criteria.sort : '');
  return params;
}

export function toBedReportFilter(criteria: BedReportCriteria): BedReportFilter {
  const search = criteria.search.trim();
  return {
    search: search || null,
    prefectureCode: criteria.prefectureCode || null,
    secondaryMedicalAreaCode: criteria.secondaryMedicalAreaCode || null,
    inpatientAcceptance: criteria.inpatientAcceptance ? [criteria.inpatientAcceptance] : null,
    staleOnly: criteria.staleOnly || null,
  };
}

export function toBedReportOrder(criteria: BedReportCriteria): BedReportOrder {
  return { field: criteria.sort, direction: sortDirection(criteria.sort) };
}

export type ExportEncoding = 'sjis' | 'utf8';

/**
 * The export endpoint's query string: the report's own filter under the GraphQL names (lists
 * comma-separated), its order as orderBy and direction; the server reads it into the same query.
 */
export function exportQuery(criteria: BedReportCriteria, encoding: ExportEncoding): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(toBedReportFilter(criteria))) {
    if (value != null) params.set(name, Array.isArray(value) ? value.join(',') : String(value));
  }
  const order = toBedReportOrder(criteria);
  params.set('orderBy', order.field);
  params.set('direction', order.direction ?? 'ASC');
  params.set('view', 'details');
  params.set('encoding', encoding);
  return params.toString();
}
