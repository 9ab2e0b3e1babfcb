import { menuPath, SCREEN_PATHS } from './screens';
import type { Viewer } from './viewer';

export interface MenuItem {
  to: string;
  label: string;
}

/** Screens every reader may open, signed in or not (the public Key-Net-like views and help). */
const PUBLIC_ITEMS: readonly MenuItem[] = [
  { to: SCREEN_PATHS.facilities, label: '医療機関検索' },
  { to: SCREEN_PATHS.faq, label: 'FAQ' },
  { to: SCREEN_PATHS.notices, label: 'お知らせ' },
];

/**
 * The site menu: ホーム, then the role's own menus exactly as the server lists them for the home
 * screen (so the two never disagree about what a role may use), then every signed-in account's
 * お問合せ list and the public screens. A path appears once, with the server's label when it has one.
 */
export function menuFor(viewer: Viewer): MenuItem[] {
  if (viewer.role === null) return [...PUBLIC_ITEMS];
  const items: MenuItem[] = [
    { to: SCREEN_PATHS.home, label: 'ホーム' },
    ...viewer.menus.map((menu) => ({ to: menuPath(menu.key), label: menu.label })),
    { to: SCREEN_PATHS.inquiries, label: 'お問合せ一覧' },
    ...PUBLIC_ITEMS,
  ];
  return items.filter((item, index) => items.findIndex((other) => other.to === item.to) === index);
}
