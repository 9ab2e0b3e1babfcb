import type { MenuKey } from './gql/graphql';

/**
 * Every screen of the dashboard and its path: the one table the router, the home cards and the
 * menus are built from. App.tsx must give every name a page (a Record over these names), and
 * MENU_SCREENS must give every server menu key a screen, so neither a route without a page nor a
 * card without a route can be written. Plain data (no JSX), so browser tests can read it too.
 */
export const SCREEN_PATHS = {
  home: '/',
  login: '/login',
  passwordForgot: '/password/forgot',
  passwordReset: '/password/reset',
  apiTokens: '/api-tokens',
  accounts: '/accounts',
  accountNew: '/accounts/new',
  facilities: '/facilities',
  postings: '/recruitment',
  postingNew: '/recruitment/new',
  posting: '/recruitment/:id',
  postingEdit: '/recruitment/:id/edit',
  inquiries: '/inquiries',
  inquiryNew: '/inquiries/new',
  inquiry: '/inquiries/:id',
  faq: '/faq',
  faqNew: '/faq/new',
  faqEntry: '/faq/:id',
  faqEdit: '/faq/:id/edit',
  notices: '/notices',
  noticeNew: '/notices/new',
  notice: '/notices/:id',
  noticeEdit: '/notices/:id/edit',
  bedReport: '/beds',
  bedReportAllColumns: '/beds/all-columns',
  bedFacility: '/beds/facilities/:facilityId',
  bedStatusReport: '/beds/status',
  bedIntake: '/beds/intake',
  reportingCompliance: '/reporting',
  reportingSettings: '/reporting/settings',
  reports: '/reports',
  reportFolders: '/reports/folders',
  reportFolder: '/reports/folders/:id',
  reportNew: '/reports/new',
  report: '/reports/:id',
  reportEdit: '/reports/:id/edit',
} as const;

export type ScreenName = keyof typeof SCREEN_PATHS;

/** Where each home-screen menu of the server (Viewer.menus) leads. */
export const MENU_SCREENS: Record<MenuKey, ScreenName> = {
  RECRUITMENT: 'postings',
  BED_REPORT: 'bedReport',
  BED_STATUS: 'bedStatusReport',
  BED_INTAKE: 'bedIntake',
  NEW_INQUIRY: 'inquiryNew',
  INQUIRY_INBOX: 'inquiries',
  FAQ: 'faq',
  NOTICES: 'notices',
  ACCOUNTS: 'accounts',
  API_TOKENS: 'apiTokens',
  REPORTING_STATUS: 'reportingCompliance',
  REPORTING_SETTINGS: 'reportingSettings',
  REPORTS: 'reports',
};

export function menuPath(key: MenuKey): string {
  return SCREEN_PATHS[MENU_SCREENS[key]];
}

/** A path with its parameters filled in, e.g. screenPath('posting', { id }) → /recruitment/UG9z… */
export function screenPath(name: ScreenName, params: Record<string, string> = {}): string {
  return SCREEN_PATHS[name].replace(/:(\w+)/g, (_, key: string) => encodeURIComponent(params[key] ?? ''));
}

/** The screen a path shows, or null when no route matches it (the not-found page). */
export function screenOf(pathname: string): ScreenName | null {
  const names = Object.keys(SCREEN_PATHS) as ScreenName[];
  // Literal segments win over parameters (/recruitment/new is 新規, not a posting called "new").
  const ranked = names
    .map((name) => ({ name, segments: SCREEN_PATHS[name].split('/').filter(Boolean) }))
    .sort((a, b) => b.segments.filter((s) => !s.startsWith(':')).length - a.segments.filter((s) => !s.startsWith(':')).length);
  const parts = pathname.split('/').filter(Boolean);
  for (const { name, segments } of ranked) {
    if (segments.length === parts.length && segments.every((s, i) => s.startsWith(':') || s === decodeURIComponent(parts[i]))) return name;
  }
  return null;
}
