import nodemailer, { type Transporter } from 'nodemailer';
import type { MailConfig } from '../config';

export interface MailMessage {
  /** Stable across retries, so a receiver can drop a duplicate if a retry follows a lost acknowledgement. */
  messageId: string;
  to: string;
  subject: string;
  text: string;
  attachments?: readonly { fileName: string; contentType: string; content: Buffer }[];
}

/** Sends one mail; rejects when the SMTP server does not accept it (the worker retries later). */
export interface Mailer {
  send(message: MailMessage): Promise<void>;
  close(): void;
}

/** SMTP via nodemailer, configured by SMTP_* environment variables (host and port may be overridden for a loopback server). */
export function createSmtpMailer(config: MailConfig, target: { host: string; port: number } | null = null): Mailer {
  const host = target?.host ?? config.smtpHost;
  if (!host) throw new Error('createSmtpMailer: no SMTP host configured');
  const transport: Transporter = nodemailer.createTransport({
    host,
    port: target?.port ?? config.smtpPort,
    secure: target ? false : config.smtpSecure,
    auth: !target && config.smtpUser ? { user: config.smtpUser, pass: config.smtpPassword ?? '' } : undefined,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  });
  return {
    async send(message) {
      await transport.sendMail({
        from: config.from,
        to: message.to,
        subject: message.subject,
        text: message.text,
        messageId: message.messageId,
        textEncoding: 'base64',
        attachments: message.attachments?.map((file) => ({
          filename: file.fileName,
          contentType: file.contentType,
          content: file.content,
        })),
      });
    },
    close() {
      transport.close();
    },
  };
}
