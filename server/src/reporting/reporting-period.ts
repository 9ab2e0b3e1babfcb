import { registerEnumType } from 'type-graphql';

/** 運用モード of a prefecture: 警戒 and 災害 ask hospitals to report more often than the daily 平時. */
export enum ReportingMode {
  NORMAL = 'NORMAL',
  ALERT = 'ALERT',
  DISASTER = 'DISASTER',
}

registerEnumType(ReportingMode, {
  name: 'ReportingMode',
  description: '報告の運用モード',
  valuesConfig: {
    NORMAL: { description: '平時 (1日1回)' },
    ALERT: { description: '警戒 (報告周期を短くする)' },
    DISASTER: { description: '災害 (報告周期をさらに短くする)' },
  },
});

export const MODE_LABELS: Record<ReportingMode, string> = { NORMAL: '平時', ALERT: '警戒', DISASTER: '災害' };

/**
 * Cadences a raised mode may use: divisors of a day, so that the due times repeat every day at the
 * same clock times, anchored on the prefecture's daily due time (12:00 with 6 h: 00:00, 06:00, 12:00, 18:00).
 */
export const RAISED_CADENCE_HOURS = [1, 2, 3, 4, 6, 8, 12] as const;

/** What decides a prefecture's reporting periods. */
export interface ScheduleRule {
  mode: ReportingMode;
  /** The daily due time in minutes after midnight, Japan time (720 = 12:00). */
  dueMinutes: number;
  alertCadenceHours: number;
  disasterCadenceHours: number;
  /**
   * When the current mode and due time took effect: periods whose due time is at or before it
   * belong to the previous setting, and the first period after it opens here.
   */
  effectiveAt: Date | null;
}

export interface ReminderRule {
  /** Minutes before the due time the reminder goes to hospitals without a report (at most half a period). */
  reminderBeforeMinutes: number;
  /** Minutes after the due time the hospital is told again and its health centre gets the overdue list. */
  escalationAfterMinutes: number;
}

/** A prefecture without a stored schedule reports daily by 12:00 in 平時; 警戒 every 6 h, 災害 every 2 h. */
export const DEFAULT_SCHEDULE: ScheduleRule & ReminderRule = {
  mode: ReportingMode.NORMAL,
  dueMinutes: 12 * 60,
  alertCadenceHours: 6,
  disasterCadenceHours: 2,
  effectiveAt: null,
  reminderBeforeMinutes: 60,
  escalationAfterMinutes: 0,
};

const HOUR = 3600_000;
/** Japan has no daylight saving time: its clock is always UTC+9. */
const JST_OFFSET = 9 * HOUR;

export function cadenceHours(rule: Pick<ScheduleRule, 'mode' | 'alertCadenceHours' | 'disasterCadenceHours'>): number {
  switch (rule.mode) {
    case ReportingMode.ALERT:
      return rule.alertCadenceHours;
    case ReportingMode.DISASTER:
      return rule.disasterCadenceHours;
    default:
      return 24;
  }
}

/**
 * One reporting period. Periods are centred on their due time: one cadence long, opening half a
 * cadence before the due time (平時 with 12:00: the Japanese calendar day, 00:00 to 24:00). A first
 * report in [start, due] is on time, in (due, end) late, none at all is missed.
 */
export interface ReportingPeriod {
  start: Date;
  due: Date;
  end: Date;
}

/** The due time on the arithmetic grid of a rule nearest to `t` (the one whose period holds t). */
function dueOfPeriodAt(rule: ScheduleRule, t: number): number {
  const cadence = cadenceHours(rule) * HOUR;
  const anchor = rule.dueMinutes * 60_000 - JST_OFFSET;
  return anchor + Math.floor((t - anchor + cadence / 2) / cadence) * cadence;
}

/**
 * The period of a rule with the given due time. The first period after the setting took effect
 * opens when it took effect (a report made right after a switch to 災害 counts for the first
 * period of 災害), every other one half a cadence before its due time.
 */
export function periodWithDue(rule: ScheduleRule, due: number): ReportingPeriod {
  const cadence = cadenceHours(rule) * HOUR;
  const effective = rule.effectiveAt?.getTime() ?? -Infinity;
  const start = due - cadence <= effective ? effective : due - cadence / 2;
  return { start: new Date(start), due: new Date(due), end: new Date(due + cadence / 2) };
}

/**
 * The period hospitals are reporting for at `now`: the one holding now, or, right after a change
 * of mode or due time, the first period of the new setting (a due time at or before the change
 * belongs to the old setting).
 */
export function currentPeriod(rule: ScheduleRule, now: Date): ReportingPeriod {
  const cadence = cadenceHours(rule) * HOUR;
  let due = dueOfPeriodAt(rule, now.getTime());
  const effective = rule.effectiveAt?.getTime() ?? -Infinity;
  while (due <= effective) due += cadence;
  return periodWithDue(rule, due);
}

/**
 * The period after the current one: where hospitals stand once the current due time has passed
 * (the status line and the banner say 次の報告期限 with its due time then). A setting never takes
 * effect in the future, so it is the next due time on the current grid.
 */
export function nextPeriod(rule: ScheduleRule, now: Date): ReportingPeriod {
  return periodWithDue(rule, currentPeriod(rule, now).due.getTime() + cadenceHours(rule) * HOUR);
}

/**
 * Since when a report is fresh under a rule in force for ever (a prefecture that never set a
 * schedule): the opening of the latest period whose due time has passed. With a history of
 * changes, the due times of each setting count only while it was in force (reporting.freshness.ts). A
 * report older than that missed a deadline, so the report flags it 更新遅れ (in 平時 with 12:00,
 * yesterday's report stays fresh until today's 12:00; in 災害 every 2 h, a report is stale once
 * the next due time passes without a newer one).
 */
export function freshSince(rule: ScheduleRule, now: Date): Date {
  const cadence = cadenceHours(rule) * HOUR;
  let due = dueOfPeriodAt(rule, now.getTime());
  if (due > now.getTime()) due -= cadence;
  return new Date(due - cadence / 2);
}

export type FacilityPeriodStatus = 'REPORTED' | 'BEFORE_DUE' | 'OVERDUE';

/** 報告済 / 期限前 / 期限超過 of one facility in a period, from its latest report. */
export function facilityPeriodStatus(period: ReportingPeriod, latestReportAt: Date | null, now: Date): FacilityPeriodStatus {
  if (latestReportAt !== null && latestReportAt >= period.start) return 'REPORTED';
  return now <= period.due ? 'BEFORE_DUE' : 'OVERDUE';
}

/** When a period's reminder goes out: the offset before its due time, never before the period opens. */
export function reminderAt(period: ReportingPeriod, rule: ReminderRule): Date {
  return new Date(Math.max(period.start.getTime(), period.due.getTime() - rule.reminderBeforeMinutes * 60_000));
}

/** When the overdue notices go out: the offset after the due time, never after the period ends. */
export function escalationAt(period: ReportingPeriod, rule: ReminderRule): Date {
  return new Date(Math.min(period.end.getTime() - 1, period.due.getTime() + rule.escalationAfterMinutes * 60_000));
}

/** 12:00 as minutes, or the text of a due time in minutes. */
export function formatDueTime(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

const jstTime = new Intl.DateTimeFormat('ja-JP', {
  timeZone: 'Asia/Tokyo',
  month: 'numeric',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

/** A period's due time as hospitals read it in a mail: 12月1日 12:00. */
export function formatJst(t: Date): string {
  return jstTime.format(t);
}
