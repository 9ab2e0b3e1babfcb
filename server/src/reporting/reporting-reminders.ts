import type { Logger } from 'pino';
import type { DataSource, EntityManager } from 'typeorm';
import type { Worker } from '../domain';
import { RepeatingRound } from '../shared/repeating-round';
import { enqueueMail } from '../mail/outbox';
import { currentPeriod, escalationAt, formatJst, MODE_LABELS, type ReportingPeriod, reminderAt } from './reporting-period';
import { type PrefectureSchedule, storedSchedules } from './reporting-schedule';

export type ReminderKind = 'REMINDER' | 'OVERDUE' | 'ESCALATION';

export interface TickResult {
  /** Recipients (hospitals, health centres, prefectures) this tick sent to, per kind. */
  REMINDER: number;
  OVERDUE: number;
  ESCALATION: number;
  /** Outbox rows written (one per account mailed). */
  mails: number;
}

interface OverdueHospital {
  id: number;
  code: string;
  name: string;
  phone: string | null;
  area_code: string;
}

/**
 * Claims (kind, recipient, period) keys: the ones this transaction inserted are its to mail. A key
 * another process inserted first (committed or not: the insert waits for it) is left alone, so
 * each recipient gets one set of mails per period and kind however many processes tick.
 */
async function claim(
  m: EntityManager,
  kind: ReminderKind,
  recipients: string[],
  period: ReportingPeriod,
  prefectureCode: string,
  now: Date,
) {
  if (!recipients.length) return new Set<string>();
  const rows: { recipient: string }[] = await m.query(
    `INSERT INTO reporting_reminder (kind, recipient, due_at, prefecture_code, mails, created_at)
     SELECT $1, r, $3, $4, 0, $5 FROM unnest($2::text[]) AS r
     ON CONFLICT DO NOTHING RETURNING recipient`,
    [kind, recipients, period.due, prefectureCode, now],
  );
  return new Set(rows.map((r) => r.recipient));
}

async function mailTo(
  m: EntityManager,
  kind: ReminderKind,
  recipient: string,
  period: ReportingPeriod,
  emails: string[],
  mail: { subject: string; text: string },
): Promise<number> {
  for (const to of emails) await enqueueMail(m, { to, ...mail });
  await m.query(`UPDATE reporting_reminder SET mails = $4 WHERE kind = $1 AND recipient = $2 AND due_at = $3`, [
    kind,
    recipient,
    period.due,
    emails.length,
  ]);
  return emails.length;
}

/** Active accounts of facilities with the roles given, by facility id. */
async function facilityEmails(m: EntityManager, facilityIds: number[], roles: string[]): Promise<Map<number, string[]>> {
  const rows: { facility_id: number; email: string }[] = await m.query(
    `SELECT facility_id, email FROM account WHERE facility_id = ANY($1::int[]) AND role = ANY($2::text[]) AND disabled_at IS NULL ORDER BY id`,
    [facilityIds, roles],
  );
  const byFacility = new Map<number, string[]>();
  for (const row of rows) byFacility.set(row.facility_id, [...(byFacility.get(row.facility_id) ?? []), row.email]);
  return byFacility;
}

const hospitalMail = (kind: 'REMINDER' | 'OVERDUE', schedule: PrefectureSchedule, period: ReportingPeriod, name: string) => {
  const due = formatJst(period.due);
  const mode = MODE_LABELS[schedule.mode];
  return kind === 'REMINDER'
    ? {
        subject: `【G-MIS】病床状況の報告期限が近づいています (${due})`,
        text: `${name} ご担当者様\n\n今期の病床状況がまだ報告されていません (運用モード: ${mode})。\n報告期限: ${due}\n\nG-MIS の「病床状況報告」から報告してください。報告済みの場合、この後のお知らせは届きません。`,
      }
    : {
        subject: `【G-MIS】病床状況の報告期限を過ぎています (${due})`,
        text: `${name} ご担当者様\n\n報告期限 ${due} を過ぎましたが、今期の病床状況がまだ報告されていません (運用モード: ${mode})。\n管轄の保健所にも未報告の医療機関として通知しています。\n\nG-MIS の「病床状況報告」から至急報告してください。`,
      };
};

/**
 * One round for one prefecture: the reminder before the due time to hospitals without a report in
 * the current period; from the escalation time to the end of the period, the overdue notice to
 * each such hospital and, to each health centre of their 二次医療圏 (its とりまとめ accounts; the
 * prefecture's accounts where an area has none), the list of its overdue hospitals with their
 * phone numbers. Everything in one transaction with the keys that make it happen once.
 */
async function remindPrefecture(db: DataSource, schedule: PrefectureSchedule, now: Date): Promise<TickResult> {
  const result: TickResult = { REMINDER: 0, OVERDUE: 0, ESCALATION: 0, mails: 0 };
  const period = currentPeriod(schedule, now);
  const remind = now >= reminderAt(period, schedule) && now < period.due;
  const escalate = now >= escalationAt(period, schedule) && now < period.end;
  if (!remind && !escalate) return result;
  await db.transaction(async (m) => {
    // Hospitals without a report in the period so far (a report "after now" cannot count: the clock is the caller's).
    const missing: OverdueHospital[] = await m.query(
      `SELECT f.id, f.code, f.name, f.phone, f.area_code FROM facility f
        WHERE f.kind = 'HOSPITAL' AND f.prefecture_code = $1
          AND NOT EXISTS (SELECT 1 FROM bed_snapshot s WHERE s.facility_id = f.id AND s.reported_at >= $2 AND s.reported_at <= $3)
        ORDER BY f.code`,
      [schedule.prefectureCode, period.start, now],
    );
    if (!missing.length) return;
    const emails = await facilityEmails(
      m,
      missing.map((h) => h.id),
      ['FACILITY'],
    );
    const kind = remind ? 'REMINDER' : 'OVERDUE';
    const won = await claim(
      m,
      kind,
      missing.map((h) => `facility:${h.id}`),
      period,
      schedule.prefectureCode,
      now,
    );
    for (const hospital of missing) {
      if (!won.has(`facility:${hospital.id}`)) continue;
      result[kind] += 1;
      result.mails += await mailTo(
        m,
        kind,
        `facility:${hospital.id}`,
        period,
        emails.get(hospital.id) ?? [],
        hospitalMail(kind, schedule, period, hospital.name),
      );
    }
    if (remind) return;

    // The health centres of the overdue hospitals' areas, or the prefecture where an area has none.
    const byArea = new Map<string, OverdueHospital[]>();
    for (const hospital of missing) byArea.set(hospital.area_code, [...(byArea.get(hospital.area_code) ?? []), hospital]);
    const centres: { id: number; name: string; area_code: string }[] = await m.query(
      `SELECT id, name, area_code FROM facility WHERE kind = 'HEALTH_CENTER' AND area_code = ANY($1::text[]) ORDER BY code`,
      [[...byArea.keys()]],
    );
    const centreEmails = await facilityEmails(
      m,
      centres.map((c) => c.id),
      ['HEALTH_CENTER_AGGREGATOR'],
    );
    const targets: { recipient: string; name: string; hospitals: OverdueHospital[]; emails: () => Promise<string[]> }[] = [];
    for (const [area, hospitals] of byArea) {
      const inArea = centres.filter((c) => c.area_code === area);
      for (const centre of inArea)
        targets.push({
          recipient: `facility:${centre.id}`,
          name: centre.name,
          hospitals,
          emails: async () => centreEmails.get(centre.id) ?? [],
        });
    }
    const uncovered = [...byArea].filter(([area]) => !centres.some((c) => c.area_code === area)).flatMap(([, hospitals]) => hospitals);
    if (uncovered.length)
      targets.push({
        recipient: `prefecture:${schedule.prefectureCode}`,
        name: '都道府県ご担当者',
        hospitals: uncovered,
        emails: async () =>
          (
            await m.query(
              `SELECT email FROM account WHERE role = 'PREFECTURE' AND prefecture_code = $1 AND disabled_at IS NULL ORDER BY id`,
              [schedule.prefectureCode],
            )
          ).map((r: { email: string }) => r.email),
      });
    const wonCentres = await claim(
      m,
      'ESCALATION',
      targets.map((t) => t.recipient),
      period,
      schedule.prefectureCode,
      now,
    );
    for (const target of targets) {
      if (!wonCentres.has(target.recipient)) continue;
      result.ESCALATION += 1;
      const due = formatJst(period.due);
      const lines = target.hospitals.map((h) => `・${h.name} (医療機関コード ${h.code}) 電話: ${h.phone ?? '登録なし'}`);
      result.mails += await mailTo(m, 'ESCALATION', target.recipient, period, await target.emails(), {
        subject: `【G-MIS】病床状況の未報告の医療機関 ${target.hospitals.length}件 (期限 ${due})`,
        text: `${target.name} 様\n\n報告期限 ${due} までに病床状況を報告していない医療機関は次のとおりです (${target.hospitals.length}件)。\n\n${lines.join('\n')}\n\nG-MIS の「報告状況」画面で最新の状況を確認できます。`,
      });
    }
  });
  return result;
}

/** One tick over every prefecture with a stored schedule (the default schedule sends nothing). */
export async function sendDueReminders(db: DataSource, now: Date): Promise<TickResult> {
  const total: TickResult = { REMINDER: 0, OVERDUE: 0, ESCALATION: 0, mails: 0 };
  for (const schedule of (await storedSchedules(db.manager)).values()) {
    const one = await remindPrefecture(db, schedule, now);
    for (const key of Object.keys(total) as (keyof TickResult)[]) total[key] += one[key];
  }
  return total;
}

/** How often a running service looks for reminders to send. */
export const REMINDER_TICK_MS = 60_000;

/**
 * The reminder worker: ticks with an injected clock (tests drive `tick` with theirs), any number
 * of processes at once (the keys of reporting_reminder make each mail happen once).
 */
export class ReportingReminderWorker implements Worker {
  private readonly loop: Pick<RepeatingRound<unknown>, 'start' | 'stop'>;

  constructor(
    private readonly db: DataSource,
    private readonly options: { now: () => Date; intervalMs: number; log: Logger },
  ) {
    this.loop = new RepeatingRound({
      round: () => this.tick(),
      nextDelayMs: (result: TickResult) => {
        if (result.mails) this.options.log.info({ reminders: result }, 'reporting reminders queued');
        return this.options.intervalMs;
      },
      retryMs: this.options.intervalMs,
      onError: (error) => this.options.log.error({ err: error }, 'reporting reminder round failed'),
    });
  }

  tick(): Promise<TickResult> {
    return sendDueReminders(this.db, this.options.now());
  }

  start(): this {
    this.loop.start();
    return this;
  }

  stop(): Promise<void> {
    return this.loop.stop();
  }
}
