import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { Role } from '../server/src/auth/viewer';
import { seedDemoBedSnapshots } from '../server/src/db/seed/demo-bed-snapshots';
import { toGlobalId } from '../server/src/graphql/node';
import { createTestAccount, type TestAccount } from '../server/test/accounts';
import { type Dashboard, axeViolations, launchBrowser, layoutProblems, newContext, screenshot, startDashboard } from './browser';

/**
 * 一括取込 in a real browser against the real service, as a prefecture uses it: export the report as an
 * Excel workbook, edit it in a spreadsheet (here exceljs: three rows changed, one cell broken), upload
 * it; the dry run lists the three changes and the one error in Japanese and stores nothing; 取込実行
 * (after its confirmation) applies the checked file without it being chosen or sent again, stores the
 * three, and the report shows them. At phone size, another edit goes the same way.
 */

let browser: Browser;
let dashboard: Dashboard;
let prefecture: TestAccount;
const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gmis-intake-'));

beforeAll(async () => {
  [browser, dashboard] = await Promise.all([launchBrowser(), startDashboard({ facilities: 600 })]);
  // Reports a few hours old, so every report the test stores is the newest.
  await seedDemoBedSnapshots(dashboard.db.dataSource.manager, new Date(Date.now() - 3 * 3600_000));
  prefecture = await createTestAccount(dashboard.db.dataSource, { loginId: 'tokyo-intake', role: Role.PREFECTURE, prefectureCode: '13' });
});

afterAll(async () => {
  await browser?.close();
  await dashboard?.stop();
  fs.rmSync(workDir, { recursive: true, force: true });
});

async function signIn(page: Page, account: TestAccount): Promise<void> {
  await page.goto(`${dashboard.url}/login`);
  await page.locator('input[name="username"]').fill(account.loginId);
  await page.locator('input[name="password"]').fill(account.password);
  await page.getByRole('button', { name: 'ログイン', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'ホーム' }).waitFor();
}

const snapshotCount = async (): Promise<number> =>
  (await dashboard.db.dataSource.query('SELECT count(*)::int AS n FROM bed_snapshot'))[0].n;

/** The edits made "in Excel", kept for the checks after the upload. */
interface Edits {
  file: string;
  vacantRow: { code: string; vacant: number };
  emergencyRow: { code: string; emergency: string };
  noteRow: { code: string; note: string };
  brokenRow: number;
  /** A reported row left alone on desktop, edited at phone size. */
  spareRow: { row: number; code: string; secured: number };
}
let edits: Edits;

/**
 * 取込実行 cannot run, and says why right under itself (not only in the lists further down, out of
 * sight on a phone): the reason is linked to the button (aria-describedby), starts within a line
 * of it and is on screen with it; a press opens no confirmation.
 */
async function expectApplyBlockedWithReason(page: Page, reason: RegExp): Promise<void> {
  const apply = page.getByRole('button', { name: '取込実行', exact: true });
  await apply.scrollIntoViewIfNeeded();
  expect(await apply.getAttribute('aria-disabled')).toBe('true');
  const describedBy = await apply.getAttribute('aria-describedby');
  expect(describedBy).toBeTruthy();
  const text = page.locator(`[id="${describedBy}"]`);
  expect(await text.innerText()).toMatch(reason);
  const [button, said] = [(await apply.boundingBox())!, (await text.boundingBox())!];
  const viewport = page.viewportSize()!;
  expect(said.y - (button.y + button.height)).toBeGreaterThanOrEqual(0);
  expect(said.y - (button.y + button.height)).toBeLessThanOrEqual(24);
  expect(Math.abs(said.x - button.x)).toBeLessThanOrEqual(1);
  expect(said.y + said.height).toBeLessThanOrEqual(viewport.height);
  // (force: Playwright will not press a button marked aria-disabled; a person can.)
  await apply.click({ force: true });
  expect(await page.getByRole('dialog', { name: '取り込みますか？' }).isVisible()).toBe(false);
}

async function uploadAndCheck(page: Page): Promise<void> {
  await page.getByLabel('取込ファイル').setInputFiles(edits.file);
  await page.getByRole('button', { name: '確認する', exact: true }).click();
  await page.getByRole('heading', { level: 2, name: /^確認結果/ }).waitFor();
}

describe('一括取込 (desktop 1366×768)', () => {
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    context = await newContext(browser, 'desktop');
    page = await context.newPage();
  });
  afterAll(async () => {
    await context.close();
  });

  test('export .xlsx → 3 rows edited and 1 broken → the dry run lists 3 changes and 1 error in Japanese → 取込実行 stores 3 → the report shows them', async () => {
    await signIn(page, prefecture);
    await page
      .getByRole('navigation', { name: 'メニュー', exact: true })
      .getByRole('link', { name: '地域病床見える化', exact: true })
      .click();
    await page.locator('.result-summary__count').waitFor();
    const panel = page.locator('.export__panel');
    await panel.getByRole('combobox', { name: '形式' }).selectOption('xlsx');
    expect(await panel.getByRole('combobox', { name: '文字コード' }).isDisabled()).toBe(true);
    const [download] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: 'エクスポート' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^地域病床見える化_\d{8}-\d{4}\.xlsx$/);

    // "In Excel": three reported hospitals change, one cell is typed wrong.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await download.path());
    const sheet = workbook.worksheets[0];
    const headers = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
    const col = (header: string) => headers.indexOf(header) + 1;
    const reported: number[] = [];
    sheet.eachRow((row, n) => {
      if (n > 1 && row.getCell(col('最終更新日時')).text !== '' && Number(row.getCell(col('一般病床 確保病床数')).value) > 0)
        reported.push(n);
    });
    const [a, b, c, broken, spare] = reported;
    const cellOf = (n: number, header: string) => sheet.getRow(n).getCell(col(header));
    const code = (n: number) => cellOf(n, '医療機関コード').text;
    const vacant = Number(cellOf(a, '一般病床 空床数').value) === 0 ? 1 : Number(cellOf(a, '一般病床 空床数').value) - 1;
    cellOf(a, '一般病床 空床数').value = vacant;
    const emergency = cellOf(b, '救急受入').text === '停止' ? '制限' : '停止';
    cellOf(b, '救急受入').value = emergency;
    cellOf(c, '備考').value = '一括取込で更新（夜間は救急のみ）';
    cellOf(broken, '一般病床 空床数').value = -5;
    const file = path.join(workDir, '病床_編集.xlsx');
    await workbook.xlsx.writeFile(file);
    edits = {
      file,
      vacantRow: { code: code(a), vacant },
      emergencyRow: { code: code(b), emergency },
      noteRow: { code: code(c), note: '一括取込で更新（夜間は救急のみ）' },
      brokenRow: broken,
      spareRow: { row: spare, code: code(spare), secured: Number(cellOf(spare, '陰圧室 確保病床数').value) },
    };
    const before = await snapshotCount();

    // Home card 一括取込 → choose the file → 確認する.
    await page.goto(`${dashboard.url}/`);
    await page.getByRole('navigation', { name: 'メニュー', exact: true }).getByRole('link', { name: '一括取込', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: '一括取込' }).waitFor();
    expect(await page.title()).toBe('一括取込 | G-MIS 医療機関等情報支援システム');
    await uploadAndCheck(page);
    const counts = page.locator('.intake-counts');
    expect(await counts.locator('div', { hasText: '変更あり' }).locator('dd').innerText()).toBe('3行');
    expect(await counts.locator('div', { hasText: 'エラー' }).locator('dd').innerText()).toBe('1行');
    const errorRows = page.getByRole('region', { name: 'エラー（1件）' }).locator('tbody tr');
    expect(await errorRows.count()).toBe(1);
    const errorText = await errorRows.first().innerText();
    expect(errorText).toContain(String(broken));
    expect(errorText).toContain('一般病床 空床数');
    expect(errorText).toContain('一般病床 空床数は0以上の整数で入力してください（「-5」）。');
    const changeRows = page.getByRole('region', { name: /^変更がある行/ }).locator('tbody tr');
    expect(await changeRows.count()).toBe(3);
    expect(await changeRows.nth(0).innerText()).toContain(`一般病床 空床数：`);
    expect(await changeRows.nth(0).innerText()).toContain(`→ ${vacant}`);
    expect(await changeRows.nth(1).innerText()).toContain(`救急受入：`);
    expect(await changeRows.nth(2).innerText()).toContain('備考：');
    expect(await snapshotCount()).toBe(before);
    expect(await axeViolations(page)).toEqual([]);
    expect(await layoutProblems(page)).toEqual([]);
    await screenshot(page, 'bed-intake-desktop-dry-run');

    // 取込実行 asks first, then stores the three: the server applies the file it checked, nothing is sent again.
    expect(await page.locator('.intake-expiry').innerText()).toMatch(/\d{2}:\d{2}\s*まで「取込実行」で取り込めます/);
    await page.getByRole('button', { name: '取込実行', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: '取り込みますか？' });
    expect(await dialog.innerText()).toContain('変更がある3行を');
    expect(await dialog.innerText()).toContain('エラーの1行は取り込みません。');
    const [applyRequest] = await Promise.all([
      page.waitForRequest((r) => r.url().includes('/api/intake/bed-reports?mode=apply')),
      dialog.getByRole('button', { name: '取り込む', exact: true }).click(),
    ]);
    expect(applyRequest.url()).toMatch(/intakeId=[0-9a-f-]{36}$/);
    expect(applyRequest.postDataBuffer()?.length ?? 0).toBe(0);
    await page.getByRole('heading', { level: 2, name: /^取込結果/ }).waitFor();
    expect(await page.getByRole('status').filter({ hasText: '3行を取り込みました。' }).count()).toBe(1);
    expect(await snapshotCount()).toBe(before + 3);
    await screenshot(page, 'bed-intake-desktop-applied');

    // The result as CSV.
    const [result] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: '取込結果をダウンロード（CSV）', exact: true }).click(),
    ]);
    const csv = fs.readFileSync(await result.path(), 'utf8');
    expect(csv.startsWith('\uFEFF行,医療機関コード,医療機関名,結果,項目,変更前,変更後,エラー')).toBe(true);
    // One line per changed item (one each here) and per error.
    expect(csv.split('\r\n').filter((line) => line.includes(',取込済,'))).toHaveLength(3);
    expect(csv).toContain('一般病床 空床数は0以上の整数で入力してください');

    // The report shows them: each hospital's detail page (opened from the report) has the new values.
    const facilityId = async (facilityCode: string) =>
      toGlobalId('Facility', (await dashboard.db.dataSource.query('SELECT id FROM facility WHERE code = $1', [facilityCode]))[0].id);
    const detail = async (facilityCode: string, label: string) => {
      await page.goto(`${dashboard.url}/beds/facilities/${await facilityId(facilityCode)}`);
      await page.locator('.detail-list').first().waitFor();
      return page.locator('.detail-list dt', { hasText: label }).locator('xpath=following-sibling::dd[1]').innerText();
    };
    // The same file once more: its changes are stored now, so nothing is left to take and 取込実行 says so beside itself.
    await page.goto(`${dashboard.url}/beds/intake`);
    await uploadAndCheck(page);
    expect(await counts.locator('div', { hasText: '変更あり' }).locator('dd').innerText()).toBe('0行');
    await expectApplyBlockedWithReason(page, /^取り込める行がありません（変更がある行はなく、エラーが\d+行あります）。/);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'bed-intake-desktop-nothing-to-apply');

    expect(await detail(edits.emergencyRow.code, '救急受入')).toBe(edits.emergencyRow.emergency);
    expect(await detail(edits.noteRow.code, '備考')).toBe(edits.noteRow.note);
    await page.goto(`${dashboard.url}/beds/facilities/${await facilityId(edits.vacantRow.code)}`);
    const general = page
      .locator('table', { has: page.locator('caption', { hasText: '病床区分ごとの状況' }) })
      .locator('tbody tr', { hasText: '一般病床' });
    expect(await general.locator('[data-label="空床数"]').innerText()).toBe(String(edits.vacantRow.vacant));
  });
});

describe('一括取込 (phone 390×844)', () => {
  test('the screen, its dry-run table and its error list fit a phone, and 取込実行 applies the checked file there too', async () => {
    const context = await newContext(browser, 'phone');
    try {
      const page = await context.newPage();
      await signIn(page, prefecture);
      await page.goto(`${dashboard.url}/beds/intake`);
      await page.getByRole('heading', { level: 1, name: '一括取込' }).waitFor();
      expect(await layoutProblems(page)).toEqual([]);
      // One more edit of the same workbook: a row left alone on desktop.
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(edits.file);
      const sheet = workbook.worksheets[0];
      const headers = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
      sheet.getRow(edits.spareRow.row).getCell(headers.indexOf('陰圧室 確保病床数') + 1).value = edits.spareRow.secured + 1;
      const file = path.join(workDir, '病床_編集2.xlsx');
      await workbook.xlsx.writeFile(file);
      await page.getByLabel('取込ファイル').setInputFiles(file);
      await page.getByRole('button', { name: '確認する', exact: true }).click();
      await page.getByRole('heading', { level: 2, name: /^確認結果/ }).waitFor();
      // Applied already on desktop: those rows now match the latest reports (or fail at 最終更新日時); the spare row changes.
      const counts = page.locator('.intake-counts');
      expect(await counts.locator('div', { hasText: '変更あり' }).locator('dd').innerText()).toBe('1行');
      expect(await counts.locator('div', { hasText: 'エラー' }).locator('dd').innerText()).not.toBe('0行');
      expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
      expect(await layoutProblems(page)).toEqual([]);
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, 'bed-intake-phone-dry-run');
      await page.getByRole('heading', { name: /^エラー（/ }).scrollIntoViewIfNeeded();
      await screenshot(page, 'bed-intake-phone-errors');

      const before = await snapshotCount();
      await page.getByRole('button', { name: '取込実行', exact: true }).click();
      const dialog = page.getByRole('dialog', { name: '取り込みますか？' });
      const [applyRequest] = await Promise.all([
        page.waitForRequest((r) => r.url().includes('/api/intake/bed-reports?mode=apply')),
        dialog.getByRole('button', { name: '取り込む', exact: true }).click(),
      ]);
      expect(applyRequest.postDataBuffer()?.length ?? 0).toBe(0);
      await page.getByRole('heading', { level: 2, name: /^取込結果/ }).waitFor();
      expect(await page.getByRole('status').filter({ hasText: '1行を取り込みました。' }).count()).toBe(1);
      expect(await snapshotCount()).toBe(before + 1);
      const [stored] = await dashboard.db.dataSource.query(
        `SELECT s.negative_pressure_secured, s.source FROM bed_snapshot s JOIN facility f ON f.id = s.facility_id
          WHERE f.code = $1 ORDER BY s.reported_at DESC, s.id DESC LIMIT 1`,
        [edits.spareRow.code],
      );
      expect(stored).toEqual({ negative_pressure_secured: edits.spareRow.secured + 1, source: 'PREFECTURE' });
      expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
      expect(await layoutProblems(page)).toEqual([]);
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, 'bed-intake-phone-applied');

      // A file without changes or errors: the spare row's edit alone, now stored, without 最終更新日時 (the
      // export's time, older than that report now). The reason is under 取込実行 on the phone too.
      const unchanged = new ExcelJS.Workbook();
      await unchanged.xlsx.readFile(file);
      const unchangedSheet = unchanged.worksheets[0];
      for (let n = unchangedSheet.rowCount; n > 1; n--) if (n !== edits.spareRow.row) unchangedSheet.spliceRows(n, 1);
      unchangedSheet.spliceColumns(headers.indexOf('最終更新日時') + 1, 1);
      const unchangedFile = path.join(workDir, '病床_変更なし.xlsx');
      await unchanged.xlsx.writeFile(unchangedFile);
      await page.getByLabel('取込ファイル').setInputFiles(unchangedFile);
      await page.getByRole('button', { name: '確認する', exact: true }).click();
      await page.getByRole('heading', { level: 2, name: /^確認結果/ }).waitFor();
      expect(await counts.locator('div', { hasText: '変更なし' }).locator('dd').innerText()).toBe('1行');
      await expectApplyBlockedWithReason(page, /^変更がある行がないため、取り込めません（すべて最新の報告と同じです）。$/);
      expect(await layoutProblems(page)).toEqual([]);
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, 'bed-intake-phone-nothing-to-apply');
    } finally {
      await context.close();
    }
  });
});
