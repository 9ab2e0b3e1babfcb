import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Role } from '../auth/viewer';

/**
 * The dashboard's menus (ホーム画面のボタン・タブ). The server decides which menus a role has and
 * what they are called; the dashboard owns where each key leads (client/src/screens.ts maps every
 * key to one of its routes, checked by the compiler), so a menu can never point at a missing screen.
 */
export enum MenuKey {
  RECRUITMENT = 'RECRUITMENT',
  BED_REPORT = 'BED_REPORT',
  BED_STATUS = 'BED_STATUS',
  BED_INTAKE = 'BED_INTAKE',
  NEW_INQUIRY = 'NEW_INQUIRY',
  INQUIRY_INBOX = 'INQUIRY_INBOX',
  FAQ = 'FAQ',
  NOTICES = 'NOTICES',
  ACCOUNTS = 'ACCOUNTS',
  API_TOKENS = 'API_TOKENS',
  REPORTING_STATUS = 'REPORTING_STATUS',
  REPORTING_SETTINGS = 'REPORTING_SETTINGS',
  REPORTS = 'REPORTS',
}

registerEnumType(MenuKey, { name: 'MenuKey', description: 'ホーム画面のメニュー' });

@ObjectType('Menu', { description: 'A menu of the home screen the signed-in account may use.' })
export class Menu {
  @Field(() => MenuKey) key!: MenuKey;
  @Field(() => String, { description: '画面に表示する名前' }) label!: string;
}

const MENUS: Record<MenuKey, Menu> = {
  RECRUITMENT: { key: MenuKey.RECRUITMENT, label: '人材募集登録' },
  BED_REPORT: { key: MenuKey.BED_REPORT, label: '地域病床見える化' },
  BED_STATUS: { key: MenuKey.BED_STATUS, label: '病床状況報告' },
  BED_INTAKE: { key: MenuKey.BED_INTAKE, label: '一括取込' },
  NEW_INQUIRY: { key: MenuKey.NEW_INQUIRY, label: '新規お問合せ' },
  INQUIRY_INBOX: { key: MenuKey.INQUIRY_INBOX, label: 'お問合せ対応' },
  FAQ: { key: MenuKey.FAQ, label: 'FAQ' },
  NOTICES: { key: MenuKey.NOTICES, label: 'お知らせ' },
  ACCOUNTS: { key: MenuKey.ACCOUNTS, label: 'アカウント管理' },
  API_TOKENS: { key: MenuKey.API_TOKENS, label: 'APIトークン' },
  REPORTING_STATUS: { key: MenuKey.REPORTING_STATUS, label: '報告状況' },
  REPORTING_SETTINGS: { key: MenuKey.REPORTING_SETTINGS, label: '報告期限の設定' },
  REPORTS: { key: MenuKey.REPORTS, label: 'レポート' },
};

/**
 * Which menus each role's home shows. Every signed-in role has レポート (seed 3-3 reaches
 * 地域病床見える化（全項目表示） through it; each sees only the folders shared with it). The seed: a health centre with a 人材募集登録用 ID sees
 * 人材募集登録 and no 地域病床見える化; one with a とりまとめ団体用 ID the reverse. The server
 * still checks every operation; menus only decide what the home screen offers.
 */
const MENUS_BY_ROLE: Record<Role, MenuKey[]> = {
  HEALTH_CENTER_RECRUITMENT: [MenuKey.RECRUITMENT, MenuKey.NEW_INQUIRY, MenuKey.REPORTS, MenuKey.FAQ, MenuKey.NOTICES],
  HEALTH_CENTER_AGGREGATOR: [
    MenuKey.BED_REPORT,
    MenuKey.BED_INTAKE,
    MenuKey.REPORTING_STATUS,
    MenuKey.NEW_INQUIRY,
    MenuKey.REPORTS,
    MenuKey.FAQ,
    MenuKey.NOTICES,
  ],
  FACILITY: [MenuKey.BED_STATUS, MenuKey.RECRUITMENT, MenuKey.NEW_INQUIRY, MenuKey.REPORTS, MenuKey.FAQ, MenuKey.NOTICES],
  PREFECTURE: [
    MenuKey.BED_REPORT,
    MenuKey.BED_INTAKE,
    MenuKey.REPORTING_STATUS,
    MenuKey.REPORTING_SETTINGS,
    MenuKey.RECRUITMENT,
    MenuKey.REPORTS,
    MenuKey.API_TOKENS,
    MenuKey.FAQ,
    MenuKey.NOTICES,
  ],
  OFFICE: [
    MenuKey.INQUIRY_INBOX,
    MenuKey.ACCOUNTS,
    MenuKey.REPORTING_STATUS,
    MenuKey.REPORTING_SETTINGS,
    MenuKey.REPORTS,
    MenuKey.FAQ,
    MenuKey.NOTICES,
    MenuKey.API_TOKENS,
  ],
  ANALYST: [MenuKey.BED_REPORT, MenuKey.REPORTING_STATUS, MenuKey.REPORTS, MenuKey.API_TOKENS, MenuKey.FAQ, MenuKey.NOTICES],
};

export function menusFor(role: Role): Menu[] {
  return MENUS_BY_ROLE[role].map((key) => MENUS[key]);
}
