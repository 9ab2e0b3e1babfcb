import fs from 'node:fs';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { type Browser, type BrowserContext, type Page, chromium } from 'playwright-core';
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

/** A fresh browser context (own cookies, storage) at one of the standard sizes, in Japanese. */
export async function newContext(browser: Browser, viewport: ViewportName): Promise<BrowserContext> {
  return browser.newContext({
    viewport: VIEWPORTS[viewport],
    locale: 'ja-JP',
    timezoneId: 'Asia/Tokyo',
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

/** Saves what the screen shows and the full page under e2e/screenshots/ (git-ignored) when GMIS_SCREENSHOTS is set. */
export async function screenshot(page: Page, name: string): Promise<void> {
  if (!process.env.GMIS_SCREENSHOTS) return;
  const dir = path.join(projectRoot, 'e2e', 'screenshots');
  fs.mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, `${name}.png`) });
  await page.screenshot({ path: path.join(dir, `${name}-full.png`), fullPage: true });
}
