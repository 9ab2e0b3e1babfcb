import { AuditAction, recordAudit } from '../audit/audit-log';
import crypto from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { Config } from '../config';
import { signInThrottleFor } from '../auth/sign-in-throttle';
import { hashSecretToken } from '../auth/tokens';
import type { Viewer } from '../auth/viewer';
import { badUserInput, DomainError, ErrorCode } from '../graphql/errors';
import { passwordHasher, verifyAgainstNothing } from './password-hash';
import { MAX_PASSWORD_LENGTH, MAX_RAW_PASSWORD_LENGTH, normalizeLoginId, normalizePassword } from './password-rule';
import { startSession, viewerForSessionToken } from './session';
import { sessionViewers } from './session-viewers';

/** The one answer for an unknown ID, a wrong password, a disabled account or one without a password yet. */
export const INVALID_CREDENTIALS = 'ユーザ名またはパスワードが正しくありません。';
const MAX_LOGIN_ID_INPUT = 256;

export interface SignInRequest {
  loginId: string;
  password: string;
  clientAddress: string;
  /** The session cookie the browser still had, if any: it is revoked (the session is rotated). */
  previousSessionToken: string | null;
}

export interface SignedIn {
  viewer: Viewer;
  token: string;
  expiresAt: Date;
}

/** Key for the per-ID counter: the normalised ID, hashed when too long for the store's key column. */
function throttleKey(loginId: string): string {
  return loginId.length <= 100 ? loginId : crypto.createHash('sha256').update(loginId).digest('hex');
}

/**
 * Checks ID and password and opens a new session. Throttled per ID and per client address
 * before any hashing; unknown IDs cost the same hashing work as known ones. A stored hash of an
 * earlier algorithm or setting is replaced by one at the current setting once the password is right.
 */
export async function signIn(db: DataSource, config: Config, request: SignInRequest): Promise<SignedIn> {
  if (request.password.length > MAX_RAW_PASSWORD_LENGTH) {
    // Refused before normalising or hashing: a huge password must not buy a huge amount of CPU.
    throw badUserInput(`パスワードは${MAX_PASSWORD_LENGTH}文字以内で入力してください。`, [
      { field: 'password', message: `${MAX_PASSWORD_LENGTH}文字以内で入力してください。` },
    ]);
  }
  const problems = [
    request.loginId.trim() === '' ? { field: 'loginId', message: 'ユーザ名を入力してください。' } : null,
    request.password === '' ? { field: 'password', message: 'パスワードを入力してください。' } : null,
  ].filter((p): p is { field: string; message: string } => p !== null);
  if (problems.length) throw badUserInput(problems[0].message, problems);

  const loginId = normalizeLoginId(request.loginId.slice(0, MAX_LOGIN_ID_INPUT));
  const throttle = signInThrottleFor(db, config.auth);
  await throttle.checkAllowed(throttleKey(loginId), request.clientAddress);

  const [account]: { id: number; password_hash: string | null; disabled_at: Date | null }[] = await db.query(
    `SELECT id, password_hash, disabled_at FROM account WHERE login_id = $1`,
    [loginId],
  );
  const password = normalizePassword(request.password);
  const ok =
    account && account.password_hash && !account.disabled_at
      ? await passwordHasher.verify(password, account.password_hash)
      : await verifyAgainstNothing(password);
  if (!ok) {
    await throttle.recordFailure(throttleKey(loginId), request.clientAddress);
    // The login ID as typed (bounded), never the password.
    await recordAudit(db, {
      action: AuditAction.SIGN_IN_FAILED,
      actorAccountId: null,
      subject: loginId,
      clientAddress: request.clientAddress,
    });
    throw new DomainError(ErrorCode.UNAUTHENTICATED, INVALID_CREDENTIALS);
  }
  await throttle.recordSuccess(throttleKey(loginId));

  const rehash = passwordHasher.needsRehash(account.password_hash!) ? await passwordHasher.hash(password) : null;
  const session = await db.transaction(async (m) => {
    if (request.previousSessionToken) {
      sessionViewers.forgetAll();
      await m.query(`UPDATE session SET revoked_at = now() WHERE token_hash = $1 AND revoked_at IS NULL`, [
        hashSecretToken(request.previousSessionToken),
      ]);
    }
    if (rehash) await m.query(`UPDATE account SET password_hash = $2 WHERE id = $1`, [account.id, rehash]);
    await recordAudit(m, {
      action: AuditAction.SIGN_IN_SUCCEEDED,
      actorAccountId: account.id,
      subject: loginId,
      clientAddress: request.clientAddress,
    });
    return startSession(m, account.id, config.auth.sessionTtlMinutes);
  });
  const viewer = await viewerForSessionToken(db, session.token);
  if (!viewer) throw new DomainError(ErrorCode.UNAUTHENTICATED, INVALID_CREDENTIALS);
  return { viewer, token: session.token, expiresAt: session.expiresAt };
}
