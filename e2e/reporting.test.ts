import type { Browser, Page } from 'playwright-core';
import { Role } from '../server/src/auth/viewer';
import { seedDemoBedSnapshots } from '../server/src/db/seed/demo-bed-snapshots';
import { createTestAccount, type TestAccount } from '../server/test/accounts';
import {
  type Dashboard,
  type ViewportName,
  axeViolations,
  launchBrowser,
  layoutProblems,
  newContext,
  screenshot,
  startDashboard,
} from './browser';

/**
 * 報告期限・運用モード in a real browser: a prefecture switches its mode on 報告期限の設定, reached
 * from its home card; from then on every screen of that prefecture's users (the prefecture itself
 * and a hospital) carries the 災害 banner, at desktop and phone size; back to 平時, it is gone.
 * 報告状況 opens from the home card with the overdue hospitals first. The due time reads and is
 * typed as 24-hour Japan time in a browser of any language and zone, and the status line says
 * whether it is this period's or, once passed, the next one. axe and layout on each.
 */

let browser: Browser;
let dashboard: Dashboard;
let prefecture: TestAccount;
let hospital: TestAccount;
let otherPrefecture: TestAccount;

beforeAll(async () => {
  [browser, dashboard] = await Promise.all([launchBrowser(), startDashboard({ facilities: 600 })]);
  const db = dashboard.db.dataSource;
  // Reports of the past weeks, so that 報告状況 shows its columns filled as in use (最終報告 a date and time).
  await seedDemoBedSnapshots(db.manager);
  const [found]: { id: number }[] = await db.query(
    `SELECT id FROM facility WHERE kind = 'HOSPITAL' AND prefecture_code = '13' ORDER BY id LIMIT 1`,
  );
  prefecture = await createTestAccount(db, { loginId: 'mode-prefecture', role: Role.PREFECTURE, prefectureCode: '13' });
  otherPrefecture = await createTestAccount(db, { loginId: 'mode-osaka', role: Role.PREFECTURE, prefectureCode: '27' });
  hospital = await createTestAccount(db, { loginId: 'mode-hospital', role: Role.FACILITY, facilityId: found.id });
});

afterAll(async () => {
  await browser?.close();
  await dashboard?.stop();
});

async function signIn(page: Page, account: TestAccount): Promise<void> {
  await page.goto(`${dashboard.url}/login`);
  await page.locator('#login-id').fill(account.loginId);
  await page.locator('#login-password').fill(account.password);
  await page.getByRole('button', { name: 'ログイン', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'ホーム' }).waitFor();
}

const banner = (page: Page) => page.getByRole('region', { name: '運用モード' });

async function checkScreen(page: Page, name: string): Promise<void> {
  expect(await axeViolations(page)).toEqual([]);
  expect(await layoutProblems(page)).toEqual([]);
  await screenshot(page, name);
}

const pad = (n: number) => String(n).padStart(2, '0');
/** Japan's wall clock of an instant (UTC+9, no daylight saving), read with the UTC getters. */
const japan = (at: Date) => new Date(at.getTime() + 9 * 3600_000);
/** HH:MM in Japan, 24-hour. */
const japanTime = (at: Date) => `${pad(japan(at).getUTCHours())}:${pad(japan(at).getUTCMinutes())}`;
/** 12月2日(水) 01:30: a due time as the page must show it, whatever the browser's language and zone. */
const japanDue = (at: Date) =>
  `${japan(at).getUTCMonth() + 1}月${japan(at).getUTCDate()}日(${'日月火水木金土'[japan(at).getUTCDay()]}) ${japanTime(at)}`;
const toMinute = (t: number) => new Date(Math.floor(t / 60_000) * 60_000);

/** 東京都 in 平時 with its daily due time at `at`'s time of day (Japan), in force since the day before yesterday. */
function setTokyoNormalDueAt(at: Date): Promise<unknown> {
  return dashboard.db.dataSource.query(
    `INSERT INTO reporting_schedule (prefecture_code, mode, due_minutes, alert_cadence_hours, disaster_cadence_hours,
       reminder_before_minutes, escalation_after_minutes, effective_at, updated_at)
     VALUES ('13', 'NORMAL', $1, 6, 2, 60, 0, now() - interval '2 days', now())
     ON CONFLICT (prefecture_code) DO UPDATE SET mode = 'NORMAL', due_minutes = $1, effective_at = excluded.effective_at, updated_at = now()`,
    [japan(at).getUTCHours() * 60 + japan(at).getUTCMinutes()],
  );
}

async function setMode(page: Page, label: '平時' | '警戒' | '災害'): Promise<void> {
  await page.goto(`${dashboard.url}/`);
  await page.locator('main a[data-menu="REPORTING_SETTINGS"]').click();
  await page.getByRole('heading', { level: 1, name: '報告期限の設定' }).waitFor();
  await page.locator('#schedule-mode').selectOption({ label });
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await page.getByText('保存しました。').waitFor();
}

describe.each(['desktop', 'phone'] as ViewportName[])('operating mode at %s size', (viewport) => {
  it("a prefecture switches to 災害: the banner shows on its screens and its hospitals' screens, not in another prefecture; back to 平時 it goes", async () => {
    const context = await newContext(browser, viewport);
    const page = await context.newPage();
    await signIn(page, prefecture);
    expect(await banner(page).count()).toBe(0);
    // A wrong field is explained beside it: the reminder must be a number of minutes.
    await page.locator('main a[data-menu="REPORTING_SETTINGS"]').click();
    await page.getByRole('heading', { level: 1, name: '報告期限の設定' }).waitFor();
    await page.locator('#schedule-reminder').fill('一時間');
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await page.locator('#schedule-reminder-error').waitFor();
    expect(await page.locator('#schedule-reminder').getAttribute('aria-invalid')).toBe('true');
    await page.locator('#schedule-reminder').fill('60');
    await checkScreen(page, `reporting-settings-${viewport}`);

    await setMode(page, '災害');
    await banner(page).waitFor();
    expect(await banner(page).textContent()).toContain('災害モード');
    expect(await banner(page).textContent()).toContain('2時間ごと');
    // Every screen: the home and 報告状況 (opened from its home card, overdue first) carry it too.
    await page.goto(`${dashboard.url}/`);
    await banner(page).waitFor();
    await page.locator('main a[data-menu="REPORTING_STATUS"]').click();
    await page.getByRole('heading', { level: 1, name: '報告状況' }).waitFor();
    await page.getByRole('heading', { level: 2, name: '医療機関ごとの状況' }).waitFor();
    await banner(page).waitFor();
    const statuses = await page.locator('.status-badge').allTextContents();
    expect(statuses.length).toBeGreaterThan(0);
    const rank = { 期限超過: 0, 期限前: 1, 報告済: 2 } as Record<string, number>;
    expect(statuses.map((s) => rank[s])).toEqual([...statuses.map((s) => rank[s])].sort((a, b) => a - b));
    // The seven columns fit the screen: the table does not scroll sideways in its box (at 1366 it
    // was 1,263px in a 1,230px box with its headers on one line), nor does the page.
    const table = page.getByRole('region', { name: '医療機関ごとの報告状況' });
    const { scrollWidth, clientWidth } = await table.evaluate((el) => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth }));
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    if (viewport === 'desktop') {
      // Long headers take two lines, split at their space: 直近7日 / 期限内/遅延/未報告.
      const header = table.getByRole('columnheader', { name: '直近7日 期限内/遅延/未報告' });
      expect((await header.innerText()).split('\n')).toEqual(['直近7日', '期限内/遅延/未報告']);
    }
    await checkScreen(page, `reporting-compliance-${viewport}`);

    const hospitalContext = await newContext(browser, viewport);
    const hospitalPage = await hospitalContext.newPage();
    await signIn(hospitalPage, hospital);
    await banner(hospitalPage).waitFor();
    expect(await banner(hospitalPage).textContent()).toContain('東京都は災害モードです');
    await hospitalPage.locator('[data-task="reporting-compliance"]').waitFor();
    await checkScreen(hospitalPage, `reporting-banner-hospital-${viewport}`);

    const osakaContext = await newContext(browser, viewport);
    const osakaPage = await osakaContext.newPage();
    await signIn(osakaPage, otherPrefecture);
    await osakaPage.locator('main a[data-menu="REPORTING_STATUS"]').waitFor();
    expect(await banner(osakaPage).count()).toBe(0);

    await setMode(page, '平時');
    await page.goto(`${dashboard.url}/`);
    await page.getByRole('heading', { level: 1, name: 'ホーム' }).waitFor();
    await page.locator('main a[data-menu="REPORTING_STATUS"]').waitFor();
    expect(await banner(page).count()).toBe(0);
    await hospitalPage.reload();
    await hospitalPage.locator('[data-task="reporting-compliance"]').waitFor();
    expect(await banner(hospitalPage).count()).toBe(0);
    await Promise.all([context.close(), hospitalContext.close(), osakaContext.close()]);
  });
});

describe.each(['desktop', 'phone'] as ViewportName[])(
  'due time on 報告期限の設定 at %s size, in an English browser in New York',
  (viewport) => {
    it('shows and takes the due time as 24-hour HH:MM, and says 今期の報告期限 before it and 次の報告期限 (next day) after it, in Japan time', async () => {
      const context = await newContext(browser, viewport, { locale: 'en-US', timezoneId: 'America/New_York' });
      const page = await context.newPage();
      await signIn(page, prefecture);
      await page.locator('main a[data-menu="REPORTING_SETTINGS"]').click();
      await page.getByRole('heading', { level: 1, name: '報告期限の設定' }).waitFor();
      const dueField = page.locator('#schedule-due-time');
      const status = page.getByTestId('schedule-status');

      // A due time of three hours ago, in force since the day before yesterday: today's has passed, so the next is tomorrow's.
      const passed = toMinute(Date.now() - 3 * 3600_000);
      await setTokyoNormalDueAt(passed);
      await page.reload();
      await page.getByRole('heading', { level: 1, name: '報告期限の設定' }).waitFor();
      await status.getByText('平時').waitFor();
      expect(await status.textContent()).toContain(`次の報告期限 ${japanDue(new Date(passed.getTime() + 24 * 3600_000))}`);
      // The field shows the 24-hour value itself: a type="time" field is drawn in the browser's language (12:00 PM in English).
      expect(await dueField.getAttribute('type')).toBe('text');
      expect(await dueField.inputValue()).toBe(japanTime(passed));
      expect(await dueField.getAttribute('inputmode')).toBe('numeric');
      await checkScreen(page, `reporting-due-passed-${viewport}`);

      // Not a time of day: the error is beside the field, in Japanese.
      await dueField.fill('25:00');
      await page.getByRole('button', { name: '保存', exact: true }).click();
      await page.locator('#schedule-due-time-error').waitFor();
      expect(await page.locator('#schedule-due-time-error').textContent()).toContain('24時間制');
      expect(await dueField.getAttribute('aria-invalid')).toBe('true');

      // A 12-hour time typed key by key is refused too, never cut to its first five characters (5:30 PM read as 05:30).
      // Reloaded first, so the error below is this entry's and not the one above still showing.
      await page.reload();
      await status.getByText('平時').waitFor();
      await dueField.fill('');
      await dueField.pressSequentially('5:30 PM');
      expect(await dueField.inputValue()).toBe('5:30 PM');
      await page.getByRole('button', { name: '保存', exact: true }).click();
      await page.locator('#schedule-due-time-error').waitFor();
      expect(await page.locator('#schedule-due-time-error').textContent()).toContain('24時間制');

      // Three hours from now, typed without the colon: saved as HH:MM, and it is this period's due time.
      const ahead = toMinute(Date.now() + 3 * 3600_000);
      await dueField.fill(japanTime(ahead).replace(':', ''));
      await page.getByRole('button', { name: '保存', exact: true }).click();
      await page.getByText('保存しました。').waitFor();
      expect(await dueField.inputValue()).toBe(japanTime(ahead));
      expect(await status.textContent()).toContain(`今期の報告期限 ${japanDue(ahead)}`);
      await checkScreen(page, `reporting-due-ahead-${viewport}`);

      // Back to 12:00, typed with full-width digits from a Japanese input method.
      await dueField.fill('１２：００');
      await page.getByRole('button', { name: '保存', exact: true }).click();
      await page.getByText('保存しました。').waitFor();
      expect(await dueField.inputValue()).toBe('12:00');
      await context.close();
    });
  },
);

/** 東京都 in 災害, reporting every 2 hours on a 12:00 grid, in force for two days. */
function setTokyoDisasterEveryTwoHoursAtNoon(): Promise<unknown> {
  return dashboard.db.dataSource.query(
    `INSERT INTO reporting_schedule (prefecture_code, mode, due_minutes, alert_cadence_hours, disaster_cadence_hours,
       reminder_before_minutes, escalation_after_minutes, effective_at, updated_at)
     VALUES ('13', 'DISASTER', 720, 6, 2, 60, 0, now() - interval '2 days', now())
     ON CONFLICT (prefecture_code) DO UPDATE SET mode = 'DISASTER', due_minutes = 720, disaster_cadence_hours = 2,
       effective_at = excluded.effective_at, updated_at = now()`,
  );
}

describe('the banner after another account changes the schedule (desktop)', () => {
  it('shows the new cadence and due time as soon as the reader comes back to the page, without waiting for the 5-minute poll', async () => {
    await setTokyoDisasterEveryTwoHoursAtNoon();
    const hospitalContext = await newContext(browser, 'desktop');
    const prefectureContext = await newContext(browser, 'desktop');
    try {
      const hospitalPage = await hospitalContext.newPage();
      await signIn(hospitalPage, hospital);
      await banner(hospitalPage).getByText('2時間ごと', { exact: false }).waitFor();

      // The prefecture, in its own browser, makes 災害 report hourly.
      const prefecturePage = await prefectureContext.newPage();
      await signIn(prefecturePage, prefecture);
      await prefecturePage.locator('main a[data-menu="REPORTING_SETTINGS"]').click();
      await prefecturePage.getByRole('heading', { level: 1, name: '報告期限の設定' }).waitFor();
      await prefecturePage.locator('#schedule-disaster-cadence').selectOption({ label: '1時間ごと' });
      await prefecturePage.getByRole('button', { name: '保存', exact: true }).click();
      await prefecturePage.getByText('保存しました。').waitFor();
      const dueLine = /(今期|次)の報告期限 \S+ \d{2}:\d{2}/.exec(
        (await prefecturePage.getByTestId('schedule-status').textContent()) ?? '',
      )![0];

      // The hospital's reader comes back to its window (the focus, and the tab shown again): one request, and the banner is new.
      const asked: string[] = [];
      hospitalPage.on('request', (request) => {
        if (request.url().endsWith('/graphql') && request.postDataJSON()?.operationName === 'ReportingModeBanner_Query')
          asked.push(request.url());
      });
      // (The test file is compiled without the DOM library: the page's code goes as text.)
      await hospitalPage.evaluate("window.dispatchEvent(new Event('focus')); document.dispatchEvent(new Event('visibilitychange'))");
      await banner(hospitalPage).getByText('1時間ごと', { exact: false }).waitFor({ timeout: 15_000 });
      expect(await banner(hospitalPage).textContent()).toContain(dueLine);
      expect(asked).toHaveLength(1);
      await checkScreen(hospitalPage, 'reporting-banner-refreshed-desktop');
    } finally {
      await dashboard.db.dataSource.query(
        `UPDATE reporting_schedule SET mode = 'NORMAL', disaster_cadence_hours = 2 WHERE prefecture_code = '13'`,
      );
      await Promise.all([hospitalContext.close(), prefectureContext.close()]);
    }
  });
});

/** The due time the home screen's 報告期限の遵守 card shows (2026/12/01 13:00), as 12月1日 13:00. */
async function cardDue(page: Page): Promise<string> {
  const text = (await page.locator('[data-task="reporting-compliance"]').textContent()) ?? '';
  const [, month, day, time] = /期限 \d{4}\/(\d{2})\/(\d{2}) (\d{2}:\d{2})/.exec(text)!;
  return `${Number(month)}月${Number(day)}日 ${time}`;
}

describe.each(['desktop', 'phone'] as ViewportName[])('the home card once 今期 is past its due time (%s)', (viewport) => {
  it("keeps 今期's status and due time and adds 次の報告期限, the next day's, as 報告期限の設定 says it", async () => {
    // 平時, due three hours ago, in force since the day before yesterday: today's has passed, so the next is tomorrow's.
    const passed = toMinute(Date.now() - 3 * 3600_000);
    await setTokyoNormalDueAt(passed);
    const context = await newContext(browser, viewport);
    try {
      const page = await context.newPage();
      await signIn(page, hospital);
      const card = page.locator('[data-task="reporting-compliance"]');
      await card.waitFor();
      expect(await cardDue(page)).toBe(japanDue(passed).replace(/\(.\)/, ''));
      expect(await card.textContent()).toMatch(/今期（平時）: (報告済|期限超過)・期限 /);
      expect(await page.getByTestId('home-next-due').textContent()).toBe(
        `次の報告期限 ${japanDue(new Date(passed.getTime() + 24 * 3600_000))}`,
      );
      await checkScreen(page, `reporting-home-card-next-due-${viewport}`);
    } finally {
      await dashboard.db.dataSource.query(`UPDATE reporting_schedule SET mode = 'NORMAL', due_minutes = 720 WHERE prefecture_code = '13'`);
      await context.close();
    }
  });
});

describe.each(['desktop', 'phone'] as ViewportName[])('the home card after another account changes the schedule (%s)', (viewport) => {
  it("shows the prefecture's new due time, the banner's, as soon as the reader comes back to the page: one request", async () => {
    // 災害 every 2 hours on a 12:00 grid: the due times fall on even hours. Moved to 13:00 they fall
    // on odd hours, so the card's due time changes whatever the time of day the test runs.
    await setTokyoDisasterEveryTwoHoursAtNoon();
    const hospitalContext = await newContext(browser, viewport);
    const prefectureContext = await newContext(browser, viewport);
    try {
      const hospitalPage = await hospitalContext.newPage();
      await signIn(hospitalPage, hospital);
      await hospitalPage.locator('[data-task="reporting-compliance"]').waitFor();
      await banner(hospitalPage).waitFor();
      expect(await cardDue(hospitalPage)).toMatch(/ \d[02468]:00$/);

      // The prefecture, in its own browser, moves the due time to 13:00.
      const prefecturePage = await prefectureContext.newPage();
      await signIn(prefecturePage, prefecture);
      await prefecturePage.locator('main a[data-menu="REPORTING_SETTINGS"]').click();
      await prefecturePage.getByRole('heading', { level: 1, name: '報告期限の設定' }).waitFor();
      await prefecturePage.locator('#schedule-due-time').fill('13:00');
      await prefecturePage.getByRole('button', { name: '保存', exact: true }).click();
      await prefecturePage.getByText('保存しました。').waitFor();
      // The new period's due time as the prefecture's status line says it (12月1日(火) 15:00), and the banner's.
      const status = (await prefecturePage.getByTestId('schedule-status').textContent()) ?? '';
      const [dueLine, date, time] = /今期の報告期限 (\d+月\d+日)\(.\) (\d{2}:\d{2})/.exec(status)!;

      // The hospital's reader comes back to its window (the focus, and the tab shown again).
      const asked: string[] = [];
      hospitalPage.on('request', (request) => {
        if (request.url().endsWith('/graphql') && request.postDataJSON()?.operationName === 'HomeTasks_Query') asked.push(request.url());
      });
      // (The test file is compiled without the DOM library: the page's code goes as text.)
      await hospitalPage.evaluate("window.dispatchEvent(new Event('focus')); document.dispatchEvent(new Event('visibilitychange'))");
      await hospitalPage
        .locator('[data-task="reporting-compliance"]')
        .getByText(/期限 \d{4}\/\d{2}\/\d{2} \d[13579]:00/)
        .waitFor({ timeout: 15_000 });
      expect(await cardDue(hospitalPage)).toBe(`${date} ${time}`);
      // The banner above it, refreshed on the same return, says the same due time.
      await banner(hospitalPage).getByText(dueLine, { exact: false }).waitFor();
      expect(asked).toHaveLength(1);
      await checkScreen(hospitalPage, `reporting-home-card-refreshed-${viewport}`);
    } finally {
      await dashboard.db.dataSource.query(
        `UPDATE reporting_schedule SET mode = 'NORMAL', due_minutes = 720, disaster_cadence_hours = 2 WHERE prefecture_code = '13'`,
      );
      await Promise.all([hospitalContext.close(), prefectureContext.close()]);
    }
  });
});
