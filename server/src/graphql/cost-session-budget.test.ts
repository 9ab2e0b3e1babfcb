import fs from 'node:fs';
import { parse } from 'graphql';
import { Role } from '../auth/viewer';
import { loadConfig } from '../config';
import { seedDemoBedSnapshots } from '../db/seed/demo-bed-snapshots';
import { seedDemoFacilities } from '../db/seed/demo-facilities';
import { createTestAccount, signInAs, startServerWithSignIn, testFacility } from '../../test/accounts';
import { createTestDatabase, type TestDatabase } from '../../test/test-database';
import type { TestServer } from '../../test/test-server';
import { operationCost } from './cost';
import { buildAppSchema } from '../app.modules';

/**
 * A person on the dashboard must not be throttled while working normally; API tokens keep the
 * budget that protects the service. The searches are the dashboard's own largest screen:
 * 地域病床見える化（全項目表示）, 2,000 rows a page, sent as the document the dashboard ships.
 */
const DASHBOARD_DOCUMENTS: Record<string, string> = JSON.parse(
  fs.readFileSync(loadConfig({ NODE_ENV: 'test' }).dashboardDocumentsPath, 'utf8'),
);
const ALL_COLUMNS = Object.values(DASHBOARD_DOCUMENTS).find((d) => d.includes('query BedReportAllColumnsPage_Report('))!;
const SORTS = [
  { field: 'FACILITY_CODE', direction: 'ASC' },
  { field: 'LAST_UPDATED', direction: 'DESC' },
  { field: 'VACANT_TOTAL', direction: 'DESC' },
  { field: 'FACILITY_NAME', direction: 'ASC' },
  { field: 'AREA', direction: 'ASC' },
];
/** The variables the dashboard sends for search `i` (the sort changes between searches, as a person's would). */
const search = (i: number) => ({
  filter: { search: null, prefectureCode: null, inpatientAcceptance: null, staleOnly: null },
  orderBy: SORTS[i % SORTS.length],
  first: 2000,
});

let db: TestDatabase;
let server: TestServer;
let cookie: string;
let token: string;
let searchCost: number;
let hospitalsInPrefecture: number;

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemoFacilities(db.dataSource.manager, 12_000);
  await seedDemoBedSnapshots(db.dataSource.manager);
  // The health centre of the prefecture with the most hospitals: the biggest pages it can see.
  const [largest] = await db.dataSource.query(
    `SELECT prefecture_code, count(*)::int AS hospitals FROM facility WHERE kind = 'HOSPITAL' GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 1`,
  );
  hospitalsInPrefecture = largest.hospitals;
  const healthCentre = await testFacility(db.dataSource, 'HEALTH_CENTER', largest.prefecture_code);
  const account = await createTestAccount(db.dataSource, {
    loginId: 'hc-aggregator',
    role: Role.HEALTH_CENTER_AGGREGATOR,
    facilityId: healthCentre,
  });
  // Default budgets, except that the API bucket barely refills (1 point/s) while the test runs,
  // so how many requests a token gets does not depend on how fast this machine answers.
  // Batches are written only when a bucket passes half (never by a timer in the middle of a test), so
  // what PostgreSQL holds when a test moves the bucket's clock is every spend so far.
  server = await startServerWithSignIn(
    db,
    { GRAPHQL_COST_RESTORE_RATE: '1' },
    { costLedgerTiming: { flushMs: 600_000, freshMs: 1000, sweepAbove: 10_000 } },
  );
  cookie = await signInAs(server, account);
  const created = await server.graphql(`mutation { createApiToken(name: "集計スクリプト") { token } }`, {}, { cookie });
  expect(created.errors).toBeUndefined();
  token = created.data.createApiToken.token;
  searchCost = operationCost(await buildAppSchema(), parse(ALL_COLUMNS), search(0), undefined);
}, 300_000);

afterAll(async () => {
  await server?.stop();
  await db?.drop();
});

beforeEach(async () => {
  await db.dataSource.query('DELETE FROM api_cost_budget');
});

describe('cost budget of a person on the dashboard (session) and of an API token', () => {
  it('accepts 30 full-column 2,000-row searches in a row from a signed-in health centre', async () => {
    const limits = server.config.graphqlLimits;
    // What made this fail before: 30 such searches are several times the API budget.
    expect(searchCost).toBeGreaterThan(8000);
    expect(30 * searchCost).toBeGreaterThan(limits.costBudget);
    expect(hospitalsInPrefecture).toBeGreaterThan(500);
    for (let i = 0; i < 30; i += 1) {
      const res = await server.graphql(ALL_COLUMNS, search(i), { cookie });
      expect({ search: i, status: res.status, errors: res.errors }).toEqual({ search: i, status: 200, errors: undefined });
      expect(res.data.bedReport.edges).toHaveLength(res.data.bedReport.totalCount);
      expect(res.data.bedReport.totalCount).toBeGreaterThan(500);
      expect(res.extensions?.cost).toMatchObject({
        requestedQueryCost: searchCost,
        throttleStatus: { maximumAvailable: limits.sessionCostBudget, restoreRate: limits.sessionCostRestoreRate },
      });
    }
    // The searches spent the session's bucket only: the same account's API token has all of its own.
    const viaToken = await server.graphql(ALL_COLUMNS, search(0), { authorization: `Bearer ${token}` });
    expect(viaToken.status).toBe(200);
    expect(viaToken.extensions?.cost.throttleStatus).toMatchObject({
      maximumAvailable: limits.costBudget,
      currentlyAvailable: limits.costBudget - searchCost,
    });
  });

  it('refills the session bucket within a minute, so the next minute of the same work is accepted too', async () => {
    for (let i = 0; i < 30; i += 1) expect((await server.graphql(ALL_COLUMNS, search(i), { cookie })).status).toBe(200);
    // A minute passes (the bucket's clock is PostgreSQL's, read from the row's updated_at).
    await db.dataSource.query(
      `UPDATE api_cost_budget SET updated_at = updated_at - interval '60 seconds' WHERE client_key LIKE 'session:%'`,
    );
    const next = await server.graphql(ALL_COLUMNS, search(0), { cookie });
    expect(next.status).toBe(200);
    const { maximumAvailable, currentlyAvailable } = next.extensions!.cost.throttleStatus;
    expect(currentlyAvailable).toBe(maximumAvailable - searchCost);
  });

  it('still refuses an API token past its budget with 429, TOO_MANY_REQUESTS and Retry-After, spending nothing', async () => {
    const budget = server.config.graphqlLimits.costBudget;
    const fits = Math.floor(budget / searchCost);
    for (let i = 0; i < fits; i += 1) {
      expect((await server.graphql(ALL_COLUMNS, search(i), { authorization: `Bearer ${token}` })).status).toBe(200);
    }
    const refused = await server.graphql(ALL_COLUMNS, search(fits), { authorization: `Bearer ${token}` });
    expect(refused.status).toBe(429);
    expect(refused.data).toBeUndefined();
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'TOO_MANY_REQUESTS', cost: { requestedQueryCost: searchCost } });
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(refused.errors?.[0].extensions?.retryAfter).toBe(retryAfter);
    const available = refused.errors?.[0].extensions?.cost.throttleStatus.currentlyAvailable;
    expect(available).toBeLessThan(searchCost);
    // At 1 point/s, Retry-After is the points missing.
    expect(retryAfter).toBe(searchCost - available);
    // Refused before running: the bucket holds only what the accepted searches spent.
    const [row] = await db.dataSource.query(`SELECT level FROM api_cost_budget WHERE client_key LIKE 'account:%'`);
    expect(Math.round(Number(row.level))).toBeLessThanOrEqual(fits * searchCost);
    // Meanwhile the same person on the dashboard is not refused.
    expect((await server.graphql(ALL_COLUMNS, search(0), { cookie })).status).toBe(200);
  });
});
