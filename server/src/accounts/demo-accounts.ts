import type { EntityManager } from 'typeorm';
import { Role } from '../auth/viewer';
import { FacilityKind } from '../facilities/facility.entity';
import { makeMedicalInstitutionCode } from '../facilities/medical-institution-code';
import { searchKey } from '../shared/japanese-text';
import { passwordHasher } from './password-hash';
import { acceptNewPassword } from './password-rule';

/**
 * One demo account per role, with fixed passwords (documented in docs/demo-accounts.md; demo
 * data only: never use them on a reachable server). Facility accounts belong to 東京都 (13).
 */
export const DEMO_ACCOUNTS: readonly {
  loginId: string;
  password: string;
  displayName: string;
  role: Role;
  organisation: 'HEALTH_CENTER' | 'HOSPITAL' | 'PREFECTURE' | null;
}[] = [
  {
    loginId: 'demo-hc-recruit',
    password: 'Hokenjo-Bosyu-2026',
    displayName: 'デモ保健所（人材募集登録用）',
    role: Role.HEALTH_CENTER_RECRUITMENT,
    organisation: 'HEALTH_CENTER',
  },
  {
    loginId: 'demo-hc-aggregator',
    password: 'Hokenjo-Matome-2026',
    displayName: 'デモ保健所（とりまとめ団体用）',
    role: Role.HEALTH_CENTER_AGGREGATOR,
    organisation: 'HEALTH_CENTER',
  },
  { loginId: 'demo-hospital', password: 'Byoin-Demo-2026', displayName: 'デモ病院 担当者', role: Role.FACILITY, organisation: 'HOSPITAL' },
  {
    loginId: 'demo-prefecture',
    password: 'Tokyo-To-Demo-2026',
    displayName: '東京都 医療政策担当（デモ）',
    role: Role.PREFECTURE,
    organisation: 'PREFECTURE',
  },
  { loginId: 'demo-office', password: 'Gmis-Jimukyoku-2026', displayName: 'G-MIS事務局（デモ）', role: Role.OFFICE, organisation: null },
  { loginId: 'demo-analyst', password: 'Bunseki-Demo-2026', displayName: '分析担当（デモ）', role: Role.ANALYST, organisation: null },
];

export const DEMO_PREFECTURE = '13';

/**
 * The demo facility of a kind: the first in 東京都 by code; in a small demo data set without one
 * there, the first anywhere (so the facility count stays what was asked for); a dedicated one only
 * when the demo data has none at all.
 */
async function demoFacility(m: EntityManager, kind: FacilityKind.HEALTH_CENTER | FacilityKind.HOSPITAL): Promise<number> {
  const [found] = await m.query(`SELECT id FROM facility WHERE kind = $1 ORDER BY prefecture_code = $2 DESC, code LIMIT 1`, [
    kind,
    DEMO_PREFECTURE,
  ]);
  if (found) return found.id;
  const name = kind === FacilityKind.HEALTH_CENTER ? 'デモ区保健所' : 'デモ総合病院';
  const code = makeMedicalInstitutionCode(DEMO_PREFECTURE, '1', 99, kind === FacilityKind.HEALTH_CENTER ? 9998 : 9999);
  const [row] = await m.query(
    `INSERT INTO facility (code, name, name_search_key, kind, postal_code, prefecture_code, address, area_code)
     VALUES ($1, $2, $3, $4, '1630001', '13', '新宿区西新宿二丁目8番1号', '1304')
     ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name RETURNING id`,
    [code, name, searchKey(name), kind],
  );
  return row.id;
}

/** Seed step: inserts the demo accounts that do not exist yet; returns how many were inserted. */
export async function seedDemoAccounts(m: EntityManager): Promise<number> {
  let inserted = 0;
  for (const demo of DEMO_ACCOUNTS) {
    const [exists] = await m.query(`SELECT 1 FROM account WHERE login_id = $1`, [demo.loginId]);
    if (exists) continue;
    const facilityId =
      demo.organisation === 'HEALTH_CENTER'
        ? await demoFacility(m, FacilityKind.HEALTH_CENTER)
        : demo.organisation === 'HOSPITAL'
          ? await demoFacility(m, FacilityKind.HOSPITAL)
          : null;
    const hash = await passwordHasher.hash(acceptNewPassword(demo.password, demo.loginId));
    await m.query(
      `INSERT INTO account (login_id, display_name, email, role, facility_id, prefecture_code, password_hash, password_changed_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, now())`,
      [
        demo.loginId,
        demo.displayName,
        `${demo.loginId}@example.com`,
        demo.role,
        facilityId,
        demo.organisation === 'PREFECTURE' ? DEMO_PREFECTURE : null,
        hash,
      ],
    );
    inserted += 1;
  }
  return inserted;
}
