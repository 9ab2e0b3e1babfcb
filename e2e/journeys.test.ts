import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DEMO_ACCOUNTS } from '../server/src/accounts/demo-accounts';
import { Role } from '../server/src/auth/viewer';
import { seedDemoData } from '../server/src/db/seed/demo-data';
import { toGlobalId } from '../server/src/graphql/node';
import { answerInquiry, createInquiry } from '../server/src/inquiries/inquiry.thread';
import { buildAppSchema } from '../server/src/app.modules';
import { saveReport } from '../server/src/reports/saved-report.editing';
import { ReportColumnFormat } from '../server/src/reports/saved-report';
import { startServerWithSignIn } from '../server/test/accounts';
import { createTestDatabase, type TestDatabase } from '../server/test/test-database';
import type { TestServer } from '../server/test/test-server';
import { SCREEN_PATHS, type ScreenName, screenOf } from '../client/src/screens';
import { CLIENT_DIST_DIR, TRUSTED_DOCUMENTS, type ViewportName, axeViolations, launchBrowser, newContext, screenshot } from './browser';

/**
 * Every role's day starts at ホーム: for each of the six demo accounts, at desktop and phone
 * size, sign in through the ログイン page, click every home card and every menu item, and each
 * must land on a page with its own heading — never the not-found page, never a refusal. At
 * desktop size every role then follows the links of every screen it reaches (one link per kind
 * of screen), and all roles together (plus a signed-out visitor and the mailed reset link) must
 * have reached every screen in client/src/screens.ts: a new route nobody can reach, or a card
 * that points nowhere, fails here.
 */

let browser: Browser;
let db: TestDatabase;
let server: TestServer;
const reached = new Set<ScreenName>();

beforeAll(async () => {
  if (!fs.existsSync(path.join(CLIENT_DIST_DIR, 'index.html')))
    throw new Error('the dashboard is not built: run npm run build:client first');
  [browser, db] = await Promise.all([launchBrowser(), createTestDatabase()]);
  await seedDemoData(db.dataSource, 400);
  await seedInquiries(db);
  server = await startServerWithSignIn(db, { GMIS_CLIENT_DIR: CLIENT_DIST_DIR, GRAPHQL_TRUSTED_DOCUMENTS: TRUSTED_DOCUMENTS });
  await seedReport(db, server);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await db?.drop();
});

/** The hospital asks twice and the office answers once, so both sides have a thread to open from ホーム. */
async function seedInquiries(test: TestDatabase): Promise<void> {
  const viewerOf = async (loginId: string) => {
    const [row] = await test.dataSource.query(`SELECT id, role, facility_id, prefecture_code FROM account WHERE login_id = $1`, [loginId]);
    return {
      accountId: row.id as number,
      role: row.role as Role,
      facilityId: row.facility_id as number | null,
      prefectureCode: row.prefecture_code as string | null,
    };
  };
  const hospital = await viewerOf('demo-hospital');
  const office = await viewerOf('demo-office');
  const answered = await createInquiry(test.dataSource, hospital, {
    subject: '病床状況報告の入力方法について',
    body: '人工呼吸器の台数はどこに入力しますか。',
  });
  await createInquiry(test.dataSource, hospital, { subject: 'ログインIDの追加について', body: '担当者を追加したいです。' });
  await answerInquiry(
    test.dataSource,
    office,
    { inquiryId: toGlobalId('Inquiry', String(answered.dbId)), body: '病床状況報告の「人工呼吸器」欄に入力してください。' },
    'http://localhost:1',
  );
}

/**
 * The office keeps one saved report in 999_システム(自治体), the folder every account sees and the
 * first the link crawl opens, so the crawl reaches a report's page (and the office its 編集). Its
 * query is one every role may run (a report runs with the runner's permissions).
 */
async function seedReport(test: TestDatabase, running: TestServer): Promise<void> {
  const [row] = await test.dataSource.query(`SELECT id, role FROM account WHERE login_id = 'demo-office'`);
  const office = { accountId: row.id as number, role: row.role as Role, facilityId: null, prefectureCode: null };
  const [folder] = await test.dataSource.query(`SELECT id FROM report_folder WHERE system_key = 'system'`);
  await saveReport(test.dataSource, await buildAppSchema(), running.config.graphqlLimits, office, {
    folderId: toGlobalId('ReportFolder', String(folder.id)),
    name: '都道府県一覧',
    document: 'query Prefectures { prefectures { code name } }',
    columns: [
      { path: 'prefectures.code', heading: '都道府県コード', format: ReportColumnFormat.TEXT },
      { path: 'prefectures.name', heading: '都道府県', format: ReportColumnFormat.TEXT },
    ],
  });
}

const NOT_FOUND_HEADING = 'ページが見つかりません';
const REFUSALS = ['この操作を行う権限がありません', 'ログインしてください'];

/** Waits until the screen has its heading and has finished loading, then checks it is a real page. */
async function expectLandedOnPage(page: Page, from: string): Promise<ScreenName> {
  const heading = page.getByRole('heading', { level: 1 });
  await heading.first().waitFor();
  await page.locator('main [role="status"]', { hasText: '読み込んでいます' }).waitFor({ state: 'detached', timeout: 15_000 });
  const url = new URL(page.url());
  const screen = screenOf(url.pathname);
  const title = (await heading.first().textContent())?.trim() ?? '';
  expect({ from, path: url.pathname, heading: title, screen }).toEqual({
    from,
    path: url.pathname,
    heading: expect.not.stringMatching(NOT_FOUND_HEADING),
    screen: expect.any(String),
  });
  const text = await page.locator('main').innerText();
  for (const refusal of REFUSALS)
    expect({ from, path: url.pathname, refused: text.includes(refusal) }).toEqual({ from, path: url.pathname, refused: false });
  reached.add(screen!);
  return screen!;
}

async function signIn(page: Page, account: { loginId: string; password: string }): Promise<void> {
  await page.goto(`${server.url}/login`);
  await page.locator('#login-id').fill(account.loginId);
  await page.locator('#login-password').fill(account.password);
  await page.getByRole('button', { name: 'ログイン', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'ホーム' }).waitFor();
}

async function openMenu(page: Page, viewport: ViewportName): Promise<void> {
  if (viewport !== 'phone') return;
  // Reading the toggle while the layout was still closing the menu after a screen change, then
  // clicking a link the closing menu hid, lost that race on a busy machine: open it from a known
  // closed state and wait until it is open.
  await page.locator('button.menu-toggle[aria-expanded="false"]').waitFor();
  await page.locator('button.menu-toggle').click();
  await page.locator('button.menu-toggle[aria-expanded="true"]').waitFor();
}

/** Same-origin links inside the page's menu and content that lead to a dashboard screen. */
async function screenLinks(page: Page): Promise<string[]> {
  const hrefs = await page
    .locator('#site-nav a[href], main a[href]')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  const own = hrefs
    .map((href) => new URL(href, page.url()))
    .filter((url) => url.origin === new URL(server.url).origin && !url.pathname.startsWith('/api/'));
  return [...new Set(own.map((url) => url.pathname + url.search))];
}

describe.each<ViewportName>(['desktop', 'phone'])('every role’s home cards and menus land on their pages (%s)', (viewport) => {
  let context: BrowserContext;
  let page: Page;

  beforeEach(async () => {
    context = await newContext(browser, viewport);
    page = await context.newPage();
    page.setDefaultTimeout(15_000);
  });

  afterEach(async () => {
    await context.close();
  });

  it.each(DEMO_ACCOUNTS.map((account) => [account.role, account] as const))('%s', async (role, account) => {
    await signIn(page, account);
    await screenshot(page, `journey-home-${role}-${viewport}`);
    expect(await axeViolations(page)).toEqual([]);

    const cards = await page
      .locator('.home-menu__link')
      .evaluateAll((links) => links.map((a) => ({ label: a.textContent ?? '', key: a.getAttribute('data-menu') ?? '' })));
    expect(cards.length).toBeGreaterThan(0);
    for (const card of cards) {
      await page.goto(`${server.url}/`);
      await page.locator(`.home-menu__link[data-menu="${card.key}"]`).click();
      const screen = await expectLandedOnPage(page, `home card ${card.label}`);
      if (viewport === 'phone') await screenshot(page, `journey-card-${role}-${screen}-${viewport}`);
    }

    await page.goto(`${server.url}/`);
    const menuItems = await page.locator('#site-nav a.site-nav__link').allTextContents();
    expect(menuItems.length).toBeGreaterThan(0);
    for (const label of menuItems) {
      // On a phone each item is opened from a freshly loaded screen, where the collapsed menu is known to be closed.
      if (viewport === 'phone') await page.goto(`${server.url}/`);
      await openMenu(page, viewport);
      await page.locator('#site-nav').getByRole('link', { name: label, exact: true }).click();
      await expectLandedOnPage(page, `menu ${label}`);
    }
  });
});

describe('every screen is reached by following links (desktop)', () => {
  /** Follows links breadth-first from ホーム, opening one link of each kind of screen (bounded). */
  async function followEveryKindOfLink(page: Page, who: string): Promise<void> {
    const seen = new Set<ScreenName>();
    const queue = [`${SCREEN_PATHS.home}`];
    while (queue.length && seen.size < Object.keys(SCREEN_PATHS).length) {
      const target = queue.shift()!;
      await page.goto(`${server.url}${target}`);
      const screen = await expectLandedOnPage(page, `${who} following ${target}`);
      seen.add(screen);
      for (const link of await screenLinks(page)) {
        const next = screenOf(new URL(link, server.url).pathname);
        if (next === null) throw new Error(`${who}: ${target} links to ${link}, which is no screen`);
        if (!seen.has(next) && !queue.some((queued) => screenOf(new URL(queued, server.url).pathname) === next)) queue.push(link);
      }
    }
  }

  it.each(DEMO_ACCOUNTS.map((account) => [account.role, account] as const))('%s', async (_role, account) => {
    const context = await newContext(browser, 'desktop');
    try {
      const page = await context.newPage();
      page.setDefaultTimeout(15_000);
      await signIn(page, account);
      await followEveryKindOfLink(page, account.loginId);
    } finally {
      await context.close();
    }
  });

  it('a signed-out visitor and a mailed reset link reach theirs, and all roles together reach every screen', async () => {
    const context = await newContext(browser, 'desktop');
    try {
      const page = await context.newPage();
      for (const target of [SCREEN_PATHS.login, SCREEN_PATHS.facilities, SCREEN_PATHS.faq, SCREEN_PATHS.notices]) {
        await page.goto(`${server.url}${target}`);
        await expectLandedOnPage(page, `signed out ${target}`);
        for (const link of await screenLinks(page)) {
          if (link.startsWith(SCREEN_PATHS.passwordForgot)) {
            await page.goto(`${server.url}${link}`);
            await expectLandedOnPage(page, `signed out ${link}`);
          }
        }
      }
      // The reset screen is opened from the link in the mail; an expired token still lands on it.
      await page.goto(`${server.url}${SCREEN_PATHS.passwordReset}?token=expired`);
      await expectLandedOnPage(page, 'mailed reset link');
    } finally {
      await context.close();
    }
    expect([...reached].sort()).toEqual((Object.keys(SCREEN_PATHS) as ScreenName[]).sort());
  });
});
