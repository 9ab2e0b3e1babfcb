import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import type { Config } from '../config';
import { MailDeliveryWorker } from './delivery-worker';
import { startLoopbackSmtp } from './loopback-smtp';
import { createSmtpMailer } from './mailer';

/**
 * Starts the outbox worker for this process. Without SMTP_HOST (development and the `npm start`
 * demo) mail goes to a loopback SMTP server that saves each message as an .eml file.
 */
export async function startMailDelivery(db: DataSource, config: Config, log: Logger): Promise<{ stop(): Promise<void> }> {
  const catcher = config.mail.smtpHost
    ? null
    : await startLoopbackSmtp({ saveDir: config.mail.catcherDir, onSaved: (file) => log.info({ file }, 'demo mail saved') });
  if (catcher) log.warn({ dir: config.mail.catcherDir }, 'SMTP_HOST not set: mail is delivered to the loopback mail catcher, not sent out');
  const mailer = createSmtpMailer(config.mail, catcher ? { host: catcher.host, port: catcher.port } : null);
  const worker = new MailDeliveryWorker(db, mailer, {
    pollIntervalMs: config.mail.pollIntervalMs,
    maxAttempts: config.mail.maxAttempts,
    messageIdDomain: new URL(config.publicBaseUrl).hostname,
    log,
  });
  worker.start();
  return {
    async stop() {
      await worker.stop();
      mailer.close();
      await catcher?.stop();
    },
  };
}
