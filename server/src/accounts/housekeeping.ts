import type { DataSource } from 'typeorm';

/** How long ended sessions, used/expired reset links and delivered mails are kept (for investigation) before deletion. */
export const RETENTION_DAYS = 30;

/**
 * Deletes credentials that can no longer be used and delivered mail rows, so the tables hold only
 * what matters. Run periodically by every process (the DELETEs are idempotent).
 */
export async function purgeExpired(
  db: DataSource,
  retentionDays = RETENTION_DAYS,
): Promise<{ sessions: number; resets: number; mails: number }> {
  const cutoff = `now() - make_interval(days => $1)`;
  const [, sessions] = await db.query(`DELETE FROM session WHERE expires_at < ${cutoff} OR revoked_at < ${cutoff}`, [retentionDays]);
  const [, resets] = await db.query(`DELETE FROM password_reset WHERE expires_at < ${cutoff} OR used_at < ${cutoff}`, [retentionDays]);
  const [, mails] = await db.query(`DELETE FROM mail_outbox WHERE sent_at < ${cutoff} OR failed_at < ${cutoff}`, [retentionDays]);
  return { sessions: Number(sessions), resets: Number(resets), mails: Number(mails) };
}

/** Runs purgeExpired hourly (first run after a minute); returns a stop function. */
export function startHousekeeping(db: DataSource, onError: (error: unknown) => void): () => void {
  const run = () => void purgeExpired(db).catch(onError);
  const first = setTimeout(run, 60_000).unref();
  const every = setInterval(run, 3_600_000).unref();
  return () => {
    clearTimeout(first);
    clearInterval(every);
  };
}
