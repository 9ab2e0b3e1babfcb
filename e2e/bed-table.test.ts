import fs from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { AcceptanceStatus, StaffingStatus } from '../server/src/beds/bed-categories';
import { recordBedReport } from '../server/src/beds/bed-reporting';
import { BedCategory, ReportSource } from '../server/src/beds/bed-snapshot.entity';
import { BedReportInput } from '../server/src/beds/bed-snapshot.input';
import { Facility } from '../server/src/facilities/facility.entity';
import { seedDemoBedSnapshots } from '../server/src/db/seed/demo-bed-snapshots';
import { seedDemoFacilities } from '../server/src/db/seed/demo-facilities';
import { createTestDatabase, type TestDatabase } from '../server/test/test-database';
import { startTestServer, type TestServer } from '../server/test/test-server';
import { resolveTestViewer, Role, viewerCookie } from '../server/test/test-viewer';
import {
  CLIENT_DIST_DIR,
  TRUSTED_DOCUMENTS,
  VIEWPORTS,
  type ViewportName,
  axeViolations,
  cardFieldSpans,
  launchBrowser,
  layoutProblems,
  screenshot,
} from './browser';

/**
 * Working with the report table in a real browser: ordering by a header (空床数 both ways, 最終更新),
 * filtering by 救急受入 and a minimum of vacant beds, choosing a 二次医療圏, the header staying in
 * view deep into 2,000 rows, the area totals equal to the rows (both checked against SQL), and a
 * reload keeping the view. Desktop and phone; axe and the layout checks on each screen.
 */

// Enough hospitals that the unfiltered report fills the 2,000 rows a screen shows.
const FACILITIES = 2700;

let browser: Browser;
let db: TestDatabase;
let server: TestServer;

beforeAll(async () => {
  if (!fs.existsSync(`${CLIENT_DIST_DIR}/index.html`)) throw new Error('the dashboard is not built: run npm run build:client first');
  browser = await launchBrowser();
  db = await createTestDatabase();
  await seedDemoFacilities(db.dataSource.manager, FACILITIES);
  await seedDemoBedSnapshots(db.dataSource.manager);
  server = await startTestServer(
    db,
    { GMIS_CLIENT_DIR: CLIENT_DIST_DIR, GRAPHQL_TRUSTED_DOCUMENTS: TRUSTED_DOCUMENTS, GRAPHQL_COST_BUDGET: '100000000' },
    { resolveViewer: resolveTestViewer },
  );
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await db?.drop();
});

async function sql<T>(text: string, params: unknown[] = []): Promise<T[]> {
  return db.dataSource.query(text, params);
}

/** The report's facilities in a prefecture with their latest report (none: nulls), as the server selects them. */
const REPORT_ROWS = `
  SELECT f.id, f.name, f.area_code, s.vacant_total, s.secured_total, s.emergency_acceptance, s.reported_at
  FROM facility f
  LEFT JOIN LATERAL (
    SELECT * FROM bed_snapshot b WHERE b.facility_id = f.id ORDER BY b.reported_at DESC, b.id DESC LIMIT 1
  ) s ON true
  WHERE f.prefecture_code = $1
    AND (f.kind = 'HOSPITAL' OR EXISTS (SELECT 1 FROM bed_snapshot x WHERE x.facility_id = f.id))`;

interface ReportRow {
  id: number;
  name: string;
  area_code: string;
  vacant_total: number | null;
  secured_total: number | null;
  emergency_acceptance: string | null;
  reported_at: Date | null;
}

const report = (page: Page) => page.getByRole('table', { name: '地域病床見える化レポート' });

async function cells(table: Locator, label: string): Promise<string[]> {
  return table.locator(`tbody [data-label="${label}"]`).allTextContents();
}

const count = (text: string) => (text.trim() === '—' ? null : Number(text.replace(/,/g, '')));

async function waitForCount(page: Page, n: number): Promise<void> {
  await page
    .locator('.result-summary__count')
    .filter({ hasText: `該当件数 ${n.toLocaleString('ja-JP')}件` })
    .waitFor();
}

/** The report has its answer for the URL shown (the previous rows stay on screen while a new order or filter loads). */
async function settled(page: Page): Promise<void> {
  await page.locator('section[aria-labelledby="bed-report-results-heading"][aria-busy="false"]').waitFor({ state: 'attached' });
}

async function expectAccessible(page: Page): Promise<void> {
  expect([...(await axeViolations(page)), ...(await layoutProblems(page))]).toEqual([]);
}

describe.each(Object.keys(VIEWPORTS) as ViewportName[])('レポートの表 (%s)', (viewport) => {
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
    await context.addCookies([viewerCookie({ role: Role.OFFICE }, server.url)]);
    page = await context.newPage();
  });

  afterEach(async () => {
    await context.close();
  });

  /** The screen has taken in the URL's order (the header says it in the same render that starts loading it). */
  async function sortedBy(header: string, direction: 'ASC' | 'DESC') {
    await report(page)
      .locator(`th[aria-sort="${direction === 'ASC' ? 'ascending' : 'descending'}"]`, { hasText: header })
      .waitFor({ state: 'attached' });
  }

  /** Orders the report by a column: its header on a desktop, the form's 並び替え/順序 on a phone (where rows are cards). */
  async function orderBy(header: string, field: string, direction: 'ASC' | 'DESC') {
    // Names and codes read A→Z by default, dates and counts newest/largest first.
    const urlOrder = (u: URL) => ({
      field: u.searchParams.get('sort') ?? 'FACILITY_CODE',
      direction: u.searchParams.get('dir') ?? (['FACILITY_CODE', 'FACILITY_NAME', 'AREA'].includes(field) ? 'ASC' : 'DESC'),
    });
    if (viewport === 'desktop') {
      const button = report(page).getByRole('button', { name: header, exact: true });
      // A first click asks for the column's natural order; a second turns it.
      for (let clicks = 0; clicks < 2; clicks++) {
        const before = new URL(page.url());
        const order = urlOrder(before);
        if (order.field === field && order.direction === direction) break;
        await button.click();
        await page.waitForURL((u) => u.toString() !== before.toString());
        await sortedBy(header, urlOrder(new URL(page.url())).direction as 'ASC' | 'DESC');
      }
    } else {
      await page.getByRole('combobox', { name: '並び替え' }).selectOption(field);
      await page.getByRole('combobox', { name: '順序' }).selectOption(direction);
      await page.getByRole('button', { name: '検索', exact: true }).click();
      await page.waitForURL((u) => u.searchParams.get('sort') === field);
      await sortedBy(header, direction);
    }
    expect(urlOrder(new URL(page.url()))).toEqual({ field, direction });
    await settled(page);
  }

  test('空床数 sorts the whole result both ways and 最終更新 newest first, each as SQL orders them; the header says so (aria-sort)', async () => {
    const rows = await sql<ReportRow>(REPORT_ROWS, ['13']);
    await page.goto(`${server.url}/beds?pref=13`);
    await waitForCount(page, rows.length);

    await orderBy('空床数', 'VACANT_TOTAL', 'DESC');
    await page.locator('th[aria-sort="descending"]', { hasText: '空床数' }).waitFor({ state: 'attached' });
    let shown = (await cells(report(page), '空床数')).map(count);
    const byVacant = rows.map((r) => r.vacant_total).filter((v): v is number => v !== null);
    byVacant.sort((a, b) => b - a);
    expect(shown.slice(0, 20)).toEqual(byVacant.slice(0, 20));

    await orderBy('空床数', 'VACANT_TOTAL', 'ASC');
    await page.locator('th[aria-sort="ascending"]', { hasText: '空床数' }).waitFor({ state: 'attached' });
    shown = (await cells(report(page), '空床数')).map(count);
    // Facilities without a report count as the fewest: they come first, then the smallest counts.
    const unreported = rows.filter((r) => r.vacant_total === null).length;
    const ascending = [...Array<null>(unreported).fill(null), ...[...byVacant].reverse()];
    expect(shown.slice(0, 20)).toEqual(ascending.slice(0, 20));

    await orderBy('最終更新', 'LAST_UPDATED', 'DESC');
    await page.locator('th[aria-sort="descending"]', { hasText: '最終更新' }).waitFor({ state: 'attached' });
    const newest = rows.filter((r) => r.reported_at).sort((a, b) => b.reported_at!.getTime() - a.reported_at!.getTime());
    expect((await report(page).locator('tbody th[scope="row"]').first().innerText()).trim()).toBe(newest[0].name);
    await screenshot(page, `bed-table-${viewport}-sorted`);
    await expectAccessible(page);
  });

  test('救急受入=停止 and 空床数 ≥ 5 select exactly the facilities SQL finds; reload keeps filter and order', async () => {
    const rows = (await sql<ReportRow>(REPORT_ROWS, ['13'])).filter(
      (r) => r.emergency_acceptance === 'SUSPENDED' && r.vacant_total !== null && r.vacant_total >= 5,
    );
    expect(rows.length).toBeGreaterThan(0);
    await page.goto(`${server.url}/beds?pref=13`);
    await page.locator('.result-summary__count').waitFor();
    await page.getByRole('combobox', { name: '救急受入' }).selectOption('SUSPENDED');
    await page.getByRole('textbox', { name: '空床数の下限' }).fill('5');
    await page.getByRole('button', { name: '検索', exact: true }).click();
    await page.waitForURL((u) => u.searchParams.get('emergency') === 'SUSPENDED' && u.searchParams.get('vacant') === '5');
    await settled(page);
    await waitForCount(page, rows.length);
    await orderBy('空床数', 'VACANT_TOTAL', 'ASC');
    await waitForCount(page, rows.length);
    const check = async () => {
      const emergency = await cells(report(page), '救急受入');
      expect(emergency.length).toBe(Math.min(rows.length, emergency.length));
      for (const e of emergency) expect(e).toBe('停止');
      const vacant = (await cells(report(page), '空床数')).map(count);
      expect(vacant).toEqual(
        rows
          .map((r) => r.vacant_total)
          .sort((a, b) => a! - b!)
          .slice(0, vacant.length),
      );
    };
    await check();
    const url = page.url();
    await page.reload();
    await waitForCount(page, rows.length);
    expect(page.url()).toBe(url);
    expect(await page.getByRole('combobox', { name: '救急受入' }).inputValue()).toBe('SUSPENDED');
    expect(await page.getByRole('textbox', { name: '空床数の下限' }).inputValue()).toBe('5');
    if (viewport === 'desktop') await page.locator('th[aria-sort="ascending"]', { hasText: '空床数' }).waitFor({ state: 'attached' });
    await check();
    await screenshot(page, `bed-table-${viewport}-filtered`);
    await expectAccessible(page);
  });

  test('choosing a 二次医療圏 shows its hospitals, and its totals equal the sum of the rows (checked against SQL)', async () => {
    const all = await sql<ReportRow>(REPORT_ROWS, ['01']);
    const [{ code, name }] = await sql<{ code: string; name: string }>(
      `SELECT a.code, a.name FROM secondary_medical_area a WHERE a.code = ANY($1) ORDER BY a.code LIMIT 1 OFFSET 1`,
      [[...new Set(all.map((r) => r.area_code))]],
    );
    const rows = all.filter((r) => r.area_code === code);
    await page.goto(`${server.url}/beds?pref=01`);
    await page.locator('.result-summary__count').waitFor();
    await page.getByRole('combobox', { name: '二次医療圏', exact: true }).selectOption(code);
    await page.getByRole('button', { name: '検索', exact: true }).click();
    await page.waitForURL((u) => u.searchParams.get('area') === code);
    await settled(page);
    await waitForCount(page, rows.length);
    for (const area of await cells(report(page), '二次医療圏')) expect(area).toBe(name);

    // The rows as drawn, summed in the browser, and the database's sums: the totals line says both.
    const shownVacant = (await cells(report(page), '空床数')).map(count);
    expect(shownVacant.length).toBe(rows.length);
    const sum = (values: (number | null)[]) => values.reduce<number>((a, b) => a + (b ?? 0), 0);
    expect(sum(shownVacant)).toBe(sum(rows.map((r) => r.vacant_total)));
    const totals = page.getByRole('table', { name: '二次医療圏・都道府県ごとの医療機関数と病床数' });
    const areaLine = totals.locator('tbody tr', { has: page.locator('th', { hasText: name }) });
    const figure = async (label: string) => count(await areaLine.locator(`[data-label="${label}"]`).innerText());
    expect(await figure('医療機関数')).toBe(rows.length);
    expect(await figure('空床数の合計')).toBe(sum(shownVacant));
    expect(await figure('確保病床数の合計')).toBe(sum(rows.map((r) => r.secured_total)));
    expect(((await figure('報告済')) as number) + ((await figure('更新遅れ')) as number) + ((await figure('未報告')) as number)).toBe(
      rows.length,
    );

    if (viewport === 'phone') {
      // In a card every column name starts at the card's left edge and every count ends at its right
      // edge, the same inset on both sides; a text value starts after the column name.
      const reportRow = report(page).locator('tbody tr').first();
      const areaField = await cardFieldSpans(reportRow.locator('[data-label="二次医療圏"]'));
      for (const cell of [areaLine.locator('[data-label="空床数の合計"]'), reportRow.locator('[data-label="空床数"]')]) {
        const { card, label, value } = await cardFieldSpans(cell);
        const inset = label.left - card.left;
        expect(inset).toBeGreaterThan(0);
        expect(inset).toBeLessThan(24);
        expect(card.right - value.right).toBeCloseTo(inset, 0);
        expect(label.left).toBeCloseTo(areaField.label.left, 0);
      }
      expect(areaField.value.left).toBeGreaterThan(areaField.label.right);
    }

    // エクスポートビュー「サマリー」: the same totals as a CSV download, the area's line equal to the screen's.
    if (viewport === 'desktop') {
      const panel = page.locator('.export__panel');
      await panel.getByRole('combobox', { name: 'エクスポートビュー' }).selectOption('summary');
      await panel.getByRole('combobox', { name: '文字コード' }).selectOption('utf8');
      const [download] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: 'エクスポート' }).click()]);
      const records: string[][] = parse(fs.readFileSync(await download.path(), 'utf8'), { record_delimiter: '\r\n', bom: true });
      const column = (header: string) => records[0].indexOf(header);
      const line = records.find((r) => r[column('二次医療圏コード')] === `="${code}"`)!;
      expect(Number(line[column('対象医療機関数')])).toBe(rows.length);
      expect(Number(line[column('空床数(合計)')])).toBe(sum(shownVacant));
    }

    // The area's vacant beds over the last weeks, on a chart described for screen readers.
    await page.locator('.area-history__chart svg').first().waitFor();
    expect(await page.locator('.area-history__chart').getAttribute('aria-label')).toContain(`${name}の直近28日の空床数と確保病床数の推移`);
    await screenshot(page, `bed-table-${viewport}-area`);
    await expectAccessible(page);
  });

  test('全項目表示 of 2,000 rows draws only the rows and columns in view, scrolls sideways inside its region and stays accessible', async () => {
    await page.goto(`${server.url}/beds/all-columns`);
    await page.locator('.result-summary__count').waitFor();
    const table = page.getByRole('table', { name: '地域病床見える化（全項目）' });
    expect(await table.getAttribute('aria-rowcount')).toBe('2001');
    expect(await table.getAttribute('aria-colcount')).toBe('50');
    const row = table.locator('tbody tr[aria-rowindex="2"]');
    await row.waitFor();
    const drawn = await row.locator('th, td:not([aria-hidden])').count();
    expect(drawn).toBeGreaterThan(3);
    expect(drawn).toBeLessThan(30);
    // Scrolled sideways to the middle: the row header stays, the columns there are drawn with their place.
    const region = page.getByRole('region', { name: '地域病床見える化（全項目）' });
    await region.evaluate((el) => {
      const box = el as unknown as { scrollLeft: number; scrollWidth: number };
      box.scrollLeft = box.scrollWidth / 2;
    });
    await row.locator('td[aria-colindex="25"]').waitFor();
    expect(await row.locator('th[scope="row"][aria-colindex="1"]').count()).toBe(1);
    expect(await row.locator('td[aria-colindex="3"]').count()).toBe(0);
    // The page itself never scrolls sideways (on a phone too): only the region does.
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(VIEWPORTS[viewport].width);
    await region.evaluate((el) => (el as unknown as { scrollIntoView: (o: object) => void }).scrollIntoView({ block: 'end' }));
    await screenshot(page, `bed-table-${viewport}-all-columns-2000`);
    await expectAccessible(page);
  });

  if (viewport === 'desktop') {
    test('the header row and the hospital names stay in view after scrolling 1,500 of 2,000 rows, and only rows in view are drawn', async () => {
      await page.goto(`${server.url}/beds`);
      await page.locator('.result-summary__count').waitFor();
      const table = report(page);
      expect(await table.getAttribute('aria-rowcount')).toBe('2001');
      const region = page.getByRole('region', { name: '地域病床見える化レポート' });
      await region.focus();
      // Keyboard scrolling of the focused region (End), then back up to row 1,500 by its scroll offset.
      // Rows are measured as they are drawn, so the table's height settles after a jump: End until the last row shows.
      const last = table.locator('tr[aria-rowindex="2001"]');
      for (let tries = 0; tries < 10 && !(await last.count()); tries++) {
        await page.keyboard.press('End');
        await page.waitForTimeout(200);
      }
      await last.waitFor();
      // Up to row 1,500: rows differ in height, so step by the average row height until it is drawn.
      const target = table.locator('tr[aria-rowindex="1500"]');
      for (let tries = 0; tries < 20 && !(await target.count()); tries++) {
        const first = Number(await table.locator('tbody tr[aria-rowindex]').first().getAttribute('aria-rowindex'));
        await region.evaluate(
          (el, rowsUp) => {
            const box = el as unknown as { scrollTop: number; scrollHeight: number };
            box.scrollTop -= (rowsUp * box.scrollHeight) / 2000;
          },
          first + 15 - 1500,
        );
        await page.waitForTimeout(100);
      }
      await target.waitFor({ state: 'attached' });
      await target.evaluate((el) => (el as unknown as { scrollIntoView: (o: object) => void }).scrollIntoView({ block: 'center' }));
      expect(await table.locator('tbody tr:not(.data-table__spacer)').count()).toBeLessThan(200);
      const regionBox = (await region.boundingBox())!;
      const headerBox = (await table.locator('thead th', { hasText: '空床数' }).boundingBox())!;
      expect(headerBox.y).toBeGreaterThanOrEqual(regionBox.y - 1);
      expect(headerBox.y).toBeLessThan(regionBox.y + 10);
      const row = table.locator('tr[aria-rowindex="1500"]');
      const rowBox = (await row.boundingBox())!;
      expect(rowBox.y).toBeGreaterThan(headerBox.y + headerBox.height - 1);
      await screenshot(page, 'bed-table-desktop-scrolled');

      // 全項目表示 scrolled sideways to its last column: the hospital's name is still at the left.
      await page.goto(`${server.url}/beds/all-columns`);
      await page.locator('.result-summary__count').waitFor();
      const wide = page.getByRole('region', { name: '地域病床見える化（全項目）' });
      await wide.evaluate((el) => {
        const box = el as unknown as { scrollLeft: number; scrollWidth: number; scrollTop: number };
        box.scrollLeft = box.scrollWidth;
        box.scrollTop = 20000;
      });
      const wideBox = (await wide.boundingBox())!;
      const name = page.getByRole('table', { name: '地域病床見える化（全項目）' }).locator('tbody th[scope="row"]').nth(3);
      await name.waitFor();
      const nameBox = (await name.boundingBox())!;
      expect(Math.abs(nameBox.x - wideBox.x)).toBeLessThan(3);
      const note = page.getByRole('table', { name: '地域病床見える化（全項目）' }).locator('thead th', { hasText: '備考' });
      // Only the columns in view are drawn in the body (the rest are one aria-hidden cell per side); every
      // header is drawn, and the table and each drawn cell tell screen readers the column's place.
      const wideTable = page.getByRole('table', { name: '地域病床見える化（全項目）' });
      expect(await wideTable.getAttribute('aria-colcount')).toBe('50');
      expect(await wideTable.locator('thead th').count()).toBe(50);
      expect(await note.getAttribute('aria-colindex')).toBe('50');
      await wideTable.locator('tbody td[aria-colindex="50"]').first().waitFor();
      const drawnRow = wideTable.locator('tbody tr[aria-rowindex]').nth(3);
      const drawnCells = await drawnRow.locator('th, td:not([aria-hidden])').count();
      expect(drawnCells).toBeGreaterThan(5);
      expect(drawnCells).toBeLessThan(30);
      expect(await drawnRow.locator('th[scope="row"]').getAttribute('aria-colindex')).toBe('1');
      const noteBox = (await note.boundingBox())!;
      expect(noteBox.x + noteBox.width).toBeLessThanOrEqual(wideBox.x + wideBox.width + 1);
      expect(Math.abs(noteBox.y - wideBox.y)).toBeLessThan(10);
      // The box is no taller than the window: brought into view, its horizontal scrollbar is on screen, not under a 4,900px table.
      await wide.evaluate((el) => (el as unknown as { scrollIntoView: (o: object) => void }).scrollIntoView({ block: 'end' }));
      const inView = (await wide.boundingBox())!;
      expect(inView.y).toBeGreaterThanOrEqual(0);
      expect(inView.y + inView.height).toBeLessThanOrEqual(VIEWPORTS.desktop.height + 1);
      await screenshot(page, 'bed-table-desktop-all-columns-scrolled');
    });

    test('a new report refreshes the rows and データ取得日時 live, keeping the scroll position, order and filter', async () => {
      // A prefecture the other tests do not read: this test adds a report.
      const [{ pref }] = await sql<{ pref: string }>(
        `SELECT prefecture_code AS pref FROM facility WHERE prefecture_code NOT IN ('01', '13') GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`,
      );
      const rows = await sql<ReportRow>(REPORT_ROWS, [pref]);
      await page.goto(`${server.url}/beds?pref=${pref}&sort=VACANT_TOTAL&dir=ASC`);
      await waitForCount(page, rows.length);
      await settled(page);
      const region = page.getByRole('region', { name: '地域病床見える化レポート' });
      await region.evaluate((el) => {
        (el as unknown as { scrollTop: number }).scrollTop = 1500;
      });
      // The row at the top of the view (under the header) and how far below the box's top it is.
      const rowInView = async () =>
        region.evaluate((el) => {
          type Box = { top: number; bottom: number };
          type El = {
            getBoundingClientRect(): Box;
            querySelectorAll(s: string): ArrayLike<El>;
            querySelector(s: string): El | null;
            textContent: string | null;
          };
          const box = el as unknown as El & { scrollTop: number };
          const top =
            box.getBoundingClientRect().top + box.querySelector('thead')!.getBoundingClientRect().bottom - box.getBoundingClientRect().top;
          const row = Array.from(box.querySelectorAll('tbody tr[data-index]')).find((r) => r.getBoundingClientRect().top >= top - 0.5)!;
          return { name: row.querySelector('th')!.textContent, offset: row.getBoundingClientRect().top - top, scrollTop: box.scrollTop };
        });
      const before = await rowInView();
      expect(before.scrollTop).toBeGreaterThan(1000);
      const asOf = await page.getByTestId('fetched-at').locator('time').getAttribute('datetime');
      const url = page.url();

      // The facility with the fewest vacant beds: above the view in ascending order, so the rows in view move up one when it goes to the end.
      const reporter = rows.filter((r) => r.vacant_total !== null).sort((a, b) => a.vacant_total! - b.vacant_total!)[0];
      const facility = await db.dataSource.getRepository(Facility).findOneByOrFail({ dbId: reporter.id });
      await recordBedReport(db.dataSource, {
        viewer: { accountId: null, role: Role.FACILITY, facilityId: reporter.id, prefectureCode: pref },
        facility,
        source: ReportSource.FACILITY,
        input: Object.assign(new BedReportInput(), {
          beds: [{ category: BedCategory.GENERAL, secured: 9000, immediate: 9000, inpatients: 0, severe: 0, vacant: 9000 }],
          outpatientAcceptance: AcceptanceStatus.NORMAL,
          inpatientAcceptance: AcceptanceStatus.NORMAL,
          emergencyAcceptance: AcceptanceStatus.NORMAL,
          staffing: StaffingStatus.NORMAL,
          ventilatorsTotal: 0,
          ventilatorsInUse: 0,
          ecmoTotal: 0,
          ecmoInUse: 0,
          note: null,
        }),
      });
      await page.getByTestId('live-status').filter({ hasText: reporter.name }).waitFor();
      await page.locator(`[data-testid="fetched-at"] time:not([datetime="${asOf}"])`).waitFor();
      // The prefecture's line of the totals above the table follows the new report too (its sum from SQL).
      const [{ vacant }] = await sql<{ vacant: number }>(`SELECT sum(vacant_total)::int AS vacant FROM (${REPORT_ROWS}) AS shown`, [pref]);
      const prefectureLine = page
        .getByRole('table', { name: '二次医療圏・都道府県ごとの医療機関数と病床数' })
        .locator('tbody tr', { has: page.locator('th', { hasText: '（都道府県計）' }) })
        .locator('[data-label="空床数の合計"]');
      await prefectureLine.filter({ hasText: new RegExp(`^${vacant.toLocaleString('ja-JP')}$`) }).waitFor();
      await settled(page);
      expect(page.url()).toBe(url);
      // The same row is still at the top of the view (the browser keeps the view anchored while rows above it change).
      const after = await rowInView();
      expect(after.name).toBe(before.name);
      expect(Math.abs(after.offset - before.offset)).toBeLessThanOrEqual(2);
      await page.locator('th[aria-sort="ascending"]', { hasText: '空床数' }).waitFor({ state: 'attached' });
      // The reporter now has the most vacant beds: in ascending order it is the last row (all are drawn).
      const lastRow = report(page).locator('tbody tr').last();
      expect((await lastRow.locator('th[scope="row"]').innerText()).trim()).toBe(reporter.name);
      expect(count(await lastRow.locator('[data-label="空床数"]').innerText())).toBe(9000);
    });

    test('全項目表示: a column group hidden with the chooser stays hidden after a reload', async () => {
      await page.goto(`${server.url}/beds/all-columns?pref=01`);
      await page.locator('.result-summary__count').waitFor();
      const headers = () => page.getByRole('table', { name: '地域病床見える化（全項目）' }).locator('thead th').allTextContents();
      expect(await headers()).toContain('精神病床 空床数');
      await page.getByText('表示する項目を選ぶ').click();
      await page.getByRole('group', { name: '精神病床' }).getByRole('checkbox', { name: 'すべて' }).uncheck();
      expect((await headers()).filter((h) => h.startsWith('精神病床'))).toEqual([]);
      await page.reload();
      await page.locator('.result-summary__count').waitFor();
      const after = await headers();
      expect(after.filter((h) => h.startsWith('精神病床'))).toEqual([]);
      expect(after).toContain('一般病床 空床数');
      await expectAccessible(page);
    });
  }
});
