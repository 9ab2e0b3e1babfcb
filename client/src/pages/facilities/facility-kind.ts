import type { FacilityKind } from '../../gql/graphql';

/** 施設類型 labels, as the schema describes them; the Record type makes a new kind a compile error here. */
export const FACILITY_KIND_LABEL: Record<FacilityKind, string> = {
  HOSPITAL: '病院',
  CLINIC: '一般診療所',
  DENTAL_CLINIC: '歯科診療所',
  PHARMACY: '薬局',
  HEALTH_CENTER: '保健所',
};

export const FACILITY_KINDS = Object.keys(FACILITY_KIND_LABEL) as FacilityKind[];

export function isFacilityKind(value: string): value is FacilityKind {
  return Object.prototype.hasOwnProperty.call(FACILITY_KIND_LABEL, value);
}
