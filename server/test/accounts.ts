import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { Role } from '../src/auth/viewer';
import { passwordHasher } from '../src/accounts/password-hash';
import { makeMedicalInstitutionCode } from '../src/facilities/medical-institution-code';
import { createViewerResolver } from '../src/accounts/resolve-viewer';
import { loadConfig } from '../src/config';
import type { TestDatabase } from './test-database';
import { startTestServer, type TestServer } from './test-server';
import type { LedgerTiming } from '../src/graphql/cost-budget';

export interface TestAccount {
  id: number;
  loginId: string;
  password: string;
  role: Role;
  facilityId: number | null;
  prefectureCode: string | null;
}

let hashCache: Promise<string> | null = null;
const DEFAULT_PASSWORD = 'Test-Account-2026';

/** Inserts an account directly (with a real scrypt hash of the password). */
export async function createTestAccount(
  db: DataSource,
  options: { loginId: string; role: Role; password?: string; facilityId?: number | null; prefectureCode?: string | null; email?: string },
): Promise<TestAccount> {
  const password = options.password ?? DEFAULT_PASSWORD;
  // Most test accounts share the default password: hash it once per file.
  const hash =
    password === DEFAULT_PASSWORD
      ? await (hashCache ??= passwordHasher.hash(DEFAULT_PASSWORD))
      : await passwordHasher.hash(password.normalize('NFKC'));
  const [row] = await db.query(
    `INSERT INTO account (login_id, display_name, email, role, facility_id, prefecture_code, password_hash, password_changed_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, now()) RETURNING id`,
    [
      options.loginId,
      `テスト ${options.loginId}`,
      options.email ?? `${options.loginId}@example.com`,
      options.role,
      options.facilityId ?? null,
      options.prefectureCode ?? null,
      hash,
    ],
  );
  return {
    id: row.id,
    loginId: options.loginId,
    password,
    role: options.role,
    facilityId: options.facilityId ?? null,
    prefectureCode: options.prefectureCode ?? null,
  };
}

/** A facility of the kind in the prefecture (inserted when the test database has none). */
export async function testFacility(db: DataSource, kind: 'HEALTH_CENTER' | 'HOSPITAL', prefectureCode = '13'): Promise<number> {
  const [found] = await db.query(`SELECT id FROM facility WHERE kind = $1 AND prefecture_code = $2 ORDER BY code LIMIT 1`, [
    kind,
    prefectureCode,
  ]);
  if (found) return found.id;
  const serial = kind === 'HEALTH_CENTER' ? 1 : 2;
  const [area] = await db.query(`SELECT code FROM secondary_medical_area WHERE prefecture_code = $1 ORDER BY code LIMIT 1`, [
    prefectureCode,
  ]);
  const [row] = await db.query(
    `INSERT INTO facility (code, name, name_search_key, kind, postal_code, prefecture_code, address, area_code)
     VALUES ($1, $2, $2, $3, '1000001', $4, 'テスト町1-1', $5) RETURNING id`,
    [makeMedicalInstitutionCode(prefectureCode, '1', 97, serial), `テスト${kind}`, kind, prefectureCode, area.code],
  );
  return row.id;
}

export const LOGIN = `mutation Login($loginId: String!, $password: String!) {
  login(loginId: $loginId, password: $password) { role account { loginId } }
}`;

/** Signs in through the real `login` mutation; returns the Cookie header to send with later requests. */
export async function signInAs(
  server: TestServer,
  account: { loginId: string; password: string },
  headers: Record<string, string> = {},
): Promise<string> {
  const res = await server.graphql(LOGIN, { loginId: account.loginId, password: account.password }, headers);
  if (res.errors) throw new Error(`sign-in of ${account.loginId} failed: ${JSON.stringify(res.errors)}`);
  const setCookie = res.headers.get('set-cookie');
  if (!setCookie) throw new Error('login set no cookie');
  return setCookie.split(';')[0];
}

/** The real app with the real viewer resolver (session cookies and bearer tokens). */
export async function startServerWithSignIn(
  db: TestDatabase,
  env: Record<string, string> = {},
  options: { log?: Logger; costLedgerTiming?: LedgerTiming } = {},
): Promise<TestServer> {
  const config = loadConfig({ NODE_ENV: 'test', PORT: '0', ...env });
  return startTestServer(db, env, { resolveViewer: createViewerResolver(config), ...options });
}

/**
 * One signed-up account of every role, each with the organisation its role needs (health-centre
 * IDs and the hospital account in 東京都, a prefecture account for 13), for tests that go through
 * every role.
 */
export async function createAccountPerRole(db: DataSource, loginIdPrefix: string): Promise<Map<Role, TestAccount>> {
  const healthCentre = await testFacility(db, 'HEALTH_CENTER');
  const hospital = await testFacility(db, 'HOSPITAL');
  const organisation: Record<Role, { facilityId?: number; prefectureCode?: string }> = {
    HEALTH_CENTER_RECRUITMENT: { facilityId: healthCentre },
    HEALTH_CENTER_AGGREGATOR: { facilityId: healthCentre },
    FACILITY: { facilityId: hospital },
    PREFECTURE: { prefectureCode: '13' },
    OFFICE: {},
    ANALYST: {},
  };
  const accounts = new Map<Role, TestAccount>();
  for (const role of Object.values(Role)) {
    accounts.set(
      role,
      await createTestAccount(db, { loginId: `${loginIdPrefix}-${role.toLowerCase().replace(/_/g, '-')}`, role, ...organisation[role] }),
    );
  }
  return accounts;
}
