import type { DataSource } from 'typeorm';
import type { Viewer } from '../auth/viewer';
import { badUserInput, forbidden, notFound, unauthenticated } from '../graphql/errors';
import { Facility } from '../facilities/facility.entity';
import { mayReportFor } from './bed-access';
import { BedSnapshot } from './bed-snapshot.entity';
import type { BedReportInput } from './bed-snapshot.input';
import { assertReportable, contentHash, type RecordedReport, reportSourceOf, storeBedReport, validateBedReport } from './bed-reporting';

const DAY_MS = 24 * 3600_000;

export const CORRECTION_MESSAGES = {
  notFound: '訂正する報告が見つかりません。',
  notYours: '自施設以外の報告は訂正できません。',
  tooOld: (days: number) => `訂正できるのは報告日時から${days}日以内の報告です。`,
  unchanged: '訂正前の報告と同じ内容です。訂正する項目を直してください。',
};

/**
 * 訂正: a facility amends one of its reports of the last `windowDays` days (NHS England's rule
 * of thumb: 14). The amendment is a new snapshot (the table is append-only) that records the report
 * it corrects, takes that report's reportedAt (so it replaces the figures of that moment, and is the
 * current status only if the corrected report was) and records when and by whom it was made.
 * Who may correct is who may report for the facility (bed-access.ts): the facility itself, or its
 * prefecture. The rules are checked before the transaction; the write is one transaction.
 */
export async function correctBedReport(
  db: DataSource,
  args: { viewer: Viewer; snapshotId: number; input: BedReportInput; windowDays: number; now?: Date },
): Promise<RecordedReport> {
  const { viewer, input } = args;
  if (viewer.role === null) throw unauthenticated();
  const now = args.now ?? new Date();
  const original = await db.getRepository(BedSnapshot).findOneBy({ dbId: args.snapshotId });
  const facility = original ? await db.getRepository(Facility).findOneBy({ dbId: original.facilityId }) : null;
  // Another facility's report reads as "not yours" only to those who may see it at all.
  if (!original || !facility) throw notFound(CORRECTION_MESSAGES.notFound);
  if (!mayReportFor(viewer, facility)) throw forbidden(CORRECTION_MESSAGES.notYours);
  assertReportable(viewer, facility);
  if (now.getTime() - original.reportedAt.getTime() > args.windowDays * DAY_MS) {
    const message = CORRECTION_MESSAGES.tooOld(args.windowDays);
    throw badUserInput(message, [{ field: 'snapshotId', message }]);
  }
  const content = validateBedReport(input);
  if (contentHash(content) === original.contentHash) {
    throw badUserInput(CORRECTION_MESSAGES.unchanged, [{ field: 'snapshotId', message: CORRECTION_MESSAGES.unchanged }]);
  }
  const source = reportSourceOf(viewer, facility);
  return db.transaction((m) =>
    storeBedReport(m, { viewer, facility, content, idempotencyKey: input.idempotencyKey ?? null, source, now, corrects: original }),
  );
}
