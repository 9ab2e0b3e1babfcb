import type { EntityManager } from 'typeorm';
import { DEFAULT_SCHEDULE, ReportingMode } from './reporting-period';

/** The demo prefecture whose hospitals get reminders: 東京都, where the demo accounts are. */
export const DEMO_SCHEDULE_PREFECTURE = '13';

/**
 * A stored schedule for 東京都 (daily by 12:00, 平時), in force since four weeks before `now`, so
 * that 報告状況 shows each hospital's current status and 28 days of on-time, late and missed
 * periods from the demo bed reports, and the reminder worker mails the demo hospital when it has
 * not reported. Idempotent: a schedule already stored (perhaps changed in the demo) is kept.
 */
export async function seedDemoReportingSchedule(m: EntityManager, now = new Date()): Promise<number> {
  const since = new Date(now.getTime() - 28 * 24 * 3600_000);
  const inserted: unknown[] = await m.query(
    `INSERT INTO reporting_schedule (prefecture_code, mode, due_minutes, alert_cadence_hours, disaster_cadence_hours,
       reminder_before_minutes, escalation_after_minutes, effective_at, updated_at, updated_by_account_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8, NULL)
     ON CONFLICT (prefecture_code) DO NOTHING RETURNING prefecture_code`,
    [
      DEMO_SCHEDULE_PREFECTURE,
      ReportingMode.NORMAL,
      DEFAULT_SCHEDULE.dueMinutes,
      DEFAULT_SCHEDULE.alertCadenceHours,
      DEFAULT_SCHEDULE.disasterCadenceHours,
      DEFAULT_SCHEDULE.reminderBeforeMinutes,
      DEFAULT_SCHEDULE.escalationAfterMinutes,
      since,
    ],
  );
  if (!inserted.length) return 0;
  await m.query(
    `INSERT INTO reporting_schedule_change (prefecture_code, effective_at, mode, due_minutes, cadence_hours)
     VALUES ($1, '-infinity', 'NORMAL', $2, 24), ($1, $3, 'NORMAL', $2, 24)`,
    [DEMO_SCHEDULE_PREFECTURE, DEFAULT_SCHEDULE.dueMinutes, since],
  );
  return 1;
}
