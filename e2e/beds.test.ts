import fs from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { seedDemoBedSnapshots } from '../server/src/db/seed/demo-bed-snapshots';
import { seedDemoFacilities } from '../server/src/db/seed/demo-facilities';
import { makeMedicalInstitutionCode } from '../server/src/facilities/medical-institution-code';
import { searchKey } from '../server/src/shared/japanese-text';
import { createTestDatabase, type TestDatabase } from '../server/test/test-database';
import { startTestServer, type TestServer } from '../server/test/test-server';
import { resolveTestViewer, Role, viewerCookie } from '../server/test/test-viewer';
import { AcceptanceStatus, StaffingStatus } from '../server/src/beds/bed-categories';
import { recordBedReport } from '../server/src/beds/bed-reporting';
import { BedCategory, ReportSource } from '../server/src/beds/bed-snapshot.entity';
import { BedReportInput } from '../server/src/beds/bed-snapshot.input';
import { Facility } from '../server/src/facilities/facility.entity';
import {
  CLIENT_DIST_DIR,
  TRUSTED_DOCUMENTS,
  VIEWPORTS,
  type ViewportName,
  axeViolations,
  launchBrowser,
  layoutProblems,
  screenshot,
} from './browser';

/**
 * 地域病床見える化 in a real browser against the real service, as the G-MIS office sees it:
 * search by area and by name, open a hospital's detail with its history, the full-column view,
 * the 2,000-row limit, and the Shift-JIS export decoded and compared cell by cell (including the
 * characters Shift-JIS handles specially). Desktop and phone; axe (WCAG 2.1 AA) and the layout
 * checks (no sideways scrolling, no text under 12px) on each screen.
 */

// Enough hospitals (~80%) that the unfiltered report exceeds the 2,000 rows a screen shows.
const FACILITIES = 2700;
const EDGE_NAME = 'ＪＲ髙島①病院〜−～㈱Ⅰ﨑𠮷野家😀分院';
const EDGE_NOTE = '=HYPERLINK("http://evil")\n夜間は救急のみ, "重症"は要相談';

let browser: Browser;
let db: TestDatabase;
let server: TestServer;
let edge: { id: number; code: string; area: string };

beforeAll(async () => {
  if (!fs.existsSync(`${CLIENT_DIST_DIR}/index.html`)) throw new Error('the dashboard is not built: run npm run build:client first');
  browser = await launchBrowser();
  db = await createTestDatabase();
  await seedDemoFacilities(db.dataSource.manager, FACILITIES);
  const code = makeMedicalInstitutionCode('01', '1', 98, 9001);
  const [{ id }] = await db.dataSource.query(
    `INSERT INTO facility (code, name, name_search_key, kind, postal_code, prefecture_code, address, area_code, phone)
     VALUES ($1, $2, $3, 'HOSPITAL', '0400001', '01', '函館市若松町1番', '0101', '0138-00-0000') RETURNING id`,
    [code, EDGE_NAME, searchKey(EDGE_NAME)],
  );
  await seedDemoBedSnapshots(db.dataSource.manager);
  const [{ name: area }] = await db.dataSource.query(`SELECT name FROM secondary_medical_area WHERE code = '0101'`);
  edge = { id, code, area };
  // Screens load 2,000-row reports again and again for one test account: not a test of the cost budget.
  server = await startTestServer(
    db,
    { GMIS_CLIENT_DIR: CLIENT_DIST_DIR, GRAPHQL_TRUSTED_DOCUMENTS: TRUSTED_DOCUMENTS, GRAPHQL_COST_BUDGET: '100000000' },
    { resolveViewer: resolveTestViewer },
  );
  // The hospital's own report, through the domain function (the server only runs the dashboard's trusted documents).
  const facility = await db.dataSource.getRepository(Facility).findOneByOrFail({ dbId: id });
  await recordBedReport(db.dataSource, {
    viewer: { accountId: 99, role: Role.FACILITY, facilityId: id, prefectureCode: '01' },
    facility,
    source: ReportSource.FACILITY,
    input: Object.assign(new BedReportInput(), {
      beds: [{ category: BedCategory.GENERAL, secured: 50, immediate: 40, inpatients: 30, severe: 2, vacant: 10 }],
      outpatientAcceptance: AcceptanceStatus.UNANSWERED,
      inpatientAcceptance: AcceptanceStatus.LIMITED,
      emergencyAcceptance: AcceptanceStatus.UNANSWERED,
      staffing: StaffingStatus.UNANSWERED,
      ventilatorsTotal: 0,
      ventilatorsInUse: 0,
      ecmoTotal: 0,
      ecmoInUse: 0,
      note: EDGE_NOTE,
    }),
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await db?.drop();
});

async function sql<T>(text: string, params: unknown[] = []): Promise<T[]> {
  return db.dataSource.query(text, params);
}

async function column(page: Page, label: string): Promise<string[]> {
  return page.locator(`.data-table tbody [data-label="${label}"]`).allTextContents();
}

async function waitForCount(page: Page, count: number): Promise<void> {
  await page
    .locator('.result-summary__count')
    .filter({ hasText: `該当件数 ${count.toLocaleString('ja-JP')}件` })
    .waitFor();
}

async function expectAccessible(page: Page): Promise<void> {
  expect([...(await axeViolations(page)), ...(await layoutProblems(page))]).toEqual([]);
}

const HOSPITALS_WITH_OR_WITHOUT_REPORTS = `(f.kind = 'HOSPITAL' OR EXISTS (SELECT 1 FROM bed_snapshot s WHERE s.facility_id = f.id))`;

describe.each(Object.keys(VIEWPORTS) as ViewportName[])('地域病床見える化 (%s)', (viewport) => {
  let context: BrowserContext;
  let page: Page;

  beforeEach(async () => {
    context = await browser.newContext({
      viewport: VIEWPORTS[viewport],
      locale: 'ja-JP',
      timezoneId: 'Asia/Tokyo',
      isMobile: viewport === 'phone',
      hasTouch: viewport === 'phone',
      acceptDownloads: true,
    });
    // The signed-in G-MIS office (test-only viewer cookie; accounts come from their own branch).
    await context.addCookies([viewerCookie({ role: Role.OFFICE }, server.url)]);
    page = await context.newPage();
  });

  afterEach(async () => {
    await context.close();
  });

  test("レポート: 「レポートテーブルを検索」 by 二次医療圏 name shows only that area's hospitals, stale reports flagged", async () => {
    const [{ n }] = await sql<{ n: string }>(
      `SELECT count(*) AS n FROM facility f JOIN secondary_medical_area a ON a.code = f.area_code WHERE ${HOSPITALS_WITH_OR_WITHOUT_REPORTS} AND (a.name LIKE $1 OR f.name LIKE $1)`,
      [`%${edge.area}%`],
    );
    await page.goto(`${server.url}/beds?pref=01`);
    await page.getByRole('heading', { level: 1, name: '地域病床見える化' }).waitFor();
    await page.getByRole('searchbox', { name: 'レポートテーブルを検索' }).fill(edge.area);
    await page.getByRole('button', { name: '検索', exact: true }).click();
    await page.waitForURL((url) => url.searchParams.get('q') === edge.area);
    await waitForCount(page, Number(n));
    const areas = await column(page, '二次医療圏');
    expect(areas.length).toBe(Number(n));
    for (const a of areas) expect(a).toBe(edge.area);
    // Each row says when it was last updated; old or missing reports carry a visible flag.
    const updated = await column(page, '最終更新');
    expect(updated.some((u) => /\d{4}\/\d{2}\/\d{2}/.test(u))).toBe(true);
    await screenshot(page, `beds-${viewport}-area`);
    await expectAccessible(page);
  });

  test('レポート → 医療機関名 → 医療機関の詳細: found by name (width-insensitive), facility, current status, history chart and list', async () => {
    await page.goto(`${server.url}/beds`);
    await page.getByRole('searchbox', { name: 'レポートテーブルを検索' }).fill('jr髙島');
    await page.getByRole('button', { name: '検索', exact: true }).click();
    await waitForCount(page, 1);
    await page.getByRole('link', { name: EDGE_NAME }).click();
    await page.getByRole('heading', { level: 1, name: EDGE_NAME }).waitFor();
    expect(await page.title()).toContain(EDGE_NAME);
    const [{ n }] = await sql<{ n: string }>('SELECT count(*) AS n FROM bed_snapshot WHERE facility_id = $1', [edge.id]);
    await page.locator('.history-chart svg').first().waitFor();
    expect(await page.locator('.history-chart[role="img"]').getAttribute('aria-label')).toMatch(
      /空床数と確保病床数の推移.*最新は空床数10、確保病床数50/,
    );
    const history = page.locator('table', { has: page.locator('caption', { hasText: '過去の報告' }) });
    expect(await history.locator('tbody tr').count()).toBe(Number(n));
    expect(await page.locator('.detail-list').first().innerText()).toContain(edge.code);
    expect(await page.getByText('夜間は救急のみ').first().isVisible()).toBe(true);
    if (viewport === 'phone') expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    await screenshot(page, `beds-${viewport}-detail`);
    await expectAccessible(page);
  });

  test('地域病床見える化（全項目表示）: every item of the latest report per facility', async () => {
    await page.goto(`${server.url}/beds/all-columns?pref=01&q=${encodeURIComponent(edge.area)}`);
    await page.getByRole('heading', { level: 1, name: '地域病床見える化（全項目表示）' }).waitFor();
    await page.locator('.result-summary__count').waitFor();
    const headers = await page.locator('.data-table thead th').allTextContents();
    for (const header of [
      '医療機関コード',
      '二次医療圏コード',
      '外来受入',
      '職員の充足状況',
      '一般病床 確保病床数',
      '陰圧室 空床数',
      'ECMO 使用中',
      '備考',
    ]) {
      expect(headers).toContain(header);
    }
    expect(headers).toHaveLength(50);
    const row = page.locator('.data-table tbody tr', { hasText: edge.code });
    const cells = await row.locator('th, td').allTextContents();
    expect(cells[headers.indexOf('二次医療圏コード')]).toBe('0101');
    expect(cells[headers.indexOf('一般病床 空床数')]).toBe('10');
    expect(cells[headers.indexOf('入院受入')]).toBe('制限');
    // The wide table scrolls inside its own region; the page itself never scrolls sideways.
    if (viewport === 'phone') expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    await screenshot(page, `beds-${viewport}-all-columns`);
    await expectAccessible(page);
  });

  test('エクスポート (エクスポートビュー「詳細のみ」, .csv, Shift-JIS) downloads a Shift-JIS CSV whose cells match, edge characters included', async () => {
    await page.goto(`${server.url}/beds?pref=01&q=${encodeURIComponent(edge.area)}`);
    await page.locator('.result-summary__count').waitFor();
    const shown = await column(page, '医療機関名');
    expect(await page.getByRole('combobox', { name: 'エクスポートビュー' }).inputValue()).toBe('details');
    expect(await page.getByRole('combobox', { name: 'エクスポートビュー' }).locator('option:checked').textContent()).toBe('詳細のみ');
    expect(await page.getByRole('combobox', { name: '形式' }).locator('option:checked').textContent()).toBe('カンマ区切り形式(.csv)');
    expect(await page.getByRole('combobox', { name: '文字コード' }).locator('option:checked').textContent()).toBe('日本語(Shift-JIS)');
    await expectAccessible(page);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('.export__panel').getByRole('button', { name: 'エクスポート' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^地域病床見える化_\d{8}-\d{4}\.csv$/);
    const bytes = fs.readFileSync(await download.path());
    const text = new TextDecoder('shift_jis').decode(bytes);
    const records: string[][] = parse(text, { record_delimiter: '\r\n' });
    const header = records[0];
    const rows = records.slice(1);
    // The same hospitals as on screen, in the same order.
    expect(rows.map((r) => r[header.indexOf('医療機関名')])).toEqual(
      shown.map((name) => (name === EDGE_NAME ? 'ＪＲ髙島①病院～－～㈱Ⅰ﨑〓野家〓分院' : name)),
    );
    const row = rows.find((r) => r[header.indexOf('医療機関コード')] === `="${edge.code}"`)!;
    expect(row[header.indexOf('二次医療圏コード')]).toBe('="0101"');
    expect(row[header.indexOf('郵便番号')]).toBe('="0400001"');
    expect(row[header.indexOf('備考')]).toBe(`'${EDGE_NOTE}`);
    expect(row[header.indexOf('一般病床 空床数')]).toBe('10');
    // The two characters Shift-JIS cannot hold (𠮷, 😀) are reported to the user.
    await page.getByRole('status').filter({ hasText: 'エクスポートしました' }).waitFor();
    expect(await page.locator('.export__result').innerText()).toContain(
      `${rows.length}件をエクスポートしました。 Shift-JIS で表せない文字 2文字`,
    );
  });

  if (viewport === 'desktop') {
    test('shows at most 2,000 rows and points to エクスポート for the rest', async () => {
      const [{ n }] = await sql<{ n: string }>(`SELECT count(*) AS n FROM facility f WHERE ${HOSPITALS_WITH_OR_WITHOUT_REPORTS}`);
      expect(Number(n)).toBeGreaterThan(2000);
      await page.goto(`${server.url}/beds`);
      await waitForCount(page, Number(n));
      // Only the rows in view are drawn; the table tells its size (header row + 2,000) to screen readers.
      const report = page.getByRole('table', { name: '地域病床見える化レポート' });
      expect(await report.getAttribute('aria-rowcount')).toBe('2001');
      expect(await report.locator('tbody tr:not(.data-table__spacer)').count()).toBeLessThan(200);
      expect(await page.getByRole('note').innerText()).toMatch(/2,000件まで.*「エクスポート」/);
    });
  }
});
