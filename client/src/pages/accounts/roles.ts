import type { Role } from '../../viewer';

/** 種別 as the dashboard shows it (server: accounts/account.entity.ts ROLE_LABELS). */
export const ROLE_LABEL: Record<Role, string> = {
  HEALTH_CENTER_RECRUITMENT: '保健所（人材募集登録用）',
  HEALTH_CENTER_AGGREGATOR: '保健所（とりまとめ団体用）',
  FACILITY: '医療機関',
  PREFECTURE: '都道府県',
  OFFICE: 'G-MIS事務局',
  ANALYST: '分析担当',
};

export const ROLES = Object.keys(ROLE_LABEL) as Role[];

/** Roles that belong to one facility (a 保健所 for the health-centre IDs, a medical institution for FACILITY). */
export const FACILITY_ROLES: readonly Role[] = ['HEALTH_CENTER_RECRUITMENT', 'HEALTH_CENTER_AGGREGATOR', 'FACILITY'];
