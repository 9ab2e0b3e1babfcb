import fs from 'node:fs';
import path from 'node:path';
import { type Client, createClient } from 'graphql-ws';
import type { FormattedExecutionResult } from 'graphql';
import WebSocket from 'ws';
import type { DataSource } from 'typeorm';
import { createDataSource } from '../../../ormconfig';
import { Role } from '../auth/viewer';
import type { Audience } from '../auth/access-policy';
import { SUBSCRIPTION_MATRIX } from '../../test/subscription-matrix';
import { createTestDatabase, type TestDatabase } from '../../test/test-database';
import type { TestServer } from '../../test/test-server';
import { createTestAccount, signInAs, startServerWithSignIn, testFacility, type TestAccount } from '../../test/accounts';
import { toGlobalId } from '../graphql/node';
import { makeMedicalInstitutionCode } from '../facilities/medical-institution-code';

/**
 * Live bed-status updates across server processes: two app instances, each with its own
 * DataSource (its own pool and its own LISTEN connection) on the same test schema, as two
 * processes behind a load balancer would be. A report written through A reaches B's subscribers
 * only through PostgreSQL NOTIFY.
 */

const SUBSCRIPTION = `subscription Live($prefectureCode: String, $areaCode: String) {
  bedStatusChanged(prefectureCode: $prefectureCode, areaCode: $areaCode) {
    facility { code prefecture { code } }
    latest { vacantTotal note }
    stale
  }
}`;

const REPORT = `mutation Report($input: BedReportInput!, $facilityId: ID) {
  reportBedStatus(input: $input, facilityId: $facilityId) { duplicate snapshot { id } }
}`;

const report = (vacant: number, note: string) => ({
  beds: [{ category: 'GENERAL', secured: 100, immediate: 90, inpatients: 60, severe: 4, vacant }],
  ventilatorsTotal: 2,
  ventilatorsInUse: 1,
  note,
});

let db: TestDatabase;
let secondDataSource: DataSource;
let a: TestServer;
let b: TestServer;
let tokyoHospital: number;
let osakaHospital: number;
/** Hospitals that only send probe reports (see `live`): one beside the Tokyo hospital, one in Osaka, one in another Tokyo area. */
const probeHospital: Record<'tokyo' | 'osaka' | 'otherArea', { id: number; code: string }> = {} as never;
const accounts: Record<string, TestAccount> = {};
const cookies: Record<string, string> = {};
const clients: Client[] = [];

/** A graphql-ws client on the server's /graphql, with the upgrade request's headers (cookie, origin). */
function connect(server: TestServer, headers: Record<string, string> = {}, connectionParams?: Record<string, unknown>): Client {
  class WithHeaders extends WebSocket {
    constructor(url: string, protocols?: string | string[]) {
      super(url, protocols, { headers });
    }
  }
  const client = createClient({
    url: `${server.url.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: WithHeaders,
    connectionParams,
    retryAttempts: 0,
    lazy: true,
  });
  clients.push(client);
  return client;
}

type Result = FormattedExecutionResult<any, any>;
const noteOf = (result: Result): string | undefined => result.data?.bedStatusChanged?.latest?.note;
const facilityCodeOf = (result: Result): string | undefined => result.data?.bedStatusChanged?.facility?.code;

/**
 * Subscribes and collects what arrives; `next(n)` waits for the n-th result, `arrived(note)` for
 * a report with that note, `ended` for an error or completion.
 */
function subscribe(client: Client, variables: Record<string, unknown>) {
  const results: Result[] = [];
  const waiting: { done: () => boolean; resolve: () => void }[] = [];
  let settle: (outcome: { errors?: readonly any[]; complete?: boolean }) => void = () => undefined;
  const ended = new Promise<{ errors?: readonly any[]; complete?: boolean }>((resolve) => (settle = resolve));
  const when = (done: () => boolean) => (done() ? Promise.resolve() : new Promise<void>((resolve) => waiting.push({ done, resolve })));
  const dispose = client.subscribe(
    { query: SUBSCRIPTION, variables },
    {
      next: (result) => {
        results.push(result);
        for (const w of waiting.filter((w) => w.done())) w.resolve();
      },
      error: (error) => settle({ errors: Array.isArray(error) ? error : [error] }),
      complete: () => settle({ complete: true }),
    },
  );
  return {
    results,
    ended,
    dispose,
    next: (n: number) => when(() => results.length >= n),
    arrived: (note: string) => when(() => results.some((r) => noteOf(r) === note)),
  };
}

type Subscription = ReturnType<typeof subscribe>;

const PROBE = '疎通確認';
/**
 * How many reports a test writes at most while waiting for a subscription to start hearing them:
 * about 30 s of rounds, half the test timeout, so a loaded machine still gets there and a broken
 * subscription fails with what arrived rather than a timeout.
 */
const MAX_ROUNDS = 300;

/**
 * graphql-ws does not acknowledge that a subscription has started (auth, LISTEN): until `sub`
 * receives one, write a probe report of a probe hospital it is meant to hear. From then on it
 * hears every report committed after (the process's one LISTEN connection delivers in commit
 * order), so a report it did not get before a later one it did get was not sent to it. Probe
 * hospitals send nothing else, so their rows never show a tested report. The pause between
 * probes only paces them: a busy machine takes more rounds, the test waits for the arrival.
 */
async function live(sub: Subscription, probe: { id: number }, cookie: string): Promise<void> {
  for (let round = 1; !sub.results.some((r) => noteOf(r)?.startsWith(PROBE)); round += 1) {
    if (round > MAX_ROUNDS) throw new Error(`no probe reached the subscription: ${JSON.stringify(sub.results)}`);
    const written = await a.graphql(
      REPORT,
      { input: report(round % 2, `${PROBE} ${round}`), facilityId: toGlobalId('Facility', probe.id) },
      { cookie },
    );
    expect(written.errors).toBeUndefined();
    const ended = sub.ended.then((end) => {
      throw new Error(`the subscription ended: ${JSON.stringify(end)}`);
    });
    ended.catch(() => undefined);
    await Promise.race([sub.next(sub.results.length + 1), ended, new Promise((resolve) => setTimeout(resolve, 100))]);
  }
}

/** A hospital of a prefecture and area that only sends probes. */
async function probeHospitalIn(prefectureCode: string, areaCode: string, serial: number): Promise<{ id: number; code: string }> {
  const code = makeMedicalInstitutionCode(prefectureCode, '1', 97, 900 + serial);
  const [row] = await db.dataSource.query(
    `INSERT INTO facility (code, name, name_search_key, kind, postal_code, prefecture_code, address, area_code)
     VALUES ($1, $2, $2, 'HOSPITAL', '1000001', $3, 'テスト町1-1', $4) RETURNING id`,
    [code, `疎通確認病院${serial}`, prefectureCode, areaCode],
  );
  return { id: row.id, code };
}

beforeAll(async () => {
  db = await createTestDatabase();
  secondDataSource = createDataSource({ url: db.url, schema: db.schema, poolSize: 3, applicationName: `gmis-test-${db.schema}-b` });
  await secondDataSource.initialize();
  tokyoHospital = await testFacility(db.dataSource, 'HOSPITAL', '13');
  osakaHospital = await testFacility(db.dataSource, 'HOSPITAL', '27');
  const tokyoArea = await areaOf(tokyoHospital);
  const [otherArea] = await db.dataSource.query(
    `SELECT code FROM secondary_medical_area WHERE prefecture_code = '13' AND code <> $1 ORDER BY code LIMIT 1`,
    [tokyoArea],
  );
  probeHospital.tokyo = await probeHospitalIn('13', tokyoArea, 1);
  probeHospital.otherArea = await probeHospitalIn('13', otherArea.code, 2);
  probeHospital.osaka = await probeHospitalIn('27', await areaOf(osakaHospital), 3);
  accounts.tokyo = await createTestAccount(db.dataSource, { loginId: 'live-tokyo', role: Role.PREFECTURE, prefectureCode: '13' });
  accounts.osaka = await createTestAccount(db.dataSource, { loginId: 'live-osaka', role: Role.PREFECTURE, prefectureCode: '27' });
  accounts.hospital = await createTestAccount(db.dataSource, { loginId: 'live-hospital', role: Role.FACILITY, facilityId: tokyoHospital });
  accounts.aggregator = await createTestAccount(db.dataSource, {
    loginId: 'live-aggregator',
    role: Role.HEALTH_CENTER_AGGREGATOR,
    facilityId: await testFacility(db.dataSource, 'HEALTH_CENTER'),
  });
  accounts.office = await createTestAccount(db.dataSource, { loginId: 'live-office', role: Role.OFFICE });
  accounts.analyst = await createTestAccount(db.dataSource, { loginId: 'live-analyst', role: Role.ANALYST });
  accounts.recruitment = await createTestAccount(db.dataSource, {
    loginId: 'live-recruit',
    role: Role.HEALTH_CENTER_RECRUITMENT,
    facilityId: await testFacility(db.dataSource, 'HEALTH_CENTER'),
  });
  a = await startServerWithSignIn(db);
  b = await startServerWithSignIn({ ...db, dataSource: secondDataSource });
  for (const [name, account] of Object.entries(accounts)) cookies[name] = await signInAs(a, account);
});

afterAll(async () => {
  await Promise.all(clients.map(async (c) => c.dispose()));
  await a?.stop();
  await b?.stop();
  if (secondDataSource?.isInitialized) await secondDataSource.destroy();
  await db?.drop();
});

/** The error codes a refused subscription ended with (graphql-ws sends execution errors as a result, then completes). */
async function refusal(sub: ReturnType<typeof subscribe>): Promise<{ codes: string[]; data: unknown[] }> {
  const end = await sub.ended;
  const errors = [...(end.errors ?? []), ...sub.results.flatMap((r) => r.errors ?? [])];
  return { codes: errors.map((e) => String(e.extensions?.code)), data: sub.results.map((r) => r.data ?? null) };
}

const areaOf = async (facilityId: number) =>
  (await db.dataSource.query(`SELECT area_code FROM facility WHERE id = $1`, [facilityId]))[0].area_code as string;

describe('bedStatusChanged subscription (GraphQL over WebSocket)', () => {
  it('delivers a report written through instance A to a subscriber on instance B, and not a report of another prefecture', async () => {
    const tokyo = subscribe(connect(b, { cookie: cookies.tokyo }), { prefectureCode: '13' });
    const osaka = subscribe(connect(b, { cookie: cookies.osaka }), {});
    await live(tokyo, probeHospital.tokyo, cookies.tokyo);
    await live(osaka, probeHospital.osaka, cookies.osaka);

    const written = await a.graphql(REPORT, { input: report(17, 'A経由の報告') }, { cookie: cookies.hospital });
    expect(written.errors).toBeUndefined();
    await tokyo.arrived('A経由の報告');
    expect(tokyo.results.find((r) => noteOf(r) === 'A経由の報告')).toEqual({
      data: {
        bedStatusChanged: {
          facility: { code: expect.any(String), prefecture: { code: '13' } },
          latest: { vacantTotal: 17, note: 'A経由の報告' },
          stale: false,
        },
      },
    });

    // Osaka's subscriber, live before Tokyo's report, must not have heard of it: it gets Osaka's own, written after.
    const osakaWritten = await a.graphql(
      REPORT,
      { input: report(3, '大阪'), facilityId: toGlobalId('Facility', osakaHospital) },
      { cookie: cookies.osaka },
    );
    expect(osakaWritten.errors).toBeUndefined();
    await osaka.arrived('大阪');
    const osakaReports = osaka.results.filter((r) => !noteOf(r)?.startsWith(PROBE));
    expect(osakaReports.map((r) => r.data.bedStatusChanged.latest)).toEqual([{ vacantTotal: 3, note: '大阪' }]);
    expect(new Set(osaka.results.map((r) => r.data.bedStatusChanged.facility.prefecture.code))).toEqual(new Set(['27']));
    // And Tokyo's subscriber never got Osaka's.
    const again = await a.graphql(REPORT, { input: report(16, '二回目') }, { cookie: cookies.hospital });
    expect(again.errors).toBeUndefined();
    await tokyo.arrived('二回目');
    expect(tokyo.results.map(noteOf).filter((note) => !note?.startsWith(PROBE))).toEqual(['A経由の報告', '二回目']);
    expect(new Set(tokyo.results.map((r) => r.data.bedStatusChanged.facility.prefecture.code))).toEqual(new Set(['13']));
  });

  it('filters by 二次医療圏: a subscriber of another area of the same prefecture hears nothing of it', async () => {
    const area = await areaOf(tokyoHospital);
    const other = await areaOf(probeHospital.otherArea.id);
    const inArea = subscribe(connect(b, { cookie: cookies.tokyo }), { areaCode: area });
    const otherArea = subscribe(connect(b, { cookie: cookies.tokyo }), { areaCode: other });
    const everyArea = subscribe(connect(b, { cookie: cookies.tokyo }), {});
    await live(inArea, probeHospital.tokyo, cookies.tokyo);
    await live(everyArea, probeHospital.tokyo, cookies.tokyo);
    await live(otherArea, probeHospital.otherArea, cookies.tokyo);
    expect((await a.graphql(REPORT, { input: report(11, '圏域') }, { cookie: cookies.hospital })).errors).toBeUndefined();
    await inArea.arrived('圏域');
    await everyArea.arrived('圏域');
    expect(inArea.results.filter((r) => noteOf(r) === '圏域')).toHaveLength(1);
    // The other area's subscriber gets a report of its own area written after: had 圏域 been sent to it, it came first.
    const after = await a.graphql(
      REPORT,
      { input: report(12, `${PROBE} 圏域の後`), facilityId: toGlobalId('Facility', probeHospital.otherArea.id) },
      { cookie: cookies.tokyo },
    );
    expect(after.errors).toBeUndefined();
    await otherArea.arrived(`${PROBE} 圏域の後`);
    expect(new Set(otherArea.results.map(facilityCodeOf))).toEqual(new Set([probeHospital.otherArea.code]));
  });

  it('refuses another prefecture (FORBIDDEN), anonymous callers (UNAUTHENTICATED) and roles without bed access', async () => {
    const otherPrefecture = subscribe(connect(b, { cookie: cookies.osaka }), { prefectureCode: '13' });
    expect(await refusal(otherPrefecture)).toEqual({ codes: ['FORBIDDEN'], data: [null] });
    const anonymous = subscribe(connect(b), { prefectureCode: '13' });
    expect(await refusal(anonymous)).toEqual({ codes: ['UNAUTHENTICATED'], data: [null] });
    const recruitment = subscribe(connect(b, { cookie: cookies.recruitment }), {});
    expect(await refusal(recruitment)).toEqual({ codes: ['FORBIDDEN'], data: [null] });
  });

  it('checks its codes as the report does: a malformed areaCode is BAD_USER_INPUT named after this argument', async () => {
    const sub = subscribe(connect(b, { cookie: cookies.tokyo }), { areaCode: '13-1' });
    const end = await sub.ended;
    const errors = [...(end.errors ?? []), ...sub.results.flatMap((r) => r.errors ?? [])];
    expect(errors.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    expect(errors[0].extensions?.fieldErrors).toEqual([{ field: 'areaCode', message: '二次医療圏コードは4桁の数字で指定してください。' }]);
  });

  it('runs subscriptions only: a query over the WebSocket is refused (HTTP has the cost budget and introspection rule)', async () => {
    const client = connect(b, { cookie: cookies.tokyo });
    const outcome = await new Promise<unknown>((resolve) =>
      client.subscribe(
        { query: '{ bedReport(first: 1) { totalCount } }' },
        { next: resolve, error: resolve, complete: () => resolve('complete') },
      ),
    );
    expect(outcome).toEqual([expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT' } })]);
  });

  it('ignores a session cookie sent from a page of another origin (cross-site WebSocket hijacking)', async () => {
    const hijacked = subscribe(connect(b, { cookie: cookies.tokyo, origin: 'https://evil.example' }), { prefectureCode: '13' });
    expect(await refusal(hijacked)).toEqual({ codes: ['UNAUTHENTICATED'], data: [null] });
  });

  it('authenticates an API token given in connectionParams', async () => {
    const created = await a.graphql(`mutation { createApiToken(name: "live") { token } }`, {}, { cookie: cookies.tokyo });
    expect(created.errors).toBeUndefined();
    const viaToken = subscribe(connect(b, {}, { authorization: `Bearer ${created.data.createApiToken.token}` }), { prefectureCode: '13' });
    await live(viaToken, probeHospital.tokyo, cookies.tokyo);
    expect((await a.graphql(REPORT, { input: report(9, 'トークン') }, { cookie: cookies.hospital })).errors).toBeUndefined();
    await viaToken.arrived('トークン');
    expect(viaToken.results.find((r) => noteOf(r) === 'トークン')?.data.bedStatusChanged.facility.prefecture.code).toBe('13');
  });

  it('every audience: subscribes exactly where the access matrix allows it', async () => {
    const accountOf: Record<Audience, string | null> = {
      HEALTH_CENTER_RECRUITMENT: 'recruitment',
      HEALTH_CENTER_AGGREGATOR: 'aggregator',
      FACILITY: 'hospital',
      PREFECTURE: 'tokyo',
      OFFICE: 'office',
      ANALYST: 'analyst',
      ANONYMOUS: null,
    };
    const allowed = SUBSCRIPTION_MATRIX['Subscription.bedStatusChanged'];
    const mismatches: string[] = [];
    for (const [audience, account] of Object.entries(accountOf) as [Audience, string | null][]) {
      const sub = subscribe(connect(b, account ? { cookie: cookies[account] } : {}), {});
      if (allowed.includes(audience)) {
        // Allowed: a report of the Tokyo hospital (in every allowed audience's scope) arrives.
        // Reports are repeated until one does, as there is no acknowledgement of the subscription.
        let round = 0;
        while (sub.results.length === 0 && round < MAX_ROUNDS) {
          round += 1;
          await a.graphql(REPORT, { input: report(round % 2, `${audience} ${round}`) }, { cookie: cookies.hospital });
          await Promise.race([sub.next(1), sub.ended, new Promise((resolve) => setTimeout(resolve, 100))]);
        }
        const first = sub.results[0];
        if (!first || first.errors || !first.data?.bedStatusChanged?.latest)
          mismatches.push(`${audience}: should receive updates, got ${JSON.stringify(first ?? 'nothing')}`);
      } else {
        const expected = audience === 'ANONYMOUS' ? 'UNAUTHENTICATED' : 'FORBIDDEN';
        const { codes } = await refusal(sub);
        if (codes.join() !== expected) mismatches.push(`${audience}: should be refused with ${expected}, got ${codes.join() || 'nothing'}`);
      }
      sub.dispose();
    }
    expect(mismatches).toEqual([]);
  });

  it("holds a cookie session to the dashboard's trusted documents over WebSocket too: an ad-hoc document is refused, a manifest hash runs", async () => {
    const manifestPath = path.resolve(__dirname, '../../../client/src/gql/persisted-documents.json');
    const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8')) as Record<string, string>;
    const [hash] = Object.entries(manifest).find(([, text]) => /subscription BedReportPage_Live/.test(text))!;
    const strict = await startServerWithSignIn(db, { GRAPHQL_TRUSTED_DOCUMENTS: manifestPath });
    try {
      const adHoc = subscribe(connect(strict, { cookie: cookies.tokyo }), { prefectureCode: '13' });
      expect(await refusal(adHoc)).toEqual({ codes: ['UNTRUSTED_DOCUMENT'], data: [] });

      const client = connect(strict, { cookie: cookies.tokyo });
      const received: unknown[] = [];
      client.subscribe(
        {
          query: 'subscription { __typename }',
          variables: { prefectureCode: '13' },
          extensions: { persistedQuery: { version: 1, sha256Hash: hash } },
        },
        { next: (r) => received.push(r), error: () => undefined, complete: () => undefined },
      );
      // By hash the manifest's document runs, whatever text came with it.
      for (let round = 0; received.length === 0 && round < MAX_ROUNDS; round += 1) {
        await a.graphql(REPORT, { input: report(20 + (round % 2), `trusted ${round}`) }, { cookie: cookies.hospital });
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(received[0]).toEqual({
        data: {
          bedStatusChanged: {
            lastUpdated: expect.any(String),
            facility: { __typename: 'Facility', id: expect.any(String), name: expect.any(String) },
            __typename: 'BedReportRow',
          },
        },
      });
    } finally {
      await strict.stop();
    }
  });

  it('keeps delivering after the listening connection is lost (database restart / failover)', async () => {
    const tokyo = subscribe(connect(b, { cookie: cookies.tokyo }), { prefectureCode: '13' });
    await live(tokyo, probeHospital.tokyo, cookies.tokyo);
    const appName = `gmis-test-${db.schema}-b-listen`;
    const before = await db.dataSource.query(`SELECT pid FROM pg_stat_activity WHERE application_name = $1`, [appName]);
    expect(before).toHaveLength(1);
    await db.dataSource.query(`SELECT pg_terminate_backend($1)`, [before[0].pid]);
    // Wait until B has reconnected and LISTENs again on a new backend.
    for (;;) {
      const now = await db.dataSource.query(`SELECT pid FROM pg_stat_activity WHERE application_name = $1 AND query LIKE 'LISTEN %'`, [
        appName,
      ]);
      if (now.length === 1 && now[0].pid !== before[0].pid) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect((await a.graphql(REPORT, { input: report(8, '再接続後') }, { cookie: cookies.hospital })).errors).toBeUndefined();
    await tokyo.arrived('再接続後');
  });
});
