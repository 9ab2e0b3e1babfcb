import type { DataSource, EntityManager } from 'typeorm';
import type { Role, Viewer } from '../auth/viewer';
import { hashSecretToken, newSecretToken } from '../auth/tokens';
import { sessionViewers } from './session-viewers';
import { PER_REQUEST_SQL_TAG } from '../db/query-recorder';

/**
 * Dashboard sessions: a row per sign-in, the cookie holds a random token whose SHA-256 is the
 * row's key. Sessions expire (absolute lifetime), and are revoked at logout, at password
 * change/reset and when the office disables the account.
 */
export async function startSession(
  m: EntityManager,
  accountId: number,
  ttlMinutes: number,
): Promise<{ sessionId: number; token: string; expiresAt: Date }> {
  const { token, hash } = newSecretToken();
  const [row] = await m.query(
    `INSERT INTO session (account_id, token_hash, expires_at) VALUES ($1, $2, now() + make_interval(mins => $3)) RETURNING id, expires_at`,
    [accountId, hash, ttlMinutes],
  );
  return { sessionId: Number(row.id), token, expiresAt: row.expires_at };
}

export async function revokeSession(m: EntityManager, sessionId: number): Promise<void> {
  sessionViewers.forgetAll();
  await m.query(`UPDATE session SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL`, [sessionId]);
}

/** Revokes every open session of the account, except (optionally) the one making the change. */
export async function revokeSessionsOf(m: EntityManager, accountId: number, exceptSessionId: number | null = null): Promise<number> {
  sessionViewers.forgetAll();
  const [, affected] = await m.query(
    `UPDATE session SET revoked_at = now() WHERE account_id = $1 AND revoked_at IS NULL AND id IS DISTINCT FROM $2`,
    [accountId, exceptSessionId],
  );
  return Number(affected ?? 0);
}

interface ViewerRow {
  credential_id: string;
  account_id: number;
  role: Role;
  facility_id: number | null;
  prefecture_code: string | null;
}

/** The organisation part of a Viewer: a facility's accounts act within the facility's prefecture. */
export const VIEWER_COLUMNS = `a.id AS account_id, a.role, a.facility_id, COALESCE(a.prefecture_code, f.prefecture_code) AS prefecture_code`;

export function viewerFromRow(row: ViewerRow, credential: 'session' | 'apiToken'): Viewer {
  return {
    accountId: row.account_id,
    role: row.role,
    facilityId: row.facility_id,
    prefectureCode: row.prefecture_code,
    sessionId: credential === 'session' ? Number(row.credential_id) : null,
    apiTokenId: credential === 'apiToken' ? Number(row.credential_id) : null,
  };
}

/**
 * The viewer a session cookie stands for, or null when the session is unknown, expired, revoked
 * or its account disabled. With `cacheMs`, a viewer found in the last `cacheMs` is reused
 * (session-viewers.ts).
 */
export async function viewerForSessionToken(db: DataSource, token: string, cacheMs = 0): Promise<Viewer | null> {
  const tokenHash = hashSecretToken(token);
  const cacheKey = tokenHash.toString('base64');
  const cached = cacheMs > 0 ? sessionViewers.get(cacheKey) : undefined;
  if (cached) return cached;
  const rows: (ViewerRow & { expires_in_ms: number })[] = await db.query(
    `${PER_REQUEST_SQL_TAG} SELECT s.id AS credential_id, ${VIEWER_COLUMNS}, (EXTRACT(EPOCH FROM s.expires_at - now()) * 1000)::float8 AS expires_in_ms
       FROM session s JOIN account a ON a.id = s.account_id LEFT JOIN facility f ON f.id = a.facility_id
      WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now() AND a.disabled_at IS NULL`,
    [tokenHash],
  );
  if (!rows.length) return null;
  const viewer = viewerFromRow(rows[0], 'session');
  sessionViewers.remember(cacheKey, viewer, Math.min(cacheMs, Number(rows[0].expires_in_ms)));
  return viewer;
}
