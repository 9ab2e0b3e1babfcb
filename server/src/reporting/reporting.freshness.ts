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
 * effect and every other one half a cadence before its due time. Each setting in force since the
 * one in force 28 days ago (the compliance window) offers its latest due time up to now; the
 * latest of them wins. $1 = now.
 */
const LATEST_DUE_PERIODS = `
  WITH segments AS (
    SELECT c.prefecture_code, c.effective_at AS seg_from,
           COALESCE(lead(c.effective_at) OVER (PARTITION BY c.prefecture_code ORDER BY c.effective_at), 'infinity') AS seg_to,
           (c.due_minutes - 540) * 60 AS anchor, c.cadence_hours * 3600 AS n
      FROM reporting_schedule_change c
     WHERE c.effective_at <= $1::timestamptz
       AND c.effective_at >= COALESCE((SELECT max(o.effective_at) FROM reporting_schedule_change o
                                        WHERE o.prefecture_code = c.prefecture_code
                                          AND o.effective_at <= $1::timestamptz - interval '28 days'), '-infinity')),
  latest AS (
    SELECT prefecture_code, seg_from, n,
           anchor + floor((extract(epoch FROM least(seg_to, $1::timestamptz)) - anchor) / n) * n AS due
      FROM segments)
  SELECT DISTINCT ON (prefecture_code) prefecture_code,
         CASE WHEN to_timestamp(due - n) <= seg_from THEN seg_from ELSE to_timestamp(due - n / 2) END AS fresh_since
    FROM latest
   WHERE to_timestamp(due) > seg_from
   ORDER BY prefecture_code, due DESC`;

/**
 * The reporting schedules' answer to beds' question "since when is a report fresh?" (one small
 * statement over the schedules' history: at most one row per prefecture), handed to beds through
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
