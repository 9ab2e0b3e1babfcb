import { ENUM_LABELS } from '../../../../common/enum-labels';
import type { FacilityKind } from '../../gql/graphql';

/** 施設類型 labels, as the schema describes them; the Record type makes a new kind a compile error here. */
export const FACILITY_KIND_LABEL: Record<FacilityKind, string> = ENUM_LABELS.FacilityKind;

export const FACILITY_KINDS = Object.keys(FACILITY_KIND_LABEL) as FacilityKind[];

export function isFacilityKind(value: string): value is FacilityKind {
  return Object.prototype.hasOwnProperty.call(FACILITY_KIND_LABEL, value);
}
