import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { Viewer } from '../server/src/auth/viewer';
import { createRecruitmentWorld, type RecruitmentWorld } from '../server/test/recruitment-fixtures';
import { createTestDatabase, type TestDatabase } from '../server/test/test-database';
import { startTestServer, type TestServer } from '../server/test/test-server';
import { as, resolveTestViewer } from '../server/test/test-viewers';
import {
  CLIENT_DIST_DIR,
  VIEWPORTS,
  type ViewportName,
  axeViolations,
  launchBrowser,
  layoutProblems,
  newContext,
  screenshot,
} from './browser';

/**
 * 人材募集登録 in the browser: create, validation errors beside the fields, edit, the Key-Net
 * preview with masking, and the CONFLICT of two editors. Registering and editing run at desktop
 * and phone size, each screen checked with axe and for layout faults. Accounts come later, so the
 * viewer is given to the test server in a test-only header (resolveTestViewer), never by production code.
 */

let browser: Browser;
let db: TestDatabase;
let server: TestServer;
let world: RecruitmentWorld;

beforeAll(async () => {
  if (!fs.existsSync(path.join(CLIENT_DIST_DIR, 'index.html'))) throw new Error('the dashboard is not built: run npm run build:client');
  db = await createTestDatabase();
  world = await createRecruitmentWorld(db.dataSource);
  server = await startTestServer(db, { GMIS_CLIENT_DIR: CLIENT_DIST_DIR }, { resolveViewer: resolveTestViewer });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await db?.drop();
});

const contexts: BrowserContext[] = [];
afterEach(async () => {
  await Promise.all(contexts.splice(0).map((c) => c.close()));
});

async function open(viewer: Viewer, viewport: ViewportName, pathname: string): Promise<Page> {
  const context = await newContext(browser, viewport);
  contexts.push(context);
  await context.setExtraHTTPHeaders(as(viewer));
  const page = await context.newPage();
  await page.goto(`${server.url}${pathname}`);
  return page;
}

async function expectAccessible(page: Page): Promise<void> {
  expect([...(await axeViolations(page)), ...(await layoutProblems(page))]).toEqual([]);
}

async function fillValidForm(page: Page, title: string, options: { masking?: boolean } = {}) {
  await page.getByLabel('募集タイトル').fill(title);
  await page.getByLabel('職種').selectOption('NURSE');
  await page.getByLabel('雇用形態').selectOption('FULL_TIME');
  await page.getByLabel('募集人数').fill('2');
  await page.getByLabel('業務内容').fill('病棟での看護業務');
  await page.getByLabel('勤務時間').fill('8:30〜17:15');
  await page.getByLabel('給与').fill('月給 280,000円〜');
  await page.getByLabel('郵便番号').fill('150-0001');
  await page.getByLabel('住所(都道府県)').selectOption('13');
  await page.getByLabel('住所(市区町村・番地等)').fill('渋谷区神宮前九丁目9番9号');
  await page.getByLabel('担当者氏名').fill('秘匿 花子');
  await page.getByLabel('応募担当電話番号').fill('03-9999-8888');
  await page.getByLabel('E-mail').fill('hitoku-saiyo@example.jp');
  if (options.masking) await page.getByLabel('公開時に一定情報をマスキングすることを希望する').check();
}

describe.each(Object.keys(VIEWPORTS) as ViewportName[])('人材募集登録 (%s)', (viewport) => {
  it('人材募集の登録: データ一覧 → 新規 → 入力画面 → 保存 → 詳細 → データ一覧 shows it → エクスポート', async () => {
    const page = await open(world.viewers.owner, viewport, '/recruitment');
    await page.getByRole('heading', { level: 1, name: '人材募集登録 データ一覧' }).waitFor();
    await expectAccessible(page);
    await page.getByRole('link', { name: '新規' }).click();
    await page.getByRole('heading', { level: 1, name: '人材募集の新規登録' }).waitFor();
    await page.getByLabel('募集タイトル').waitFor();
    expect(await page.getByRole('button', { name: /保存＆新規/ }).count()).toBe(0);
    await expectAccessible(page);
    await screenshot(page, `recruitment-form-${viewport}`);
    const title = `病棟看護師 ${viewport}`;
    await fillValidForm(page, title);
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.getByText('保存しました。').waitFor();
    // Normalised by the server (150-0001 typed → 1500001 stored), shown as printed in the detail.
    expect(await page.locator('main dl').first().getByText('〒150-0001', { exact: true }).count()).toBe(1);
    await expectAccessible(page);
    await screenshot(page, `recruitment-detail-${viewport}`);
    await page.getByRole('link', { name: 'データ一覧へ戻る' }).click();
    await page.getByRole('link', { name: title }).waitFor();
    await screenshot(page, `recruitment-list-${viewport}`);
    // エクスポート: the list as CSV, as this viewer sees it.
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'エクスポート' }).click()]);
    expect(file.suggestedFilename()).toBe('人材募集_データ一覧.csv');
    const csv = fs.readFileSync(await file.path(), 'utf8');
    expect(csv.startsWith('\uFEFFID,募集タイトル')).toBe(true);
    expect(csv).toContain(title);
  });

  it("入力画面: every invalid field's message beside the field and in the summary, and nothing saved", async () => {
    const before = Number((await db.dataSource.query(`SELECT count(*) AS n FROM posting`))[0].n);
    const page = await open(world.viewers.owner, viewport, '/recruitment/new');
    await page.getByLabel('募集タイトル').waitFor();
    await page.getByLabel('郵便番号').fill('15000');
    await page.getByLabel('E-mail').fill('not-an-address@');
    await page.getByRole('button', { name: '保存', exact: true }).click();
    const alert = page.getByRole('alert');
    await alert.getByText('入力内容に誤りがあります。').first().waitFor();
    const title = page.getByLabel('募集タイトル');
    expect(await title.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await title.getAttribute('aria-describedby')) ?? '';
    expect(await page.locator(`#${describedBy.split(' ').pop()}`).textContent()).toBe('募集タイトルを入力してください。');
    await page.getByText('郵便番号は7桁の数字で入力してください (例: 1000013)。', { exact: true }).waitFor();
    await page.getByText('E-mailの形式が正しくありません (例: saiyo@example.jp)。', { exact: true }).waitFor();
    // The summary links to the field.
    await alert.getByRole('link', { name: /応募担当電話番号/ }).click();
    expect(await page.evaluate('document.activeElement && document.activeElement.id')).toBe('posting-contact-phone');
    await expectAccessible(page);
    await screenshot(page, `recruitment-errors-${viewport}`);
    expect(Number((await db.dataSource.query(`SELECT count(*) AS n FROM posting`))[0].n)).toBe(before);
  });

  it('人材募集内容の編集: データ一覧 → タイトル → 詳細 → 編集 → 入力画面 → 保存, and 変更履歴 records the change', async () => {
    const before = `編集前のタイトル ${viewport}`;
    const after = `編集後のタイトル ${viewport}`;
    const page = await open(world.viewers.owner, viewport, '/recruitment/new');
    await page.getByLabel('募集タイトル').waitFor();
    await fillValidForm(page, before);
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: before }).waitFor();

    await page.goto(`${server.url}/recruitment`);
    await page.getByRole('heading', { level: 1, name: '人材募集登録 データ一覧' }).waitFor();
    await page.getByRole('link', { name: before }).click();
    await page.getByRole('heading', { level: 1, name: before }).waitFor();
    await page.getByRole('link', { name: '編集' }).click();
    await page.getByRole('heading', { level: 1, name: '人材募集の編集' }).waitFor();
    expect(await page.getByLabel('募集タイトル').inputValue()).toBe(before);
    await expectAccessible(page);
    await screenshot(page, `recruitment-edit-${viewport}`);
    await page.getByLabel('募集タイトル').fill(after);
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: after }).waitFor();
    await page.getByText(`募集タイトル：${before} → ${after}`).waitFor();
    await expectAccessible(page);
  });
});

describe('人材募集登録: 必須 marks, masking preview, conflict', () => {
  it('marks the work location 必須 for a 保健所 account', async () => {
    const page = await open(world.viewers.healthCenter, 'desktop', '/recruitment/new');
    await page.getByLabel('募集タイトル').waitFor();
    const label = page.locator('label[for="posting-work-postal-code"]');
    expect(await label.textContent()).toBe('郵便番号必須');
    const hospital = await open(world.viewers.owner, 'desktop', '/recruitment/new');
    await hospital.getByLabel('募集タイトル').waitFor();
    expect(await hospital.locator('label[for="posting-work-postal-code"]').textContent()).toBe('郵便番号');
  });

  it('previews the Key-Net view with masking applied, before and after saving', async () => {
    const page = await open(world.viewers.owner, 'desktop', '/recruitment/new');
    await page.getByLabel('募集タイトル').waitFor();
    await fillValidForm(page, 'マスキング確認', { masking: true });
    await page.getByRole('button', { name: 'Key-Net での表示を確認' }).click();
    const preview = page.getByRole('region', { name: 'Key-Net での表示（プレビュー）' });
    await preview.getByText('マスキング確認').waitFor();
    expect(await preview.getByText('非公開（マスキング）').count()).toBeGreaterThanOrEqual(5);
    const text = (await preview.textContent()) ?? '';
    for (const secret of ['03-9999-8888', '秘匿 花子', '神宮前', 'hitoku-saiyo', '秘匿テスト記念病院']) expect(text).not.toContain(secret);
    await page.getByLabel('公開時に一定情報をマスキングすることを希望する').uncheck();
    await page.getByRole('button', { name: 'Key-Net での表示を確認' }).click();
    await preview.getByText('03-9999-8888').waitFor();
    await page.getByLabel('公開時に一定情報をマスキングすることを希望する').check();
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'マスキング確認' }).waitFor();
    // The owner sees its own values on the detail, and the preview of what Key-Net shows.
    await page.getByText('03-9999-8888', { exact: true }).first().waitFor();
    const savedPreview = page.getByRole('region', { name: 'Key-Net での表示（プレビュー）' });
    expect((await savedPreview.textContent()) ?? '').not.toContain('03-9999-8888');
    await screenshot(page, 'recruitment-preview');
  });

  it('tells the second of two editors that someone else saved first, and reloads the latest on request', async () => {
    const first = await open(world.viewers.owner, 'desktop', '/recruitment/new');
    await first.getByLabel('募集タイトル').waitFor();
    await fillValidForm(first, '競合テスト');
    await first.getByRole('button', { name: '保存', exact: true }).click();
    await first.getByRole('heading', { level: 1, name: '競合テスト' }).waitFor();
    const editPath = new URL(first.url()).pathname + '/edit';

    const a = await open(world.viewers.owner, 'desktop', editPath);
    const b = await open(world.viewers.ownerColleague, 'desktop', editPath);
    await a.getByLabel('募集タイトル').waitFor();
    await b.getByLabel('募集タイトル').waitFor();
    await a.getByLabel('募集タイトル').fill('A さんの変更');
    await a.getByRole('button', { name: '保存', exact: true }).click();
    await a.getByRole('heading', { level: 1, name: 'A さんの変更' }).waitFor();

    await b.getByLabel('募集タイトル').fill('B さんの変更');
    await b.getByRole('button', { name: '保存', exact: true }).click();
    await b.getByText('他の操作と競合したため、保存できませんでした。').waitFor();
    await b.getByText(/他の利用者がこの人材募集を保存しました/).waitFor();
    expect(await b.getByLabel('募集タイトル').inputValue()).toBe('B さんの変更');
    await expectAccessible(b);
    await screenshot(b, 'recruitment-conflict');
    await b.getByRole('button', { name: /最新の内容を読み込む/ }).click();
    // (The dashboard's CSP forbids string evaluation, so poll the field instead of waitForFunction.)
    for (let i = 0; i < 100 && (await b.getByLabel('募集タイトル').inputValue()) !== 'A さんの変更'; i += 1) await b.waitForTimeout(50);
    expect(await b.getByLabel('募集タイトル').inputValue()).toBe('A さんの変更');
    const [row] = await db.dataSource.query(`SELECT title, version FROM posting WHERE title LIKE '%さんの変更'`);
    expect(row).toEqual({ title: 'A さんの変更', version: 2 });
  });
});
