import type { DataSource } from 'typeorm';
import pino from 'pino';
import { createDataSource } from '../../../ormconfig';
import { Role, type Viewer } from '../auth/viewer';
import { makeMedicalInstitutionCode } from '../facilities/medical-institution-code';
import { createTestDatabase, type TestDatabase } from '../../test/test-database';
import type { TestServer } from '../../test/test-server';
import { createTestAccount, signInAs, startServerWithSignIn, type TestAccount } from '../../test/accounts';
import { toGlobalId } from '../graphql/node';
import { ReportingMode } from './reporting-period';
import { updateReportingSchedule } from './reporting-schedule';
import { ReportingReminderWorker } from './reporting-reminders';
import { scheduleFreshness } from './reporting.freshness';
import { stalenessAt } from '../beds/bed-staleness';
import { areaCompliance, facilityCompliance } from './reporting-compliance';
import { scheduleOf } from './reporting-schedule';

let db: TestDatabase;
let second: DataSource;
let server: TestServer;
let serial = 0;

/** 2026-12-DD hh:mm in Japan. */
const jst = (hhmm: string, day = 1) => new Date(`2026-12-${String(day).padStart(2, '0')}T${hhmm}:00+09:00`);
const silent = pino({ level: 'silent' });

async function facility(kind: 'HOSPITAL' | 'HEALTH_CENTER', prefectureCode: string, areaCode: string, name: string): Promise<number> {
  serial += 1;
  const [{ id }] = await db.dataSource.query(
    `INSERT INTO facility (code, name, name_search_key, kind, postal_code, prefecture_code, address, phone, area_code)
     VALUES ($1, $2, $2, $3, '1000001', $4, '住所1-1', $5, $6) RETURNING id`,
    [
      makeMedicalInstitutionCode(prefectureCode, '1', 97, 5000 + serial),
      name,
      kind,
      prefectureCode,
      `03-1234-${String(serial).padStart(4, '0')}`,
      areaCode,
    ],
  );
  return id;
}

async function report(facilityId: number, at: Date): Promise<void> {
  await db.dataSource.query(
    `INSERT INTO bed_snapshot (facility_id, reported_at, source, content_hash)
     VALUES ($1, $2, 'DEMO', encode(sha256(random()::text::bytea), 'hex'))`,
    [facilityId, at],
  );
}

const outbox = async (since: number): Promise<{ recipient: string; subject: string; body_text: string }[]> =>
  db.dataSource.query(`SELECT recipient, subject, body_text FROM mail_outbox WHERE id > $1 ORDER BY id`, [since]);
const lastMailId = async () => Number((await db.dataSource.query(`SELECT coalesce(max(id), 0) AS id FROM mail_outbox`))[0].id);

const prefectureViewer = (code: string, accountId: number): Viewer => ({
  accountId,
  role: Role.PREFECTURE,
  facilityId: null,
  prefectureCode: code,
});
const names = { known: () => true, prefectureName: (code: string) => (code === '13' ? '東京都' : `都道府県${code}`) };

/** A daily 12:00 schedule stored the day before, so that the test day's periods all belong to it. */
async function dailyNoon(code: string, accountId: number): Promise<void> {
  await updateReportingSchedule(
    db.dataSource,
    prefectureViewer(code, accountId),
    {
      mode: ReportingMode.NORMAL,
      dueTime: '12:00',
      alertCadenceHours: 6,
      disasterCadenceHours: 2,
      reminderBeforeMinutes: 60,
      escalationAfterMinutes: 0,
    },
    { now: jst('09:00', 1), ...names },
  );
}

beforeAll(async () => {
  db = await createTestDatabase();
  second = createDataSource({ url: db.url, schema: db.schema, poolSize: 5, applicationName: 'gmis-test-second-worker' });
  await second.initialize();
  server = await startServerWithSignIn(db);
});
afterAll(async () => {
  await server?.stop();
  await second?.destroy();
  await db?.drop();
});

describe('reminders and escalation (controlled clock)', () => {
  it('11:00 reminds exactly the hospitals without a report; 12:00 tells them again and the health centre the overdue list; a hospital that reported at 11:30 gets nothing more', async () => {
    const prefecture = await createTestAccount(db.dataSource, { loginId: 'rem-pref', role: Role.PREFECTURE, prefectureCode: '13' });
    const reported = await facility('HOSPITAL', '13', '1301', '報告済病院');
    const late = await facility('HOSPITAL', '13', '1301', '遅れて報告する病院');
    const silentHospital = await facility('HOSPITAL', '13', '1301', '未報告病院');
    const centre = await facility('HEALTH_CENTER', '13', '1301', '第一保健所');
    for (const [loginId, id] of [
      ['rem-reported', reported],
      ['rem-late', late],
      ['rem-silent', silentHospital],
    ] as const)
      await createTestAccount(db.dataSource, { loginId, role: Role.FACILITY, facilityId: id });
    await createTestAccount(db.dataSource, { loginId: 'rem-centre', role: Role.HEALTH_CENTER_AGGREGATOR, facilityId: centre });
    await createTestAccount(db.dataSource, { loginId: 'rem-centre-recruit', role: Role.HEALTH_CENTER_RECRUITMENT, facilityId: centre });
    await dailyNoon('13', prefecture.id);
    // Yesterday's report does not count for today; this morning's does.
    await report(late, jst('15:00', 1));
    await report(reported, jst('09:00', 2));

    let clock = jst('10:59', 2);
    const worker = new ReportingReminderWorker(db.dataSource, { now: () => clock, intervalMs: 60_000, log: silent });
    let since = await lastMailId();
    expect((await worker.tick()).mails).toBe(0);

    clock = jst('11:00', 2);
    const at11 = await worker.tick();
    expect(at11).toEqual({ REMINDER: 2, OVERDUE: 0, ESCALATION: 0, mails: 2 });
    const reminders = await outbox(since);
    expect(reminders.map((m) => m.recipient).sort()).toEqual(['rem-late@example.com', 'rem-silent@example.com']);
    expect(reminders[0].subject).toContain('報告期限が近づいています');
    // Ticking again in the same period sends nothing more.
    clock = jst('11:20', 2);
    expect((await worker.tick()).mails).toBe(0);

    await report(late, jst('11:30', 2));
    since = await lastMailId();
    clock = jst('12:00', 2);
    const at12 = await worker.tick();
    expect(at12).toEqual({ REMINDER: 0, OVERDUE: 1, ESCALATION: 1, mails: 2 });
    const noon = await outbox(since);
    expect(noon.map((m) => m.recipient).sort()).toEqual(['rem-centre@example.com', 'rem-silent@example.com']);
    const list = noon.find((m) => m.recipient === 'rem-centre@example.com')!;
    expect(list.body_text).toContain('未報告病院');
    expect(list.body_text).toMatch(/電話: 03-1234-\d{4}/);
    expect(list.body_text).not.toContain('遅れて報告する病院');
    expect(list.body_text).not.toContain('報告済病院');

    since = await lastMailId();
    clock = jst('13:00', 2);
    expect((await worker.tick()).mails).toBe(0);
    expect(await outbox(since)).toEqual([]);
  });

  it('two service processes ticking at once on the same database send each mail once', async () => {
    const prefecture = await createTestAccount(db.dataSource, { loginId: 'two-pref', role: Role.PREFECTURE, prefectureCode: '27' });
    const hospitals = [];
    for (let i = 0; i < 8; i += 1) {
      const id = await facility('HOSPITAL', '27', '2701', `大阪病院${i}`);
      hospitals.push(id);
      await createTestAccount(db.dataSource, { loginId: `two-h${i}`, role: Role.FACILITY, facilityId: id });
    }
    const centre = await facility('HEALTH_CENTER', '27', '2701', '大阪保健所');
    await createTestAccount(db.dataSource, { loginId: 'two-centre', role: Role.HEALTH_CENTER_AGGREGATOR, facilityId: centre });
    await dailyNoon('27', prefecture.id);
    const since = await lastMailId();
    for (const [hhmm, expected] of [
      ['11:00', 8],
      ['12:00', 9],
    ] as const) {
      const clock = jst(hhmm, 3);
      const a = new ReportingReminderWorker(db.dataSource, { now: () => clock, intervalMs: 60_000, log: silent });
      const b = new ReportingReminderWorker(second, { now: () => clock, intervalMs: 60_000, log: silent });
      const before = await lastMailId();
      await Promise.all([a.tick(), b.tick(), a.tick(), b.tick()]);
      const sent: { count: number }[] = await db.dataSource.query(
        `SELECT count(*)::int AS count FROM mail_outbox WHERE id > $1 AND recipient LIKE 'two-%'`,
        [before],
      );
      expect(sent[0].count).toBe(expected);
    }
    const mails: { recipient: string; count: number }[] = await db.dataSource.query(
      `SELECT recipient, count(*)::int AS count FROM mail_outbox WHERE id > $1 AND recipient LIKE 'two-%' GROUP BY recipient ORDER BY recipient`,
      [since],
    );
    expect(mails).toHaveLength(9);
    expect(mails.filter((m) => m.recipient.startsWith('two-h')).every((m) => m.count === 2)).toBe(true);
    expect(mails.find((m) => m.recipient === 'two-centre@example.com')?.count).toBe(1);
  });
});

describe('operating mode and staleness', () => {
  it('switching to 災害 raises the cadence, records the change, mails the prefecture and tightens 更新遅れ', async () => {
    const prefecture = await createTestAccount(db.dataSource, { loginId: 'mode-pref', role: Role.PREFECTURE, prefectureCode: '01' });
    const hospital = await facility('HOSPITAL', '01', '0101', '札幌病院');
    await createTestAccount(db.dataSource, { loginId: 'mode-hospital', role: Role.FACILITY, facilityId: hospital });
    await dailyNoon('01', prefecture.id);
    const now = jst('15:30', 4);
    const before = await scheduleFreshness.freshSince(db.dataSource.manager, now);
    expect(before.byPrefecture.get('01')).toEqual(jst('00:00', 4));

    const since = await lastMailId();
    const saved = await updateReportingSchedule(
      db.dataSource,
      prefectureViewer('01', prefecture.id),
      {
        mode: ReportingMode.DISASTER,
        dueTime: '12:00',
        alertCadenceHours: 6,
        disasterCadenceHours: 2,
        reminderBeforeMinutes: 30,
        escalationAfterMinutes: 0,
      },
      { now: jst('13:10', 4), ...names },
    );
    expect(saved.mode).toBe(ReportingMode.DISASTER);
    const mails = await outbox(since);
    expect(mails.map((m) => m.recipient).sort()).toEqual(['mode-hospital@example.com', 'mode-pref@example.com']);
    expect(mails[0].subject).toContain('「災害」');
    const [audit] = await db.dataSource.query(
      `SELECT subject, details FROM audit_event WHERE action = 'REPORTING_SCHEDULE_CHANGED' ORDER BY id DESC LIMIT 1`,
    );
    expect(audit.subject).toBe('prefecture:01');
    expect(audit.details.after).toEqual({ mode: 'DISASTER', dueTime: '12:00', cadenceHours: 2 });

    // Every 2 h now: at 15:30 the last due time was 14:00, whose period opened at 13:10 (the switch), as compliance has it.
    const after = await scheduleFreshness.freshSince(db.dataSource.manager, now);
    expect(after.byPrefecture.get('01')).toEqual(jst('13:10', 4));

    // Compliance judges the morning by 平時 and the afternoon by 災害: 12:00 (missed), 14:00 (the 13:30 report: on time).
    await report(hospital, jst('13:30', 4));
    const schedule = await scheduleOf(db.dataSource.manager, '01');
    const { rows, period } = await facilityCompliance(db.dataSource.manager, schedule, { prefectureCode: '01' }, now);
    expect(period.due).toEqual(jst('16:00', 4));
    const own = rows.find((r) => r.facilityId === hospital)!;
    expect(own.status).toBe('BEFORE_DUE');
    expect(own.windows[7].onTime).toBe(1);
    expect(own.windows[7].late).toBe(0);
    // 7 days of 平時 before the switch (days 28..4 Nov/Dec within the window: the daily periods up to 4 Dec 12:00), then 14:00.
    expect(own.windows[7].periods).toBe(8);
    expect(own.windows[7].missed).toBe(7);
    const areas = await areaCompliance(db.dataSource.manager, { prefectureCode: '01' }, now);
    expect(areas.at(-1)).toMatchObject({ areaCode: null, windows: { 7: { periods: 8, onTime: 1 } } });
  });
});

describe('更新遅れ across a change of mode', () => {
  const disasterEveryTwoHours = {
    mode: ReportingMode.DISASTER,
    dueTime: '12:00',
    alertCadenceHours: 6,
    disasterCadenceHours: 2,
    reminderBeforeMinutes: 30,
    escalationAfterMinutes: 0,
  };
  /** Whether a report made at `reportedAt` is 更新遅れ at `now` for a hospital of the prefecture (the fixed 24 h rule included). */
  const staleAt = async (code: string, reportedAt: Date, now: Date) =>
    reportedAt < (await stalenessAt({ db: db.dataSource.manager, staleHours: 24, freshness: scheduleFreshness }, now)).before(code);

  it('a due time of the new grid counts only once the new setting is in force: switching to 災害 at 14:05 makes nobody stale until 16:00', async () => {
    const prefecture = await createTestAccount(db.dataSource, { loginId: 'switch-pref', role: Role.PREFECTURE, prefectureCode: '02' });
    await dailyNoon('02', prefecture.id);
    const morning = jst('09:00', 4); // on time for 平時's 12:00
    const afterSwitch = jst('14:30', 4); // in the first 災害 period (opens at the switch, due 16:00)
    const freshSinceAt = async (now: Date) => (await scheduleFreshness.freshSince(db.dataSource.manager, now)).byPrefecture.get('02');

    expect(await freshSinceAt(jst('14:04', 4))).toEqual(jst('00:00', 4));
    await updateReportingSchedule(db.dataSource, prefectureViewer('02', prefecture.id), disasterEveryTwoHours, {
      now: jst('14:05', 4),
      ...names,
    });
    // 14:00 on the 災害 grid fell under 平時: the last due time in force is still today's 12:00.
    expect(await freshSinceAt(jst('14:06', 4))).toEqual(jst('00:00', 4));
    expect(await staleAt('02', morning, jst('14:06', 4))).toBe(false);
    expect(await freshSinceAt(jst('15:59', 4))).toEqual(jst('00:00', 4));
    expect(await staleAt('02', morning, jst('15:59', 4))).toBe(false);
    // 16:00, the first due time of 災害: its period opened at the switch, so the morning's report missed it.
    expect(await freshSinceAt(jst('16:00', 4))).toEqual(jst('14:05', 4));
    expect(await staleAt('02', morning, jst('16:00', 4))).toBe(true);
    expect(await staleAt('02', afterSwitch, jst('16:00', 4))).toBe(false);
    // From then on the 災害 grid alone: at 18:00 the 18:00 period (17:00–19:00) is the last due.
    expect(await freshSinceAt(jst('18:00', 4))).toEqual(jst('17:00', 4));
    expect(await staleAt('02', afterSwitch, jst('18:00', 4))).toBe(true);
  });

  it('a setting in force too briefly for a due time of its own leaves the last due time of the one before', async () => {
    const prefecture = await createTestAccount(db.dataSource, { loginId: 'brief-pref', role: Role.PREFECTURE, prefectureCode: '03' });
    await dailyNoon('03', prefecture.id);
    const viewer = prefectureViewer('03', prefecture.id);
    await updateReportingSchedule(db.dataSource, viewer, disasterEveryTwoHours, { now: jst('14:05', 4), ...names });
    await updateReportingSchedule(
      db.dataSource,
      viewer,
      { ...disasterEveryTwoHours, mode: ReportingMode.NORMAL },
      { now: jst('15:00', 4), ...names },
    );
    // 災害 held 14:05–15:00 without a due time; 平時 again: today's 12:00 until tomorrow's, whose period opened at 15:00.
    expect((await scheduleFreshness.freshSince(db.dataSource.manager, jst('23:00', 4))).byPrefecture.get('03')).toEqual(jst('00:00', 4));
    expect((await scheduleFreshness.freshSince(db.dataSource.manager, jst('12:00', 5))).byPrefecture.get('03')).toEqual(jst('15:00', 4));
  });
});

describe('GraphQL', () => {
  let officeCookie: string;
  let prefectureCookie: string;
  let hospitalCookie: string;
  let prefecture: TestAccount;
  let kawasaki: number;

  beforeAll(async () => {
    prefecture = await createTestAccount(db.dataSource, { loginId: 'gql-pref', role: Role.PREFECTURE, prefectureCode: '14' });
    const office = await createTestAccount(db.dataSource, { loginId: 'gql-office', role: Role.OFFICE });
    const hospital = await facility('HOSPITAL', '14', '1404', '川崎病院');
    kawasaki = hospital;
    const hospitalUser = await createTestAccount(db.dataSource, { loginId: 'gql-hospital', role: Role.FACILITY, facilityId: hospital });
    officeCookie = await signInAs(server, office);
    prefectureCookie = await signInAs(server, prefecture);
    hospitalCookie = await signInAs(server, hospitalUser);
  });

  const UPDATE = `mutation($input: ReportingScheduleInput!) { updateReportingSchedule(input: $input) { mode modeLabel dueTime cadenceHours configured prefecture { code } } }`;
  const input = {
    mode: 'ALERT',
    dueTime: '10:30',
    alertCadenceHours: 6,
    disasterCadenceHours: 2,
    reminderBeforeMinutes: 60,
    escalationAfterMinutes: 15,
  };

  it('a prefecture sets its own schedule; every field error comes back beside its field; another prefecture is FORBIDDEN', async () => {
    const ok = await server.graphql(UPDATE, { input }, { cookie: prefectureCookie });
    expect(ok.errors).toBeUndefined();
    expect(ok.data.updateReportingSchedule).toEqual({
      mode: 'ALERT',
      modeLabel: '警戒',
      dueTime: '10:30',
      cadenceHours: 6,
      configured: true,
      prefecture: { code: '14' },
    });
    const bad = await server.graphql(
      UPDATE,
      { input: { ...input, dueTime: '25:00', alertCadenceHours: 5, disasterCadenceHours: 12, reminderBeforeMinutes: -1 } },
      { cookie: prefectureCookie },
    );
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((bad.errors?.[0].extensions?.fieldErrors as { field: string }[]).map((e) => e.field).sort()).toEqual([
      'alertCadenceHours',
      'dueTime',
      'reminderBeforeMinutes',
    ]);
    const other = await server.graphql(UPDATE, { input: { ...input, prefectureCode: '13' } }, { cookie: prefectureCookie });
    expect(other.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const office = await server.graphql(UPDATE, { input: { ...input, prefectureCode: '14', mode: 'DISASTER' } }, { cookie: officeCookie });
    expect(office.data.updateReportingSchedule).toMatchObject({ mode: 'DISASTER', cadenceHours: 2 });
  });

  it('the hospital reads its own compliance and the banner mode; the office must name a prefecture', async () => {
    const own = await server.graphql(
      `{ reportingSchedule { mode modeLabel currentPeriod { due } } reportingCompliance { totalCount facilities { facility { name phone } status last7Days { periods onTime late missed onTimeShare } } overall { last28Days { periods } } } }`,
      {},
      { cookie: hospitalCookie },
    );
    expect(own.errors).toBeUndefined();
    expect(own.data.reportingSchedule.modeLabel).toBe('災害');
    expect(own.data.reportingCompliance.totalCount).toBe(1);
    expect(own.data.reportingCompliance.facilities[0].facility.name).toBe('川崎病院');
    const office = await server.graphql(`{ reportingCompliance { totalCount } }`, {}, { cookie: officeCookie });
    expect(office.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const other = await server.graphql(`{ reportingCompliance(prefectureCode: "13") { totalCount } }`, {}, { cookie: prefectureCookie });
    expect(other.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it("the bed report's 更新遅れ follows the prefecture's schedule: 災害 every 2 h for six hours, a report of 4 h ago is stale", async () => {
    // The previous test switched 神奈川県 to 災害 just now: its first due time is still ahead, so
    // nothing is stale by it yet. The bed report reads the service's clock, so the history is
    // moved instead: 災害 has been in force for six hours, and due times of it have passed.
    for (const table of ['reporting_schedule_change', 'reporting_schedule'])
      await db.dataSource.query(
        `UPDATE ${table} SET effective_at = effective_at - interval '6 hours' WHERE prefecture_code = '14' AND effective_at > '-infinity'`,
      );
    await report(kawasaki, new Date(Date.now() - 4 * 3600_000));
    const STATUS = `query($id: ID!) { bedFacilityStatus(facilityId: $id) { stale } bedReportSummary { overall { reported stale } } staleOnly: bedReport(first: 10, filter: { staleOnly: true }) { totalCount } }`;
    const disaster = await server.graphql(STATUS, { id: toGlobalId('Facility', kawasaki) }, { cookie: prefectureCookie });
    expect(disaster.errors).toBeUndefined();
    expect(disaster.data).toEqual({
      bedFacilityStatus: { stale: true },
      bedReportSummary: { overall: { reported: 0, stale: 1 } },
      staleOnly: { totalCount: 1 },
    });
    // Back to 平時: the 災害 due time the report missed fell while 災害 was in force, so it still
    // counts until the first 平時 due time; a new report is fresh.
    await server.graphql(UPDATE, { input: { ...input, mode: 'NORMAL' } }, { cookie: prefectureCookie });
    const normal = await server.graphql(STATUS, { id: toGlobalId('Facility', kawasaki) }, { cookie: prefectureCookie });
    expect(normal.data.bedFacilityStatus).toEqual({ stale: true });
    await report(kawasaki, new Date());
    const reported = await server.graphql(STATUS, { id: toGlobalId('Facility', kawasaki) }, { cookie: prefectureCookie });
    expect(reported.data).toEqual({
      bedFacilityStatus: { stale: false },
      bedReportSummary: { overall: { reported: 1, stale: 0 } },
      staleOnly: { totalCount: 0 },
    });
  });

  it('exports the same compliance as CSV through the one CSV writer (UTF-8 with BOM, or Shift-JIS), with the same scope rule', async () => {
    const utf8 = await fetch(`${server.url}/api/exports/reporting-compliance.csv?encoding=utf8`, { headers: { cookie: prefectureCookie } });
    expect(utf8.status).toBe(200);
    const text = await utf8.text();
    const lines = text
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toMatch(/^集計単位,二次医療圏コード,二次医療圏,医療機関コード,名称,電話番号,今期の状況,最終報告日時,直近7日 期間数/);
    expect(lines.find((l) => l.includes('川崎病院'))).toMatch(
      /^医療機関,"=""1404""",川崎北部,"=""\d{10}""",川崎病院,03-1234-\d{4},(報告済|期限前|期限超過),/,
    );
    expect(lines.at(-1)).toMatch(/^都道府県,,,,神奈川県,/);
    const sjis = await fetch(`${server.url}/api/exports/reporting-compliance.csv`, { headers: { cookie: prefectureCookie } });
    expect(sjis.headers.get('content-type')).toContain('Shift_JIS');
    expect(new TextDecoder('shift_jis').decode(await sjis.arrayBuffer())).toContain('川崎病院');
    const other = await fetch(`${server.url}/api/exports/reporting-compliance.csv?prefectureCode=13`, {
      headers: { cookie: prefectureCookie },
    });
    expect(other.status).toBe(403);
    expect((await fetch(`${server.url}/api/exports/reporting-compliance.csv`)).status).toBe(401);
  });
});
