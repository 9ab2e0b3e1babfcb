import type { Viewer } from '../auth/viewer';
import type { Loaders } from '../graphql/loaders';
import { canReadFacilityBeds } from './bed-access';
import { type BedReportRow, toBedReportRow } from './bed-report-row';
import type { BedReportQuery } from './bed-report.query';
import type { BedStatusChange, BedStatusChanges } from './bed-status-changes';
import type { Staleness } from './bed-staleness';

/** Changes a subscriber may fall behind by before the subscription is ended (the client resubscribes and refetches). */
export const MAX_PENDING_CHANGES = 500;

/**
 * A subscriber's stream of bed-report rows: every new report in the prefecture / 二次医療圏 of
 * the report's query (bed-report.query.ts, made for this viewer: another prefecture was FORBIDDEN
 * there, as it is for the report; a facility account hears only itself). The feed follows the
 * query's place only — prefecture, area, facility — since a change says nothing else.
 * Each change is read afresh from the database with new loaders (`onLoaders` hands them to the
 * row's field resolvers), so a long-lived subscription never serves a cached, older row.
 */
export async function bedStatusFeed(args: {
  /** Fresh loaders for the subscriber (ctx.newLoaders): each change is read from the database, never a cache. */
  newLoaders: () => Loaders;
  viewer: Viewer;
  changes: BedStatusChanges;
  query: BedReportQuery;
  /** The 更新遅れ rule at the time of each change (bed-staleness.ts). */
  staleness: () => Promise<Staleness>;
  onLoaders: (loaders: Loaders) => void;
}): Promise<AsyncGenerator<BedReportRow>> {
  const { viewer, changes } = args;
  const { prefectureCode, secondaryMedicalAreaCode, facilityId } = args.query.filter;
  const wanted = (change: BedStatusChange) =>
    (prefectureCode === null || change.prefectureCode === prefectureCode) &&
    (secondaryMedicalAreaCode === null || change.areaCode === secondaryMedicalAreaCode) &&
    (facilityId === null || change.facilityId === facilityId);

  // A queue of its own rather than a Repeater (@repeaterjs/repeater): a Repeater starts its
  // executor, here the LISTEN, only at the first read, where this resolves once listening; and
  // stopped with an error it still hands out every buffered change first, where a subscriber
  // that fell behind is ended at once, without reading its backlog from the database.
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
        const loaders = args.newLoaders();
        const facility = await loaders.facilityById.load(change.facilityId);
        // The object rule once more, on the stored facility: the notification is only a hint.
        if (!facility || !canReadFacilityBeds(viewer, facility)) continue;
        const latest = await loaders.latestBedSnapshotByFacilityId.load(facility.dbId);
        args.onLoaders(loaders);
        yield toBedReportRow(facility, latest, await args.staleness());
      }
    } finally {
      unsubscribe();
    }
  }
  return rows();
}
