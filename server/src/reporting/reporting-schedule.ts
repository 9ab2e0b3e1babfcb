import type { DataSource, EntityManager } from 'typeorm';
import { Role, type Viewer } from '../auth/viewer';
import { AuditAction, recordAudit } from '../audit/audit-log';
import { badUserInput, type FieldProblem, forbidden } from '../graphql/errors';
import { enqueueMail } from '../mail/outbox';
import {
  cadenceHours,
  currentPeriod,
  DEFAULT_SCHEDULE,
  formatDueTime,
  formatJst,
  MODE_LABELS,
  RAISED_CADENCE_HOURS,
  type ReminderRule,
  ReportingMode,
  type ScheduleRule,
} from './reporting-period';

type Queryable = Pick<EntityManager, 'query'>;

/** A prefecture's schedule as in force: stored, or the default for a prefecture that never set one. */
export interface PrefectureSchedule extends ScheduleRule, ReminderRule {
  prefectureCode: string;
  /** false: the default schedule (no row stored); reminders are sent only for stored schedules. */
  stored: boolean;
  updatedAt: Date | null;
}

const COLUMNS = `prefecture_code, mode, due_minutes, alert_cadence_hours, disaster_cadence_hours, reminder_before_minutes,
  escalation_after_minutes, effective_at, updated_at`;

interface ScheduleRow {
  prefecture_code: string;
  mode: ReportingMode;
  due_minutes: number;
  alert_cadence_hours: number;
  disaster_cadence_hours: number;
  reminder_before_minutes: number;
  escalation_after_minutes: number;
  effective_at: Date;
  updated_at: Date;
}

const fromRow = (r: ScheduleRow): PrefectureSchedule => ({
  prefectureCode: r.prefecture_code,
  mode: r.mode,
  dueMinutes: r.due_minutes,
  alertCadenceHours: r.alert_cadence_hours,
  disasterCadenceHours: r.disaster_cadence_hours,
  reminderBeforeMinutes: r.reminder_before_minutes,
  escalationAfterMinutes: r.escalation_after_minutes,
  effectiveAt: r.effective_at,
  updatedAt: r.updated_at,
  stored: true,
});

export const defaultScheduleOf = (prefectureCode: string): PrefectureSchedule => ({
  ...DEFAULT_SCHEDULE,
  prefectureCode,
  stored: false,
  updatedAt: null,
});

/** Every stored schedule (at most 47 rows), by prefecture code. */
export async function storedSchedules(db: Queryable): Promise<Map<string, PrefectureSchedule>> {
  const rows: ScheduleRow[] = await db.query(`SELECT ${COLUMNS} FROM reporting_schedule`);
  return new Map(rows.map((r) => [r.prefecture_code, fromRow(r)]));
}

export async function scheduleOf(db: Queryable, prefectureCode: string): Promise<PrefectureSchedule> {
  const [row]: ScheduleRow[] = await db.query(`SELECT ${COLUMNS} FROM reporting_schedule WHERE prefecture_code = $1`, [prefectureCode]);
  return row ? fromRow(row) : defaultScheduleOf(prefectureCode);
}

/** Who sets a prefecture's schedule: that prefecture, or the office for any. */
export const SCHEDULE_EDITORS = [Role.PREFECTURE, Role.OFFICE];

/** The prefecture whose schedule a viewer asks about: their own by default; the office and analysts must name one. */
export function schedulePrefectureFor(viewer: Viewer, requested: string | null | undefined, known: (code: string) => boolean): string {
  const code = requested ?? viewer.prefectureCode;
  if (!code) throw badUserInput('都道府県を指定してください。', [{ field: 'prefectureCode', message: '都道府県を選択してください。' }]);
  if (!known(code))
    throw badUserInput('都道府県が正しくありません。', [{ field: 'prefectureCode', message: '都道府県が正しくありません。' }]);
  return code;
}

export interface ScheduleChange {
  prefectureCode?: string | null;
  mode: ReportingMode;
  /** HH:MM, Japan time. */
  dueTime: string;
  alertCadenceHours: number;
  disasterCadenceHours: number;
  reminderBeforeMinutes: number;
  escalationAfterMinutes: number;
}

const CADENCE_MESSAGE = `${RAISED_CADENCE_HOURS.join('・')} 時間のいずれかを選択してください。`;

/** The checked change, or BAD_USER_INPUT naming each wrong field (messages shown beside the fields). */
function validate(input: ScheduleChange): Omit<PrefectureSchedule, 'prefectureCode' | 'stored' | 'updatedAt' | 'effectiveAt'> {
  const problems: FieldProblem[] = [];
  const time = /^([01]?\d|2[0-3]):([0-5]\d)$/.exec(input.dueTime?.trim() ?? '');
  if (!time) problems.push({ field: 'dueTime', message: '報告期限を 00:00〜23:59 の形式で入力してください。' });
  const cadence = (field: 'alertCadenceHours' | 'disasterCadenceHours') => {
    if (!(RAISED_CADENCE_HOURS as readonly number[]).includes(input[field])) problems.push({ field, message: CADENCE_MESSAGE });
  };
  cadence('alertCadenceHours');
  cadence('disasterCadenceHours');
  if (!problems.some((p) => p.field.endsWith('CadenceHours')) && input.disasterCadenceHours > input.alertCadenceHours)
    problems.push({ field: 'disasterCadenceHours', message: '災害時の報告周期は警戒時と同じか、より短くしてください。' });
  const minutes = (field: 'reminderBeforeMinutes' | 'escalationAfterMinutes', label: string) => {
    const value = input[field];
    if (!Number.isInteger(value) || value < 0 || value > 720) problems.push({ field, message: `${label}は 0〜720 分で入力してください。` });
  };
  minutes('reminderBeforeMinutes', 'リマインドの時刻');
  minutes('escalationAfterMinutes', '督促の時刻');
  if (!Object.values(ReportingMode).includes(input.mode)) problems.push({ field: 'mode', message: '運用モードを選択してください。' });
  if (problems.length) throw badUserInput('入力内容に誤りがあります。', problems);
  return {
    mode: input.mode,
    dueMinutes: Number(time![1]) * 60 + Number(time![2]),
    alertCadenceHours: input.alertCadenceHours,
    disasterCadenceHours: input.disasterCadenceHours,
    reminderBeforeMinutes: input.reminderBeforeMinutes,
    escalationAfterMinutes: input.escalationAfterMinutes,
  };
}

/**
 * Sets a prefecture's schedule, in one transaction: the row, a history row when the mode, due time
 * or cadence in force changed (compliance judges earlier periods by the setting of their time), the
 * audit entry, and, on a change of mode, a mail to every account of the prefecture (its hospitals,
 * health centres and prefectural staff) saying what is now asked of them.
 */
export async function updateReportingSchedule(
  db: DataSource,
  viewer: Viewer,
  input: ScheduleChange,
  args: { now: Date; clientAddress?: string; known: (code: string) => boolean; prefectureName: (code: string) => string },
): Promise<PrefectureSchedule> {
  const prefectureCode = schedulePrefectureFor(viewer, input.prefectureCode, args.known);
  if (viewer.role === Role.PREFECTURE && viewer.prefectureCode !== prefectureCode)
    throw forbidden('他の都道府県の報告期限は変更できません。');
  if (viewer.role !== Role.PREFECTURE && viewer.role !== Role.OFFICE) throw forbidden();
  const next = validate(input);
  const { now } = args;
  return db.transaction(async (m) => {
    // One change at a time per prefecture: the lock orders concurrent editors.
    await m.query(`SELECT pg_advisory_xact_lock(hashtext('reporting_schedule:' || $1))`, [prefectureCode]);
    const before = await scheduleOf(m, prefectureCode);
    const rule = { ...before, ...next };
    const inForceChanged =
      !before.stored || before.mode !== next.mode || before.dueMinutes !== next.dueMinutes || cadenceHours(before) !== cadenceHours(rule);
    const effectiveAt = inForceChanged ? now : before.effectiveAt!;
    const [row]: ScheduleRow[] = await m.query(
      `INSERT INTO reporting_schedule (prefecture_code, mode, due_minutes, alert_cadence_hours, disaster_cadence_hours,
         reminder_before_minutes, escalation_after_minutes, effective_at, updated_at, updated_by_account_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
       ON CONFLICT (prefecture_code) DO UPDATE SET mode = excluded.mode, due_minutes = excluded.due_minutes,
         alert_cadence_hours = excluded.alert_cadence_hours, disaster_cadence_hours = excluded.disaster_cadence_hours,
         reminder_before_minutes = excluded.reminder_before_minutes, escalation_after_minutes = excluded.escalation_after_minutes,
         effective_at = excluded.effective_at, updated_at = excluded.updated_at, updated_by_account_id = excluded.updated_by_account_id
       RETURNING ${COLUMNS}`,
      [
        prefectureCode,
        next.mode,
        next.dueMinutes,
        next.alertCadenceHours,
        next.disasterCadenceHours,
        next.reminderBeforeMinutes,
        next.escalationAfterMinutes,
        effectiveAt,
        now,
        viewer.accountId,
      ],
    );
    if (inForceChanged) {
      // The first stored setting also records the default that was in force until now.
      if (!before.stored)
        await m.query(
          `INSERT INTO reporting_schedule_change (prefecture_code, effective_at, mode, due_minutes, cadence_hours) VALUES ($1, '-infinity', $2, $3, $4)`,
          [prefectureCode, before.mode, before.dueMinutes, cadenceHours(before)],
        );
      await m.query(
        `INSERT INTO reporting_schedule_change (prefecture_code, effective_at, mode, due_minutes, cadence_hours) VALUES ($1, $2, $3, $4, $5)`,
        [prefectureCode, now, next.mode, next.dueMinutes, cadenceHours(rule)],
      );
    }
    await recordAudit(m, {
      action: AuditAction.REPORTING_SCHEDULE_CHANGED,
      actorAccountId: viewer.accountId,
      subject: `prefecture:${prefectureCode}`,
      clientAddress: args.clientAddress,
      details: {
        before: before.stored ? { mode: before.mode, dueTime: formatDueTime(before.dueMinutes), cadenceHours: cadenceHours(before) } : null,
        after: { mode: next.mode, dueTime: formatDueTime(next.dueMinutes), cadenceHours: cadenceHours(rule) },
      },
    });
    const saved = fromRow(row);
    if (before.mode !== next.mode) await mailModeChange(m, saved, args.prefectureName(prefectureCode), now);
    return saved;
  });
}

/** The mail every account of the prefecture gets when its mode changes (one outbox row per account). */
async function mailModeChange(m: EntityManager, schedule: PrefectureSchedule, prefectureName: string, now: Date): Promise<void> {
  const accounts: { email: string }[] = await m.query(
    `SELECT a.email FROM account a LEFT JOIN facility f ON f.id = a.facility_id
      WHERE a.disabled_at IS NULL AND (a.prefecture_code = $1 OR f.prefecture_code = $1)
      ORDER BY a.id`,
    [schedule.prefectureCode],
  );
  const label = MODE_LABELS[schedule.mode];
  const hours = cadenceHours(schedule);
  const next = currentPeriod(schedule, now);
  const cadence = hours === 24 ? `1日1回、${formatDueTime(schedule.dueMinutes)} まで` : `${hours} 時間ごと`;
  for (const { email } of accounts) {
    await enqueueMail(m, {
      to: email,
      subject: `【G-MIS】${prefectureName}の運用モードが「${label}」になりました`,
      text: [
        `${prefectureName}の病床状況報告の運用モードが「${label}」に変更されました。`,
        '',
        `報告の周期: ${cadence}`,
        `次の報告期限: ${formatJst(next.due)}`,
        '',
        '医療機関の方は、期限までに G-MIS の「病床状況報告」から報告してください。',
      ].join('\n'),
    });
  }
}
