import type { DataSource } from 'typeorm';
import type { Viewer } from '../auth/viewer';
import { createLoaders, type Loaders } from '../graphql/context';
import { badUserInput } from '../graphql/errors';
import { canReadFacilityBeds, scopedPrefecture } from './bed-access';
import { type BedReportRow, toBedReportRow } from './bed-report-row';
import type { BedStatusChange, BedStatusChanges } from './bed-status-changes';

/** Changes a subscriber may fall behind by before the subscription is ended (the client resubscribes and refetches). */
export const MAX_PENDING_CHANGES = 500;

export interface BedStatusFeedFilter {
  prefectureCode?: string | null;
  areaCode?: string | null;
}

/**
 * A subscriber's stream of bed-report rows: every new report in the prefecture / 二次医療圏 asked
 * for, under exactly the bedReport query's rules (bed-access.ts). Asking for another prefecture
 * is FORBIDDEN when subscribing, as it is for the query; a facility account hears only itself.
 * Each change is read afresh from the database with new loaders (`onLoaders` hands them to the
 * row's field resolvers), so a long-lived subscription never serves a cached, older row.
 */
export async function bedStatusFeed(args: {
  db: DataSource;
  viewer: Viewer;
  changes: BedStatusChanges;
  filter: BedStatusFeedFilter;
  staleBefore: () => Date;
  onLoaders: (loaders: Loaders) => void;
}): Promise<AsyncGenerator<BedReportRow>> {
  const { db, viewer, changes, filter } = args;
  const { scope, prefectureCode } = scopedPrefecture(viewer, filter.prefectureCode);
  if (filter.areaCode != null && !/^\d{4}$/.test(filter.areaCode)) {
    throw badUserInput('二次医療圏コードが正しくありません。', [{ field: 'areaCode', message: '4桁の二次医療圏コードを指定してください。' }]);
  }
  const wanted = (change: BedStatusChange) =>
    (prefectureCode === null || change.prefectureCode === prefectureCode) &&
    (filter.areaCode == null || change.areaCode === filter.areaCode) &&
    (scope.facilityId === null || change.facilityId === scope.facilityId);

  const pending: BedStatusChange[] = [];
  let wake: (() => void) | null = null;
  let overflow = false;
  const unsubscribe = await changes.subscribe((change) => {
    if (!wanted(change)) return;
    if (pending.length >= MAX_PENDING_CHANGES) overflow = true;
    else pending.push(change);
    wake?.();
  });

  async function* rows(): AsyncGenerator<BedReportRow> {
    try {
      for (;;) {
        while (pending.length === 0 && !overflow) await new Promise<void>((resolve) => (wake = resolve));
        wake = null;
        if (overflow) throw new Error('bed-status subscriber fell too far behind');
        const change = pending.shift()!;
        const loaders = createLoaders(db, viewer);
        const facility = await loaders.facilityById.load(change.facilityId);
        // The object rule once more, on the stored facility: the notification is only a hint.
        if (!facility || !canReadFacilityBeds(viewer, facility)) continue;
        const latest = await loaders.latestBedSnapshotByFacilityId.load(facility.dbId);
        args.onLoaders(loaders);
        yield toBedReportRow(facility, latest, args.staleBefore());
      }
    } finally {
      unsubscribe();
    }
  }
  return rows();
}
