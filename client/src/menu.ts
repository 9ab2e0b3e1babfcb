import type { Role, Viewer } from './viewer';

/** Who sees a menu entry: everyone (also signed-out readers), anyone signed in, or listed roles. */
export type MenuAudience = 'EVERYONE' | 'SIGNED_IN' | readonly Role[];

export interface MenuItem {
  to: string;
  label: string;
  audience: MenuAudience;
}

/**
 * The dashboard's menu, in display order. Later screens add their entries here (ホーム,
 * 人材募集登録, 地域病床見える化, お問合せ, FAQ, お知らせ) with the audience the server's
 * OPERATION_POLICY gives their operations; the menu only hides what a role cannot use, the
 * server still decides.
 */
export const MENU: readonly MenuItem[] = [
  { to: '/', label: 'ホーム', audience: 'SIGNED_IN' },
  { to: '/facilities', label: '医療機関検索', audience: 'EVERYONE' },
  // 人材募集登録: the roles of the server's Query.postings (保健所 aggregator IDs have no such screen).
  { to: '/recruitment', label: '人材募集登録', audience: ['FACILITY', 'HEALTH_CENTER_RECRUITMENT', 'PREFECTURE', 'OFFICE'] },
  { to: '/inquiries', label: 'お問合せ', audience: 'SIGNED_IN' },
  { to: '/faq', label: 'FAQ', audience: 'EVERYONE' },
  { to: '/notices', label: 'お知らせ', audience: 'EVERYONE' },
  // Query.bedReport's audience (server/src/beds/bed-access.ts BED_REPORT_READERS).
  { to: '/beds', label: '地域病床見える化', audience: ['HEALTH_CENTER_AGGREGATOR', 'PREFECTURE', 'OFFICE', 'ANALYST', 'FACILITY'] },
];

export function canSee(item: MenuItem, viewer: Viewer): boolean {
  if (item.audience === 'EVERYONE') return true;
  if (viewer.role === null) return false;
  if (item.audience === 'SIGNED_IN') return true;
  return item.audience.includes(viewer.role);
}

export function menuFor(viewer: Viewer): MenuItem[] {
  return MENU.filter((item) => canSee(item, viewer));
}
