import { GraphQLJSON } from 'graphql-scalars';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { DataSource, EntityManager } from 'typeorm';
import type { Viewer } from '../auth/viewer';
import type { GraphQLLimits } from '../config';
import { badUserInput, forbidden, notFound } from '../graphql/errors';
import { toGlobalId } from '../graphql/node';
import type { OperationRunner } from '../graphql/operation';
import type { FieldProblem } from '../shared/field-problems';
import { canRunReport } from './report-access';
import { runnableDocument } from './report-run';
import { checkedVariables } from './saved-report.editing';
import { reportIdOf, visibleReportsById } from './saved-report';

/**
 * 購読: a user asks for a report by mail each day, or each week on a day, at a time (Japan
 * time), as CSV (attached, or a link above a size). The report runs with the SUBSCRIBER's
 * permissions when it is sent (report-subscription.worker.ts), so a subscription never shows
 * more than its subscriber could see by running the report themselves.
 */

export enum ReportScheduleFrequency {
  DAILY = 'DAILY',
  WEEKLY = 'WEEKLY',
}

registerEnumType(ReportScheduleFrequency, {
  name: 'ReportScheduleFrequency',
  description: '購読の頻度',
  valuesConfig: { DAILY: { description: '毎日' }, WEEKLY: { description: '毎週 (weekday の曜日)' } },
});

export enum ReportFileEncoding {
  SHIFT_JIS = 'SHIFT_JIS',
  UTF_8 = 'UTF_8',
}

registerEnumType(ReportFileEncoding, {
  name: 'ReportFileEncoding',
  description: 'CSV の文字コード',
  valuesConfig: { SHIFT_JIS: { description: 'Shift-JIS (CP932、Excel 向け)' }, UTF_8: { description: 'UTF-8 (BOM付き)' } },
});

/** Subscriptions one account may hold. */
export const MAX_SUBSCRIPTIONS_PER_ACCOUNT = 100;

@ObjectType('ReportSubscription', { description: 'レポートの購読 (定期的にメールで CSV を受け取る)' })
export class ReportSubscription {
  dbId!: number;
  reportDbId!: number;
  accountId!: number;

  @Field(() => ID)
  get id(): string {
    return toGlobalId('ReportSubscription', this.dbId);
  }

  @Field(() => ReportScheduleFrequency) frequency!: ReportScheduleFrequency;
  @Field(() => Int, { nullable: true, description: '曜日 (1=月 … 7=日)。毎週のときだけ' }) weekday!: number | null;
  @Field(() => String, { description: '送信時刻 (日本時間 HH:MM)' }) time!: string;
  @Field(() => ReportFileEncoding) encoding!: ReportFileEncoding;
  @Field(() => GraphQLJSON, { description: '実行する変数 (レポートの既定の変数に上書き)' }) variables!: Record<string, unknown>;
  @Field(() => Date, { nullable: true, description: '最後に送信した日時' }) lastDeliveredAt!: Date | null;
}

@InputType('ReportSubscriptionInput')
export class ReportSubscriptionInput {
  @Field(() => ID, { description: '購読するレポート' }) reportId!: string;
  @Field(() => ReportScheduleFrequency) frequency!: ReportScheduleFrequency;
  @Field(() => Int, { nullable: true, description: '曜日 (1=月 … 7=日)。毎週のとき必須' }) weekday?: number | null;
  @Field(() => String, { description: '送信時刻 (日本時間 HH:MM、00:00〜23:59)' }) time!: string;
  @Field(() => ReportFileEncoding, { defaultValue: ReportFileEncoding.SHIFT_JIS }) encoding!: ReportFileEncoding;
  @Field(() => GraphQLJSON, { nullable: true, description: '実行する変数' }) variables?: unknown;
}

const pad = (n: number) => String(n).padStart(2, '0');

export const SUBSCRIPTION_COLUMNS = `s.id, s.report_id, s.account_id, s.frequency, s.weekday, s.minute_of_day, s.encoding, s.variables,
  (SELECT max(d.delivered_at) FROM report_subscription_delivery d WHERE d.subscription_id = s.id) AS last_delivered_at`;

export function subscriptionFromRow(row: Record<string, unknown>): ReportSubscription {
  const minute = row.minute_of_day as number;
  return Object.assign(new ReportSubscription(), {
    dbId: row.id as number,
    reportDbId: row.report_id as number,
    accountId: row.account_id as number,
    frequency: row.frequency as ReportScheduleFrequency,
    weekday: (row.weekday as number | null) ?? null,
    time: `${pad(Math.floor(minute / 60))}:${pad(minute % 60)}`,
    encoding: row.encoding as ReportFileEncoding,
    variables: (row.variables as Record<string, unknown>) ?? {},
    lastDeliveredAt: (row.last_delivered_at as Date | null) ?? null,
  });
}

type Query = Pick<EntityManager, 'query'>;

/** The viewer's subscriptions to each of `reportIds`. */
export async function subscriptionsOf(m: Query, accountId: number, reportIds: readonly number[]): Promise<Map<number, ReportSubscription>> {
  const rows = await m.query(
    `SELECT ${SUBSCRIPTION_COLUMNS} FROM report_subscription s WHERE s.account_id = $1 AND s.report_id = ANY($2::int[])`,
    [accountId, reportIds],
  );
  return new Map(rows.map((row: Record<string, unknown>) => [row.report_id as number, subscriptionFromRow(row)]));
}

/** The viewer's subscriptions, newest first. */
export async function mySubscriptions(m: Query, viewer: Viewer): Promise<ReportSubscription[]> {
  const rows = await m.query(
    `SELECT ${SUBSCRIPTION_COLUMNS} FROM report_subscription s WHERE s.account_id = $1 ORDER BY s.id DESC LIMIT $2`,
    [viewer.accountId, MAX_SUBSCRIPTIONS_PER_ACCOUNT],
  );
  return rows.map(subscriptionFromRow);
}

function checkedSchedule(input: ReportSubscriptionInput): { weekday: number | null; minuteOfDay: number } {
  const problems: FieldProblem[] = [];
  const time = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(input.time.normalize('NFKC').trim());
  if (!time) problems.push({ field: 'time', message: '送信時刻は 00:00〜23:59 の24時間制（例: 08:00、17:30）で入力してください。' });
  let weekday: number | null = null;
  if (input.frequency === ReportScheduleFrequency.WEEKLY) {
    if (!Number.isInteger(input.weekday) || input.weekday! < 1 || input.weekday! > 7) {
      problems.push({ field: 'weekday', message: '曜日を選んでください。' });
    } else weekday = input.weekday!;
  } else if (input.weekday != null) {
    problems.push({ field: 'weekday', message: '毎日のときは曜日を指定できません。' });
  }
  if (problems.length) throw badUserInput(problems[0].message, problems);
  return { weekday, minuteOfDay: Number(time![1]) * 60 + Number(time![2]) };
}

/**
 * Subscribes the viewer to a report they can see (or changes their subscription to it). The
 * report must be runnable now and the variables must fit it: a subscription that could only fail
 * is refused when made, not discovered in a mail.
 */
export async function subscribe(
  db: DataSource,
  operations: OperationRunner,
  limits: Pick<GraphQLLimits, 'maxTokens' | 'maxDepth' | 'maxAliases' | 'maxDirectives' | 'maxCost'>,
  viewer: Viewer,
  input: ReportSubscriptionInput,
): Promise<ReportSubscription> {
  if (viewer.accountId === null) throw forbidden();
  const reportId = reportIdOf(input.reportId, 'reportId');
  const schedule = checkedSchedule(input);
  const [report] = await visibleReportsById(db, viewer, [reportId], { unrunnable: true });
  if (!report) throw notFound('レポートが見つかりません。');
  // The rule that hides the report from listings: a report the subscriber may not run could only fail in every mail.
  if (!canRunReport(viewer, report)) throw forbidden('このレポートを実行する権限がないため、購読できません。');
  if (report.builtIn)
    throw badUserInput('組み込みレポートは購読できません。', [{ field: 'reportId', message: '組み込みレポートは購読できません。' }]);
  const document = runnableDocument(operations.schema, limits, report);
  const variables = checkedVariables(operations.schema, document.text, document, input.variables, 'variables');
  return db.transaction(async (m) => {
    const [{ count }] = await m.query(`SELECT count(*)::int AS count FROM report_subscription WHERE account_id = $1 AND report_id <> $2`, [
      viewer.accountId,
      reportId,
    ]);
    if (count >= MAX_SUBSCRIPTIONS_PER_ACCOUNT) {
      throw badUserInput(`購読できるレポートは${MAX_SUBSCRIPTIONS_PER_ACCOUNT}件までです。`, [
        { field: 'reportId', message: '購読が多すぎます。' },
      ]);
    }
    const [{ id }] = await m.query(
      `INSERT INTO report_subscription (report_id, account_id, frequency, weekday, minute_of_day, encoding, variables)
       VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb)
       ON CONFLICT (report_id, account_id) DO UPDATE SET frequency = EXCLUDED.frequency, weekday = EXCLUDED.weekday,
         minute_of_day = EXCLUDED.minute_of_day, encoding = EXCLUDED.encoding, variables = EXCLUDED.variables, updated_at = now()
       RETURNING id`,
      [reportId, viewer.accountId, input.frequency, schedule.weekday, schedule.minuteOfDay, input.encoding, JSON.stringify(variables)],
    );
    const [row] = await m.query(`SELECT ${SUBSCRIPTION_COLUMNS} FROM report_subscription s WHERE s.id = $1`, [id]);
    return subscriptionFromRow(row);
  });
}

/** Ends the viewer's subscription to a report (none: nothing happens). */
export async function unsubscribe(db: DataSource, viewer: Viewer, reportGlobalId: string): Promise<string> {
  const reportId = reportIdOf(reportGlobalId, 'reportId');
  await db.query(`DELETE FROM report_subscription WHERE report_id = $1 AND account_id = $2`, [reportId, viewer.accountId]);
  return reportGlobalId;
}
