import fs from 'node:fs';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { type Browser, type BrowserContext, type Locator, type Page, chromium } from 'playwright-core';
import { projectRoot } from '../server/src/config';
import { seedDemoFacilities } from '../server/src/db/seed/demo-facilities';
import { createTestDatabase, type TestDatabase } from '../server/test/test-database';
import type { TestServer } from '../server/test/test-server';
import { startServerWithSignIn } from '../server/test/accounts';

/**
 * Shared plumbing for browser tests: Debian's chromium driven by playwright-core (never a
 * downloaded browser), the real app in-process over a fresh test database, and an axe check.
 */

export const CHROMIUM_PATH = process.env.GMIS_CHROMIUM ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The two sizes every screen is checked at. */
export const VIEWPORTS = {
  desktop: { width: 1366, height: 768 },
  phone: { width: 390, height: 844 },
} as const;
export type ViewportName = keyof typeof VIEWPORTS;

/** The built dashboard the browser tests serve; GMIS_E2E_CLIENT_DIR lets parallel work build into its own folder. */
export const CLIENT_DIST_DIR = process.env.GMIS_E2E_CLIENT_DIR ?? path.join(projectRoot, 'client', 'dist');

export async function launchBrowser(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM_PATH)) {
    throw new Error(`chromium not found at ${CHROMIUM_PATH}: apt-get install -y chromium fonts-noto-cjk`);
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
}

/**
 * A fresh browser context (own cookies, storage) at one of the standard sizes, in Japanese in
 * Japan unless `region` names another language and time zone (a screen that must read the same anywhere).
 */
export async function newContext(
  browser: Browser,
  viewport: ViewportName,
  region: { locale: string; timezoneId: string } = { locale: 'ja-JP', timezoneId: 'Asia/Tokyo' },
): Promise<BrowserContext> {
  return browser.newContext({
    viewport: VIEWPORTS[viewport],
    locale: region.locale,
    timezoneId: region.timezoneId,
    isMobile: viewport === 'phone',
    hasTouch: viewport === 'phone',
    deviceScaleFactor: 1,
  });
}

export interface Dashboard {
  url: string;
  db: TestDatabase;
  server: TestServer;
  stop(): Promise<void>;
}

/**
 * The real service (Express + Apollo + built dashboard) on a loopback port over a new test
 * database holding `facilities` deterministic demo facilities. The dashboard must have been
 * built (npm run build:client; `npm test` does it in pretest).
 */
/** Written by codegen (persistedDocuments) beside the typed documents. */
export const TRUSTED_DOCUMENTS = path.resolve(__dirname, '../client/src/gql/persisted-documents.json');

export async function startDashboard(options: { facilities?: number } = {}): Promise<Dashboard> {
  if (!fs.existsSync(path.join(CLIENT_DIST_DIR, 'index.html'))) {
    throw new Error(`the dashboard is not built (${CLIENT_DIST_DIR}/index.html missing): run npm run build:client first`);
  }
  const db = await createTestDatabase();
  try {
    await seedDemoFacilities(db.dataSource.manager, options.facilities ?? 600);
    // The dashboard is tested as deployed: the server runs only the dashboard's own documents, and
    // with the real viewer resolver, so screens can sign in (server/test/accounts.ts + the ログイン page).
    const server = await startServerWithSignIn(db, { GMIS_CLIENT_DIR: CLIENT_DIST_DIR, GRAPHQL_TRUSTED_DOCUMENTS: TRUSTED_DOCUMENTS });
    return {
      url: server.url,
      db,
      server,
      async stop() {
        await server.stop();
        await db.drop();
      },
    };
  } catch (error) {
    await db.drop();
    throw error;
  }
}

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** axe-core's WCAG 2.0/2.1 A and AA rules on the page as it is now; returns readable violations. */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  return results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `  ${n.target.join(' ')}: ${n.failureSummary ?? ''}`).join('\n')}`,
  );
}

/** The smallest text a screen may show, in CSS pixels as rendered (after any SVG scaling). */
export const MIN_TEXT_PX = 12;

/**
 * Layout faults a reader sees at the page's current size, as readable strings (none: []): the page
 * scrolls sideways; visible text rendered smaller than MIN_TEXT_PX; text squeezed into a box less
 * than two characters wide (one character a line); a heading or the header's system name leaving
 * one character alone on a line; a stacked card's column name that neither fits its column nor
 * wraps, so it runs over the value beside it, or a value that falls under the name.
 */
export async function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate((minText) => {
    // This runs in the page. The file is compiled without the DOM library, so the page's globals are untyped here.
    type Dom = any;
    const { document, getComputedStyle, NodeFilter, SVGGraphicsElement, HTMLElement } = globalThis as Dom;
    const problems: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth) problems.push(`the page is ${root.scrollWidth}px wide in a ${root.clientWidth}px window`);
    const describe = (el: Dom) =>
      `<${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? ` class="${el.className}"` : ''}>`;
    // Screen-reader-only text (clipped to nothing, as .visually-hidden does) is not seen.
    const clipped = (el: Dom) => {
      for (let at = el; at; at = at.parentElement) {
        const style = getComputedStyle(at);
        if (style.clip.startsWith('rect') || style.clipPath !== 'none') return true;
      }
      return false;
    };
    const seen = new Set<Dom>();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text: string = (node.textContent ?? '').trim();
      const el = node.parentElement;
      if (!text || !el || seen.has(el)) continue;
      seen.add(el);
      const box = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      if (box.width === 0 || box.height === 0 || style.visibility === 'hidden' || clipped(el)) continue;
      const fontSize = parseFloat(style.fontSize);
      const scale: number = el instanceof SVGGraphicsElement ? (el.getScreenCTM()?.a ?? 1) : 1;
      if (fontSize * scale < minText - 0.05)
        problems.push(`${describe(el)} 「${text.slice(0, 20)}」 is ${(fontSize * scale).toFixed(1)}px`);
      if (el instanceof HTMLElement && !style.display.startsWith('inline') && [...text].length >= 4) {
        const inner = el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
        if (inner < 2 * fontSize) problems.push(`${describe(el)} 「${text.slice(0, 20)}」 is squeezed to ${Math.round(inner)}px wide`);
      }
    }
    // Headings and the system name in the header wrap without leaving one character alone on a line.
    for (const block of Array.from<Dom>(document.querySelectorAll('h1, h2, h3, .site-header__brand'))) {
      if (clipped(block)) continue;
      const range = document.createRange();
      range.selectNodeContents(block);
      const lines = new Map<number, number>();
      for (const rect of Array.from<Dom>(range.getClientRects())) {
        if (rect.width > 0) lines.set(Math.round(rect.bottom), (lines.get(Math.round(rect.bottom)) ?? 0) + rect.width);
      }
      const fontSize = parseFloat(getComputedStyle(block).fontSize);
      if (lines.size > 1 && [...lines.values()].some((width) => width < 1.5 * fontSize)) {
        problems.push(`${describe(block)} 「${block.textContent.trim().slice(0, 20)}」 leaves one character alone on a line`);
      }
    }
    // Stacked cards: the column name (::before) in the first track, the whole value beside it.
    const measure = document.createElement('canvas').getContext('2d');
    for (const cell of Array.from<Dom>(document.querySelectorAll('.data-table--stack tbody [data-label]'))) {
      const label = getComputedStyle(cell, '::before');
      if (label.content === 'none' || label.display === 'none') continue;
      const name: string = cell.getAttribute('data-label') ?? '';
      const cellStyle = getComputedStyle(cell);
      const track = parseFloat(cellStyle.gridTemplateColumns);
      measure.font = `${label.fontWeight} ${label.fontSize} ${label.fontFamily}`;
      const width: number = measure.measureText(name).width;
      if (['nowrap', 'pre'].includes(label.whiteSpace) && width > track + 0.5) {
        problems.push(`the card label 「${name}」 (${Math.round(width)}px) runs over its ${Math.round(track)}px column`);
      }
      const valueLeft = cell.getBoundingClientRect().left + parseFloat(cellStyle.paddingLeft) + track;
      const texts = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let node = texts.nextNode(); node; node = texts.nextNode()) {
        const range = document.createRange();
        range.selectNodeContents(node);
        const box = range.getBoundingClientRect();
        if (box.width > 0 && box.left < valueLeft - 0.5)
          problems.push(`in the card field 「${name}」, 「${node.textContent.trim().slice(0, 20)}」 sits under the column name`);
      }
    }
    return [...new Set(problems)];
  }, MIN_TEXT_PX);
}

/** A horizontal extent in page pixels. */
export interface Span {
  left: number;
  right: number;
}

/**
 * Where one field of a stacked card is drawn, in page pixels: the card (its row), the text of the
 * column name and the text of the value. The column name is the cell's ::before, which the DOM
 * cannot measure, so all three come from Chromium's own layout (DevTools DOMSnapshot).
 */
export async function cardFieldSpans(cell: Locator): Promise<{ card: Span; label: Span; value: Span }> {
  const mark = 'data-e2e-measured';
  await cell.evaluate((el, name) => el.setAttribute(name, ''), mark);
  const page = cell.page();
  const cdp = await page.context().newCDPSession(page);
  try {
    const { strings, documents } = await cdp.send('DOMSnapshot.captureSnapshot', { computedStyles: [] });
    const { nodes, layout } = documents[0];
    const parents = nodes.parentIndex ?? [];
    const attributes = nodes.attributes ?? [];
    const target = attributes.findIndex((pairs) => pairs.some((at, i) => i % 2 === 0 && strings[at] === mark));
    if (target < 0) throw new Error('the cell is not in the page');
    const within = (node: number, ancestor: number) => {
      for (let at = node; at >= 0; at = parents[at]) if (at === ancestor) return true;
      return false;
    };
    const before = parents.findIndex((parent, i) => parent === target && strings[nodes.nodeName![i]] === '::before');
    const spans = (take: (node: number) => boolean): Span => {
      let left = Infinity;
      let right = -Infinity;
      layout.nodeIndex.forEach((node, at) => {
        // Text runs only (a layout entry with text): the boxes around them fill their grid tracks.
        if (layout.text[at] < 0 || !take(node)) return;
        const [x, , width] = layout.bounds[at];
        left = Math.min(left, x);
        right = Math.max(right, x + width);
      });
      if (left === Infinity) throw new Error('no text drawn there');
      return { left, right };
    };
    const cardAt = layout.nodeIndex.indexOf(parents[target]);
    const [cardX, , cardWidth] = layout.bounds[cardAt];
    return {
      card: { left: cardX, right: cardX + cardWidth },
      label: spans((node) => before >= 0 && within(node, before)),
      value: spans((node) => within(node, target) && !(before >= 0 && within(node, before))),
    };
  } finally {
    await cdp.detach();
    await cell.evaluate((el, name) => el.removeAttribute(name), mark);
  }
}

/** Saves what the screen shows and the full page under e2e/screenshots/ (git-ignored) when GMIS_SCREENSHOTS is set. */
export async function screenshot(page: Page, name: string): Promise<void> {
  if (!process.env.GMIS_SCREENSHOTS) return;
  const dir = path.join(projectRoot, 'e2e', 'screenshots');
  fs.mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, `${name}.png`) });
  await page.screenshot({ path: path.join(dir, `${name}-full.png`), fullPage: true });
}
