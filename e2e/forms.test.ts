import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Locator, Page, Route } from 'playwright-core';
import { Role } from '../server/src/auth/viewer';
import { createTestAccount, startServerWithSignIn, testFacility, type TestAccount } from '../server/test/accounts';
import { createTestDatabase, type TestDatabase } from '../server/test/test-database';
import type { TestServer } from '../server/test/test-server';
import {
  CLIENT_DIST_DIR,
  TRUSTED_DOCUMENTS,
  VIEWPORTS,
  type ViewportName,
  axeViolations,
  launchBrowser,
  newContext,
  screenshot,
} from './browser';

/**
 * Forms that keep work, in a real browser against the real service, signed in through ログイン:
 * leaving the 人材募集 新規 form with typed input asks (stay keeps the text, leave goes, a reload
 * asks the browser's own question) and a saved form does not; a field's message goes when that
 * field changes; long texts count their characters against the server's limit; required labels
 * show 「*」 and are read as 必須. Also: ログイン中… while signing in, no ページ送り buttons on a list
 * that fits one page, and the 地域病床見える化 export's one button with its progress message. Fields of
 * digits (空床数の下限, FAQ の表示順, 医療機関コード) are text with the numeric keypad, their messages beside them.
 * Desktop and phone; axe (WCAG 2.1 AA) on each screen touched.
 */

const LEAVE_QUESTION = '保存されていない変更があります。このページを離れますか？';

let browser: Browser;
let db: TestDatabase;
let server: TestServer;
const accounts: Record<string, TestAccount> = {};

beforeAll(async () => {
  if (!fs.existsSync(path.join(CLIENT_DIST_DIR, 'index.html')))
    throw new Error('the dashboard is not built: run npm run build:client first');
  [browser, db] = await Promise.all([launchBrowser(), createTestDatabase()]);
  const hospital = await testFacility(db.dataSource, 'HOSPITAL');
  for (const viewport of Object.keys(VIEWPORTS)) {
    accounts[`hospital-${viewport}`] = await createTestAccount(db.dataSource, {
      loginId: `hospital-${viewport}`,
      role: Role.FACILITY,
      facilityId: hospital,
    });
    accounts[`prefecture-${viewport}`] = await createTestAccount(db.dataSource, {
      loginId: `prefecture-${viewport}`,
      role: Role.PREFECTURE,
      prefectureCode: '13',
    });
    accounts[`office-${viewport}`] = await createTestAccount(db.dataSource, { loginId: `office-${viewport}`, role: Role.OFFICE });
  }
  server = await startServerWithSignIn(db, { GMIS_CLIENT_DIR: CLIENT_DIST_DIR, GRAPHQL_TRUSTED_DOCUMENTS: TRUSTED_DOCUMENTS });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await db?.drop();
});

async function expectAccessible(page: Page): Promise<void> {
  expect(await axeViolations(page)).toEqual([]);
}

/**
 * Holds every request that `matches` until release() (page.route), so a screen's in-between state
 * can be checked without racing the service.
 */
async function holdRequests(page: Page, url: string, matches: (route: Route) => boolean): Promise<() => void> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(url, async (route) => {
    if (matches(route)) await released;
    await route.continue();
  });
  return release;
}

const operationName = (route: Route): string | undefined => {
  try {
    return (route.request().postDataJSON() as { operationName?: string } | null)?.operationName;
  } catch {
    return undefined;
  }
};

async function fillSignIn(page: Page, account: TestAccount): Promise<void> {
  await page.goto(`${server.url}/login`);
  await page.getByRole('textbox', { name: /^ユーザ名/ }).fill(account.loginId);
  await page.getByLabel(/^パスワード/).fill(account.password);
}

async function signIn(page: Page, account: TestAccount): Promise<void> {
  await fillSignIn(page, account);
  await page.getByRole('button', { name: 'ログイン', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'ホーム' }).waitFor();
}

/** A link of the site menu (behind 「メニュー」 on a phone). */
async function clickMenuLink(page: Page, name: string): Promise<void> {
  const toggle = page.getByRole('button', { name: 'メニュー', exact: true });
  if (await toggle.isVisible()) await toggle.click();
  await page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name, exact: true }).click();
}

/** The colour an element is drawn in (the e2e project has no DOM globals, so the page's window is reached through the element). */
const colourOf = (locator: Locator): Promise<string> => locator.evaluate((el) => el.ownerDocument.defaultView!.getComputedStyle(el).color);
const focusedText = (page: Page): Promise<unknown> => page.evaluate('document.activeElement && document.activeElement.textContent');

const leaveDialog = (page: Page) => page.getByRole('dialog', { name: LEAVE_QUESTION });

async function openNewPostingForm(page: Page): Promise<void> {
  await page.goto(`${server.url}/recruitment/new`);
  await page.getByRole('heading', { level: 1, name: '人材募集の新規登録' }).waitFor();
  await page.getByLabel('募集タイトル').waitFor();
}

async function fillValidPosting(page: Page, title: string): Promise<void> {
  await page.getByLabel('募集タイトル').fill(title);
  await page.getByLabel('職種').selectOption('NURSE');
  await page.getByLabel('雇用形態').selectOption('FULL_TIME');
  await page.getByLabel('業務内容').fill('病棟での看護業務');
  await page.getByLabel('勤務時間').fill('8:30〜17:15');
  await page.getByLabel('給与').fill('月給 280,000円〜');
  await page.getByLabel('担当者氏名').fill('採用 花子');
  await page.getByLabel('応募担当電話番号').fill('03-9999-8888');
}

describe.each<ViewportName>(['desktop', 'phone'])('forms (%s)', (viewport) => {
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    context = await newContext(browser, viewport);
    page = await context.newPage();
  });

  afterAll(async () => {
    await context?.close();
  });

  test('ログイン: the button says ログイン中… and cannot be pressed again until the home screen opens', async () => {
    await fillSignIn(page, accounts[`hospital-${viewport}`]);
    await expectAccessible(page);
    const release = await holdRequests(page, '**/graphql', (route) => operationName(route) === 'LoginPage_Login');
    await page.getByRole('button', { name: 'ログイン', exact: true }).click();
    const busy = page.getByRole('button', { name: 'ログイン中…', exact: true });
    await busy.waitFor();
    expect(await busy.isDisabled()).toBe(true);
    await screenshot(page, `forms-login-busy-${viewport}`);
    release();
    await page.getByRole('heading', { level: 1, name: 'ホーム' }).waitFor();
    await page.unroute('**/graphql');
  });

  test('required labels show 「*」 and are read as 必須; other labels have neither', async () => {
    await openNewPostingForm(page);
    const asterisk = page.locator('.form-field:has(#posting-title) .form-field__asterisk');
    expect(await asterisk.textContent()).toBe('*');
    expect(await asterisk.isVisible()).toBe(true);
    expect(await asterisk.getAttribute('aria-hidden')).toBe('true');
    // The accessible name says 必須 (the 「*」 itself is not read out).
    await page.getByRole('textbox', { name: /^募集タイトル\s*必須$/ }).waitFor();
    await page.getByRole('combobox', { name: /^職種\s*必須$/ }).waitFor();
    expect(await page.getByRole('textbox', { name: '募集人数', exact: true }).count()).toBe(1);
    expect(await page.locator('label[for="posting-openings"]').textContent()).toBe('募集人数');
    expect(await page.getByRole('textbox', { name: /^募集タイトル/ }).getAttribute('required')).not.toBeNull();
  });

  test("業務内容 counts its characters against the server's 2000, live, and says when there are too many", async () => {
    await openNewPostingForm(page);
    const duties = page.getByRole('textbox', { name: /^業務内容/ });
    const counter = page.locator('#posting-duties-count');
    expect(await counter.textContent()).toBe('0 / 2000文字');
    expect(await counter.getAttribute('aria-live')).toBe('polite');
    expect((await duties.getAttribute('aria-describedby'))?.split(' ')).toContain('posting-duties-count');
    await duties.pressSequentially('病棟業務');
    expect(await counter.textContent()).toBe('4 / 2000文字');
    const normalColour = await colourOf(counter);
    await duties.fill('あ'.repeat(2003));
    expect(await counter.textContent()).toBe('2003 / 2000文字（上限を3文字超えています）');
    const errorColour = await colourOf(page.locator('.form-field:has(#posting-title) .form-field__asterisk'));
    expect(await colourOf(counter)).toBe(errorColour);
    expect(errorColour).not.toBe(normalColour);
    // Sized for the limit: the 2000-character text is taller than the 500-character ones.
    const dutiesHeight = (await duties.boundingBox())!.height;
    const hoursHeight = (await page.getByRole('textbox', { name: /^勤務時間/ }).boundingBox())!.height;
    expect(dutiesHeight).toBeGreaterThan(hoursHeight);
    expect(await page.locator('#posting-working-hours-count').textContent()).toBe('0 / 500文字');
    await expectAccessible(page);
    await screenshot(page, `forms-counter-${viewport}`);
  });

  test('leaving the 新規 form with typed input asks: stay keeps the text, Escape stays, leave goes', async () => {
    await openNewPostingForm(page);
    // Nothing typed: nothing to lose, no question.
    await clickMenuLink(page, 'ホーム');
    await page.getByRole('heading', { level: 1, name: 'ホーム' }).waitFor();
    expect(await leaveDialog(page).count()).toBe(0);

    await openNewPostingForm(page);
    await page.getByLabel('募集タイトル').fill('入力途中のタイトル');
    await page.getByLabel('業務内容').fill('入力途中の業務内容');
    await clickMenuLink(page, 'ホーム');
    await leaveDialog(page).waitFor();
    const stay = page.getByRole('button', { name: 'このページに留まる' });
    expect(await focusedText(page)).toBe('このページに留まる');
    await expectAccessible(page);
    await screenshot(page, `forms-leave-dialog-${viewport}`);
    await stay.click();
    await leaveDialog(page).waitFor({ state: 'hidden' });
    expect(page.url()).toBe(`${server.url}/recruitment/new`);
    expect(await page.getByLabel('募集タイトル').inputValue()).toBe('入力途中のタイトル');
    expect(await page.getByLabel('業務内容').inputValue()).toBe('入力途中の業務内容');

    await clickMenuLink(page, 'ホーム');
    await leaveDialog(page).waitFor();
    await page.keyboard.press('Escape');
    await leaveDialog(page).waitFor({ state: 'hidden' });
    expect(await page.getByLabel('募集タイトル').inputValue()).toBe('入力途中のタイトル');

    await clickMenuLink(page, 'ホーム');
    await page.getByRole('button', { name: '変更を破棄して移動する' }).click();
    await page.getByRole('heading', { level: 1, name: 'ホーム' }).waitFor();
    expect(await leaveDialog(page).count()).toBe(0);
  });

  test("reloading or closing the tab with typed input asks the browser's own question", async () => {
    const tab = await context.newPage();
    await tab.goto(`${server.url}/recruitment/new`);
    await tab.getByLabel('募集タイトル').fill('閉じる前のタイトル');
    const question = tab.waitForEvent('dialog');
    await tab.close({ runBeforeUnload: true });
    const dialog = await question;
    expect(dialog.type()).toBe('beforeunload');
    await dialog.dismiss();
    expect(tab.isClosed()).toBe(false);
    expect(await tab.getByLabel('募集タイトル').inputValue()).toBe('閉じる前のタイトル');
    await tab.close();
  });

  test("a field's message goes when that field changes (others stay), 保存 opens the posting without asking, and one page of postings has no 次へ", async () => {
    await openNewPostingForm(page);
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await page.getByRole('alert').getByText('入力内容に誤りがあります。').first().waitFor();
    const title = page.getByLabel('募集タイトル');
    expect(await page.locator('#posting-title-error').textContent()).toBe('募集タイトルを入力してください。');
    expect(await page.locator('#posting-duties-error').count()).toBe(1);
    await expectAccessible(page);

    await title.click();
    await title.pressSequentially('病棟看護師');
    await page.locator('#posting-title-error').waitFor({ state: 'detached' });
    expect(await title.getAttribute('aria-invalid')).toBeNull();
    // Typing stays in the field (the error summary does not take focus again), and other fields keep their messages.
    expect(await page.evaluate('document.activeElement && document.activeElement.id')).toBe('posting-title');
    expect(await title.inputValue()).toBe('病棟看護師');
    expect(await page.locator('#posting-duties-error').textContent()).toBe('業務内容を入力してください。');
    await screenshot(page, `forms-error-cleared-${viewport}`);

    const postingTitle = `保存後は確認しない ${viewport}`;
    await fillValidPosting(page, postingTitle);
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: postingTitle }).waitFor();
    await page.getByText('保存しました。').waitFor();
    expect(await leaveDialog(page).count()).toBe(0);

    await clickMenuLink(page, '人材募集登録');
    await page.getByRole('link', { name: postingTitle }).waitFor();
    expect(await leaveDialog(page).count()).toBe(0);
    const pager = page.getByRole('navigation', { name: 'ページ送り' });
    expect(await pager.getByText(/全\d+件中 1〜\d+件目を表示/).count()).toBe(1);
    for (const name of ['次へ', '前へ', '最初へ']) expect(await page.getByRole('button', { name }).count()).toBe(0);
    await expectAccessible(page);
  });

  test('地域病床見える化 has one エクスポート button that says エクスポートしています… until the export is counted', async () => {
    const exportContext = await newContext(browser, viewport);
    try {
      const beds = await exportContext.newPage();
      await signIn(beds, accounts[`prefecture-${viewport}`]);
      await beds.goto(`${server.url}/beds`);
      const count = beds.locator('.result-summary__count');
      await count.waitFor();
      const rows = Number((await count.textContent())!.replace(/\D/g, ''));
      expect(await beds.getByRole('button', { name: 'エクスポート' }).count()).toBe(1);
      expect(await beds.getByRole('combobox', { name: '文字コード' }).locator('option:checked').textContent()).toBe('日本語(Shift-JIS)');

      const release = await holdRequests(beds, '**/api/exports/bed-report.summary**', () => true);
      const button = beds.getByRole('button', { name: 'エクスポート' });
      const [download] = await Promise.all([beds.waitForEvent('download'), button.click()]);
      const status = beds.locator('.export__result');
      await status.getByText('エクスポートしています…').waitFor();
      expect(await status.getAttribute('role')).toBe('status');
      expect(await button.getAttribute('aria-disabled')).toBe('true');
      await expectAccessible(beds);
      await screenshot(beds, `forms-export-running-${viewport}`);
      release();
      await status.getByText(`${rows.toLocaleString('ja-JP')}件をエクスポートしました。`).waitFor();
      expect(await button.getAttribute('aria-disabled')).toBeNull();
      expect(await download.failure()).toBeNull();
      await beds.unroute('**/api/exports/bed-report.summary**');

      // A refused export says so, in the service's words.
      await beds.route('**/api/exports/bed-report.summary**', (route) =>
        route.fulfill({
          status: 429,
          contentType: 'application/json',
          body: JSON.stringify({
            errors: [
              {
                message: 'エクスポートが混み合っています。しばらくしてからもう一度お試しください。',
                extensions: { code: 'TOO_MANY_REQUESTS' },
              },
            ],
          }),
        }),
      );
      await Promise.all([beds.waitForEvent('download'), button.click()]);
      await status
        .getByText('エクスポートできませんでした。エクスポートが混み合っています。しばらくしてからもう一度お試しください。')
        .waitFor();
      await expectAccessible(beds);
    } finally {
      await exportContext.close();
    }
  });

  test('digits typed as text (空床数の下限, FAQ の表示順, 医療機関コード): numeric keypad, no autofill, what is wrong said beside the field', async () => {
    const prefectureContext = await newContext(browser, viewport);
    const officeContext = await newContext(browser, viewport);
    /** Text (not type="number", which drops what it cannot read), numeric keypad, no autofill; its message beside it. */
    const expectDigitsField = async (field: Locator, message: string) => {
      expect([await field.getAttribute('type'), await field.getAttribute('inputmode'), await field.getAttribute('autocomplete')]).toEqual([
        'text',
        'numeric',
        'off',
      ]);
      const id = await field.getAttribute('id');
      const beside = field.page().locator(`#${id}-error`);
      await beside.waitFor();
      expect(await beside.textContent()).toBe(message);
      expect(await field.getAttribute('aria-invalid')).toBe('true');
      expect((await field.getAttribute('aria-describedby'))?.split(' ')).toContain(`${id}-error`);
      await expectAccessible(field.page());
    };
    /** Digits typed full-width (a Japanese IME's default) read as the half-width digits sent, once the field is left. */
    const expectTidied = async (field: Locator, typed: string, shown: string) => {
      await field.fill(typed);
      await field.blur();
      const id = await field.getAttribute('id');
      await field
        .page()
        .waitForFunction(([fieldId, value]) => (globalThis as any).document.getElementById(fieldId).value === value, [id, shown] as const);
    };
    try {
      const beds = await prefectureContext.newPage();
      await signIn(beds, accounts[`prefecture-${viewport}`]);
      await beds.goto(`${server.url}/beds`);
      await beds.locator('.result-summary__count').waitFor();
      const minVacant = beds.getByRole('textbox', { name: '空床数の下限' });
      await minVacant.fill('五');
      await beds.getByRole('button', { name: '検索', exact: true }).click();
      await expectDigitsField(minVacant, '空床数の下限は0〜9999の整数で入力してください。');
      await screenshot(beds, `forms-digits-min-vacant-${viewport}`);
      await expectTidied(minVacant, ' ５ ', '5');

      const office = await officeContext.newPage();
      await signIn(office, accounts[`office-${viewport}`]);
      await office.goto(`${server.url}/faq/new`);
      const sortOrder = office.getByRole('textbox', { name: '表示順', exact: true });
      await sortOrder.fill('一');
      await office.getByRole('button', { name: '保存' }).click();
      await expectDigitsField(sortOrder, '表示順は 0 以上 1000000 以下の整数で入力してください。');
      await screenshot(office, `forms-digits-faq-sort-order-${viewport}`);

      // (Its own tab: the FAQ form above holds typed work, and leaving it would ask.)
      const accountNew = await officeContext.newPage();
      await accountNew.goto(`${server.url}/accounts/new`);
      // Required: 「*」 and 必須 in its name, as before.
      const facilityCode = accountNew.getByRole('textbox', { name: /^医療機関コード\s*必須$/ });
      expect(await facilityCode.getAttribute('required')).not.toBeNull();
      await facilityCode.fill('12345');
      await accountNew.getByRole('button', { name: '保存' }).click();
      await expectDigitsField(facilityCode, '医療機関コードを10桁の数字で入力してください。');
      await screenshot(accountNew, `forms-digits-facility-code-${viewport}`);
      // Leading zeros kept: a code, not a number.
      await expectTidied(facilityCode, '０１２３４５６７８９', '0123456789');
    } finally {
      await Promise.all([prefectureContext.close(), officeContext.close()]);
    }
  });
});
