import type { ReportingFreshness } from '../beds/bed-staleness';
import { DEFAULT_SCHEDULE, freshSince } from './reporting-period';

/**
 * Per prefecture with a schedule history, the opening of the latest period whose due time has
 * passed, a due time counting only if it fell while the setting that defines it was in force
 * (reporting_schedule_change): switched to 災害 (every 2 h from 12:00) at 14:05, the 14:00 of the
 * new grid never applied, so until 16:00 a report stays fresh from the last due time of the old
 * setting (12:00 → since 00:00); from 16:00 on, since 14:05, when the first 災害 period opened. The
 * same periods as compliance (reporting-compliance.ts): due times on anchor + k·cadence, a due time
 * at the change belonging to the old setting, the first period of a setting opening when it took
 * effect and every other one half a cadence before its due time.
 * Walking back from the setting in force, the first one with a due time up to now has the latest:
 * the eight latest settings are read (backwards on the history's index, however long it is). Had
 * none of them a due time (eight changes, each before its setting's first due time), a report is
 * fresh since the oldest of them took effect. $1 = now.
 */
const LATEST_DUE_PERIODS = `
  SELECT p.code AS prefecture_code, latest.fresh_since
    FROM prefecture p
    JOIN LATERAL (
      SELECT CASE WHEN s.due IS NULL OR to_timestamp(s.due - s.n) <= s.seg_from THEN s.seg_from
                  ELSE to_timestamp(s.due - s.n / 2) END AS fresh_since
        FROM (SELECT w.seg_from, w.n, CASE WHEN to_timestamp(w.last_due) > w.seg_from THEN w.last_due END AS due
                FROM (SELECT c.effective_at AS seg_from, c.cadence_hours * 3600 AS n,
                             (c.due_minutes - 540) * 60 + floor((extract(epoch FROM least(
                               COALESCE(lag(c.effective_at) OVER (ORDER BY c.effective_at DESC), 'infinity'), $1::timestamptz))
                               - (c.due_minutes - 540) * 60) / (c.cadence_hours * 3600)) * (c.cadence_hours * 3600) AS last_due
                        FROM reporting_schedule_change c
                       WHERE c.prefecture_code = p.code AND c.effective_at <= $1::timestamptz
                       ORDER BY c.effective_at DESC
                       LIMIT 8) w) s
       ORDER BY s.due DESC NULLS LAST, s.seg_from
       LIMIT 1) latest ON true`;

/**
 * The reporting schedules' answer to beds' question "since when is a report fresh?" (one small
 * statement over the schedules' latest history: at most one row per prefecture), handed to beds through
 * the context. A prefecture without a history (never set) reports daily by 12:00.
 */
export const scheduleFreshness: ReportingFreshness = {
  async freshSince(db, now) {
    const rows: { prefecture_code: string; fresh_since: Date }[] = await db.query(LATEST_DUE_PERIODS, [now]);
    return {
      byDefault: freshSince(DEFAULT_SCHEDULE, now),
      byPrefecture: new Map(rows.map((r) => [r.prefecture_code, r.fresh_since])),
    };
  },
};
