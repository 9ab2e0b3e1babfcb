import type { FacilityFilter, FacilityKind } from '../../gql/graphql';
import { isFacilityKind } from './facility-kind';

/**
 * The search lives in the URL (?pref=13&area=1301&kind=HOSPITAL&name=…&after=…&page=2), so a
 * search can be bookmarked or shared and the browser's back button returns to earlier results.
 * Values are passed to the API as given: the server validates them and its field errors are
 * shown beside the fields.
 */
export interface FacilitySearchCriteria {
  prefectureCode: string;
  secondaryMedicalAreaCode: string;
  kind: FacilityKind | '';
  name: string;
}

export interface FacilitySearchState {
  criteria: FacilitySearchCriteria;
  after: string | null;
  /** 1-based page number, for 「n〜m件目」; only meaningful together with `after`. */
  page: number;
}

export const EMPTY_CRITERIA: FacilitySearchCriteria = { prefectureCode: '', secondaryMedicalAreaCode: '', kind: '', name: '' };

export function readSearchParams(params: URLSearchParams): FacilitySearchState {
  const kind = params.get('kind') ?? '';
  const after = params.get('after') || null;
  const page = Number(params.get('page'));
  return {
    criteria: {
      prefectureCode: params.get('pref') ?? '',
      secondaryMedicalAreaCode: params.get('area') ?? '',
      kind: isFacilityKind(kind) ? kind : '',
      name: params.get('name') ?? '',
    },
    after,
    page: after && Number.isInteger(page) && page > 1 ? page : 1,
  };
}

export function toSearchParams(criteria: FacilitySearchCriteria, paging?: { after: string; page: number }): URLSearchParams {
  const params = new URLSearchParams();
  if (criteria.prefectureCode) params.set('pref', criteria.prefectureCode);
  if (criteria.secondaryMedicalAreaCode) params.set('area', criteria.secondaryMedicalAreaCode);
  if (criteria.kind) params.set('kind', criteria.kind);
  const name = criteria.name.trim();
  if (name) params.set('name', name);
  if (paging) {
    params.set('after', paging.after);
    params.set('page', String(paging.page));
  }
  return params;
}

export function toFilter(criteria: FacilitySearchCriteria): FacilityFilter {
  const name = criteria.name.trim();
  return {
    prefectureCode: criteria.prefectureCode || null,
    secondaryMedicalAreaCode: criteria.secondaryMedicalAreaCode || null,
    kind: criteria.kind || null,
    name: name || null,
  };
}
