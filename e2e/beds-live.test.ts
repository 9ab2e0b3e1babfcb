import fs from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
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
import { CLIENT_DIST_DIR, TRUSTED_DOCUMENTS, VIEWPORTS, type ViewportName, axeViolations, launchBrowser } from './browser';

/**
 * 地域病床見える化 updates live: a hospital's new report appears on an open report page without a
 * reload (subscription over WebSocket, with the server accepting only the dashboard's trusted
 * documents). Desktop and phone; axe on the updated page.
 */

const NAME = 'ライブ更新テスト病院';
let browser: Browser;
let db: TestDatabase;
let server: TestServer;
let facility: Facility;

beforeAll(async () => {
  if (!fs.existsSync(`${CLIENT_DIST_DIR}/index.html`)) throw new Error('the dashboard is not built: run npm run build:client first');
  browser = await launchBrowser();
  db = await createTestDatabase();
  await seedDemoFacilities(db.dataSource.manager, 300);
  const [{ id }] = await db.dataSource.query(
    `INSERT INTO facility (code, name, name_search_key, kind, postal_code, prefecture_code, address, area_code)
     VALUES ($1, $2, $3, 'HOSPITAL', '0400001', '01', '函館市若松町2番', '0101') RETURNING id`,
    [makeMedicalInstitutionCode('01', '1', 98, 9003), NAME, searchKey(NAME)],
  );
  facility = await db.dataSource.getRepository(Facility).findOneByOrFail({ dbId: id });
  server = await startTestServer(
    db,
    { GMIS_CLIENT_DIR: CLIENT_DIST_DIR, GRAPHQL_TRUSTED_DOCUMENTS: TRUSTED_DOCUMENTS },
    { resolveViewer: resolveTestViewer },
  );
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await db?.drop();
});

/** The hospital reports (as another process would: straight through the domain function). */
async function report(vacant: number) {
  await recordBedReport(db.dataSource, {
    viewer: { accountId: null, role: Role.FACILITY, facilityId: facility.dbId, prefectureCode: '01' },
    facility,
    source: ReportSource.FACILITY,
    input: Object.assign(new BedReportInput(), {
      beds: [{ category: BedCategory.GENERAL, secured: 200, immediate: 150, inpatients: 100, severe: 3, vacant }],
      outpatientAcceptance: AcceptanceStatus.NORMAL,
      inpatientAcceptance: AcceptanceStatus.NORMAL,
      emergencyAcceptance: AcceptanceStatus.NORMAL,
      staffing: StaffingStatus.UNANSWERED,
      ventilatorsTotal: 0,
      ventilatorsInUse: 0,
      ecmoTotal: 0,
      ecmoInUse: 0,
      note: null,
    }),
  });
}

const vacantCell = (page: Page) => page.locator('.data-table tbody [data-label="空床数"]');

describe.each<ViewportName>(['desktop', 'phone'])('地域病床見える化: live updates (%s)', (viewport) => {
  let context: BrowserContext;
  let page: Page;

  beforeEach(async () => {
    context = await browser.newContext({
      viewport: VIEWPORTS[viewport],
      locale: 'ja-JP',
      timezoneId: 'Asia/Tokyo',
      isMobile: viewport === 'phone',
      hasTouch: viewport === 'phone',
    });
    await context.addCookies([viewerCookie({ role: Role.PREFECTURE, prefectureCode: '01' }, server.url)]);
    page = await context.newPage();
  });

  afterEach(async () => {
    await context.close();
  });

  test('a new report appears in the open report without reloading', async () => {
    const subscribed = new Promise<void>((resolve) =>
      page.on('websocket', (ws) =>
        ws.on('framesent', (frame) => (String(frame.payload).includes('"type":"subscribe"') ? resolve() : undefined)),
      ),
    );
    await page.goto(`${server.url}/beds?q=${encodeURIComponent(NAME)}`);
    await page.locator('.result-summary__count').filter({ hasText: '該当件数 1件' }).waitFor();
    await subscribed;
    await page.evaluate(() => ((globalThis as unknown as { notReloaded: boolean }).notReloaded = true));
    const before = (await vacantCell(page).textContent())?.trim();

    // The subscription has no acknowledgement: report (with new numbers each time) until one shows.
    const base = viewport === 'desktop' ? 10 : 40;
    let shown = false;
    for (let attempt = 0; attempt < 20 && !shown; attempt += 1) {
      const vacant = base + attempt;
      await report(vacant);
      shown = await vacantCell(page)
        .filter({ hasText: new RegExp(`^\\s*${vacant}\\s*$`) })
        .waitFor({ timeout: 1000 })
        .then(
          () => true,
          () => false,
        );
    }
    expect(shown).toBe(true);
    expect((await vacantCell(page).textContent())?.trim()).not.toBe(before);
    expect(await page.evaluate(() => (globalThis as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
    await page
      .getByTestId('live-status')
      .filter({ hasText: `新しい報告を反映しました（${NAME}` })
      .waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });
});
