import type { Logger } from 'pino';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditAction, recordAudit } from '../audit/audit-log';
import type { Role, Viewer } from '../auth/viewer';
import type { GraphQLLimits } from '../config';
import { DomainError, ErrorCode } from '../graphql/errors';
import type { OperationRunner } from '../graphql/operation';
import { enqueueMail, type MailAttachment } from '../mail/outbox';
import { RepeatingRound } from '../shared/repeating-round';
import { allReportPages, type CsvProgress, reportColumns, reportCsvChunks, type RunAs, runnableDocument } from './report-run';
import { describeFilter } from './report-variable-labels';
import { ReportFileEncoding, ReportScheduleFrequency } from './report-subscription';
import { visibleReportsById } from './saved-report';

/**
 * Sends the mails of report subscriptions. Each tick, every subscription whose latest scheduled
 * time (Japan time, by the injected clock) has passed and whose period has no delivery yet is
 * claimed by inserting its (subscription, period) row — the primary key makes that once per
 * period, however many processes run this worker — and, in the same transaction, the report is
 * run with the SUBSCRIBER's viewer (as if they ran it themselves: their masking and scope) and
 * the mail with the CSV attached (or a link to the export, above `attachmentMaxBytes`) is put
 * into the outbox. A run that fails for a reason that may pass (the database, the cost budget)
 * rolls the claim back and is tried again at the next tick; a report that cannot run (broken,
 * no longer visible) sends the reason instead, once per period.
 */

const JST_OFFSET_MS = 9 * 3600_000;
const DAY_MS = 86_400_000;
const pad = (n: number) => String(n).padStart(2, '0');

/** A CSV larger than this is not attached; the mail links to the export instead. */
export const DEFAULT_ATTACHMENT_MAX_BYTES = 512 * 1024;

export interface Occurrence {
  /** 'D2026-12-02' or 'W2026-12-07': the period a mail belongs to (once each). */
  period: string;
  /** When it was due. */
  at: Date;
  /** Its date in Japan time, YYYY-MM-DD. */
  date: string;
}

/** The latest scheduled time at or before `now` (Japan time). */
export function latestOccurrence(
  schedule: { frequency: ReportScheduleFrequency; weekday: number | null; minuteOfDay: number },
  now: Date,
): Occurrence {
  const local = new Date(now.getTime() + JST_OFFSET_MS);
  const minutesNow = local.getUTCHours() * 60 + local.getUTCMinutes();
  let day = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate());
  if (schedule.frequency === ReportScheduleFrequency.DAILY) {
    if (minutesNow < schedule.minuteOfDay) day -= DAY_MS;
  } else {
    const isoWeekday = ((local.getUTCDay() + 6) % 7) + 1;
    const back = (isoWeekday - (schedule.weekday ?? 1) + 7) % 7;
    day -= back * DAY_MS;
    if (back === 0 && minutesNow < schedule.minuteOfDay) day -= 7 * DAY_MS;
  }
  const dayDate = new Date(day);
  const date = `${dayDate.getUTCFullYear()}-${pad(dayDate.getUTCMonth() + 1)}-${pad(dayDate.getUTCDate())}`;
  return {
    period: `${schedule.frequency === ReportScheduleFrequency.DAILY ? 'D' : 'W'}${date}`,
    at: new Date(day + schedule.minuteOfDay * 60_000 - JST_OFFSET_MS),
    date,
  };
}

export interface SubscriptionWorkerOptions {
  db: DataSource;
  operations: OperationRunner;
  limits: Pick<GraphQLLimits, 'maxTokens' | 'maxDepth' | 'maxAliases' | 'maxDirectives' | 'maxCost'>;
  publicBaseUrl: string;
  log: Logger;
  /** The clock the schedule is read by (tests move it by hand). */
  now?: () => Date;
  attachmentMaxBytes?: number;
  pollIntervalMs?: number;
}

interface DueRow {
  id: number;
  report_id: number;
  account_id: number;
  frequency: ReportScheduleFrequency;
  weekday: number | null;
  minute_of_day: number;
  encoding: ReportFileEncoding;
  variables: Record<string, unknown>;
  created_at: Date;
  email: string;
  display_name: string;
  role: Role;
  facility_id: number | null;
  prefecture_code: string | null;
}

/** Why a report could not be sent, in the words of a mail; null for failures worth another try. */
function lastingProblem(error: unknown): string | null {
  if (!(error instanceof DomainError)) return null;
  const code = error.extensions.code;
  if (code === ErrorCode.TOO_MANY_REQUESTS || code === ErrorCode.SERVICE_UNAVAILABLE) return null;
  return error.message;
}

export class ReportSubscriptionWorker {
  private readonly loop: Pick<RepeatingRound<unknown>, 'start' | 'stop'>;
  /** Set by stop(): a round in progress sends no further mail. */
  private stopped = false;

  constructor(private readonly options: SubscriptionWorkerOptions) {
    this.loop = new RepeatingRound({
      round: () => this.runOnce(),
      nextDelayMs: () => this.options.pollIntervalMs ?? 30_000,
      retryMs: this.options.pollIntervalMs ?? 30_000,
      onError: (error) => this.options.log.error({ err: error }, 'report subscription round failed'),
      unref: true,
    });
  }

  private now(): Date {
    return this.options.now?.() ?? new Date();
  }

  start(): void {
    this.stopped = false;
    this.loop.start();
  }

  stop(): Promise<void> {
    this.stopped = true;
    return this.loop.stop();
  }

  /** One round: every due subscription whose period has no delivery yet is sent (or left for the next round). */
  async runOnce(): Promise<{ sent: number; skipped: number; retried: number }> {
    const now = this.now();
    const rows: DueRow[] = await this.options.db.query(
      `SELECT s.id, s.report_id, s.account_id, s.frequency, s.weekday, s.minute_of_day, s.encoding, s.variables, s.created_at,
              a.email, a.display_name, a.role, a.facility_id, COALESCE(a.prefecture_code, f.prefecture_code) AS prefecture_code
       FROM report_subscription s JOIN account a ON a.id = s.account_id LEFT JOIN facility f ON f.id = a.facility_id
       WHERE a.disabled_at IS NULL ORDER BY s.id`,
    );
    const due = rows
      .map((row) => ({
        row,
        occurrence: latestOccurrence({ frequency: row.frequency, weekday: row.weekday, minuteOfDay: row.minute_of_day }, now),
      }))
      // Only times after the subscription was made: subscribing does not send the period already past.
      .filter(({ row, occurrence }) => occurrence.at.getTime() >= new Date(row.created_at).getTime());
    const done: { subscription_id: number; period: string }[] = due.length
      ? await this.options.db.query(
          `SELECT subscription_id, period FROM report_subscription_delivery
           WHERE (subscription_id, period) IN (SELECT * FROM unnest($1::int[], $2::text[]))`,
          [due.map((d) => d.row.id), due.map((d) => d.occurrence.period)],
        )
      : [];
    const delivered = new Set(done.map((d) => `${d.subscription_id}:${d.period}`));
    const result = { sent: 0, skipped: 0, retried: 0 };
    for (const { row, occurrence } of due) {
      if (this.stopped) break;
      if (delivered.has(`${row.id}:${occurrence.period}`)) continue;
      try {
        if (await this.deliver(row, occurrence)) result.sent += 1;
        else result.skipped += 1;
      } catch (error) {
        result.retried += 1;
        this.options.log.warn({ err: error, subscription: row.id, period: occurrence.period }, 'report subscription mail will be retried');
      }
    }
    return result;
  }

  /** Claims the period and sends it; false when another process has it already. */
  private async deliver(row: DueRow, occurrence: Occurrence): Promise<boolean> {
    return this.options.db.transaction(async (m) => {
      // Waits for a process that claimed the same period to commit (then nothing to do) or roll back (then ours).
      const claimed: unknown[] = await m.query(
        `INSERT INTO report_subscription_delivery (subscription_id, period) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING period`,
        [row.id, occurrence.period],
      );
      if (claimed.length === 0) return false;
      const viewer: Viewer = {
        accountId: row.account_id,
        role: row.role,
        facilityId: row.facility_id,
        prefectureCode: row.prefecture_code,
      };
      const outcome = await this.runReport(m, row, viewer, occurrence);
      const mailId = await enqueueMail(m, {
        to: row.email,
        subject: outcome.subject,
        text: `${row.display_name} 様\n\n${outcome.text}\n\n※ このメールはレポートの購読により送信しています。購読の変更・停止はレポート画面から行えます。\n`,
        attachments: outcome.attachments,
      });
      await m.query(
        `UPDATE report_subscription_delivery SET mail_id = $3, rows = $4, problem = $5 WHERE subscription_id = $1 AND period = $2`,
        [row.id, occurrence.period, mailId, outcome.rows, outcome.problem],
      );
      return true;
    });
  }

  private async runReport(
    m: EntityManager,
    row: DueRow,
    viewer: Viewer,
    occurrence: Occurrence,
  ): Promise<{ subject: string; text: string; attachments: MailAttachment[]; rows: number | null; problem: string | null }> {
    const [report] = await visibleReportsById(m, viewer, [row.report_id]);
    const name = report?.name ?? '(参照できないレポート)';
    const subject = `【G-MIS】レポート「${name.slice(0, 100)}」${occurrence.date}`;
    if (!report) {
      const problem = 'このレポートを参照できなくなったため、実行できませんでした。';
      return { subject, text: problem, attachments: [], rows: null, problem };
    }
    const as: RunAs = { operations: this.options.operations, viewer, limits: this.options.limits };
    const encoding = row.encoding === ReportFileEncoding.UTF_8 ? 'utf8' : 'sjis';
    const progress: CsvProgress = { rows: 0, bytes: 0, substitutions: 0 };
    const chunks: Buffer[] = [];
    const limit = this.options.attachmentMaxBytes ?? DEFAULT_ATTACHMENT_MAX_BYTES;
    let tooLarge = false;
    try {
      for await (const chunk of reportCsvChunks(
        allReportPages(as, report, row.variables),
        reportColumns(as.operations.schema, as.limits, report),
        encoding,
        progress,
      )) {
        if (progress.bytes > limit) {
          tooLarge = true;
          break;
        }
        chunks.push(chunk);
      }
    } catch (error) {
      const problem = lastingProblem(error);
      if (problem === null) throw error;
      return { subject, text: `レポート「${report.name}」を実行できませんでした。\n${problem}`, attachments: [], rows: null, problem };
    }
    await recordAudit(m, {
      action: AuditAction.REPORT_RUN,
      actorAccountId: viewer.accountId,
      subject: `report:${report.dbId}`,
      details: { name: report.name, subscription: row.id, period: occurrence.period, variables: row.variables },
    });
    const fileName = `${report.name.replace(/[\\/:*?"<>|]/g, '_')}_${occurrence.date.replace(/-/g, '')}.csv`;
    // The filter the rows are of, under the labels the report's form shows (its defaults, then the subscription's own values).
    const filter = describeFilter(
      runnableDocument(this.options.operations.schema, this.options.limits, report).variables,
      report.variableLabels,
      { ...report.defaultVariableValues, ...row.variables },
    );
    const filterLine = filter ? `\n${filter}` : '';
    if (tooLarge) {
      const query = new URLSearchParams({
        encoding,
        ...(Object.keys(row.variables).length ? { variables: JSON.stringify(row.variables) } : {}),
      });
      const link = `${this.options.publicBaseUrl}/api/exports/reports/${report.id}.csv?${query.toString()}`;
      return {
        subject,
        text: `購読しているレポート「${report.name}」(${occurrence.date}) は、ファイルが大きいため添付していません。${filterLine}\n次のリンクからダウンロードしてください (ログインが必要です)。\n${link}`,
        attachments: [],
        rows: null,
        problem: null,
      };
    }
    return {
      subject,
      text: `購読しているレポート「${report.name}」(${occurrence.date}) をお送りします。${filterLine}\n行数: ${progress.rows}\n添付ファイル: ${fileName} (${encoding === 'sjis' ? 'Shift-JIS' : 'UTF-8'})`,
      attachments: [
        { fileName, contentType: `text/csv; charset=${encoding === 'sjis' ? 'Shift_JIS' : 'utf-8'}`, content: Buffer.concat(chunks) },
      ],
      rows: progress.rows,
      problem: null,
    };
  }
}
