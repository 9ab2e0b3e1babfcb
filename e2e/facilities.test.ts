import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  type Dashboard,
  VIEWPORTS,
  type ViewportName,
  axeViolations,
  launchBrowser,
  layoutProblems,
  newContext,
  screenshot,
  startDashboard,
} from './browser';

/**
 * 医療機関検索 as a health-centre user sees it, in a real browser against the real service:
 * search by prefecture + area and by name, page through results, see field errors, and meet
 * WCAG 2.1 AA (axe), at a desktop size and a phone size.
 */

const FACILITIES = 600;
const PAGE_SIZE = 50;

let browser: Browser;
let dashboard: Dashboard;

beforeAll(async () => {
  [browser, dashboard] = await Promise.all([launchBrowser(), startDashboard({ facilities: FACILITIES })]);
});

afterAll(async () => {
  await browser?.close();
  await dashboard?.stop();
});

async function sql<T>(text: string, params: unknown[] = []): Promise<T[]> {
  return dashboard.db.dataSource.query(text, params);
}

/** Cell texts of one column of the results table (works for the table and the stacked cards). */
async function column(page: Page, label: string): Promise<string[]> {
  return page.locator(`.data-table tbody [data-label="${label}"]`).allTextContents();
}

async function resultCount(page: Page): Promise<number> {
  const text = await page.locator('.result-summary__count').textContent();
  const match = text?.match(/該当件数 ([\d,]+)件/);
  if (!match) throw new Error(`no result count in "${text}"`);
  return Number(match[1].replace(/,/g, ''));
}

/** Waits until the results of the search just made show `count` (the count only renders once loaded). */
async function waitForCount(page: Page, count: number): Promise<void> {
  await page
    .locator('.result-summary__count')
    .filter({ hasText: `該当件数 ${count.toLocaleString('ja-JP')}件` })
    .waitFor();
}

async function search(page: Page): Promise<void> {
  await page.getByRole('button', { name: '検索', exact: true }).click();
}

async function expectAccessible(page: Page): Promise<void> {
  expect([...(await axeViolations(page)), ...(await layoutProblems(page))]).toEqual([]);
}

describe.each(Object.keys(VIEWPORTS) as ViewportName[])('医療機関検索 (%s)', (viewport) => {
  let context: BrowserContext;
  let page: Page;

  beforeEach(async () => {
    context = await newContext(browser, viewport);
    page = await context.newPage();
  });

  afterEach(async () => {
    await context.close();
  });

  test('the search page (public, no sign-in): Japanese, skip link, menu for the screen size, all facilities listed', async () => {
    // The dashboard itself opens on ログイン / ホーム (e2e/accounts.test.ts); searching needs no sign-in.
    await page.goto(`${dashboard.url}/facilities`);
    await page.waitForURL(/\/facilities$/);
    expect(await page.locator('html').getAttribute('lang')).toBe('ja');
    expect(await page.title()).toBe('医療機関検索 | G-MIS 医療機関等情報支援システム');
    expect(await page.locator('header').innerText()).toContain('医療機関等情報支援システム');
    await page.getByRole('heading', { level: 1, name: '医療機関検索' }).waitFor();
    await page.locator('.result-summary__count').waitFor();
    expect(await resultCount(page)).toBe(FACILITIES);
    expect(await page.locator('.data-table tbody tr').count()).toBe(PAGE_SIZE);

    // The first Tab reaches 「本文へ移動」, which moves focus past the header and menu.
    await page.keyboard.press('Tab');
    expect(await page.locator(':focus').textContent()).toBe('本文へ移動');
    await page.keyboard.press('Enter');
    expect(await page.locator(':focus').getAttribute('id')).toBe('main');

    const menuLink = page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: '医療機関検索' });
    const toggle = page.getByRole('button', { name: 'メニュー' });
    if (viewport === 'phone') {
      expect(await menuLink.isVisible()).toBe(false);
      await toggle.click();
      expect(await page.getByRole('button', { name: '閉じる' }).getAttribute('aria-expanded')).toBe('true');
      expect(await menuLink.isVisible()).toBe(true);
      // Nothing is wider than the phone's screen: the table stacks instead of scrolling the page.
      expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    } else {
      expect(await menuLink.isVisible()).toBe(true);
      expect(await toggle.isVisible()).toBe(false);
    }
    expect(await menuLink.getAttribute('aria-current')).toBe('page');
    await screenshot(page, `facilities-${viewport}-start`);
    await expectAccessible(page);
  });

  test('search by prefecture and 二次医療圏: the area list follows the prefecture, results match, URL keeps the search', async () => {
    const [busiest] = await sql<{ area_code: string; area: string; prefecture_code: string; prefecture: string; n: string }>(
      `SELECT f.area_code, a.name AS area, f.prefecture_code, p.name AS prefecture, count(*) AS n
         FROM facility f JOIN secondary_medical_area a ON a.code = f.area_code JOIN prefecture p ON p.code = f.prefecture_code
        GROUP BY 1, 2, 3, 4 ORDER BY n DESC, f.area_code LIMIT 1`,
    );
    const areasOfPrefecture = await sql<{ code: string }>('SELECT code FROM secondary_medical_area WHERE prefecture_code = $1', [
      busiest.prefecture_code,
    ]);

    await page.goto(`${dashboard.url}/facilities`);
    const area = page.getByRole('combobox', { name: '二次医療圏' });
    expect(await area.isDisabled()).toBe(true);
    await page.getByRole('combobox', { name: '都道府県' }).selectOption({ label: busiest.prefecture });
    await page.locator(`select[name="area"] option[value="${busiest.area_code}"]`).waitFor({ state: 'attached' });
    const offered = await area.locator('option').evaluateAll((options) => options.map((o) => o.getAttribute('value')));
    expect(offered.filter(Boolean).sort()).toEqual(areasOfPrefecture.map((a) => a.code).sort());
    await area.selectOption({ label: busiest.area });
    await search(page);
    await page.waitForURL((url) => url.searchParams.get('area') === busiest.area_code);
    await waitForCount(page, Number(busiest.n));

    const url = new URL(page.url());
    expect(url.searchParams.get('pref')).toBe(busiest.prefecture_code);
    expect(url.searchParams.get('area')).toBe(busiest.area_code);
    expect(await resultCount(page)).toBe(Number(busiest.n));
    const prefectures = await column(page, '都道府県');
    expect(prefectures.length).toBe(Math.min(Number(busiest.n), PAGE_SIZE));
    expect(new Set(prefectures)).toEqual(new Set([busiest.prefecture]));
    expect(new Set(await column(page, '二次医療圏'))).toEqual(new Set([busiest.area]));
    for (const postal of await column(page, '郵便番号')) expect(postal).toMatch(/^〒\d{3}-\d{4}$/);

    // The same URL opened fresh shows the same search and results (shareable).
    const shared = await context.newPage();
    await shared.goto(page.url());
    await shared.locator('.result-summary__count').waitFor();
    expect(await resultCount(shared)).toBe(Number(busiest.n));
    expect(await shared.getByRole('combobox', { name: '二次医療圏' }).inputValue()).toBe(busiest.area_code);
    await screenshot(page, `facilities-${viewport}-area`);
    await expectAccessible(page);
  });

  test('search by name matches half-width katakana against full-width names; back returns to the earlier search', async () => {
    const [{ n }] = await sql<{ n: string }>(`SELECT count(*) AS n FROM facility WHERE name LIKE '%クリニック%'`);
    expect(Number(n)).toBeGreaterThan(0);

    await page.goto(`${dashboard.url}/facilities`);
    await page.locator('.result-summary__count').waitFor();
    await page.getByRole('searchbox', { name: '医療機関名' }).fill('ｸﾘﾆｯｸ');
    await search(page);
    await waitForCount(page, Number(n));
    expect(await resultCount(page)).toBe(Number(n));
    const names = await column(page, '名称');
    expect(names.length).toBe(Math.min(Number(n), PAGE_SIZE));
    for (const name of names) expect(name).toContain('クリニック');

    await page.goBack();
    await page.waitForURL((url) => !url.searchParams.has('name'));
    await waitForCount(page, FACILITIES);
    expect(await page.getByRole('searchbox', { name: '医療機関名' }).inputValue()).toBe('');
  });

  test('search by 施設類型, then 条件をクリア returns to the whole list', async () => {
    const [{ n }] = await sql<{ n: string }>(`SELECT count(*) AS n FROM facility WHERE kind = 'HEALTH_CENTER'`);
    expect(Number(n)).toBeGreaterThan(0);

    await page.goto(`${dashboard.url}/facilities`);
    await waitForCount(page, FACILITIES);
    await page.getByRole('combobox', { name: '施設類型' }).selectOption({ label: '保健所' });
    await search(page);
    await waitForCount(page, Number(n));
    expect(new URL(page.url()).searchParams.get('kind')).toBe('HEALTH_CENTER');
    expect(new Set(await column(page, '種別'))).toEqual(new Set(['保健所']));

    await page.getByRole('button', { name: '条件をクリア' }).click();
    await waitForCount(page, FACILITIES);
    expect(new URL(page.url()).search).toBe('');
    expect(await page.getByRole('combobox', { name: '施設類型' }).inputValue()).toBe('');
  });

  test('paging: 次へ shows the next 50 in code order, 前へ and the back button return, the page URL is shareable', async () => {
    await page.goto(`${dashboard.url}/facilities`);
    await page.locator('.result-summary__count').waitFor();
    const firstPage = await column(page, '医療機関コード');
    expect(await page.locator('.pager__position').textContent()).toBe(`全${FACILITIES}件中 1〜${PAGE_SIZE}件目を表示`);
    expect(await page.getByRole('button', { name: '前へ' }).count()).toBe(0);

    await page.getByRole('button', { name: '次へ' }).click();
    await page.waitForURL((url) => url.searchParams.get('page') === '2');
    await page
      .locator('.pager__position')
      .filter({ hasText: `${PAGE_SIZE + 1}〜${PAGE_SIZE * 2}件目` })
      .waitFor();
    const secondPage = await column(page, '医療機関コード');
    expect(secondPage.length).toBe(PAGE_SIZE);
    expect(secondPage[0] > firstPage[PAGE_SIZE - 1]).toBe(true);
    const expected = await sql<{ code: string }>('SELECT code FROM facility ORDER BY code OFFSET $1 LIMIT $2', [PAGE_SIZE, PAGE_SIZE]);
    expect(secondPage).toEqual(expected.map((r) => r.code));
    await screenshot(page, `facilities-${viewport}-page2`);

    const shared = await context.newPage();
    await shared.goto(page.url());
    await shared.locator('.result-summary__count').waitFor();
    expect(await column(shared, '医療機関コード')).toEqual(secondPage);

    await page.getByRole('button', { name: '前へ' }).click();
    await page.waitForURL((url) => !url.searchParams.has('after'));
    await page
      .locator('.pager__position')
      .filter({ hasText: `1〜${PAGE_SIZE}件目` })
      .waitFor();
    expect(await column(page, '医療機関コード')).toEqual(firstPage);

    await page.goForward();
    await page
      .locator('.pager__position')
      .filter({ hasText: `${PAGE_SIZE + 1}〜` })
      .waitFor();
    await page.goBack();
    await page
      .locator('.pager__position')
      .filter({ hasText: `全${FACILITIES}件中 1〜` })
      .waitFor();
    expect(await column(page, '医療機関コード')).toEqual(firstPage);
  });

  test.each([
    {
      what: 'no connection',
      answer: 'abort' as const,
      expected: 'サーバーに接続できませんでした。',
    },
    {
      what: 'FORBIDDEN',
      answer: {
        status: 200,
        body: { data: null, errors: [{ message: 'この操作を行う権限がありません。', extensions: { code: 'FORBIDDEN' } }] },
      },
      expected: 'この操作を行う権限がありません。',
    },
    {
      what: 'UNAUTHENTICATED',
      answer: {
        status: 200,
        body: { data: null, errors: [{ message: 'ログインしてください。', extensions: { code: 'UNAUTHENTICATED' } }] },
      },
      expected: 'ログインが必要です。',
    },
    {
      what: 'TOO_MANY_REQUESTS with HTTP 429',
      answer: { status: 429, body: { errors: [{ message: 'Too many requests', extensions: { code: 'TOO_MANY_REQUESTS' } }] } },
      expected: '短時間に操作が集中しています。',
    },
    {
      what: 'HTTP 502 from a proxy',
      answer: { status: 502, body: '<html>Bad Gateway</html>' },
      expected: 'システムでエラーが発生しました。',
    },
  ])('an API failure ($what) is explained in Japanese', async ({ answer, expected }) => {
    // Failures the demo server does not produce on its own are answered for the search query only.
    await page.route('**/graphql', async (route) => {
      if (!route.request().postData()?.includes('FacilitySearchPage_Facilities')) return route.continue();
      if (answer === 'abort') return route.abort('connectionrefused');
      return route.fulfill({
        status: answer.status,
        contentType: typeof answer.body === 'string' ? 'text/html' : 'application/json',
        body: typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body),
      });
    });
    await page.goto(`${dashboard.url}/facilities`);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.locator('.message__title').textContent()).toBe(expected);
    expect(await page.locator('.data-table').count()).toBe(0);
  });

  test('bad input: the server’s field errors appear beside the fields they concern', async () => {
    await page.goto(`${dashboard.url}/facilities`);
    await page.locator('.result-summary__count').waitFor();
    const name = page.getByRole('searchbox', { name: '医療機関名' });
    await name.fill('病院'.repeat(51));
    await search(page);
    await page.locator('[data-error-code="BAD_USER_INPUT"]').waitFor();
    expect(await name.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await name.getAttribute('aria-describedby')) ?? '';
    const errorText = await page.locator(`[id="${describedBy.split(' ').find((id) => id.endsWith('-error'))}"]`).textContent();
    expect(errorText).toContain('100文字以内');
    expect(await page.locator('.data-table').count()).toBe(0);
    // The error box lists the problem with a link that takes the keyboard to the field.
    await page
      .getByRole('alert')
      .getByRole('link', { name: /^医療機関名：名称は100文字以内/ })
      .click();
    expect(await page.locator(':focus').getAttribute('name')).toBe('name');
    await screenshot(page, `facilities-${viewport}-error`);
    await expectAccessible(page);

    // A shared link with an unknown prefecture code: the error sits beside 都道府県.
    await page.goto(`${dashboard.url}/facilities?pref=99`);
    await page.locator('[data-error-code="BAD_USER_INPUT"]').waitFor();
    const prefecture = page.getByRole('combobox', { name: '都道府県' });
    expect(await prefecture.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('.form-field').filter({ has: prefecture }).locator('.form-field__error').textContent()).toContain('01〜47');
  });
});
