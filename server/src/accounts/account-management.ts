import { AuditAction, recordAudit } from '../audit/audit-log';
import type { DataSource } from 'typeorm';
import type { Config } from '../config';
import { Role, type Viewer } from '../auth/viewer';
import { decodeCursor, encodeCursor, type Page, toPage } from '../graphql/connection';
import { badUserInput, conflict, DomainError, ErrorCode, type FieldProblem, notFound } from '../graphql/errors';
import { fromGlobalId } from '../graphql/node';
import { escapeLike } from '../shared/japanese-text';
import { FacilityKind } from '../facilities/facility.entity';
import { signInThrottleFor } from '../auth/sign-in-throttle';
import { Account, FACILITY_ROLES } from './account.entity';
import type { AccountFilter, CreateAccountInput, UpdateAccountInput } from './account.input';
import { passwordHasher } from './password-hash';
import { issueResetToken, ResetPurpose, setPasswordHash } from './password-reset';
import { acceptNewPassword, MAX_RAW_PASSWORD_LENGTH, normalizeLoginId, normalizePassword } from './password-rule';
import { revokeSessionsOf } from './session';
import { revokeApiTokensOf } from './api-token';

export const LOGIN_ID_PATTERN = /^[a-z0-9][a-z0-9._@-]{2,63}$/;
const EMAIL_PATTERN = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;
export const MAX_ACCOUNT_PAGE = 200;

function localIdOf(globalId: string, type: string, field: string): number {
  const { type: actual, localId } = fromGlobalId(globalId);
  if (actual !== type || !/^\d{1,9}$/.test(localId))
    throw badUserInput('IDの形式が正しくありません。', [{ field, message: 'IDの形式が正しくありません。' }]);
  return Number(localId);
}

export function accountIdOf(globalId: string, field = 'id'): number {
  return localIdOf(globalId, 'Account', field);
}

function checkDisplayName(value: string, problems: FieldProblem[]): string {
  const name = value.normalize('NFKC').trim();
  if (name.length < 1 || name.length > 100) problems.push({ field: 'displayName', message: '表示名を1〜100文字で入力してください。' });
  return name;
}

function checkEmail(value: string, problems: FieldProblem[]): string {
  const email = value.normalize('NFKC').trim();
  if (email.length > 254 || !EMAIL_PATTERN.test(email))
    problems.push({ field: 'email', message: 'メールアドレスの形式が正しくありません。' });
  return email;
}

/** 事務局: creates an account without a password and mails it a link to set one (valid 72 hours). */
export async function createAccount(
  db: DataSource,
  config: Config,
  input: CreateAccountInput,
  actorAccountId: number | null = null,
): Promise<Account> {
  const problems: FieldProblem[] = [];
  const loginId = normalizeLoginId(input.loginId);
  if (!LOGIN_ID_PATTERN.test(loginId)) {
    problems.push({ field: 'loginId', message: 'ユーザ名は半角英数字と . _ @ - の3〜64文字で、英数字で始めてください。' });
  }
  const displayName = checkDisplayName(input.displayName, problems);
  const email = checkEmail(input.email, problems);
  const needsFacility = FACILITY_ROLES.includes(input.role);
  let facilityId: number | null = null;
  if (needsFacility) {
    if (!input.facilityId) problems.push({ field: 'facilityId', message: 'この種別では所属する施設を指定してください。' });
    else facilityId = localIdOf(input.facilityId, 'Facility', 'facilityId');
  } else if (input.facilityId) {
    problems.push({ field: 'facilityId', message: 'この種別では施設を指定できません。' });
  }
  const prefectureCode = input.role === Role.PREFECTURE ? (input.prefectureCode ?? null) : null;
  if (input.role === Role.PREFECTURE && !/^(0[1-9]|[1-3][0-9]|4[0-7])$/.test(prefectureCode ?? '')) {
    problems.push({ field: 'prefectureCode', message: '都道府県コードは 01〜47 の2桁で指定してください。' });
  } else if (input.role !== Role.PREFECTURE && input.prefectureCode) {
    problems.push({ field: 'prefectureCode', message: 'この種別では都道府県を指定できません。' });
  }
  if (facilityId !== null) {
    const [facility] = await db.query(`SELECT kind FROM facility WHERE id = $1`, [facilityId]);
    const healthCentreRole = input.role !== Role.FACILITY;
    if (!facility) problems.push({ field: 'facilityId', message: '施設が見つかりません。' });
    else if (healthCentreRole && facility.kind !== FacilityKind.HEALTH_CENTER) {
      problems.push({ field: 'facilityId', message: '保健所の種別には保健所を指定してください。' });
    } else if (!healthCentreRole && facility.kind === FacilityKind.HEALTH_CENTER) {
      problems.push({ field: 'facilityId', message: '医療機関の種別には医療機関を指定してください。' });
    }
  }
  if (problems.length) throw badUserInput('入力内容に誤りがあります。', problems);

  return db.transaction(async (m) => {
    const inserted = await m.query(
      `INSERT INTO account (login_id, display_name, email, role, facility_id, prefecture_code) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (login_id) DO NOTHING RETURNING id, login_id, display_name, email`,
      [loginId, displayName, email, input.role, facilityId, prefectureCode],
    );
    if (!inserted.length)
      throw new DomainError(ErrorCode.CONFLICT, 'このユーザ名は既に使われています。', {
        fieldErrors: [{ field: 'loginId', message: 'このユーザ名は既に使われています。' }],
      });
    await issueResetToken(m, config, inserted[0], ResetPurpose.SETUP);
    await recordAudit(m, {
      action: AuditAction.ACCOUNT_CREATED,
      actorAccountId,
      subject: loginId,
      details: { accountId: inserted[0].id, role: input.role },
    });
    return (await m.getRepository(Account).findOneBy({ dbId: inserted[0].id }))!;
  });
}

export async function updateAccount(db: DataSource, input: UpdateAccountInput, actorAccountId: number | null = null): Promise<Account> {
  const id = accountIdOf(input.id);
  const problems: FieldProblem[] = [];
  const displayName = input.displayName != null ? checkDisplayName(input.displayName, problems) : null;
  const email = input.email != null ? checkEmail(input.email, problems) : null;
  if (problems.length) throw badUserInput('入力内容に誤りがあります。', problems);
  return db.transaction(async (m) => {
    const [, affected] = await m.query(
      `UPDATE account SET display_name = COALESCE($2, display_name), email = COALESCE($3, email), updated_at = now() WHERE id = $1`,
      [id, displayName, email],
    );
    if (!affected) throw notFound('アカウントが見つかりません。');
    const account = (await m.getRepository(Account).findOneBy({ dbId: id }))!;
    const changed = [displayName !== null ? 'displayName' : null, email !== null ? 'email' : null].filter(Boolean);
    await recordAudit(m, {
      action: AuditAction.ACCOUNT_UPDATED,
      actorAccountId,
      subject: account.loginId,
      details: { accountId: id, changed },
    });
    return account;
  });
}

/**
 * 利用停止 / 再開. Stopping revokes the account's sessions and API tokens; re-enabling brings
 * neither back (the account signs in again and makes new tokens).
 */
export async function setAccountDisabled(db: DataSource, viewer: Viewer, id: number, disabled: boolean): Promise<Account> {
  if (disabled && id === viewer.accountId) throw conflict('自分自身のアカウントは利用停止にできません。');
  return db.transaction(async (m) => {
    const [, affected] = await m.query(
      `UPDATE account SET disabled_at = CASE WHEN $2::boolean THEN COALESCE(disabled_at, now()) END, updated_at = now() WHERE id = $1`,
      [id, disabled],
    );
    if (!affected) throw notFound('アカウントが見つかりません。');
    if (disabled) {
      await revokeSessionsOf(m, id);
      await revokeApiTokensOf(m, id);
    }
    const account = (await m.getRepository(Account).findOneBy({ dbId: id }))!;
    await recordAudit(m, {
      action: disabled ? AuditAction.ACCOUNT_DISABLED : AuditAction.ACCOUNT_ENABLED,
      actorAccountId: viewer.accountId ?? null,
      subject: account.loginId,
      details: { accountId: id },
    });
    return account;
  });
}

const isLoginIdCursor = (key: unknown[]): key is [string] => key.length === 1 && typeof key[0] === 'string' && key[0].length <= 64;

/** 事務局's account list, by ユーザ名, keyset-paginated. */
export async function searchAccounts(
  db: DataSource,
  filter: AccountFilter,
  first: number,
  after: string | null | undefined,
): Promise<Page<Account>> {
  const afterLoginId = after ? decodeCursor(after, isLoginIdCursor)[0] : null;
  const text = filter.text ? filter.text.normalize('NFKC').trim().toLowerCase() : '';
  if (text.length > 100)
    throw badUserInput('検索文字列は100文字以内で指定してください。', [{ field: 'text', message: '100文字以内で指定してください。' }]);
  const filtered = () => {
    const q = db.getRepository(Account).createQueryBuilder('a');
    if (filter.role) q.andWhere('a.role = :role', { role: filter.role });
    if (text)
      q.andWhere(`(a.login_id LIKE :text ESCAPE '\\' OR lower(a.display_name) LIKE :text ESCAPE '\\')`, { text: `%${escapeLike(text)}%` });
    return q;
  };
  const page = filtered()
    .orderBy('a.login_id', 'ASC')
    .limit(first + 1);
  if (afterLoginId) page.andWhere('a.login_id > :after', { after: afterLoginId });
  return toPage(
    await page.getMany(),
    first,
    afterLoginId !== null,
    (a) => encodeCursor([a.loginId]),
    () => filtered().getCount(),
  );
}

/**
 * パスワード変更 by the signed-in account. The current password is required (and wrong guesses
 * count against the sign-in throttle); other sessions are revoked, the current one stays.
 */
export async function changePassword(
  db: DataSource,
  config: Config,
  viewer: Viewer,
  request: { currentPassword: string; newPassword: string; clientAddress: string },
): Promise<void> {
  const accountId = viewer.accountId!;
  const [account] = await db.query(`SELECT login_id, password_hash FROM account WHERE id = $1`, [accountId]);
  if (request.currentPassword.length > MAX_RAW_PASSWORD_LENGTH) {
    throw badUserInput('現在のパスワードが正しくありません。', [
      { field: 'currentPassword', message: '現在のパスワードが正しくありません。' },
    ]);
  }
  const newPassword = acceptNewPassword(request.newPassword, account.login_id, 'newPassword');
  const throttle = signInThrottleFor(db, config.auth);
  await throttle.checkAllowed(account.login_id, request.clientAddress);
  const ok = account.password_hash ? await passwordHasher.verify(normalizePassword(request.currentPassword), account.password_hash) : false;
  if (!ok) {
    await throttle.recordFailure(account.login_id, request.clientAddress);
    throw badUserInput('現在のパスワードが正しくありません。', [
      { field: 'currentPassword', message: '現在のパスワードが正しくありません。' },
    ]);
  }
  const hash = await passwordHasher.hash(newPassword);
  await db.transaction(async (m) => {
    await setPasswordHash(m, accountId, hash);
    await revokeSessionsOf(m, accountId, viewer.sessionId ?? null);
  });
}
