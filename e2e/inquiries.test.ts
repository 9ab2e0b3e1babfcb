import fs from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { Role } from '../server/src/auth/viewer';
import { seedDemoContent } from '../server/src/content/demo-content';
import { createTestAccount, testFacility, type TestAccount } from '../server/test/accounts';
import { createTestDatabase, type TestDatabase } from '../server/test/test-database';
import { startTestServer, type TestServer } from '../server/test/test-server';
import { TEST_ACCOUNT_COOKIE, resolveAccountViewer } from '../server/test/account-viewers';
import {
  CLIENT_DIST_DIR,
  TRUSTED_DOCUMENTS,
  VIEWPORTS,
  type ViewportName,
  axeViolations,
  launchBrowser,
  layoutProblems,
  newContext,
  screenshot,
} from './browser';

/**
 * お問合せ・FAQ・お知らせ in a real browser against the real service: the asker's 新規お問合せ
 * with field errors, an upload and a download, the office's answer, FAQ and notices with unread
 * markers, the office's editors, and XSS payloads that must stay text. Desktop and phone, axe-checked.
 * Accounts act through the test-only viewer cookie (the sign-in screens are another issue's).
 */

const XSS = '<img src=x onerror="window.__xss=1"><script>window.__xss=1</script>';
const PDF = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from('テスト用の手順書です。'.repeat(200))]);

let browser: Browser;
let db: TestDatabase;
let server: TestServer;
let asker: TestAccount;
let office: TestAccount;

beforeAll(async () => {
  if (!fs.existsSync(`${CLIENT_DIST_DIR}/index.html`)) throw new Error('the dashboard is not built: npm run build:client');
  db = await createTestDatabase();
  const hospitalId = await testFacility(db.dataSource, 'HOSPITAL', '13');
  asker = await createTestAccount(db.dataSource, { loginId: 'byoin-tanaka', role: Role.FACILITY, facilityId: hospitalId });
  office = await createTestAccount(db.dataSource, { loginId: 'jimukyoku', role: Role.OFFICE });
  await db.dataSource.transaction((m) => seedDemoContent(m));
  [browser, server] = await Promise.all([
    launchBrowser(),
    // Only the dashboard's own operations (trusted documents), as in production.
    startTestServer(
      db,
      { GMIS_CLIENT_DIR: CLIENT_DIST_DIR, GRAPHQL_TRUSTED_DOCUMENTS: TRUSTED_DOCUMENTS },
      { resolveViewer: resolveAccountViewer },
    ),
  ]);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await db?.drop();
});

/** A browser context acting as `account` (or anonymous), failing the test on any script dialog or XSS marker. */
async function open(viewport: ViewportName, account: TestAccount | null): Promise<{ context: BrowserContext; page: Page }> {
  const context = await newContext(browser, viewport);
  if (account) await context.addCookies([{ name: TEST_ACCOUNT_COOKIE, value: String(account.id), url: server.url }]);
  const page = await context.newPage();
  page.on('dialog', (dialog) => {
    throw new Error(`unexpected dialog: ${dialog.message()}`);
  });
  return { context, page };
}

async function expectInert(page: Page): Promise<void> {
  expect(await page.evaluate(() => (globalThis as unknown as { __xss?: number }).__xss)).toBeUndefined();
  expect(await page.locator('main img[src="x"], main script').count()).toBe(0);
}

async function expectAccessible(page: Page): Promise<void> {
  expect([...(await axeViolations(page)), ...(await layoutProblems(page))]).toEqual([]);
}

describe.each(Object.keys(VIEWPORTS) as ViewportName[])('お問合せ・FAQ・お知らせ (%s)', (viewport) => {
  let context: BrowserContext;
  let page: Page;

  afterEach(async () => {
    await context?.close();
  });

  it('ホーム → 新規お問合せ → 登録 → the thread → 追加質問 → お問合せ一覧: errors beside the fields, an upload and a download', async () => {
    ({ context, page } = await open(viewport, asker));
    const subject = `${XSS} 病床報告の手順（${viewport}）`;
    // ホーム offers 新規お問合せ, FAQ and お知らせ; 新規お問合せ opens the form.
    await page.goto(`${server.url}/`);
    for (const label of ['新規お問合せ', 'FAQ', 'お知らせ'])
      await page.locator('main').getByRole('link', { name: label, exact: true }).waitFor();
    await page.locator('main').getByRole('link', { name: '新規お問合せ', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: '新規お問合せ' }).waitFor();
    const before = (await db.dataSource.query(`SELECT count(*)::int AS n FROM inquiry`))[0].n;

    await page.getByRole('button', { name: '登録' }).click();
    await page.locator('#inquiry-subject-error').filter({ hasText: '件名を入力してください。' }).waitFor();
    await expect(page.locator('#inquiry-body-error').textContent()).resolves.toBe('内容を入力してください。');
    await expect(page.locator('#inquiry-subject').getAttribute('aria-invalid')).resolves.toBe('true');
    expect((await db.dataSource.query(`SELECT count(*)::int AS n FROM inquiry`))[0].n).toBe(before);
    await expectAccessible(page);
    await screenshot(page, `inquiry-new-errors-${viewport}`);

    await page.locator('#inquiry-subject').fill(subject);
    await page.locator('#inquiry-body').fill(`報告手順を教えてください。\n\n${XSS}`);
    await page.getByLabel('分類').selectOption('BED_STATUS');
    const fileInput = page.getByLabel('ファイルのアップロード');
    await fileInput.setInputFiles({ name: 'evil.png', mimeType: 'image/png', buffer: Buffer.from('<html><script>alert(1)</script>') });
    await page.getByText('ファイルの内容がPNG形式ではありません').waitFor();
    await fileInput.setInputFiles({ name: '手順書（病床）.pdf', mimeType: 'application/pdf', buffer: PDF });
    await page.getByRole('list', { name: '添付するファイル' }).getByText('手順書（病床）.pdf').waitFor();
    await page.getByRole('button', { name: '登録' }).click();

    await page.getByRole('heading', { level: 1, name: subject }).waitFor();
    await expectInert(page);
    await page.getByText('状態：未回答').waitFor();
    const downloadPromise = page.waitForEvent('download');
    await page.getByRole('link', { name: '手順書（病床）.pdf' }).click();
    const download = await downloadPromise;
    expect(download.suggestedFilename()).toBe('手順書（病床）.pdf');
    expect(await download.failure()).toBeNull();
    expect(fs.readFileSync(await download.path()).equals(PDF)).toBe(true);
    await expectAccessible(page);

    await page.getByLabel('内容について追加確認を行いたい場合はコメントを入力してください。').fill(`追加で確認させてください。${XSS}`);
    await page.getByRole('button', { name: '送信' }).click();
    await page.getByText('送信しました。').waitFor();
    await page.locator('.thread__message').nth(1).filter({ hasText: '追加で確認させてください。' }).waitFor();
    expect(await page.locator('.thread__message').count()).toBe(2);
    await expectInert(page);
    await screenshot(page, `inquiry-thread-${viewport}`);

    await page.goto(`${server.url}/inquiries`);
    await page.getByRole('link', { name: subject }).waitFor();
    await expectAccessible(page);
  });

  it('お問合せ対応 (事務局): finds the inquiry, answers it, and the thread says 回答済', async () => {
    ({ context, page } = await open(viewport, office));
    await page.goto(`${server.url}/inquiries`);
    await page.getByRole('heading', { level: 1, name: 'お問合せ対応' }).waitFor();
    await page.getByLabel('キーワード').fill(`病床報告の手順（${viewport}）`);
    await page.getByRole('button', { name: '検索', exact: true }).click();
    await page.getByText('全1件中').waitFor();
    await expectAccessible(page);
    await page.getByRole('link', { name: new RegExp(`病床報告の手順（${viewport}）`) }).click();
    await page.getByRole('button', { name: '回答を登録' }).click();
    await page.getByText('回答を入力してください。').first().waitFor();
    await page
      .getByRole('textbox', { name: /^回答/ })
      .fill('レポート画面の「病床状況」から報告してください。\n\n- 毎日の報告\n- 変更時の報告');
    await page.getByRole('button', { name: '回答を登録' }).click();
    await page.getByText('状態：回答済').waitFor();
    await page.getByRole('listitem').filter({ hasText: '変更時の報告' }).first().waitFor();
    await expectAccessible(page);
    await expectInert(page);
  });

  it('FAQ 一覧 → 記事 and お知らせ 一覧 → 件名 → 詳細: public ones without signing in, unread markers for an account, office editors keep payloads as text', async () => {
    ({ context, page } = await open(viewport, null));
    await page.goto(`${server.url}/faq`);
    await page.getByRole('link', { name: 'パスワードを忘れてしまいました。' }).waitFor();
    await expectAccessible(page);
    await page.getByRole('link', { name: 'パスワードを忘れてしまいました。' }).click();
    await page.getByText('パスワードリセットを行ってください', { exact: false }).waitFor();
    await expectAccessible(page);
    // Not public: only for signed-in readers.
    await page.goto(`${server.url}/faq`);
    await page.getByRole('link', { name: 'ユーザ名（ID）が分からなくなりました。どうすればよいですか。' }).waitFor();
    expect(await page.getByRole('link', { name: '募集を締め切った後はどうすればよいですか。' }).count()).toBe(0);
    await context.close();

    ({ context, page } = await open(viewport, office));
    await page.goto(`${server.url}/notices/new`);
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByText('件名を入力してください。').first().waitFor();
    const title = `${XSS} 新しい事務連絡（${viewport}）`;
    await page.getByRole('textbox', { name: /^件名/ }).fill(title);
    await page.getByRole('textbox', { name: /^本文/ }).fill(`本文です。\n\n- 箇条書き ${XSS}`);
    await page.getByLabel('重要度').selectOption('IMPORTANT');
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.getByRole('button', { name: '公開する' }).click();
    await page.getByRole('button', { name: '非公開にする' }).waitFor();
    await expectInert(page);
    await expectAccessible(page);
    await context.close();

    ({ context, page } = await open(viewport, asker));
    await page.goto(`${server.url}/notices`);
    const unreadBefore = Number((await page.getByText(/未読のお知らせが \d+件/).textContent())!.match(/(\d+)件/)![1]);
    const row = page.locator('.data-table tbody tr').filter({ hasText: `新しい事務連絡（${viewport}）` });
    await row.getByText('未読').waitFor();
    await row.getByText('重要').waitFor();
    await expectAccessible(page);
    await row.getByRole('link').click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.getByRole('listitem').filter({ hasText: '箇条書き' }).waitFor();
    await expectInert(page);
    await page.getByRole('link', { name: 'お知らせ一覧へ戻る' }).click();
    const again = page.locator('.data-table tbody tr').filter({ hasText: `新しい事務連絡（${viewport}）` });
    await again.getByRole('link').waitFor();
    // Opening the notice marked it read: the marker goes (at once from the cache, or after the refetch).
    await again.getByText('未読').waitFor({ state: 'detached' });
    await page.getByText(`未読のお知らせが ${unreadBefore - 1}件`).waitFor();
    await screenshot(page, `notices-${viewport}`);
  });
});
