import type { DataSource, EntityManager } from 'typeorm';
import type { Config } from '../config';
import { signInThrottleFor } from '../auth/sign-in-throttle';
import { hashSecretToken, looksLikeToken, newSecretToken } from '../auth/tokens';
import { badUserInput } from '../graphql/errors';
import { enqueueMail } from '../mail/outbox';
import { passwordHasher } from './password-hash';
import { acceptNewPassword, normalizeLoginId } from './password-rule';
import { revokeSessionsOf } from './session';
import { revokeApiTokensOf } from './api-token';

export enum ResetPurpose {
  /** 「パスワードをお忘れですか？」 */
  RESET = 'RESET',
  /** First password of an account the office created. */
  SETUP = 'SETUP',
}

const SETUP_TTL_MINUTES = 72 * 60;
/**
 * requestPasswordReset answers no sooner than this, whether or not the ID exists and a mail is
 * queued, so its timing does not reveal which IDs exist (the mail itself is sent by the worker).
 */
export const RESET_REQUEST_MIN_MS = 300;

export const INVALID_RESET_LINK = 'このリンクは無効か、有効期限が切れています。もう一度パスワードリセットを申請してください。';

const jstFormat = new Intl.DateTimeFormat('ja-JP', {
  timeZone: 'Asia/Tokyo',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

/** The page the mailed link opens. The token is in the fragment: browsers never send it to a server or in a Referer. */
export function resetLink(config: Config, token: string): string {
  return `${config.publicBaseUrl}/password/reset#token=${token}`;
}

/** Creates a single-use reset token for the account and queues its mail, in the caller's transaction. */
export async function issueResetToken(
  m: EntityManager,
  config: Config,
  account: { id: number; login_id: string; display_name: string; email: string },
  purpose: ResetPurpose,
): Promise<void> {
  const ttl = purpose === ResetPurpose.SETUP ? SETUP_TTL_MINUTES : config.auth.passwordResetTtlMinutes;
  const { token, hash } = newSecretToken();
  const [{ expires_at: expiresAt }] = await m.query(
    `INSERT INTO password_reset (account_id, token_hash, purpose, expires_at) VALUES ($1, $2, $3, now() + make_interval(mins => $4)) RETURNING expires_at`,
    [account.id, hash, purpose, ttl],
  );
  const until = jstFormat.format(expiresAt);
  const intro =
    purpose === ResetPurpose.SETUP
      ? ['G-MIS のアカウントが作成されました。', '下記のURLにアクセスし、画面の指示に従ってパスワードを設定してください。']
      : [
          'G-MIS のパスワードリセットの申請を受け付けました。',
          '下記のURLにアクセスし、画面の指示に従って新しいパスワードを設定してください。',
        ];
  await enqueueMail(m, {
    to: account.email,
    subject: purpose === ResetPurpose.SETUP ? '【G-MIS】パスワード設定のご案内' : '【G-MIS】パスワードリセットのご案内',
    text: [
      `${account.display_name} 様`,
      '',
      ...intro,
      '',
      resetLink(config, token),
      '',
      `ユーザ名: ${account.login_id}`,
      `URLの有効期限: ${until}（日本時間）まで。URLは一度だけ使えます。`,
      '',
      'お心当たりのない場合は、このメールを破棄してください。パスワードは変更されません。',
      '',
      '厚生労働省 G-MIS事務局',
      '0570-783-872（土日祝日を除く平日9時～17時）',
    ].join('\n'),
  });
}

async function answerNoSoonerThan(startedAt: number, ms: number): Promise<void> {
  const wait = startedAt + ms - performance.now();
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
}

/**
 * 「パスワードリセット」: when the ID belongs to an active account, a reset mail is queued. The
 * caller always gets the same answer in about the same time, so it learns nothing about IDs.
 */
export async function requestPasswordReset(db: DataSource, config: Config, rawLoginId: string): Promise<void> {
  const startedAt = performance.now();
  try {
    const loginId = normalizeLoginId(rawLoginId.slice(0, 256));
    if (!/^[a-z0-9][a-z0-9._@-]{2,63}$/.test(loginId)) return;
    const [account] = await db.query(`SELECT id, login_id, display_name, email FROM account WHERE login_id = $1 AND disabled_at IS NULL`, [
      loginId,
    ]);
    if (!account) return;
    // Bounded per account, silently: a stranger cannot flood someone's mailbox through this form.
    if (!(await signInThrottleFor(db, config.auth).allowResetMail(account.id))) return;
    await db.transaction((m) => issueResetToken(m, config, account, ResetPurpose.RESET));
  } finally {
    await answerNoSoonerThan(startedAt, RESET_REQUEST_MIN_MS);
  }
}

/**
 * Sets a new password with a mailed token. The token is single-use and expires; all sessions
 * are revoked and all other reset links of the account stop working. It does not sign in.
 */
export async function resetPassword(db: DataSource, token: string, newPassword: string): Promise<void> {
  const invalid = () => badUserInput(INVALID_RESET_LINK, [{ field: 'token', message: INVALID_RESET_LINK }]);
  if (!looksLikeToken(token)) throw invalid();
  const hash = hashSecretToken(token);
  const [reset] = await db.query(
    `SELECT r.id, a.id AS account_id, a.login_id FROM password_reset r JOIN account a ON a.id = r.account_id
      WHERE r.token_hash = $1 AND r.used_at IS NULL AND r.expires_at > now() AND a.disabled_at IS NULL`,
    [hash],
  );
  if (!reset) throw invalid();
  // The rule is checked before hashing (a 1 MB password is refused at once).
  const password = acceptNewPassword(newPassword, reset.login_id, 'newPassword');
  const passwordHash = await passwordHasher.hash(password);
  await db.transaction(async (m) => {
    // Single use even when the link is opened twice at once: only one UPDATE finds it unused.
    const [used] = await m.query(
      `UPDATE password_reset SET used_at = now() WHERE id = $1 AND used_at IS NULL AND expires_at > now() RETURNING id`,
      [reset.id],
    );
    if (!used.length) throw invalid();
    await setPasswordHash(m, reset.account_id, passwordHash);
    await revokeSessionsOf(m, reset.account_id);
  });
}

/**
 * Stores a new password hash, invalidates every open reset link of the account, revokes its API
 * tokens (whoever had the old password may have made one) and tells the owner by mail, naming
 * the revoked tokens (so a change they did not make does not go unnoticed, and a script that
 * stops working has its reason).
 */
export async function setPasswordHash(m: EntityManager, accountId: number, passwordHash: string): Promise<void> {
  const [[account]] = await m.query(
    `UPDATE account SET password_hash = $2, password_changed_at = now(), updated_at = now() WHERE id = $1 RETURNING login_id, display_name, email`,
    [accountId, passwordHash],
  );
  await m.query(`UPDATE password_reset SET used_at = now() WHERE account_id = $1 AND used_at IS NULL`, [accountId]);
  const revoked = await revokeApiTokensOf(m, accountId);
  const tokenNotice = revoked.length
    ? [
        '',
        `このアカウントのAPIトークン${revoked.length}件を無効にしました（${revoked.map((t) => `「${t.name}」`).join('、')}）。`,
        '引き続き API を利用する場合は、新しいAPIトークンを発行してください。',
      ]
    : [];
  await enqueueMail(m, {
    to: account.email,
    subject: '【G-MIS】パスワードが変更されました',
    text: [
      `${account.display_name} 様`,
      '',
      `G-MIS のユーザ名「${account.login_id}」のパスワードが変更されました。`,
      ...tokenNotice,
      '',
      'お心当たりのない場合は、至急 G-MIS事務局までご連絡ください。',
      '',
      '厚生労働省 G-MIS事務局',
      '0570-783-872（土日祝日を除く平日9時～17時）',
    ].join('\n'),
  });
}
