import pino from 'pino';
import { createDataSource } from '../../../ormconfig';
import { TcpSwitch } from '../../test/tcp-switch';
import { simpleParser } from 'mailparser';
import { loadConfig } from '../config';
import { createTestDatabase, type TestDatabase } from '../../test/test-database';
import { MailDeliveryWorker, retryDelaySeconds } from './delivery-worker';
import { startLoopbackSmtp, type LoopbackSmtp } from './loopback-smtp';
import { createSmtpMailer, type Mailer } from './mailer';
import { enqueueMail } from './outbox';

let db: TestDatabase;
let smtp: LoopbackSmtp;
let mailer: Mailer;
const config = loadConfig({ NODE_ENV: 'test', MAIL_FROM: 'G-MIS事務局 <no-reply@gmis.example.jp>' });
const log = pino({ level: 'silent' });
const worker = (options: Partial<{ maxAttempts: number }> = {}, m: Mailer = mailer) =>
  new MailDeliveryWorker(db.dataSource, m, {
    pollIntervalMs: 50,
    maxAttempts: options.maxAttempts ?? 5,
    messageIdDomain: 'gmis.example.jp',
    log,
  });

beforeAll(async () => {
  db = await createTestDatabase();
  smtp = await startLoopbackSmtp();
  mailer = createSmtpMailer(config.mail, { host: smtp.host, port: smtp.port });
});

afterAll(async () => {
  mailer?.close();
  await smtp?.stop();
  await db?.drop();
});

beforeEach(async () => {
  smtp.messages.length = 0;
  smtp.refuse = false;
  await db.dataSource.query(`DELETE FROM mail_outbox`);
});

const queue = (to: string, subject = 'お知らせ') =>
  db.dataSource.transaction((m) => enqueueMail(m, { to, subject, text: '本文です。\nよろしくお願いします。' }));

describe('mail outbox delivery', () => {
  it('sends a mail with its attachments (a report CSV in CP932 stays byte for byte) and then forgets their content', async () => {
    const csv = Buffer.from([0x88, 0xe3, 0x97, 0xc3, 0x8b, 0x40, 0x8a, 0xd6, 0x96, 0xbc, 0x0d, 0x0a]); // 医療機関名 CRLF in CP932
    const id = await db.dataSource.transaction((m) =>
      enqueueMail(m, {
        to: 'analyst@example.com',
        subject: '【G-MIS】レポート',
        text: '添付のとおりです。',
        attachments: [{ fileName: '病床一覧.csv', contentType: 'text/csv; charset=Shift_JIS', content: csv }],
      }),
    );
    expect(await worker().runOnce()).toMatchObject({ claimed: 1, sent: 1 });
    const mail = await simpleParser(smtp.messages[0]);
    expect(mail.text).toBe('添付のとおりです。');
    expect(mail.attachments.map((a) => [a.filename, a.contentType])).toEqual([['病床一覧.csv', 'text/csv']]);
    expect(Buffer.compare(mail.attachments[0].content, csv)).toBe(0);
    const [row] = await db.dataSource.query(`SELECT content FROM mail_attachment WHERE mail_id = $1`, [id]);
    expect(row.content).toBeNull();
  });

  it('delivers a queued mail over SMTP, in Japanese, with a Message-ID stable per outbox row, and erases the body after', async () => {
    const id = await queue('hokenjo@example.com', '【G-MIS】テスト');
    expect(await worker().runOnce()).toEqual({ claimed: 1, sent: 1, retried: 0, failed: 0 });
    expect(smtp.messages).toHaveLength(1);
    const mail = await simpleParser(smtp.messages[0]);
    expect(mail.subject).toBe('【G-MIS】テスト');
    expect(mail.text).toBe('本文です。\nよろしくお願いします。');
    expect(mail.from?.value).toEqual([{ name: 'G-MIS事務局', address: 'no-reply@gmis.example.jp' }]);
    expect(mail.messageId).toBe(`<mail-${id}@gmis.example.jp>`);
    const [row] = await db.dataSource.query(`SELECT sent_at, body_text, attempts FROM mail_outbox WHERE id = $1`, [id]);
    expect(row).toMatchObject({ body_text: null, attempts: 1 });
    expect(row.sent_at).not.toBeNull();
    expect(await worker().runOnce()).toMatchObject({ claimed: 0 });
    expect(smtp.messages).toHaveLength(1);
  });

  it('writes nothing when the transaction that caused the mail rolls back', async () => {
    await expect(
      db.dataSource.transaction(async (m) => {
        await enqueueMail(m, { to: 'a@example.com', subject: 's', text: 't' });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await db.dataSource.query(`SELECT * FROM mail_outbox`)).toEqual([]);
  });

  it('loses nothing while SMTP refuses or is down: retries later with back-off', async () => {
    const id = await queue('retry@example.com');
    smtp.refuse = true;
    expect(await worker().runOnce()).toMatchObject({ claimed: 1, sent: 0, retried: 1 });
    const down = createSmtpMailer(config.mail, { host: '127.0.0.1', port: 1 });
    await db.dataSource.query(`UPDATE mail_outbox SET next_attempt_at = now()`);
    expect(await worker({}, down).runOnce()).toMatchObject({ claimed: 1, retried: 1 });
    down.close();
    const [row] = await db.dataSource.query(
      `SELECT attempts, body_text, sent_at, last_error, round(extract(epoch FROM next_attempt_at - now())) AS wait FROM mail_outbox WHERE id = $1`,
      [id],
    );
    expect(row).toMatchObject({ attempts: 2, sent_at: null, body_text: '本文です。\nよろしくお願いします。' });
    expect(Number(row.wait)).toBeGreaterThan(retryDelaySeconds(2) - 5);
    expect(row.last_error).toBeTruthy();
    // Not due yet: nothing is sent early.
    smtp.refuse = false;
    expect(await worker().runOnce()).toMatchObject({ claimed: 0 });
    await db.dataSource.query(`UPDATE mail_outbox SET next_attempt_at = now()`);
    expect(await worker().runOnce()).toMatchObject({ claimed: 1, sent: 1 });
    expect(smtp.messages).toHaveLength(1);
    expect([10, 20, 40, 80].map((_, i) => retryDelaySeconds(i + 1))).toEqual([10, 20, 40, 80]);
    expect(retryDelaySeconds(30)).toBe(3600);
  });

  it('gives up after the last attempt and says so in the row', async () => {
    const id = await queue('never@example.com');
    smtp.refuse = true;
    const w = worker({ maxAttempts: 2 });
    await w.runOnce();
    await db.dataSource.query(`UPDATE mail_outbox SET next_attempt_at = now()`);
    expect(await w.runOnce()).toMatchObject({ failed: 1 });
    const [row] = await db.dataSource.query(`SELECT failed_at, sent_at, body_text FROM mail_outbox WHERE id = $1`, [id]);
    expect(row.failed_at).not.toBeNull();
    expect(row).toMatchObject({ sent_at: null, body_text: null });
  });

  it('never sends a mail twice when several workers (processes) run at once', async () => {
    for (let i = 0; i < 30; i += 1) await queue(`many${i}@example.com`);
    const workers = [worker(), worker(), worker()];
    const results = await Promise.all(workers.flatMap((w) => [w.runOnce(), w.runOnce()]));
    expect(results.reduce((sum, r) => sum + r.sent, 0)).toBe(30);
    const ids = await Promise.all(smtp.messages.map(async (raw) => (await simpleParser(raw)).messageId));
    expect(new Set(ids).size).toBe(30);
    expect(ids).toHaveLength(30);
  });

  it('runs as a loop: start() delivers what is queued, stop() waits for the round in progress', async () => {
    const w = worker();
    w.start();
    await queue('loop@example.com');
    await smtp.waitForMessage((raw) => raw.includes('loop@example.com'));
    await w.stop();
    expect(smtp.messages).toHaveLength(1);
  });
});

describe('mail outbox across a database outage', () => {
  it('keeps polling while PostgreSQL is unreachable and delivers each queued mail once when it returns', async () => {
    await queue('after-outage@example.com', '復旧後の配信');
    const target = new URL(db.url);
    const relay = new TcpSwitch({ host: target.hostname, port: Number(target.port || 5432) });
    await relay.open();
    const viaRelay = new URL(db.url);
    viaRelay.port = String(relay.port);
    const dataSource = createDataSource({ url: viaRelay.toString(), schema: db.schema, connectTimeoutMs: 500 });
    await dataSource.initialize();
    await relay.cut();
    const failures: unknown[] = [];
    const outageLog = pino({ level: 'error' }, { write: (line: string) => failures.push(line) });
    const running = new MailDeliveryWorker(dataSource, mailer, {
      pollIntervalMs: 50,
      maxAttempts: 5,
      messageIdDomain: 'gmis.example.jp',
      log: outageLog,
    });
    try {
      running.start();
      for (let i = 0; i < 100 && failures.length < 2; i += 1) await new Promise((resolve) => setTimeout(resolve, 50));
      // The worker tried during the outage, failed, and kept its schedule; nothing was sent.
      expect(failures.length).toBeGreaterThanOrEqual(2);
      expect(smtp.messages).toHaveLength(0);
      await relay.open();
      for (let i = 0; i < 100 && smtp.messages.length === 0; i += 1) await new Promise((resolve) => setTimeout(resolve, 50));
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(smtp.messages).toHaveLength(1);
      expect((await simpleParser(smtp.messages[0])).subject).toBe('復旧後の配信');
    } finally {
      await running.stop();
      await relay.cut();
      await dataSource.destroy().catch(() => undefined);
    }
  });
});
