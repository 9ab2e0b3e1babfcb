import fs from 'node:fs';
import path from 'node:path';
import pino from 'pino';
import { simpleParser } from 'mailparser';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { Role } from '../server/src/auth/viewer';
import { MailDeliveryWorker } from '../server/src/mail/delivery-worker';
import { startLoopbackSmtp, type LoopbackSmtp } from '../server/src/mail/loopback-smtp';
import { createSmtpMailer, type Mailer } from '../server/src/mail/mailer';
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
  layoutProblems,
  newContext,
  screenshot,
} from './browser';

/**
 * Sign-in screens in a real browser against the real service: ログイン (and a wrong password),
 * the home of each health-centre ID kind, ログアウト, and a password reset by the link in the mail
 * that the loopback SMTP server received — at a desktop and a phone size, checked with axe.
 */

let browser: Browser;
let db: TestDatabase;
let server: TestServer;
let smtp: LoopbackSmtp;
let mailer: Mailer;
let worker: MailDeliveryWorker;
const accounts: Record<string, TestAccount> = {};

beforeAll(async () => {
  if (!fs.existsSync(path.join(CLIENT_DIST_DIR, 'index.html')))
    throw new Error('the dashboard is not built: run npm run build:client first');
  [browser, db, smtp] = await Promise.all([launchBrowser(), createTestDatabase(), startLoopbackSmtp()]);
  const healthCentre = await testFacility(db.dataSource, 'HEALTH_CENTER');
  for (const viewport of Object.keys(VIEWPORTS)) {
    accounts[`recruit-${viewport}`] = await createTestAccount(db.dataSource, {
      loginId: `recruit-${viewport}`,
      role: Role.HEALTH_CENTER_RECRUITMENT,
      facilityId: healthCentre,
    });
    accounts[`aggregator-${viewport}`] = await createTestAccount(db.dataSource, {
      loginId: `aggregator-${viewport}`,
      role: Role.HEALTH_CENTER_AGGREGATOR,
      facilityId: healthCentre,
    });
    accounts[`office-${viewport}`] = await createTestAccount(db.dataSource, { loginId: `office-${viewport}`, role: Role.OFFICE });
    accounts[`prefecture-${viewport}`] = await createTestAccount(db.dataSource, {
      loginId: `prefecture-${viewport}`,
      role: Role.PREFECTURE,
      prefectureCode: '13',
    });
    accounts[`forgetful-${viewport}`] = await createTestAccount(db.dataSource, {
      loginId: `forgetful-${viewport}`,
      role: Role.FACILITY,
      facilityId: await testFacility(db.dataSource, 'HOSPITAL'),
    });
  }
  // As deployed: browser sessions may run only the dashboard's own (trusted) documents.
  server = await startServerWithSignIn(db, {
    GMIS_CLIENT_DIR: CLIENT_DIST_DIR,
    GRAPHQL_TRUSTED_DOCUMENTS: TRUSTED_DOCUMENTS,
    PUBLIC_BASE_URL: 'http://localhost:1',
  });
  mailer = createSmtpMailer(server.config.mail, { host: smtp.host, port: smtp.port });
  worker = new MailDeliveryWorker(db.dataSource, mailer, {
    pollIntervalMs: 50,
    maxAttempts: 3,
    messageIdDomain: 'localhost',
    log: pino({ level: 'silent' }),
  });
});

afterAll(async () => {
  await browser?.close();
  await worker?.stop();
  mailer?.close();
  await smtp?.stop();
  await server?.stop();
  await db?.drop();
});

async function expectAccessible(page: Page): Promise<void> {
  expect([...(await axeViolations(page)), ...(await layoutProblems(page))]).toEqual([]);
}

async function signIn(page: Page, account: { loginId: string; password: string }): Promise<void> {
  await page.getByRole('textbox', { name: /^ユーザ名/ }).fill(account.loginId);
  await page.getByLabel(/^パスワード\s*必須$/).fill(account.password);
  await page.getByRole('button', { name: 'ログイン', exact: true }).click();
}

async function homeMenus(page: Page): Promise<string[]> {
  await page.getByRole('heading', { level: 1, name: 'ホーム' }).waitFor();
  return page.locator('.home-menu__link').allTextContents();
}

describe.each(Object.keys(VIEWPORTS) as ViewportName[])('sign-in screens (%s)', (viewport) => {
  let context: BrowserContext;
  let page: Page;

  beforeEach(async () => {
    context = await newContext(browser, viewport);
    page = await context.newPage();
  });

  afterEach(async () => {
    await context.close();
  });

  test('ログイン → the home of a 人材募集登録用 ID → ログアウト; the other ID kind sees another home', async () => {
    await page.goto(server.url);
    await page.waitForURL(/\/login$/);
    await page.getByRole('heading', { level: 1, name: 'ログイン' }).waitFor();
    expect(await page.title()).toBe('ログイン | G-MIS 医療機関等情報支援システム');
    expect(await page.getByRole('link', { name: 'パスワードをお忘れですか？' }).count()).toBe(1);
    await expectAccessible(page);
    await screenshot(page, `accounts-login-${viewport}`);

    await signIn(page, accounts[`recruit-${viewport}`]);
    expect(await homeMenus(page)).toEqual(['人材募集登録', '新規お問合せ', 'レポート', 'FAQ', 'お知らせ']);
    expect(await page.locator('main').innerText()).toContain('保健所（人材募集登録用）');
    // The header names the account (on phones the name is hidden with the header's extras).
    if (viewport === 'desktop') expect(await page.locator('header').innerText()).toContain('テスト recruit');
    const cookies = await context.cookies();
    expect(cookies).toEqual([expect.objectContaining({ name: 'gmis_session', httpOnly: true, sameSite: 'Lax' })]);
    await expectAccessible(page);
    await screenshot(page, `accounts-home-${viewport}`);

    if (viewport === 'phone') await page.getByRole('button', { name: 'メニュー' }).click();
    await page.getByRole('button', { name: 'ログアウト' }).click();
    await page.waitForURL(/\/login$/);
    await page.getByRole('heading', { level: 1, name: 'ログイン' }).waitFor();
    // The session is revoked on the server: going home again leads back to ログイン.
    await page.goto(`${server.url}/`);
    await page.waitForURL(/\/login$/);

    await signIn(page, accounts[`aggregator-${viewport}`]);
    expect(await homeMenus(page)).toEqual(['地域病床見える化', '一括取込', '報告状況', '新規お問合せ', 'レポート', 'FAQ', 'お知らせ']);
  });

  test('a wrong password shows one message for ID and password, beside nothing that would tell which was wrong', async () => {
    await page.goto(`${server.url}/login`);
    await page.getByRole('button', { name: 'ログイン', exact: true }).click();
    expect(await page.locator('.form-field__error').allTextContents()).toEqual([
      'ユーザ名を入力してください。',
      'パスワードを入力してください。',
    ]);
    await signIn(page, { loginId: accounts[`recruit-${viewport}`].loginId, password: 'Wrong-Password-9' });
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toContain('ユーザ名またはパスワードが正しくありません。');
    expect(page.url()).toMatch(/\/login$/);
    expect(await page.getByLabel(/^パスワード\s*必須$/).inputValue()).toBe('');
    await expectAccessible(page);
    await screenshot(page, `accounts-login-error-${viewport}`);
    await signIn(page, { loginId: 'nobody-at-all', password: 'Wrong-Password-9' });
    await page.getByRole('alert').filter({ hasText: 'ユーザ名またはパスワードが正しくありません。' }).waitFor();
  });

  test('パスワードをお忘れですか？ → パスワードリセット → the mailed link → a new password → ログイン', async () => {
    const account = accounts[`forgetful-${viewport}`];
    await page.goto(`${server.url}/login`);
    await page.getByRole('link', { name: 'パスワードをお忘れですか？' }).click();
    await page.getByRole('heading', { level: 1, name: 'パスワードのリセット' }).waitFor();
    await expectAccessible(page);
    await page.getByRole('textbox', { name: /^ユーザ名/ }).fill(account.loginId);
    await page.getByRole('button', { name: 'パスワードリセット' }).click();
    const done = page.getByRole('status').filter({ hasText: 'パスワードリセットの申請を受け付けました。' });
    await done.waitFor();
    await screenshot(page, `accounts-reset-requested-${viewport}`);

    await worker.runOnce();
    const mails = await Promise.all(smtp.messages.map((raw) => simpleParser(raw)));
    const mail = mails.find((m) => m.to && !Array.isArray(m.to) && m.to.text === `${account.loginId}@example.com`);
    const link = /https?:\/\/\S+/.exec(mail?.text ?? '')?.[0];
    expect(link).toMatch(/^http:\/\/localhost:1\/password\/reset#token=/);
    // The link's host is the configured public URL; the test opens the same path and fragment on its server.
    const url = new URL(link!);
    await page.goto(`${server.url}${url.pathname}${url.hash}`);
    await page.getByRole('heading', { level: 1, name: '新しいパスワードの設定' }).waitFor();
    expect(new URL(page.url()).hash).toBe('');
    expect(await page.locator('.form-field__hint').first().innerText()).toContain(
      '半角英大文字と小文字、数字を必ず含めた組み合わせで、8文字以上',
    );
    await expectAccessible(page);

    const newPassword = page.getByLabel(/^新しいパスワード\s*必須$/);
    const confirmation = page.getByLabel(/^新しいパスワード（確認）\s*必須$/);
    await newPassword.fill('password');
    await confirmation.fill('password');
    await page.getByRole('button', { name: 'パスワードを設定' }).click();
    const beside = page.locator(`#reset-new-password-error`);
    await beside.waitFor();
    expect(await beside.innerText()).toContain('パスワードには半角英大文字、数字を含めてください。');
    expect(await newPassword.getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page);
    await screenshot(page, `accounts-reset-error-${viewport}`);

    await newPassword.fill('Atarashii-Pass-2026');
    await confirmation.fill('Atarashii-Pass-2026');
    await page.getByRole('button', { name: 'パスワードを設定' }).click();
    await page.getByRole('status').filter({ hasText: '新しいパスワードを設定しました。' }).waitFor();
    // Not signed in by the reset.
    expect(await context.cookies()).toEqual([]);

    await page.getByRole('link', { name: 'ログイン画面へ' }).click();
    await signIn(page, { loginId: account.loginId, password: 'Atarashii-Pass-2026' });
    expect(await homeMenus(page)).toContain('病床状況報告');

    // The link is single use.
    const again = await context.newPage();
    await again.goto(`${server.url}${url.pathname}${url.hash}`);
    await again.getByLabel(/^新しいパスワード\s*必須$/).fill('Another-Pass-2027');
    await again.getByLabel(/^新しいパスワード（確認）\s*必須$/).fill('Another-Pass-2027');
    await again.getByRole('button', { name: 'パスワードを設定' }).click();
    await again.getByRole('alert').filter({ hasText: 'このリンクは無効か、有効期限が切れています。' }).waitFor();
  });

  test('APIトークン: signed out → ログイン → back here; issue a token shown once, use it as Bearer, see its last use, revoke it', async () => {
    await page.goto(`${server.url}/api-tokens`);
    await page.waitForURL(/\/login\?next=%2Fapi-tokens$/);
    await signIn(page, accounts[`prefecture-${viewport}`]);
    await page.waitForURL(/\/api-tokens$/);
    await page.getByRole('heading', { level: 1, name: 'APIトークン' }).waitFor();
    await page.getByText('発行済みのトークンはありません。').waitFor();
    await page.getByRole('textbox', { name: /^名前/ }).fill('病床集計システム');
    await page.getByRole('button', { name: '発行', exact: true }).click();
    const token = await page.locator('[data-token]').innerText();
    expect(token).toMatch(/^gmis_[A-Za-z0-9_-]{43}$/);
    await expectAccessible(page);
    await screenshot(page, `accounts-api-tokens-${viewport}`);

    const asApi = await server.graphql(`{ viewer { role prefecture { name } } }`, {}, { authorization: `Bearer ${token}` });
    expect(asApi.data.viewer).toEqual({ role: 'PREFECTURE', prefecture: { name: '東京都' } });
    await page.reload();
    const row = page.locator('.data-table tbody tr').filter({ hasText: '病床集計システム' });
    await row.waitFor();
    expect(await row.locator('[data-label="最終利用日時"]').innerText()).not.toContain('—');
    expect(await page.locator('[data-token]').count()).toBe(0);

    await row.getByRole('button', { name: '「病床集計システム」を無効にする' }).click();
    await row.getByText(/^無効（/).waitFor();
    // Revoked: the token no longer stands for the account (an unknown token may not even run ad-hoc queries).
    const after = await server.graphql(`{ viewer { role } }`, {}, { authorization: `Bearer ${token}` });
    expect(after.data?.viewer ?? null).toBeNull();
  });

  test('アカウント管理 (事務局): 新規 with errors beside the fields, the set-up mail, 利用停止 and 利用再開', async () => {
    const [healthCentre] = await db.dataSource.query(`SELECT code FROM facility WHERE kind = 'HEALTH_CENTER' ORDER BY code LIMIT 1`);
    const [hospital] = await db.dataSource.query(`SELECT code FROM facility WHERE kind = 'HOSPITAL' ORDER BY code LIMIT 1`);
    await page.goto(`${server.url}/login`);
    await signIn(page, accounts[`office-${viewport}`]);
    await homeMenus(page);
    await page.locator('main').getByRole('link', { name: 'アカウント管理' }).click();
    await page.getByRole('heading', { level: 1, name: 'アカウント管理' }).waitFor();
    await page.locator('.result-summary__count').waitFor();
    await expectAccessible(page);

    await page.getByRole('link', { name: '新規' }).click();
    await page.getByRole('heading', { level: 1, name: 'アカウント新規作成' }).waitFor();
    const newId = `hc-new-${viewport}`;
    await page.getByRole('textbox', { name: /^ユーザ名/ }).fill(newId);
    await page.getByRole('textbox', { name: /^表示名/ }).fill('新しい保健所');
    await page.getByRole('textbox', { name: /^メールアドレス/ }).fill(`${newId}@example.com`);
    await page.getByRole('combobox', { name: /^種別/ }).selectOption('HEALTH_CENTER_AGGREGATOR');
    await page.getByRole('textbox', { name: /^医療機関コード/ }).fill(hospital.code);
    await page.getByRole('button', { name: '保存' }).click();
    const beside = page.locator('#account-facility-error');
    await beside.waitFor();
    expect(await beside.innerText()).toContain('保健所の種別には保健所を指定してください。');
    await expectAccessible(page);
    await screenshot(page, `accounts-new-error-${viewport}`);

    await page.getByRole('textbox', { name: /^医療機関コード/ }).fill(healthCentre.code);
    await page.getByRole('button', { name: '保存' }).click();
    await page.waitForURL(/\/accounts$/);
    const row = page.locator('.data-table tbody tr').filter({ hasText: newId });
    await row.waitFor();
    expect(await row.innerText()).toContain('パスワード未設定');
    const [mail] = await db.dataSource.query(`SELECT subject FROM mail_outbox WHERE recipient = $1`, [`${newId}@example.com`]);
    expect(mail.subject).toBe('【G-MIS】パスワード設定のご案内');

    await row.getByRole('button', { name: `利用停止（${newId}）` }).click();
    await row.getByText('利用停止中').waitFor();
    await row.getByRole('button', { name: `利用再開（${newId}）` }).click();
    await row.getByText('パスワード未設定').waitFor();
    await screenshot(page, `accounts-list-${viewport}`);
  });
});
