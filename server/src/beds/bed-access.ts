import type { Audience } from '../auth/access-policy';
import { Role, type Viewer } from '../auth/viewer';
import { forbidden, unauthenticated } from '../graphql/errors';
import type { Facility } from '../facilities/facility.entity';

/**
 * Who may see and report bed status: the one rule module for the GraphQL report, the detail
 * queries, the reporting mutations and the CSV export. The resolvers declare their operation
 * rules with these lists (@Authorized), so the operation check and the object check cannot disagree.
 *
 * - HEALTH_CENTER_AGGREGATOR, PREFECTURE: their own prefecture only.
 * - OFFICE, ANALYST: every prefecture (bed data holds no personal data, so analysts see it whole).
 * - FACILITY: its own facility only (reads its own row and history, reports for itself).
 * - HEALTH_CENTER_RECRUITMENT, anonymous: nothing.
 */
export const BED_REPORT_READERS: readonly Audience[] = [
  Role.HEALTH_CENTER_AGGREGATOR,
  Role.PREFECTURE,
  Role.OFFICE,
  Role.ANALYST,
  Role.FACILITY,
];
/** A facility reports for itself; a prefecture reports for facilities of its prefecture. */
export const BED_REPORTERS: readonly Audience[] = [Role.FACILITY, Role.PREFECTURE];
/** Batch submission is the prefectural systems' path. */
export const BED_BATCH_REPORTERS: readonly Audience[] = [Role.PREFECTURE];
/**
 * 一括取込 (upload of the report's own export, edited): the prefecture and the health centres'
 * とりまとめ団体, each for the facilities of the prefecture it reads (bedReadScope).
 */
export const BED_BULK_INTAKE: readonly Audience[] = [Role.PREFECTURE, Role.HEALTH_CENTER_AGGREGATOR];

/** What part of the report a viewer may read; null means unrestricted on that axis. */
export interface BedReadScope {
  prefectureCode: string | null;
  facilityId: number | null;
}

export const BED_ACCESS_MESSAGES = {
  otherPrefecture: '他の都道府県の病床状況は参照できません。',
  otherFacility: '自施設以外の病床状況は参照できません。',
  reportOtherFacility: 'この医療機関の病床状況を報告する権限がありません。',
};

/** The viewer's read scope, or UNAUTHENTICATED / FORBIDDEN when they may not read bed status at all. */
export function bedReadScope(viewer: Viewer): BedReadScope {
  if (viewer.role === null) throw unauthenticated();
  switch (viewer.role) {
    case Role.OFFICE:
    case Role.ANALYST:
      return { prefectureCode: null, facilityId: null };
    case Role.HEALTH_CENTER_AGGREGATOR:
    case Role.PREFECTURE:
      // An account of these roles without a prefecture is misconfigured: fail closed.
      if (!viewer.prefectureCode) throw forbidden();
      return { prefectureCode: viewer.prefectureCode, facilityId: null };
    case Role.FACILITY:
      if (viewer.facilityId === null) throw forbidden();
      return { prefectureCode: null, facilityId: viewer.facilityId };
    default:
      throw forbidden();
  }
}

/**
 * The prefecture a report request is limited to. A prefecture-scoped viewer gets their own
 * prefecture by default; asking for another one is FORBIDDEN rather than an empty result, so a
 * wrong filter is never mistaken for "no hospitals have beds".
 */
export function scopedPrefecture(
  viewer: Viewer,
  requested: string | null | undefined,
): { scope: BedReadScope; prefectureCode: string | null } {
  const scope = bedReadScope(viewer);
  if (scope.prefectureCode === null) return { scope, prefectureCode: requested ?? null };
  if (requested != null && requested !== scope.prefectureCode) throw forbidden(BED_ACCESS_MESSAGES.otherPrefecture);
  return { scope, prefectureCode: scope.prefectureCode };
}

export function canReadFacilityBeds(viewer: Viewer, facility: Pick<Facility, 'dbId' | 'prefectureCode'>): boolean {
  let scope: BedReadScope;
  try {
    scope = bedReadScope(viewer);
  } catch {
    return false;
  }
  if (scope.facilityId !== null && scope.facilityId !== facility.dbId) return false;
  if (scope.prefectureCode !== null && scope.prefectureCode !== facility.prefectureCode) return false;
  return true;
}

/** Throws unless the viewer may read this facility's bed status and history. */
export function assertCanReadFacilityBeds(viewer: Viewer, facility: Pick<Facility, 'dbId' | 'prefectureCode'>): void {
  const scope = bedReadScope(viewer);
  if (scope.facilityId !== null && scope.facilityId !== facility.dbId) throw forbidden(BED_ACCESS_MESSAGES.otherFacility);
  if (scope.prefectureCode !== null && scope.prefectureCode !== facility.prefectureCode)
    throw forbidden(BED_ACCESS_MESSAGES.otherPrefecture);
}

export function mayReportFor(viewer: Viewer, facility: Pick<Facility, 'dbId' | 'prefectureCode'>): boolean {
  if (viewer.role === Role.FACILITY) return viewer.facilityId !== null && viewer.facilityId === facility.dbId;
  if (viewer.role === Role.PREFECTURE) return viewer.prefectureCode !== null && viewer.prefectureCode === facility.prefectureCode;
  return false;
}

/** Whether the viewer may take in (一括取込) a report for this facility: BED_BULK_INTAKE, own prefecture. */
export function mayIntakeFor(viewer: Viewer, facility: Pick<Facility, 'prefectureCode'>): boolean {
  return (
    (viewer.role === Role.PREFECTURE || viewer.role === Role.HEALTH_CENTER_AGGREGATOR) &&
    viewer.prefectureCode !== null &&
    viewer.prefectureCode === facility.prefectureCode
  );
}

/** Throws unless the viewer may submit a report for this facility. */
export function assertMayReportFor(viewer: Viewer, facility: Pick<Facility, 'dbId' | 'prefectureCode'>): void {
  if (viewer.role === null) throw unauthenticated();
  if (!mayReportFor(viewer, facility)) throw forbidden(BED_ACCESS_MESSAGES.reportOtherFacility);
}
