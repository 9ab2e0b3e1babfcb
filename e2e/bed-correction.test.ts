import type { Browser, BrowserContext, Page } from 'playwright-core';
import { Role } from '../server/src/auth/viewer';
import { AcceptanceStatus, StaffingStatus } from '../server/src/beds/bed-categories';
import { recordBedReport } from '../server/src/beds/bed-reporting';
import { BedCategory, ReportSource } from '../server/src/beds/bed-snapshot.entity';
import { Facility } from '../server/src/facilities/facility.entity';
import { createTestAccount, type TestAccount } from '../server/test/accounts';
import { type Dashboard, axeViolations, launchBrowser, layoutProblems, newContext, screenshot, startDashboard } from './browser';

/**
 * 訂正 in a real browser: a hospital opens 病床状況報告, chooses 訂正 on a report of two days ago in
 * 最近の報告, fixes one count and saves; the correction is stored at that report's time and both
 * rows read 訂正あり. Desktop, and the same screen at phone size.
 */

let browser: Browser;
let dashboard: Dashboard;
let hospital: TestAccount;
let facilityId: number;

beforeAll(async () => {
  [browser, dashboard] = await Promise.all([launchBrowser(), startDashboard({ facilities: 200 })]);
  const db = dashboard.db.dataSource;
  const facility = await db
    .getRepository(Facility)
    .findOneOrFail({ where: { prefectureCode: '13', kind: 'HOSPITAL' as Facility['kind'] }, order: { dbId: 'ASC' } });
  facilityId = facility.dbId;
  hospital = await createTestAccount(db, { loginId: 'hospital-correction', role: Role.FACILITY, facilityId });
  await recordBedReport(db, {
    viewer: { accountId: hospital.id, role: Role.FACILITY, facilityId, prefectureCode: '13' },
    facility,
    source: ReportSource.FACILITY,
    now: new Date(Date.now() - 2 * 24 * 3600_000),
    input: {
      beds: [{ category: BedCategory.GENERAL, secured: 40, immediate: 30, inpatients: 20, severe: 2, vacant: 12 }],
      outpatientAcceptance: AcceptanceStatus.NORMAL,
      inpatientAcceptance: AcceptanceStatus.NORMAL,
      emergencyAcceptance: AcceptanceStatus.NORMAL,
      staffing: StaffingStatus.NORMAL,
      ventilatorsTotal: 2,
      ventilatorsInUse: 1,
      ecmoTotal: 0,
      ecmoInUse: 0,
    },
  });
});

afterAll(async () => {
  await browser?.close();
  await dashboard?.stop();
});

describe.each(['desktop', 'phone'] as const)('訂正 (%s)', (viewport) => {
  let context: BrowserContext;
  let page: Page;
  beforeEach(async () => {
    context = await newContext(browser, viewport);
    page = await context.newPage();
  });
  afterEach(async () => {
    await context.close();
  });

  test('訂正 on a report of two days ago stores a correction at its time, and the list marks it 訂正あり', async () => {
    await page.goto(`${dashboard.url}/login`);
    await page.locator('input[name="username"]').fill(hospital.loginId);
    await page.locator('input[name="password"]').fill(hospital.password);
    await page.getByRole('button', { name: 'ログイン', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'ホーム' }).waitFor();
    await page.goto(`${dashboard.url}/beds/status`);
    await page.getByRole('heading', { level: 2, name: '最近の報告' }).waitFor();
    const before: { id: number }[] = await dashboard.db.dataSource.query('SELECT id FROM bed_snapshot WHERE facility_id = $1', [
      facilityId,
    ]);
    await page
      .locator('.bed-status-recent')
      .getByRole('button', { name: /の報告を訂正$/ })
      .last()
      .click();
    await page.getByRole('heading', { level: 2, name: /^報告の訂正/ }).waitFor();
    const vacant = page.getByRole('form', { name: '報告の訂正' }).locator('#bed-status-beds-general-vacant');
    const corrected = Number(await vacant.inputValue()) === 5 ? 6 : 5;
    await vacant.fill(String(corrected));
    await page.getByRole('button', { name: '訂正を保存', exact: true }).click();
    await page.getByRole('status').filter({ hasText: '報告を訂正しました。' }).waitFor();
    const after: { corrects_snapshot_id: number | null; general_vacant: number }[] = await dashboard.db.dataSource.query(
      'SELECT corrects_snapshot_id, general_vacant FROM bed_snapshot WHERE facility_id = $1 ORDER BY id DESC LIMIT 1',
      [facilityId],
    );
    expect(after[0].general_vacant).toBe(corrected);
    expect(after[0].corrects_snapshot_id).not.toBeNull();
    expect((await dashboard.db.dataSource.query('SELECT id FROM bed_snapshot WHERE facility_id = $1', [facilityId])).length).toBe(
      before.length + 1,
    );
    await page.locator('.bed-status-recent .badge--amended').first().waitFor();
    expect(await page.locator('.bed-status-recent').innerText()).toContain('訂正前');
    expect(await layoutProblems(page)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    await page.locator('.bed-status-recent').scrollIntoViewIfNeeded();
    await screenshot(page, `bed-correction-${viewport}`);
  });
});
