import type { MigrationInterface, QueryRunner } from 'typeorm';
import { rewriteAuditActions } from './audit-actions';

/**
 * Reporting schedules: per prefecture a due time and an operating mode (平時 / 警戒 / 災害) with
 * their cadences, the history of what was in force when (compliance judges each past period by
 * the setting of its time), and the reminders already sent (one per recipient, period and kind,
 * whatever number of processes run the reminder worker).
 */
export class ReportingSchedule1765000000000 implements MigrationInterface {
  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE reporting_schedule (
      prefecture_code char(2) PRIMARY KEY REFERENCES prefecture (code),
      mode text NOT NULL CHECK (mode IN ('NORMAL','ALERT','DISASTER')),
      due_minutes integer NOT NULL CHECK (due_minutes BETWEEN 0 AND 1439),
      alert_cadence_hours integer NOT NULL CHECK (alert_cadence_hours IN (1,2,3,4,6,8,12)),
      disaster_cadence_hours integer NOT NULL CHECK (disaster_cadence_hours IN (1,2,3,4,6,8,12)),
      reminder_before_minutes integer NOT NULL CHECK (reminder_before_minutes BETWEEN 0 AND 720),
      escalation_after_minutes integer NOT NULL CHECK (escalation_after_minutes BETWEEN 0 AND 720),
      -- When the current mode and due time took effect (the start of the latest history row).
      effective_at timestamptz NOT NULL,
      updated_at timestamptz NOT NULL,
      updated_by_account_id integer)`);
    await q.query(`CREATE TABLE reporting_schedule_change (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      prefecture_code char(2) NOT NULL REFERENCES prefecture (code),
      effective_at timestamptz NOT NULL,
      mode text NOT NULL CHECK (mode IN ('NORMAL','ALERT','DISASTER')),
      due_minutes integer NOT NULL CHECK (due_minutes BETWEEN 0 AND 1439),
      cadence_hours integer NOT NULL CHECK (cadence_hours IN (1,2,3,4,6,8,12,24)))`);
    await q.query(`CREATE INDEX reporting_schedule_change_idx ON reporting_schedule_change (prefecture_code, effective_at)`);
    // The key that makes reminders idempotent: a worker inserts it in the same transaction as the
    // mails, and a second worker's insert of the same key does nothing.
    await q.query(`CREATE TABLE reporting_reminder (
      kind text NOT NULL CHECK (kind IN ('REMINDER','OVERDUE','ESCALATION')),
      -- facility:<id> (a hospital or a health centre) or prefecture:<code> (an area without a health centre).
      recipient text NOT NULL CHECK (length(recipient) BETWEEN 1 AND 40),
      due_at timestamptz NOT NULL,
      prefecture_code char(2) NOT NULL REFERENCES prefecture (code),
      mails integer NOT NULL CHECK (mails >= 0),
      created_at timestamptz NOT NULL,
      PRIMARY KEY (kind, recipient, due_at))`);
    await q.query(`CREATE INDEX reporting_reminder_created_idx ON reporting_reminder (created_at)`);
    await rewriteAuditActions(q, (actions) => [...actions, 'REPORTING_SCHEDULE_CHANGED']);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM audit_event WHERE action = 'REPORTING_SCHEDULE_CHANGED'`);
    await rewriteAuditActions(q, (actions) => actions.filter((a) => a !== 'REPORTING_SCHEDULE_CHANGED'));
    await q.query(`DROP TABLE reporting_reminder`);
    await q.query(`DROP TABLE reporting_schedule_change`);
    await q.query(`DROP TABLE reporting_schedule`);
  }
}
