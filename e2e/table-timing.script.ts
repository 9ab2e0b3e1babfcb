/**
 * Time from navigation to a usable report table (rows drawn, count shown) in Debian's chromium, for
 * a small and a 2,000-row report on レポート and 全項目表示. Run by hand with ts-node; prints JSON.
 * GMIS_E2E_CLIENT_DIR chooses the built dashboard, so a before and an after build can be compared.
 */
import type { Locator, Page } from 'playwright-core';
import { seedDemoBedSnapshots } from '../server/src/db/seed/demo-bed-snapshots';
import { seedDemoFacilities } from '../server/src/db/seed/demo-facilities';
import { createTestDatabase } from '../server/test/test-database';
import { startTestServer } from '../server/test/test-server';
import { resolveTestViewer, Role, viewerCookie } from '../server/test/test-viewer';
import { CLIENT_DIST_DIR, TRUSTED_DOCUMENTS, VIEWPORTS, launchBrowser } from './browser';

/** The report's own table on either screen (not the totals above it). */
const reportTable = (page: Page): Locator => page.getByRole('table', { name: /^地域病床見える化(レポート|（全項目）)$/ });

async function usable(page: Page, url: string): Promise<number> {
  const start = Date.now();
  await page.goto(url);
  await page.locator('.result-summary__count').waitFor();
  await reportTable(page).locator('tbody tr').first().waitFor();
  // Two animation frames: the drawn table has been painted once.
  await page.evaluate(() => {
    // Runs in the page; this file is compiled without the DOM library.
    const frame = (globalThis as unknown as { requestAnimationFrame: (callback: () => void) => void }).requestAnimationFrame;
    return new Promise<void>((resolve) => frame(() => frame(() => resolve())));
  });
  return Date.now() - start;
}

/** Scrolls the report's box to its end, one step a frame, and returns the longest frame in ms. */
async function longestScrollFrame(page: Page, label: string): Promise<number> {
  return page.evaluate(async (name) => {
    // Runs in the page; this file is compiled without the DOM library.
    type Box = { scrollTop: number; scrollHeight: number; clientHeight: number };
    const g = globalThis as unknown as {
      document: { querySelector(selector: string): Box | null };
      requestAnimationFrame(callback: (t: number) => void): void;
    };
    const box = g.document.querySelector(`[role="region"][aria-label="${name}"]`)!;
    const frame = () => new Promise<number>((resolve) => g.requestAnimationFrame(resolve));
    let last = await frame();
    let longest = 0;
    while (box.scrollTop + box.clientHeight < box.scrollHeight - 1) {
      box.scrollTop += box.clientHeight / 2;
      const now = await frame();
      longest = Math.max(longest, now - last);
      last = now;
    }
    return Math.round(longest);
  }, label);
}

async function main() {
  const db = await createTestDatabase();
  await seedDemoFacilities(db.dataSource.manager, 2700);
  await seedDemoBedSnapshots(db.dataSource.manager);
  const [{ code }] = await db.dataSource.query<{ code: string }[]>(
    `SELECT a.code FROM secondary_medical_area a JOIN facility f ON f.area_code = a.code GROUP BY a.code ORDER BY abs(count(*) - 61) LIMIT 1`,
  );
  const server = await startTestServer(
    db,
    { GMIS_CLIENT_DIR: CLIENT_DIST_DIR, GRAPHQL_TRUSTED_DOCUMENTS: TRUSTED_DOCUMENTS, GRAPHQL_COST_BUDGET: '100000000' },
    { resolveViewer: resolveTestViewer },
  );
  const browser = await launchBrowser();
  const results: Record<string, number[]> = {};
  try {
    const context = await browser.newContext({ viewport: VIEWPORTS.desktop, locale: 'ja-JP', timezoneId: 'Asia/Tokyo' });
    await context.addCookies([viewerCookie({ role: Role.OFFICE }, server.url)]);
    const page = await context.newPage();
    for (const screen of ['/beds', '/beds/all-columns']) {
      for (const [label, query] of [
        ['small', `?pref=${code.slice(0, 2)}&area=${code}`],
        ['2000', ''],
      ]) {
        const key = `${screen} ${label}`;
        results[key] = [];
        await usable(page, `${server.url}${screen}${query}`); // warm-up
        for (let i = 0; i < 3; i++) results[key].push(await usable(page, `${server.url}${screen}${query}`));
        const rowcount = await reportTable(page).getAttribute('aria-rowcount');
        results[key].push(rowcount ? Number(rowcount) - 1 : await reportTable(page).locator('tbody tr').count());
        if (label === '2000') {
          const name = screen === '/beds' ? '地域病床見える化レポート' : '地域病床見える化（全項目）';
          results[`${key} longest frame while scrolling`] = [await longestScrollFrame(page, name)];
        }
      }
    }
  } finally {
    await browser.close();
    await server.stop();
    await db.drop();
  }
  console.log(JSON.stringify(results, null, 1));
}

void main();
