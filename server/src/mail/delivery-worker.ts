import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { RepeatingRound } from '../shared/repeating-round';
import type { Mailer } from './mailer';

export interface DeliveryOptions {
  pollIntervalMs: number;
  maxAttempts: number;
  /** Domain part of Message-IDs (the public host name). */
  messageIdDomain: string;
  log: Logger;
  /** Mails claimed per round. */
  batchSize?: number;
}

/** How long a claimed mail stays reserved for one worker: far longer than nodemailer's timeouts. */
const LEASE = '5 minutes';

/** Waiting time before attempt n+1: 10 s, 20 s, 40 s … capped at one hour. */
export function retryDelaySeconds(attempts: number): number {
  return Math.min(3600, 10 * 2 ** Math.max(0, attempts - 1));
}

/**
 * Delivers the mail outbox. Each round claims due mails with FOR UPDATE SKIP LOCKED and a lease,
 * so several processes never send the same mail at once; a mail is marked sent only after the SMTP
 * server accepted it, and a failure schedules a retry with back-off, so nothing is lost while SMTP
 * is down. After delivery (or final failure) the body is erased: it may hold a reset link.
 */
export class MailDeliveryWorker {
  private readonly loop: Pick<RepeatingRound<unknown>, 'start' | 'stop'>;

  constructor(
    private readonly db: DataSource,
    private readonly mailer: Mailer,
    private readonly options: DeliveryOptions,
  ) {
    this.loop = new RepeatingRound({
      round: () => this.runOnce(),
      // A full batch means more may be waiting: go again at once.
      nextDelayMs: (result: { claimed: number }) => (result.claimed === (this.options.batchSize ?? 20) ? 0 : this.options.pollIntervalMs),
      retryMs: this.options.pollIntervalMs,
      onError: (error) => this.options.log.error({ err: error }, 'mail delivery round failed'),
    });
  }

  start(): void {
    this.loop.start();
  }

  stop(): Promise<void> {
    return this.loop.stop();
  }

  /** One round: claim due mails, send each, record the outcome. */
  async runOnce(): Promise<{ claimed: number; sent: number; retried: number; failed: number }> {
    // TypeORM answers an UPDATE with [rows, affected].
    const [claimed]: [{ id: string; recipient: string; subject: string; body_text: string; attempts: number }[], number] =
      await this.db.query(
        `UPDATE mail_outbox SET attempts = attempts + 1, locked_until = now() + interval '${LEASE}'
        WHERE id IN (
          SELECT id FROM mail_outbox
           WHERE sent_at IS NULL AND failed_at IS NULL AND next_attempt_at <= now()
             AND (locked_until IS NULL OR locked_until <= now())
           ORDER BY next_attempt_at, id
           LIMIT $1
           FOR UPDATE SKIP LOCKED)
        RETURNING id, recipient, subject, body_text, attempts`,
        [this.options.batchSize ?? 20],
      );
    const result = { claimed: claimed.length, sent: 0, retried: 0, failed: 0 };
    // The claimed mails' attachments, in one statement for the batch.
    const files: { mail_id: string; file_name: string; content_type: string; content: Buffer }[] = claimed.length
      ? await this.db.query(
          `SELECT mail_id, file_name, content_type, content FROM mail_attachment WHERE mail_id = ANY($1::bigint[]) AND content IS NOT NULL ORDER BY id`,
          [claimed.map((mail) => mail.id)],
        )
      : [];
    for (const mail of claimed) {
      try {
        const attachments = files
          .filter((file) => String(file.mail_id) === String(mail.id))
          .map((file) => ({ fileName: file.file_name, contentType: file.content_type, content: file.content }));
        await this.mailer.send({
          messageId: `<mail-${mail.id}@${this.options.messageIdDomain}>`,
          to: mail.recipient,
          subject: mail.subject,
          text: mail.body_text,
          ...(attachments.length ? { attachments } : {}),
        });
        await this.db.query(
          `UPDATE mail_outbox SET sent_at = now(), locked_until = NULL, body_text = NULL, last_error = NULL WHERE id = $1`,
          [mail.id],
        );
        // Like the body, an attachment is kept only until the mail is sent.
        if (attachments.length) await this.db.query(`UPDATE mail_attachment SET content = NULL WHERE mail_id = $1`, [mail.id]);
        result.sent += 1;
      } catch (error) {
        const reason = (error instanceof Error ? error.message : String(error)).slice(0, 500);
        if (mail.attempts >= this.options.maxAttempts) {
          await this.db.query(
            `UPDATE mail_outbox SET failed_at = now(), locked_until = NULL, body_text = NULL, last_error = $2 WHERE id = $1`,
            [mail.id, reason],
          );
          await this.db.query(`UPDATE mail_attachment SET content = NULL WHERE mail_id = $1`, [mail.id]);
          this.options.log.error({ mailId: mail.id, attempts: mail.attempts, reason }, 'mail given up after the last attempt');
          result.failed += 1;
        } else {
          const delay = retryDelaySeconds(mail.attempts);
          await this.db.query(
            `UPDATE mail_outbox SET next_attempt_at = now() + make_interval(secs => $2), locked_until = NULL, last_error = $3 WHERE id = $1`,
            [mail.id, delay, reason],
          );
          this.options.log.warn(
            { mailId: mail.id, attempts: mail.attempts, retryInSeconds: delay, reason },
            'mail delivery failed; will retry',
          );
          result.retried += 1;
        }
      }
    }
    return result;
  }
}
