import type { Browser, BrowserContext, Page } from 'playwright-core';
import { Role } from '../server/src/auth/viewer';
import { AcceptanceStatus, StaffingStatus } from '../server/src/beds/bed-categories';
import { recordBedReport } from '../server/src/beds/bed-reporting';
import { BedCategory, ReportSource } from '../server/src/beds/bed-snapshot.entity';
import { BedReportInput } from '../server/src/beds/bed-snapshot.input';
import { Facility } from '../server/src/facilities/facility.entity';
import { toGlobalId } from '../server/src/graphql/node';
import { createTestAccount, type TestAccount } from '../server/test/accounts';
import {
  type Dashboard,
  VIEWPORTS,
  type ViewportName,
  axeViolations,
  launchBrowser,
  newContext,
  screenshot,
  startDashboard,
} from './browser';

/**
 * 病床状況報告 in a real browser against the real service, as a hospital uses it every day: sign
 * in, open the home screen's card, change what changed and 保存, or record 前回から変更なし in one
 * tap; others then see the new values and the new time. A value the server rejects is explained
 * beside its field in Japanese and nothing typed is lost; leaving with unsaved changes asks first.
 * Desktop and phone (one thumb: the actions stay on screen, nothing scrolls sideways), axe on each.
 */

let browser: Browser;
let dashboard: Dashboard;
const hospitals: Record<ViewportName, { id: number; name: string; account: TestAccount }> = {} as never;
let office: TestAccount;

/** The last report each hospital made before the test: what the form must start from. */
const PREVIOUS = {
  general: { secured: 50, immediate: 40, inpatients: 30, severe: 2, vacant: 10 },
  icu: { secured: 10, immediate: 8, inpatients: 6, severe: 1, vacant: 2 },
  ventilatorsTotal: 4,
  ventilatorsInUse: 1,
  note: '夜間は救急のみ',
};

const tokyoTime = new Intl.DateTimeFormat('ja-JP', {
  timeZone: 'Asia/Tokyo',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});
const tokyoMinute = new Intl.DateTimeFormat('ja-JP', {
  timeZone: 'Asia/Tokyo',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

beforeAll(async () => {
  [browser, dashboard] = await Promise.all([launchBrowser(), startDashboard({ facilities: 600 })]);
  const db = dashboard.db.dataSource;
  const found: { id: number; name: string }[] = await db.query(
    `SELECT id, name FROM facility WHERE kind = 'HOSPITAL' AND prefecture_code = '13' ORDER BY id LIMIT 2`,
  );
  expect(found).toHaveLength(2);
  for (const [index, viewport] of (['desktop', 'phone'] as const).entries()) {
    const { id, name } = found[index];
    const account = await createTestAccount(db, { loginId: `hospital-${viewport}`, role: Role.FACILITY, facilityId: id });
    hospitals[viewport] = { id, name, account };
    const facility = await db.getRepository(Facility).findOneByOrFail({ dbId: id });
    await recordBedReport(db, {
      viewer: { accountId: account.id, role: Role.FACILITY, facilityId: id, prefectureCode: '13' },
      facility,
      source: ReportSource.FACILITY,
      // Reported earlier in the day, so every report the test makes is newer.
      now: new Date(Date.now() - 3 * 60 * 60 * 1000),
      input: Object.assign(new BedReportInput(), {
        beds: [
          { category: BedCategory.GENERAL, ...PREVIOUS.general },
          { category: BedCategory.ICU_HCU, ...PREVIOUS.icu },
        ],
        outpatientAcceptance: AcceptanceStatus.NORMAL,
        inpatientAcceptance: AcceptanceStatus.NORMAL,
        emergencyAcceptance: AcceptanceStatus.NORMAL,
        staffing: StaffingStatus.NORMAL,
        ventilatorsTotal: PREVIOUS.ventilatorsTotal,
        ventilatorsInUse: PREVIOUS.ventilatorsInUse,
        ecmoTotal: 0,
        ecmoInUse: 0,
        note: PREVIOUS.note,
      }),
    });
  }
  office = await createTestAccount(db, { loginId: 'office-reader', role: Role.OFFICE });
});

afterAll(async () => {
  await browser?.close();
  await dashboard?.stop();
});

interface StoredReport {
  id: number;
  reported_at: Date;
  general_vacant: number;
  general_secured: number;
  icu_hcu_secured: number;
  inpatient_acceptance: string;
  source: string;
  content_hash: string;
}

async function reports(facilityId: number): Promise<StoredReport[]> {
  return dashboard.db.dataSource.query(
    `SELECT id, reported_at, general_vacant, general_secured, icu_hcu_secured, inpatient_acceptance, source, content_hash
       FROM bed_snapshot WHERE facility_id = $1 ORDER BY reported_at DESC, id DESC`,
    [facilityId],
  );
}

async function signIn(page: Page, account: TestAccount): Promise<void> {
  await page.goto(`${dashboard.url}/login`);
  await page.locator('input[name="username"]').fill(account.loginId);
  await page.locator('input[name="password"]').fill(account.password);
  await page.getByRole('button', { name: 'ログイン', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'ホーム' }).waitFor();
}

/** From the home screen's menu card, as a hospital's staff member starts every day. */
async function openFromHome(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'メニュー', exact: true }).getByRole('link', { name: '病床状況報告', exact: true }).click();
  await page.waitForURL(/\/beds\/status$/);
  await page.getByRole('heading', { level: 1, name: '病床状況報告' }).waitFor();
  await count(page, 'GENERAL', 'secured').waitFor();
}

const CATEGORY_FIELD = { GENERAL: 'general', ICU_HCU: 'icuHcu' } as const;
const count = (page: Page, category: keyof typeof CATEGORY_FIELD, measure: string) =>
  page.locator(`#bed-status-beds-${CATEGORY_FIELD[category]}-${measure}`);
const saveButton = (page: Page) => page.getByRole('button', { name: '保存', exact: true });
const unchangedButton = (page: Page) => page.getByRole('button', { name: '前回から変更なし', exact: true });

async function expectAccessible(page: Page): Promise<void> {
  expect(await axeViolations(page)).toEqual([]);
}

/** On a phone nothing scrolls sideways, and both actions are on screen and big enough for a thumb. */
async function expectThumbFriendly(page: Page, viewport: ViewportName): Promise<void> {
  const { width, height } = VIEWPORTS[viewport];
  expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(width);
  for (const button of [saveButton(page), unchangedButton(page)]) {
    const box = await button.boundingBox();
    expect(box).not.toBeNull();
    expect(box!.height).toBeGreaterThanOrEqual(44);
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y + box!.height).toBeLessThanOrEqual(height);
  }
  for (const control of [count(page, 'GENERAL', 'vacant'), page.locator('.bed-status-choice__option').first()]) {
    expect((await control.boundingBox())!.height).toBeGreaterThanOrEqual(44);
  }
}

describe.each<ViewportName>(['desktop', 'phone'])('病床状況報告 (%s)', (viewport) => {
  let context: BrowserContext;
  let page: Page;

  beforeEach(async () => {
    context = await newContext(browser, viewport);
    page = await context.newPage();
  });

  afterEach(async () => {
    await context.close();
  });

  test('home card → change two items → 保存: others see the new values and time; 前回から変更なし records a new time with the same values', async () => {
    const hospital = hospitals[viewport];
    await signIn(page, hospital.account);
    await openFromHome(page);
    expect(await page.title()).toBe('病床状況報告 | G-MIS 医療機関等情報支援システム');

    // Prefilled from the last report, required counts marked with 「*」.
    const before = await reports(hospital.id);
    expect(await count(page, 'GENERAL', 'vacant').inputValue()).toBe(String(before[0].general_vacant));
    expect(await count(page, 'ICU_HCU', 'secured').inputValue()).toBe(String(before[0].icu_hcu_secured));
    expect(await page.locator('#bed-status-note').inputValue()).toBe(PREVIOUS.note);
    expect(await page.locator('label[for="bed-status-beds-general-vacant"]').innerText()).toMatch(/^\*\s*空床数/);
    expect(await count(page, 'GENERAL', 'vacant').getAttribute('inputmode')).toBe('numeric');
    expect(await page.getByRole('group', { name: '入院受入' }).getByRole('radio', { name: '通常' }).isChecked()).toBe(true);
    expect(await page.locator('.bed-status-note__count').innerText()).toBe(`${[...PREVIOUS.note].length}／500文字`);
    await expectThumbFriendly(page, viewport);
    await expectAccessible(page);
    await screenshot(page, `bed-status-${viewport}-form`);

    // Two items change: fewer vacant general beds, and inpatient acceptance is now limited.
    const vacant = before[0].general_vacant - 3;
    await count(page, 'GENERAL', 'vacant').fill(String(vacant));
    await page.getByRole('group', { name: '入院受入' }).getByText('制限', { exact: true }).click();
    expect(await page.locator('.bed-status-actions__state').innerText()).toBe('未保存の変更：2項目');
    await saveButton(page).click();
    const saved = page.getByRole('status').filter({ hasText: '病床状況を報告しました。' });
    await saved.waitFor();

    const afterSave = await reports(hospital.id);
    expect(afterSave).toHaveLength(before.length + 1);
    const stored = afterSave[0];
    expect(stored).toMatchObject({
      general_vacant: vacant,
      general_secured: before[0].general_secured,
      inpatient_acceptance: 'LIMITED',
      source: 'FACILITY',
    });
    expect(stored.reported_at.getTime()).toBeGreaterThan(before[0].reported_at.getTime());
    // The time it was recorded, in Japanese and Japan's time, to the second.
    const savedTime = tokyoTime.format(stored.reported_at);
    expect(await saved.innerText()).toContain(`報告日時：${savedTime}`);
    // The list of recent reports has it on top, marked as this one, sent by the hospital itself.
    const firstRow = page.locator('.bed-status-recent tbody tr').first();
    await firstRow.filter({ hasText: savedTime }).waitFor();
    expect(await firstRow.locator('[data-label="報告元"]').innerText()).toBe('自施設');
    expect(await firstRow.innerText()).toContain('今回');
    expect(await page.locator('.bed-status-actions__state').innerText()).toBe('前回の報告から変更はありません');
    await expectAccessible(page);
    await screenshot(page, `bed-status-${viewport}-saved`);

    // Another role reading the hospital's detail sees the new values and the new time.
    const officeContext = await newContext(browser, viewport);
    try {
      const officePage = await officeContext.newPage();
      await signIn(officePage, office);
      await officePage.goto(`${dashboard.url}/beds/facilities/${toGlobalId('Facility', hospital.id)}`);
      await officePage.getByRole('heading', { level: 1, name: hospital.name }).waitFor();
      const lastUpdated = officePage.locator('.detail-list dt', { hasText: '最終更新' }).locator('xpath=following-sibling::dd[1]');
      expect(await lastUpdated.innerText()).toContain(tokyoMinute.format(stored.reported_at));
      const inpatient = officePage.locator('.detail-list dt', { hasText: '入院受入' }).locator('xpath=following-sibling::dd[1]');
      expect(await inpatient.innerText()).toBe('制限');
      const general = officePage
        .locator('table', { has: officePage.locator('caption', { hasText: '病床区分ごとの状況' }) })
        .locator('tbody tr', { hasText: '一般病床' });
      expect(await general.locator('[data-label="空床数"]').innerText()).toBe(String(vacant));
    } finally {
      await officeContext.close();
    }

    // Nothing changed since: one tap records the same values again, at a new time.
    await unchangedButton(page).click();
    const unchanged = page.getByRole('status').filter({ hasText: '前回から変更なしとして報告しました。' });
    await unchanged.waitFor();
    const afterUnchanged = await reports(hospital.id);
    expect(afterUnchanged).toHaveLength(afterSave.length + 1);
    expect(afterUnchanged[0].reported_at.getTime()).toBeGreaterThan(stored.reported_at.getTime());
    expect(afterUnchanged[0].content_hash).toBe(stored.content_hash);
    expect(afterUnchanged[0]).toMatchObject({ general_vacant: vacant, inpatient_acceptance: 'LIMITED' });
    expect(await unchanged.innerText()).toContain(`報告日時：${tokyoTime.format(afterUnchanged[0].reported_at)}`);
    await page
      .locator('.bed-status-recent tbody tr')
      .first()
      .filter({ hasText: tokyoTime.format(afterUnchanged[0].reported_at) })
      .waitFor();
    expect(await count(page, 'GENERAL', 'vacant').inputValue()).toBe(String(vacant));
    await expectThumbFriendly(page, viewport);
    await screenshot(page, `bed-status-${viewport}-unchanged`);
  });

  test('a value the server rejects is explained in Japanese beside its field; typed values stay; fixing the field clears it', async () => {
    const hospital = hospitals[viewport];
    await signIn(page, hospital.account);
    await openFromHome(page);
    const before = await reports(hospital.id);
    const secured = Number(await count(page, 'GENERAL', 'secured').inputValue());
    // More vacant beds than secured ones (the server's rule) beside a new ICU figure typed with full-width digits.
    await count(page, 'GENERAL', 'vacant').fill(String(secured + 5));
    await count(page, 'ICU_HCU', 'secured').fill('１２');
    await saveButton(page).click();
    const vacantError = page.locator('#bed-status-beds-general-vacant-error');
    await vacantError.waitFor();
    expect(await vacantError.innerText()).toBe(`一般病床の空床数は確保病床数(${secured})以下にしてください。`);
    expect(await count(page, 'GENERAL', 'vacant').getAttribute('aria-invalid')).toBe('true');
    // The summary at the top names the field and takes the user there.
    const summary = page.getByRole('alert').filter({ hasText: '入力内容に誤りがあります' });
    expect(await page.evaluate('document.activeElement.getAttribute("role") + " " + document.activeElement.textContent')).toMatch(
      /^alert 入力内容に誤りがあります/,
    );
    const link = summary.getByRole('link', { name: /^一般病床 空床数：/ });
    await link.click();
    expect(await page.evaluate('document.activeElement.id')).toBe('bed-status-beds-general-vacant');
    // Everything typed is still there, and nothing was stored.
    expect(await count(page, 'GENERAL', 'vacant').inputValue()).toBe(String(secured + 5));
    // (full-width digits are shown as the half-width number they are sent as)
    expect(await count(page, 'ICU_HCU', 'secured').inputValue()).toBe('12');
    expect(await reports(hospital.id)).toHaveLength(before.length);
    await expectAccessible(page);
    await screenshot(page, `bed-status-${viewport}-error`);

    // A blank count is caught before sending, in the same place.
    await count(page, 'GENERAL', 'immediate').fill('');
    await saveButton(page).click();
    await page
      .locator('#bed-status-beds-general-immediate-error')
      .filter({ hasText: '一般病床の即応病床数を入力してください。' })
      .waitFor();
    // Changing a field removes its message.
    await count(page, 'GENERAL', 'vacant').fill(String(secured));
    await vacantError.waitFor({ state: 'detached' });
    await count(page, 'GENERAL', 'immediate').fill('1');
    await saveButton(page).click();
    await page.getByRole('status').filter({ hasText: '病床状況を報告しました。' }).waitFor();
    const [stored] = await reports(hospital.id);
    expect(stored).toMatchObject({ general_vacant: secured, icu_hcu_secured: 12 });
  });

  test('a double tap on 保存 records one report', async () => {
    const hospital = hospitals[viewport];
    await signIn(page, hospital.account);
    await openFromHome(page);
    const before = await reports(hospital.id);
    const vacant = Number(await count(page, 'GENERAL', 'vacant').inputValue());
    await count(page, 'GENERAL', 'vacant').fill(String(vacant === 0 ? 1 : vacant - 1));
    await saveButton(page).dblclick();
    await page.getByRole('status').filter({ hasText: '病床状況を報告しました。' }).waitFor();
    await page.locator('.bed-status-recent tbody tr').nth(1).waitFor();
    expect(await reports(hospital.id)).toHaveLength(before.length + 1);
    expect(await page.getByText('この報告は既に保存されています。').count()).toBe(0);
  });

  test('leaving with unsaved changes asks in Japanese (staying keeps the input, leaving discards it); so does 前回から変更なし', async () => {
    const hospital = hospitals[viewport];
    await signIn(page, hospital.account);
    await openFromHome(page);
    await count(page, 'GENERAL', 'severe').fill('0');
    await page.locator('#bed-status-note').fill('本日は小児の受入を停止');
    await page.locator('.breadcrumb').getByRole('link', { name: 'ホーム' }).click();
    const dialog = page.getByRole('dialog', { name: '保存していない変更があります' });
    await dialog.waitFor();
    expect(await dialog.innerText()).toContain('入力中の変更（2項目）は報告されません。');
    await expectAccessible(page);
    await screenshot(page, `bed-status-${viewport}-leave`);
    await dialog.getByRole('button', { name: 'このページに留まる' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(page.url()).toMatch(/\/beds\/status$/);
    expect(await page.locator('#bed-status-note').inputValue()).toBe('本日は小児の受入を停止');

    await page.locator('.breadcrumb').getByRole('link', { name: 'ホーム' }).click();
    await dialog.getByRole('button', { name: '保存せずに移動する' }).click();
    await page.getByRole('heading', { level: 1, name: 'ホーム' }).waitFor();

    // 前回から変更なし while something was typed: it asks before throwing the typing away.
    await openFromHome(page);
    const before = await reports(hospital.id);
    const previous = await count(page, 'GENERAL', 'inpatients').inputValue();
    await count(page, 'GENERAL', 'inpatients').fill(String(Number(previous) + 1));
    await unchangedButton(page).click();
    const discard = page.getByRole('dialog', { name: '入力中の変更を破棄しますか？' });
    await discard.getByRole('button', { name: '入力に戻る' }).click();
    await discard.waitFor({ state: 'hidden' });
    expect(await count(page, 'GENERAL', 'inpatients').inputValue()).toBe(String(Number(previous) + 1));
    expect(await reports(hospital.id)).toHaveLength(before.length);
    await unchangedButton(page).click();
    await discard.getByRole('button', { name: '破棄して報告する' }).click();
    await page.getByRole('status').filter({ hasText: '前回から変更なしとして報告しました。' }).waitFor();
    expect(await count(page, 'GENERAL', 'inpatients').inputValue()).toBe(previous);
    const after = await reports(hospital.id);
    expect(after).toHaveLength(before.length + 1);
    expect(after[0].content_hash).toBe(before[0].content_hash);
  });
});

describe('病床状況報告 for other accounts', () => {
  test('signed out → ログイン; an account of another role is told it cannot report here', async () => {
    const context = await newContext(browser, 'desktop');
    try {
      const page = await context.newPage();
      await page.goto(`${dashboard.url}/beds/status`);
      await page.waitForURL(/\/login$/);
      await signIn(page, office);
      await page.goto(`${dashboard.url}/beds/status`);
      await page.getByRole('alert').filter({ hasText: '病床状況報告は医療機関のアカウントで行います。' }).waitFor();
      expect(await page.locator('form.bed-status-form').count()).toBe(0);
      await expectAccessible(page);
    } finally {
      await context.close();
    }
  });
});
