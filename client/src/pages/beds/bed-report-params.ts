import type { AcceptanceStatus, BedReportFilter, BedReportOrder, BedReportSortField } from '../../gql/graphql';
import { isAcceptanceStatus, isSortField, sortDirection } from './bed-labels';

/**
 * The report's search lives in the URL (?q=…&pref=13&area=1301&inpatient=NORMAL&sort=LAST_UPDATED&stale=1),
 * so a search can be shared and the back button restores it. The export uses the same criteria.
 */
export interface BedReportCriteria {
  /** レポートテーブルを検索: 二次医療圏名または医療機関名 */
  search: string;
  prefectureCode: string;
  /** 二次医療圏コード (4桁), '' for every area. */
  secondaryMedicalAreaCode: string;
  inpatientAcceptance: AcceptanceStatus | '';
  staleOnly: boolean;
  sort: BedReportSortField;
}

export const EMPTY_BED_CRITERIA: BedReportCriteria = { search: '', prefectureCode: '', secondaryMedicalAreaCode: '', inpatientAcceptance: '', staleOnly: false, sort: 'FACILITY_CODE' };

export function readBedReportParams(params: URLSearchParams): BedReportCriteria {
  const inpatient = params.get('inpatient') ?? '';
  const sort = params.get('sort') ?? '';
  return {
    search: params.get('q') ?? '',
    prefectureCode: params.get('pref') ?? '',
    secondaryMedicalAreaCode: params.get('area') ?? '',
    inpatientAcceptance: isAcceptanceStatus(inpatient) ? inpatient : '',
    staleOnly: params.get('stale') === '1',
    sort: isSortField(sort) ? sort : 'FACILITY_CODE',
  };
}

export function toBedReportParams(criteria: BedReportCriteria): URLSearchParams {
  const params = new URLSearchParams();
  const search = criteria.search.trim();
  if (search) params.set('q', search);
  if (criteria.prefectureCode) params.set('pref', criteria.prefectureCode);
  if (criteria.secondaryMedicalAreaCode) params.set('area', criteria.secondaryMedicalAreaCode);
  if (criteria.inpatientAcceptance) params.set('inpatient', criteria.inpatientAcceptance);
  if (criteria.staleOnly) params.set('stale', '1');
  if (criteria.sort !== 'FACILITY_CODE') params.set('sort', criteria.sort);
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

/** The export endpoint's query string: the same filter names as the GraphQL report. */
export function exportQuery(criteria: BedReportCriteria, encoding: ExportEncoding): string {
  const params = new URLSearchParams();
  const filter = toBedReportFilter(criteria);
  if (filter.search) params.set('search', filter.search);
  if (filter.prefectureCode) params.set('prefectureCode', filter.prefectureCode);
  if (filter.secondaryMedicalAreaCode) params.set('secondaryMedicalAreaCode', filter.secondaryMedicalAreaCode);
  if (filter.inpatientAcceptance) params.set('inpatientAcceptance', filter.inpatientAcceptance.join(','));
  if (filter.staleOnly) params.set('staleOnly', 'true');
  const order = toBedReportOrder(criteria);
  params.set('orderBy', order.field);
  params.set('direction', order.direction ?? 'ASC');
  params.set('view', 'details');
  params.set('encoding', encoding);
  return params.toString();
}
