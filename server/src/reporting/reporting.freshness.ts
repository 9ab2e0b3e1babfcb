import type { ReportingFreshness } from '../beds/bed-staleness';
import { DEFAULT_SCHEDULE, freshSince } from './reporting-period';
import { storedSchedules } from './reporting-schedule';

/**
 * The reporting schedules' answer to beds' question "since when is a report fresh?" (one small
 * statement: the stored schedules, at most 47 rows), handed to beds through the context.
 */
export const scheduleFreshness: ReportingFreshness = {
  async freshSince(db, now) {
    const schedules = await storedSchedules(db);
    return {
      byDefault: freshSince(DEFAULT_SCHEDULE, now),
      byPrefecture: new Map([...schedules].map(([code, schedule]) => [code, freshSince(schedule, now)])),
    };
  },
};
