import Encoding from 'encoding-japanese';
import pino from 'pino';
import { createTestDatabase, type TestDatabase } from '../../test/test-database';
import { startTestServer, type TestServer } from '../../test/test-server';
import { TEST_ACCOUNT_HEADER } from '../../test/account-viewers';
import { createTestAccount, type TestAccount } from '../../test/accounts';
import { insertFacility } from '../../test/recruitment-fixtures';
import { ANONYMOUS, Role, type ViewerResolver } from '../auth/viewer';
import { ReportScheduleFrequency } from './report-subscription';
import { latestOccurrence, ReportSubscriptionWorker } from './report-subscription.worker';
import { documentHash } from './report-document';

/**
 * 購読: mails with the report's CSV, sent once per period whatever the number of workers, run
 * with the subscriber's permissions, by a clock the test moves.
 */

const resolveAccountViewer: ViewerResolver = async (req, database) => {
  const given = req.headers[TEST_ACCOUNT_HEADER];
  if (typeof given !== 'string' || !/^\d+$/.test(given)) return ANONYMOUS;
  const [row] = await database.query(
    `SELECT a.id, a.role, a.facility_id, COALESCE(a.prefecture_code, f.prefecture_code) AS prefecture_code
     FROM account a LEFT JOIN facility f ON f.id = a.facility_id WHERE a.id = $1`,
    [Number(given)],
  );
  return row ? { accountId: row.id, role: row.role, facilityId: row.facility_id, prefectureCode: row.prefecture_code } : ANONYMOUS;
};

let db: TestDatabase;
let server: TestServer;
const accounts: Record<string, TestAccount> = {};
let reportId: string;

const as = (key: string) => ({ [TEST_ACCOUNT_HEADER]: String(accounts[key].id) });
async function ok(key: string, query: string, variables: Record<string, unknown> = {}) {
  const res = await server.graphql(query, variables, as(key));
  if (res.errors) throw new Error(`${key}: ${JSON.stringify(res.errors)}`);
  return res.data;
}

const SUBSCRIBE = `mutation($input: ReportSubscriptionInput!) {
  subscribeToReport(input: $input) { id frequency weekday time encoding variables lastDeliveredAt report { name mySubscription { time } } }
}`;

/** Japan's date when the tests start, read once: every clock of a test counts from the same day, even across midnight JST. */
const today = new Date(Date.now() + 9 * 3600_000);

/** A clock at `days` days after today, at hh:mm Japan time. */
function japanClock(days: number, hhmm: string): Date {
  const [h, m] = hhmm.split(':').map(Number);
  return new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() + days, h, m) - 9 * 3600_000);
}

beforeAll(async () => {
  db = await createTestDatabase();
  const hospitalId = await insertFacility(db.dataSource, { name: '購読記念病院', kind: 'HOSPITAL', prefectureCode: '13' });
  await insertFacility(db.dataSource, { name: '購読ほか病院', kind: 'HOSPITAL', prefectureCode: '13' });
  accounts.prefecture = await createTestAccount(db.dataSource, { loginId: 'subs-prefecture', role: Role.PREFECTURE, prefectureCode: '13' });
  accounts.hospital = await createTestAccount(db.dataSource, {
    loginId: 'subs-hospital',
    role: Role.FACILITY,
    facilityId: hospitalId,
    email: 'hospital@example.jp',
  });
  const healthCentreId = await insertFacility(db.dataSource, { name: '購読保健所', kind: 'HEALTH_CENTER', prefectureCode: '13' });
  accounts.recruit = await createTestAccount(db.dataSource, {
    loginId: 'subs-recruit',
    role: Role.HEALTH_CENTER_RECRUITMENT,
    facilityId: healthCentreId,
  });
  accounts.aggregator = await createTestAccount(db.dataSource, {
    loginId: 'subs-aggregator',
    role: Role.HEALTH_CENTER_AGGREGATOR,
    facilityId: healthCentreId,
  });
  server = await startTestServer(db, {}, { resolveViewer: resolveAccountViewer });
  const folder = await ok('prefecture', `mutation { createReportFolder(input: { name: "購読", sharing: PREFECTURE }) { id } }`);
  const saved = await ok('prefecture', `mutation($input: SaveReportInput!) { saveReport(input: $input) { id } }`, {
    input: {
      folderId: folder.createReportFolder.id,
      name: '病床一覧',
      document: `query Beds($first: Int!) { bedReport(first: $first) { edges { node { facility { name } } } } }`,
      columns: [{ path: 'bedReport.edges.node.facility.name', heading: '医療機関名', format: 'TEXT' }],
      defaultVariables: { first: 1 },
    },
  });
  reportId = saved.saveReport.id;
});

afterAll(async () => {
  await server?.stop();
  await db?.drop();
});

const worker = (now: () => Date, attachmentMaxBytes?: number) =>
  new ReportSubscriptionWorker({
    db: db.dataSource,
    operations: server.operations,
    limits: server.config.graphqlLimits,
    publicBaseUrl: 'https://gmis.example.jp',
    log: pino({ level: 'silent' }),
    now,
    attachmentMaxBytes,
  });

const mails = (to: string) =>
  db.dataSource.query<{ id: string; subject: string; body_text: string }[]>(
    `SELECT id, subject, body_text FROM mail_outbox WHERE recipient = $1 ORDER BY id`,
    [to],
  );
const attachmentsOf = (mailId: string) =>
  db.dataSource.query<{ file_name: string; content_type: string; content: Buffer }[]>(
    `SELECT file_name, content_type, content FROM mail_attachment WHERE mail_id = $1`,
    [mailId],
  );

describe('the schedule (Japan time)', () => {
  it('finds the latest daily and weekly time at or before now', () => {
    // 2026-12-02 (Wed) 08:59 JST
    const now = new Date('2026-12-01T23:59:00Z');
    expect(latestOccurrence({ frequency: ReportScheduleFrequency.DAILY, weekday: null, minuteOfDay: 9 * 60 }, now)).toEqual({
      period: 'D2026-12-01',
      at: new Date('2026-12-01T00:00:00Z'),
      date: '2026-12-01',
    });
    expect(latestOccurrence({ frequency: ReportScheduleFrequency.DAILY, weekday: null, minuteOfDay: 8 * 60 + 59 }, now).period).toBe(
      'D2026-12-02',
    );
    // Wednesday is 3: due at 08:00 today; at 09:00 it is last week's.
    expect(latestOccurrence({ frequency: ReportScheduleFrequency.WEEKLY, weekday: 3, minuteOfDay: 8 * 60 }, now).period).toBe(
      'W2026-12-02',
    );
    expect(latestOccurrence({ frequency: ReportScheduleFrequency.WEEKLY, weekday: 3, minuteOfDay: 9 * 60 }, now).period).toBe(
      'W2026-11-25',
    );
    expect(latestOccurrence({ frequency: ReportScheduleFrequency.WEEKLY, weekday: 1, minuteOfDay: 0 }, now).period).toBe('W2026-11-30');
  });
});

describe('report subscriptions', () => {
  it('refuses a subscription to a report the subscriber may not run (a 人材募集 ID and bedReport), whoever shares its folder', async () => {
    const input = { reportId, frequency: 'DAILY', time: '09:00' };
    const refused = await server.graphql(SUBSCRIBE, { input }, as('recruit'));
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(refused.errors?.[0].message).toBe('このレポートを実行する権限がないため、購読できません。');
    expect(await db.dataSource.query(`SELECT 1 FROM report_subscription WHERE account_id = $1`, [accounts.recruit.id])).toEqual([]);
    // The same folder's other readers, who may read beds, subscribe.
    const made = await ok('aggregator', SUBSCRIBE, { input });
    expect(made.subscribeToReport.report.name).toBe('病床一覧');
    await ok('aggregator', `mutation($reportId: ID!) { unsubscribeFromReport(reportId: $reportId) }`, { reportId });
  });

  it('checks the schedule and the variables when subscribing', async () => {
    const bad = await server.graphql(SUBSCRIBE, { input: { reportId, frequency: 'WEEKLY', time: '25:00' } }, as('hospital'));
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0].extensions?.fieldErrors.map((p: { field: string }) => p.field)).toEqual(['time', 'weekday']);
    // Named as the form names the field, shown beside it.
    expect(bad.errors?.[0].extensions?.fieldErrors[0].message).toBe(
      '送信時刻は 00:00〜23:59 の24時間制（例: 08:00、17:30）で入力してください。',
    );
    const variables = await server.graphql(
      SUBSCRIBE,
      { input: { reportId, frequency: 'DAILY', time: '09:00', variables: { first: 'x' } } },
      as('hospital'),
    );
    expect(variables.errors?.[0].extensions?.fieldErrors[0].field).toBe('variables');
  });

  it('mails the CSV once per period with two workers running, with the subscriber’s permissions', async () => {
    const subscribed = (
      await ok('hospital', SUBSCRIBE, { input: { reportId, frequency: 'DAILY', time: '09:00', variables: { first: 50 } } })
    ).subscribeToReport;
    expect(subscribed).toMatchObject({ frequency: 'DAILY', weekday: null, time: '09:00', encoding: 'SHIFT_JIS', variables: { first: 50 } });
    expect(subscribed.report).toEqual({ name: '病床一覧', mySubscription: { time: '09:00' } });
    // Subscribed at a known time (today 23:00 Japan time), so that what is due does not depend on when the test runs.
    await db.dataSource.query(`UPDATE report_subscription SET created_at = $1`, [japanClock(0, '23:00')]);

    // Before tomorrow's 09:00 nothing is due (subscribing does not send the period already past).
    let now = japanClock(1, '08:59');
    expect((await worker(() => now).runOnce()).sent).toBe(0);
    now = japanClock(1, '09:00');
    const [a, b] = await Promise.all([worker(() => now).runOnce(), worker(() => now).runOnce()]);
    expect(a.sent + b.sent).toBe(1);
    expect((await worker(() => now).runOnce()).sent).toBe(0);
    let sent = await mails('hospital@example.jp');
    expect(sent).toHaveLength(1);
    expect(sent[0].subject).toMatch(/^【G-MIS】レポート「病床一覧」\d{4}-\d{2}-\d{2}$/);
    expect(sent[0].body_text).toContain('行数: 1');
    // The filter the rows are of, in the words of the report's form.
    expect(sent[0].body_text).toContain('\n絞り込み: 表示件数=50\n');
    const [file] = await attachmentsOf(sent[0].id);
    expect(file.content_type).toBe('text/csv; charset=Shift_JIS');
    // The prefecture's report, run as the hospital: its own facility only.
    const text = Encoding.convert(file.content, { from: 'SJIS', to: 'UNICODE', type: 'string' });
    expect(text).toBe('医療機関名\r\n購読記念病院\r\n');

    // The next day: one more.
    now = japanClock(2, '12:00');
    await Promise.all([worker(() => now).runOnce(), worker(() => now).runOnce(), worker(() => now).runOnce()]);
    sent = await mails('hospital@example.jp');
    expect(sent).toHaveLength(2);
    const [runs] = await db.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_event WHERE action = 'REPORT_RUN' AND actor_account_id = $1`,
      [accounts.hospital.id],
    );
    expect(runs.n).toBe(2);
    const listed = await ok('hospital', `{ reportSubscriptions { time lastDeliveredAt report { name } } }`);
    expect(listed.reportSubscriptions).toHaveLength(1);
    expect(listed.reportSubscriptions[0].lastDeliveredAt).not.toBeNull();
  });

  it('sends a link instead of a file above the size, and the reason when the report no longer runs', async () => {
    await ok('hospital', SUBSCRIBE, { input: { reportId, frequency: 'WEEKLY', weekday: 1, time: '07:30', encoding: 'UTF_8' } });
    const now = japanClock(8, '23:00');
    await worker(() => now, 10).runOnce();
    const [linked] = (await mails('hospital@example.jp')).slice(-1);
    expect(linked.body_text).toContain(`https://gmis.example.jp/api/exports/reports/${reportId}.csv?encoding=utf8`);
    expect(await attachmentsOf(linked.id)).toEqual([]);

    // The schema "changes": the report's stored document names a field that is gone.
    const document = `query Beds($first: Int!, $after: String) { bedReport(first: $first, after: $after) { edges { node { facility { faxNumber } } } pageInfo { hasNextPage endCursor } } }`;
    const hash = documentHash(document);
    await db.dataSource.query(`INSERT INTO report_document (hash, document) VALUES ($1, $2)`, [hash, document]);
    await db.dataSource.query(`UPDATE saved_report SET document_hash = $1 WHERE name = '病床一覧'`, [hash]);
    const later = japanClock(15, '23:00');
    expect((await worker(() => later).runOnce()).sent).toBe(1);
    const [broken] = (await mails('hospital@example.jp')).slice(-1);
    expect(broken.body_text).toContain('このレポートは実行できません: スキーマ変更によりフィールド Facility.faxNumber が存在しません');
    await ok('hospital', `mutation($id: ID!) { unsubscribeFromReport(reportId: $id) }`, { id: reportId });
    expect((await worker(() => japanClock(30, '23:00')).runOnce()).sent).toBe(0);
  });
});
