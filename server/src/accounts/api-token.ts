import type { DataSource, EntityManager } from 'typeorm';
import { type Viewer, Role } from '../auth/viewer';
import { hashSecretToken, newSecretToken } from '../auth/tokens';
import { badUserInput, forbidden, notFound } from '../graphql/errors';
import { ApiToken } from './api-token.entity';
import { VIEWER_COLUMNS, viewerFromRow } from './session';

/** Bearer tokens start with this, so a leaked token is recognisable (secret scanners, logs). */
export const API_TOKEN_PREFIX = 'gmis_';
const MAX_TOKENS_PER_ACCOUNT = 20;
/** apiTokens lists the newest this many (active ones are at most MAX_TOKENS_PER_ACCOUNT; the rest are revoked history). */
export const MAX_LISTED_API_TOKENS = 100;

/** Whether `viewer` may manage the API tokens of account `accountId`: the account itself or the office. */
export function mayManageTokensOf(viewer: Viewer, accountId: number): boolean {
  return viewer.role === Role.OFFICE || (viewer.accountId !== null && viewer.accountId === accountId);
}

export async function createApiToken(
  db: DataSource,
  viewer: Viewer,
  accountId: number,
  rawName: string,
): Promise<{ token: string; apiToken: ApiToken }> {
  if (!mayManageTokensOf(viewer, accountId)) throw forbidden();
  const name = rawName.normalize('NFKC').trim();
  if (name.length < 1 || name.length > 100) {
    throw badUserInput('名前を1〜100文字で入力してください。', [{ field: 'name', message: '1〜100文字で入力してください。' }]);
  }
  return db.transaction(async (m) => {
    const [account] = await m.query(`SELECT id FROM account WHERE id = $1 FOR UPDATE`, [accountId]);
    if (!account) throw notFound('アカウントが見つかりません。');
    const [{ count }] = await m.query(`SELECT count(*)::int AS count FROM api_token WHERE account_id = $1 AND revoked_at IS NULL`, [
      accountId,
    ]);
    if (count >= MAX_TOKENS_PER_ACCOUNT) {
      throw badUserInput(`有効なAPIトークンは1アカウントあたり${MAX_TOKENS_PER_ACCOUNT}個までです。不要なトークンを無効にしてください。`);
    }
    const { token, hash } = newSecretToken(API_TOKEN_PREFIX);
    const saved = await m.getRepository(ApiToken).save(
      m.getRepository(ApiToken).create({
        accountId,
        name,
        tokenHash: hash,
        tokenPrefix: token.slice(0, API_TOKEN_PREFIX.length + 6),
        createdByAccountId: viewer.accountId!,
        lastUsedAt: null,
        revokedAt: null,
      }),
    );
    return { token, apiToken: saved };
  });
}

export async function revokeApiToken(db: DataSource, viewer: Viewer, tokenId: number): Promise<ApiToken> {
  const repo = db.getRepository(ApiToken);
  const token = await repo.findOneBy({ dbId: tokenId });
  // Someone else's token is reported as missing, so token ids cannot be probed.
  if (!token || !mayManageTokensOf(viewer, token.accountId)) throw notFound('APIトークンが見つかりません。');
  if (!token.revokedAt) {
    await db.query(`UPDATE api_token SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL`, [tokenId]);
  }
  return (await repo.findOneBy({ dbId: tokenId }))!;
}

export async function listApiTokens(db: DataSource, viewer: Viewer, accountId: number): Promise<ApiToken[]> {
  if (!mayManageTokensOf(viewer, accountId)) throw forbidden();
  return db.getRepository(ApiToken).find({ where: { accountId }, order: { dbId: 'DESC' }, take: MAX_LISTED_API_TOKENS });
}

/**
 * Revokes every active API token of the account, in the caller's transaction: at a password
 * change or reset and when the account is stopped. Revoked tokens stay revoked (re-enabling the
 * account brings none back); the holder makes new ones. Returns the tokens revoked.
 */
export async function revokeApiTokensOf(m: EntityManager, accountId: number): Promise<{ id: number; name: string }[]> {
  const [rows] = await m.query(`UPDATE api_token SET revoked_at = now() WHERE account_id = $1 AND revoked_at IS NULL RETURNING id, name`, [
    accountId,
  ]);
  return (rows as { id: number; name: string }[]).sort((a, b) => a.id - b.id);
}

/** The viewer a bearer token stands for; records the last use (at most once a minute, to spare writes). */
export async function viewerForApiToken(db: DataSource, token: string): Promise<Viewer | null> {
  if (!token.startsWith(API_TOKEN_PREFIX)) return null;
  const rows = await db.query(
    `SELECT t.id AS credential_id, (t.last_used_at IS NULL OR t.last_used_at < now() - interval '1 minute') AS stale, ${VIEWER_COLUMNS}
       FROM api_token t JOIN account a ON a.id = t.account_id LEFT JOIN facility f ON f.id = a.facility_id
      WHERE t.token_hash = $1 AND t.revoked_at IS NULL AND a.disabled_at IS NULL`,
    [hashSecretToken(token)],
  );
  if (!rows.length) return null;
  if (rows[0].stale) await db.query(`UPDATE api_token SET last_used_at = now() WHERE id = $1`, [rows[0].credential_id]);
  return viewerFromRow(rows[0], 'apiToken');
}
