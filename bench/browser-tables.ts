import fs from 'node:fs';
import path from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { projectRoot } from '../server/src/config';
import { cookieHeader, DEMO_OFFICE } from './http';
import { round, summarise } from './measure';
import type { BenchEnvironment, BenchOutcome, BenchScenario } from './scenarios';
import { startServiceProcess } from './service-process';

/**
 * The report tables as a user meets them, in Debian's chromium driven by playwright-core (the
 * browser the tests use, never a downloaded one): time from navigation to a usable table (the
 * result count shown, the first row drawn and painted), for an area of about 61 hospitals and for
 * the 2,000-row screen, on レポート (/beds) and 全項目表示 (/beds/all-columns); then the longest
 * frame while the 2,000 rows are scrolled to the end, measured in the page with
 * requestAnimationFrame.
 *
 * BENCH_CLIENT_BUILDS=label=distDir[:persistedDocuments],… compares builds of the dashboard (a
 * before and an after); each gets its own service process serving it, with its own trusted
 * documents. The default is the current build, client/dist.
 */

const CHROMIUM_PATH = process.env.GMIS_CHROMIUM ?? '/usr/bin/chromium';
/** The switches e2e/browser.ts launches chromium with. */
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const VIEWPORT = { width: 1366, height: 768 };
const RUNS = Number(process.env.BENCH_BROWSER_RUNS ?? 5);
const SCREENS = [
  { path: '/beds', name: 'レポート' },
  { path: '/beds/all-columns', name: '全項目表示' },
];

interface ClientBuild {
  label: string;
  dir: string;
  documents: string;
}

/** The page's own globals, typed here because the bench is compiled without the DOM library. */
interface PageElement {
  querySelector(selector: string): PageElement | null;
  querySelectorAll(selector: string): { length: number };
  scrollTop: number;
  readonly scrollHeight: number;
  readonly clientHeight: number;
  readonly parentElement: PageElement | null;
}
interface PageWindow {
  requestAnimationFrame(callback: (time: number) => void): number;
  getComputedStyle(element: PageElement): { overflowY: string };
  document: {
    querySelector(selector: string): PageElement | null;
    querySelectorAll(selector: string): ArrayLike<PageElement>;
    body: PageElement;
    scrollingElement: PageElement | null;
  };
}

function clientBuilds(): ClientBuild[] {
  const spec = process.env.BENCH_CLIENT_BUILDS;
  if (!spec)
    return [
      {
        label: 'current',
        dir: path.join(projectRoot, 'client/dist'),
        documents: path.join(projectRoot, 'client/src/gql/persisted-documents.json'),
      },
    ];
  return spec.split(',').map((entry) => {
    const [label, rest] = entry.split('=', 2);
    const [dir, documents] = rest.split(':');
    return {
      label,
      dir: path.resolve(dir),
      documents: path.resolve(documents ?? path.join(projectRoot, 'client/src/gql/persisted-documents.json')),
    };
  });
}

/**
 * Signs in as the dashboard does, with the build's own login document: the service holds browser
 * sessions to the build's trusted documents, so an ad-hoc login mutation would be refused.
 */
async function signInAsDashboard(url: string, build: ClientBuild): Promise<string> {
  const manifest = JSON.parse(fs.readFileSync(build.documents, 'utf8')) as Record<string, string>;
  const login = Object.values(manifest).find((text) => /^mutation\b/.test(text) && /\blogin\(/.test(text));
  if (!login) throw new Error(`no login mutation in ${build.documents}`);
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: login, variables: { loginId: DEMO_OFFICE.loginId, password: DEMO_OFFICE.password } }),
  });
  const body = (await response.json()) as { errors?: unknown[] };
  if (body.errors) throw new Error(`sign-in failed: ${JSON.stringify(body.errors).slice(0, 300)}`);
  return cookieHeader(response.headers.getSetCookie());
}

/** A step of the page that does not end (a frame that never comes) fails the scenario instead of holding it. */
async function within<T>(ms: number, what: string, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Navigation to a usable table: the count shown, the first row visible, and two frames painted since. */
async function usableAfter(page: Page, url: string): Promise<number> {
  const start = performance.now();
  await page.goto(url);
  await page.locator('.result-summary__count').first().waitFor();
  // The first drawn row of any table (the totals above the report may sit in a closed section).
  await page.locator('table tbody tr:visible').first().waitFor();
  await within(
    30_000,
    `two frames after ${url}`,
    page.evaluate(() => {
      const w = globalThis as unknown as PageWindow;
      return new Promise<void>((resolve) => w.requestAnimationFrame(() => w.requestAnimationFrame(() => resolve())));
    }),
  );
  return performance.now() - start;
}

/** How many rows the report table says it has (aria-rowcount of a virtualised table, or the rows drawn). */
async function rowCount(page: Page): Promise<number> {
  const declared = await page
    .locator('table[aria-rowcount]')
    .last()
    .getAttribute('aria-rowcount', { timeout: 1000 })
    .catch(() => null);
  if (declared) return Number(declared) - 1;
  return page.evaluate(() => {
    const w = globalThis as unknown as PageWindow;
    return Math.max(...Array.from(w.document.querySelectorAll('table')).map((t) => t.querySelectorAll('tbody tr').length));
  });
}

/**
 * Scrolls the table's scroll box (or the page, when the table is not in one) to the end, one
 * box height per frame, and returns the frame times seen by requestAnimationFrame meanwhile.
 */
async function scrollToEnd(page: Page): Promise<{ frames: number[]; reachedEnd: boolean }> {
  return page.evaluate(async () => {
    const w = globalThis as unknown as PageWindow;
    const document = w.document;
    // The report table is the tallest one on the page.
    const table = Array.from(document.querySelectorAll('table')).reduce<PageElement | null>(
      (tallest, t) => (!tallest || t.scrollHeight > tallest.scrollHeight ? t : tallest),
      null,
    );
    let box = table?.querySelector('tbody tr') ?? null;
    while (box && box !== document.body) {
      const style = w.getComputedStyle(box);
      if (/(auto|scroll)/.test(style.overflowY) && box.scrollHeight > box.clientHeight + 1) break;
      box = box.parentElement;
    }
    const scroller = box && box !== document.body ? box : document.scrollingElement!;
    const frame = () => new Promise<number>((resolve) => w.requestAnimationFrame(resolve));
    const frames: number[] = [];
    let last = await frame();
    for (let guard = 0; guard < 2000; guard++) {
      const before = scroller.scrollTop;
      scroller.scrollTop = before + scroller.clientHeight;
      const now = await frame();
      frames.push(now - last);
      last = now;
      if (scroller.scrollTop === before) break;
    }
    // Two more frames for rows drawn at the end.
    for (let i = 0; i < 2; i++) {
      const now = await frame();
      frames.push(now - last);
      last = now;
    }
    return { frames, reachedEnd: Math.ceil(scroller.scrollTop + scroller.clientHeight) >= scroller.scrollHeight - 1 };
  });
}

/** An area with about 61 hospitals on the report: the small table. */
async function areaOfAbout61(env: BenchEnvironment): Promise<string> {
  const [{ code }] = await env.db.query<{ code: string }[]>(
    `SELECT f.area_code AS code FROM facility f
      WHERE f.kind = 'HOSPITAL' OR EXISTS (SELECT 1 FROM bed_snapshot s WHERE s.facility_id = f.id)
      GROUP BY f.area_code ORDER BY abs(count(*) - 61), f.area_code LIMIT 1`,
  );
  return code;
}

async function measureBuild(browser: Browser, build: ClientBuild, env: BenchEnvironment, area: string) {
  const service = await startServiceProcess(env.databaseUrl, {
    GRAPHQL_COST_BUDGET: '100000000',
    GRAPHQL_COST_RESTORE_RATE: '10000000',
    GMIS_CLIENT_DIR: build.dir,
    GRAPHQL_TRUSTED_DOCUMENTS: build.documents,
  });
  const rows: Record<string, string | number>[] = [];
  const json: Record<string, unknown> = {};
  try {
    const cookie = await signInAsDashboard(service.url, build);
    const context = await browser.newContext({ viewport: VIEWPORT, locale: 'ja-JP', timezoneId: 'Asia/Tokyo', deviceScaleFactor: 1 });
    await context.addCookies(
      cookie.split('; ').map((pair) => {
        const at = pair.indexOf('=');
        return { name: pair.slice(0, at), value: pair.slice(at + 1), url: service.url };
      }),
    );
    const page = await context.newPage();
    for (const screen of SCREENS) {
      const usable: Record<string, number> = {};
      for (const [size, query] of [
        ['small', `?pref=${area.slice(0, 2)}&area=${area}`],
        ['2000', ''],
      ] as const) {
        const url = `${service.url}${screen.path}${query}`;
        console.error(`  ${build.label} ${screen.path}${query}: ${RUNS} navigations…`);
        await usableAfter(page, url); // warm-up: caches, compiled scripts
        const samples: number[] = [];
        for (let i = 0; i < RUNS; i++) samples.push(await usableAfter(page, url));
        const summary = summarise(samples);
        const count = await rowCount(page);
        usable[size] = summary.p50Ms;
        const row: Record<string, string | number> = {
          build: build.label,
          screen: screen.name,
          rows: count,
          usable_p50_ms: summary.p50Ms,
          usable_max_ms: round(Math.max(...samples)),
          // Scrolling is measured on the 2,000 rows only; the columns are kept so the table lines up.
          longest_frame_ms: '',
          frame_p95_ms: '',
          scroll_frames: '',
          reached_end: '',
        };
        if (size === '2000') {
          console.error(`  ${build.label} ${screen.path}: scrolling ${count} rows…`);
          const scroll = await within(300_000, `scrolling ${screen.path}`, scrollToEnd(page));
          const sorted = [...scroll.frames].sort((a, b) => a - b);
          row.scroll_frames = scroll.frames.length;
          row.longest_frame_ms = round(sorted[sorted.length - 1]);
          row.frame_p95_ms = round(sorted[Math.floor(sorted.length * 0.95)]);
          row.reached_end = scroll.reachedEnd ? 'yes' : 'no';
          json[`${screen.path} scroll`] = {
            frames: scroll.frames.length,
            longestMs: row.longest_frame_ms,
            p95Ms: row.frame_p95_ms,
            reachedEnd: scroll.reachedEnd,
          };
        }
        rows.push(row);
        json[`${screen.path} ${size}`] = { rows: count, usable: summary };
      }
      json[`${screen.path} ratio2000to61`] = round(usable['2000'] / usable.small);
    }
    await context.close();
  } finally {
    await service.stop();
  }
  return { rows, json };
}

export const browserTables: BenchScenario = {
  key: 'browserTables',
  title: 'Report tables in chromium: navigation to a usable table (61 and 2,000 rows), longest frame scrolling 2,000 rows',
  async run(env): Promise<BenchOutcome> {
    const builds = clientBuilds();
    for (const build of builds) {
      if (!fs.existsSync(path.join(build.dir, 'index.html')))
        throw new Error(`no dashboard build at ${build.dir} (npm run build, or BENCH_CLIENT_BUILDS)`);
    }
    const area = await areaOfAbout61(env);
    const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
    const table: Record<string, string | number>[] = [];
    const json: Record<string, unknown> = { area, runs: RUNS };
    try {
      for (const build of builds) {
        const measured = await measureBuild(browser, build, env, area);
        table.push(...measured.rows);
        json[build.label] = measured.json;
      }
    } finally {
      await browser.close();
    }
    return {
      table,
      notes: [
        `small table: 二次医療圏 ${area}; ${RUNS} navigations each after a warm-up, ${VIEWPORT.width}×${VIEWPORT.height}, office account`,
        'targets: 2,000 rows usable < 1 s on レポート and < 1.5 s on 全項目表示, within 1.5× of 61 rows; no frame over 50 ms while scrolling',
      ],
      json,
    };
  },
};
