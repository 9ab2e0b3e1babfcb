import type { EntityManager } from 'typeorm';

/** A file sent with a mail (a report's CSV): kept in mail_attachment until the mail is sent or given up on. */
export interface MailAttachment {
  fileName: string;
  contentType: string;
  content: Buffer;
}

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  attachments?: readonly MailAttachment[];
}

/**
 * Queues a mail in the outbox. Call it with the transaction's manager of the change that causes
 * the mail: the mail exists exactly when the change commits, and the delivery worker sends it
 * afterwards (retrying while SMTP is down).
 */
export async function enqueueMail(m: EntityManager, mail: OutgoingMail): Promise<number> {
  const [{ id }] = await m.query(`INSERT INTO mail_outbox (recipient, subject, body_text) VALUES ($1, $2, $3) RETURNING id`, [
    mail.to,
    mail.subject,
    mail.text,
  ]);
  for (const file of mail.attachments ?? []) {
    await m.query(`INSERT INTO mail_attachment (mail_id, file_name, content_type, content) VALUES ($1, $2, $3, $4)`, [
      id,
      file.fileName,
      file.contentType,
      file.content,
    ]);
  }
  return Number(id);
}

/** Mails neither sent nor given up on (the outbox backlog, exported as a metric). */
export async function countUndeliveredMail(db: Pick<EntityManager, 'query'>): Promise<number> {
  const [{ count }] = await db.query(`SELECT count(*)::int AS count FROM mail_outbox WHERE sent_at IS NULL AND failed_at IS NULL`);
  return count;
}
