import {
  currentPeriod,
  DEFAULT_SCHEDULE,
  escalationAt,
  facilityPeriodStatus,
  freshSince,
  nextPeriod,
  reminderAt,
  ReportingMode,
  type ScheduleRule,
} from './reporting-period';

/** 2026-12-01 hh:mm in Japan. */
const jst = (hhmm: string, day = 1) => new Date(`2026-12-${String(day).padStart(2, '0')}T${hhmm}:00+09:00`);
const YESTERDAY_MIDNIGHT = new Date('2026-11-30T00:00:00+09:00');

describe('reporting periods', () => {
  it('in 平時 with 12:00, a period is the Japanese calendar day, due at noon', () => {
    const period = currentPeriod(DEFAULT_SCHEDULE, jst('11:00'));
    expect(period).toEqual({ start: jst('00:00'), due: jst('12:00'), end: jst('00:00', 2) });
    expect(currentPeriod(DEFAULT_SCHEDULE, jst('23:59'))).toEqual(period);
    expect(reminderAt(period, DEFAULT_SCHEDULE)).toEqual(jst('11:00'));
    expect(escalationAt(period, DEFAULT_SCHEDULE)).toEqual(jst('12:00'));
  });

  it('警戒 and 災害 raise the cadence on a grid anchored at the daily due time', () => {
    const alert: ScheduleRule = { ...DEFAULT_SCHEDULE, mode: ReportingMode.ALERT };
    expect(currentPeriod(alert, jst('16:00'))).toEqual({ start: jst('15:00'), due: jst('18:00'), end: jst('21:00') });
    const disaster: ScheduleRule = { ...DEFAULT_SCHEDULE, mode: ReportingMode.DISASTER };
    expect(currentPeriod(disaster, jst('12:59'))).toEqual({ start: jst('11:00'), due: jst('12:00'), end: jst('13:00') });
    expect(currentPeriod(disaster, jst('13:00'))).toEqual({ start: jst('13:00'), due: jst('14:00'), end: jst('15:00') });
    // The reminder never goes before its period opens.
    expect(reminderAt(currentPeriod(disaster, jst('13:00')), { reminderBeforeMinutes: 90, escalationAfterMinutes: 0 })).toEqual(
      jst('13:00'),
    );
  });

  it('after a switch the first period of the new mode opens at the switch, and a due time before it belongs to the old mode', () => {
    const switched: ScheduleRule = { ...DEFAULT_SCHEDULE, mode: ReportingMode.DISASTER, effectiveAt: jst('14:30') };
    expect(currentPeriod(switched, jst('14:40'))).toEqual({ start: jst('14:30'), due: jst('16:00'), end: jst('17:00') });
    expect(currentPeriod(switched, jst('17:10'))).toEqual({ start: jst('17:00'), due: jst('18:00'), end: jst('19:00') });
  });

  it('once the current due time has passed, the next due time is that of the next period', () => {
    // 平時 at 14:00: today's 12:00 has passed (today's period runs to midnight); tomorrow's 12:00 is next.
    expect(nextPeriod(DEFAULT_SCHEDULE, jst('14:00')).due).toEqual(jst('12:00', 2));
    expect(nextPeriod(DEFAULT_SCHEDULE, jst('11:00')).due).toEqual(jst('12:00', 2));
    // Right after a switch to 災害 at 14:30: the current period is due at 16:00, the next at 18:00.
    const switched: ScheduleRule = { ...DEFAULT_SCHEDULE, mode: ReportingMode.DISASTER, effectiveAt: jst('14:30') };
    expect(nextPeriod(switched, jst('14:40'))).toEqual({ start: jst('17:00'), due: jst('18:00'), end: jst('19:00') });
  });

  it('a report is fresh from the opening of the latest period whose due time passed', () => {
    // Before today's noon, yesterday's report still counts; from noon on, only today's.
    expect(freshSince(DEFAULT_SCHEDULE, jst('11:59'))).toEqual(YESTERDAY_MIDNIGHT);
    expect(freshSince(DEFAULT_SCHEDULE, jst('12:00'))).toEqual(jst('00:00'));
    const disaster: ScheduleRule = { ...DEFAULT_SCHEDULE, mode: ReportingMode.DISASTER };
    expect(freshSince(disaster, jst('15:30'))).toEqual(jst('13:00'));
  });

  it('status in a period: 報告済 / 期限前 / 期限超過', () => {
    const period = currentPeriod(DEFAULT_SCHEDULE, jst('11:00'));
    expect(facilityPeriodStatus(period, jst('09:00'), jst('11:00'))).toBe('REPORTED');
    expect(facilityPeriodStatus(period, new Date('2026-11-30T23:00:00+09:00'), jst('11:00'))).toBe('BEFORE_DUE');
    expect(facilityPeriodStatus(period, null, jst('12:01'))).toBe('OVERDUE');
    expect(facilityPeriodStatus(period, jst('12:30'), jst('13:00'))).toBe('REPORTED');
  });
});
