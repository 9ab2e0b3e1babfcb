import pino from 'pino';
import { simpleParser } from 'mailparser';
import { Role } from '../auth/viewer';
import { MailDeliveryWorker } from '../mail/delivery-worker';
import { startLoopbackSmtp, type LoopbackSmtp } from '../mail/loopback-smtp';
import { createSmtpMailer, type Mailer } from '../mail/mailer';
import { createTestDatabase, type TestDatabase } from '../../test/test-database';
import type { TestServer } from '../../test/test-server';
import { createTestAccount, LOGIN, signInAs, startServerWithSignIn, type TestAccount } from '../../test/accounts';
import { passwordHasher } from './password-hash';
import { INVALID_RESET_LINK } from './password-reset';

let db: TestDatabase;
let server: TestServer;
let smtp: LoopbackSmtp;
let mailer: Mailer;
let worker: MailDeliveryWorker;
let account: TestAccount;

const REQUEST = `mutation($loginId: String!) { requestPasswordReset(loginId: $loginId) }`;
const RESET = `mutation($token: String!, $p: String!) { resetPassword(token: $token, newPassword: $p) }`;

beforeAll(async () => {
  db = await createTestDatabase();
  smtp = await startLoopbackSmtp();
  server = await startServerWithSignIn(db, { PUBLIC_BASE_URL: 'https://gmis.example.jp', PASSWORD_RESETS_PER_ACCOUNT_PER_HOUR: '3' });
  mailer = createSmtpMailer(server.config.mail, { host: smtp.host, port: smtp.port });
  worker = new MailDeliveryWorker(db.dataSource, mailer, {
    pollIntervalMs: 50,
    maxAttempts: 3,
    messageIdDomain: 'gmis.example.jp',
    log: pino({ level: 'silent' }),
  });
  account = await createTestAccount(db.dataSource, { loginId: 'sato', role: Role.ANALYST, email: 'sato@hokenjo.example.com' });
});

afterAll(async () => {
  await worker?.stop();
  mailer?.close();
  await smtp?.stop();
  await server?.stop();
  await db?.drop();
});

/** Delivers the outbox through SMTP and returns the reset link of the newest mail to `to`. */
async function mailedLink(to: string): Promise<string> {
  await worker.runOnce();
  const parsed = await Promise.all(smtp.messages.map((raw) => simpleParser(raw)));
  const mail = parsed
    .filter((m) => m.to && !Array.isArray(m.to) && m.to.text === to && m.subject === '【G-MIS】パスワードリセットのご案内')
    .pop();
  if (!mail?.text) throw new Error(`no reset mail to ${to}`);
  const link = /https?:\/\/\S+/.exec(mail.text)?.[0];
  if (!link) throw new Error('no link in the mail');
  return link;
}
const tokenOf = (link: string) => new URL(link).hash.replace(/^#token=/, '');

describe('password reset (seed 1-2) end to end through SMTP', () => {
  it('answers the same whether or not the ID exists, and mails a link only to the registered address', async () => {
    const known = await server.graphql(REQUEST, { loginId: 'SATO' }, { host: 'evil.example', 'x-forwarded-host': 'evil.example' });
    const unknown = await server.graphql(REQUEST, { loginId: 'nobody-here' });
    const malformed = await server.graphql(REQUEST, { loginId: '%%%' });
    for (const res of [known, unknown, malformed]) {
      expect(res.errors).toBeUndefined();
      expect(res.data).toEqual({ requestPasswordReset: true });
    }
    const outbox = await db.dataSource.query(`SELECT recipient FROM mail_outbox`);
    expect(outbox).toEqual([{ recipient: 'sato@hokenjo.example.com' }]);

    const link = await mailedLink('sato@hokenjo.example.com');
    // The host comes from PUBLIC_BASE_URL, never from the request's Host header.
    expect(link).toMatch(/^https:\/\/gmis\.example\.jp\/password\/reset#token=[A-Za-z0-9_-]{43}$/);
    const token = tokenOf(link);
    const [stored] = await db.dataSource.query(`SELECT token_hash, expires_at - created_at AS ttl, purpose FROM password_reset`);
    expect(stored.ttl).toEqual({ minutes: 30 });
    expect(stored.purpose).toBe('RESET');
    expect(Buffer.from(stored.token_hash).toString('utf8')).not.toContain(token);
    // The outbox keeps no copy of the link once the mail is delivered.
    expect(await db.dataSource.query(`SELECT body_text FROM mail_outbox`)).toEqual([{ body_text: null }]);
  });

  it('sets a new password by the mailed link: rule enforced first, sessions revoked, single use, no sign-in', async () => {
    const session = await signInAs(server, account);
    await server.graphql(REQUEST, { loginId: 'sato' });
    const token = tokenOf(await mailedLink('sato@hokenjo.example.com'));

    const hash = jest.spyOn(passwordHasher, 'hash');
    const weak = await server.graphql(RESET, { token, p: 'sato' });
    expect(weak.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(weak.errors?.[0].extensions?.fieldErrors.map((e: any) => e.field)).toEqual(['newPassword', 'newPassword']);
    const huge = await server.graphql(RESET, { token, p: `Aa1${'x'.repeat(1_000_000)}` });
    expect(huge.errors?.[0].extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fieldErrors: [{ field: 'newPassword', message: 'パスワードは256文字以内で入力してください。' }],
    });
    expect(hash).not.toHaveBeenCalled();
    hash.mockRestore();

    const ok = await server.graphql(RESET, { token, p: 'Atarashii-Pass-42' });
    expect(ok.errors).toBeUndefined();
    expect(ok.headers.get('set-cookie')).toBeNull();
    expect((await server.graphql(`{ viewer { role } }`, {}, { cookie: session })).data.viewer).toBeNull();
    expect((await server.graphql(LOGIN, { loginId: 'sato', password: account.password })).errors?.[0].extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
    expect((await server.graphql(LOGIN, { loginId: 'sato', password: 'Atarashii-Pass-42' })).errors).toBeUndefined();

    const again = await server.graphql(RESET, { token, p: 'Another-Pass-43' });
    expect(again.errors?.[0].extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fieldErrors: [{ field: 'token', message: INVALID_RESET_LINK }],
    });
    account.password = 'Atarashii-Pass-42';
  });

  it('refuses an expired link, and every older link once the password has changed', async () => {
    await db.dataSource.query(`DELETE FROM rate_limit`);
    await server.graphql(REQUEST, { loginId: 'sato' });
    const older = tokenOf(await mailedLink('sato@hokenjo.example.com'));
    await server.graphql(REQUEST, { loginId: 'sato' });
    const newer = tokenOf(await mailedLink('sato@hokenjo.example.com'));
    expect(newer).not.toBe(older);

    await db.dataSource.query(
      `UPDATE password_reset SET created_at = now() - interval '31 minutes', expires_at = now() - interval '1 minute' WHERE used_at IS NULL AND token_hash = sha256($1::bytea)`,
      [Buffer.from(newer)],
    );
    expect((await server.graphql(RESET, { token: newer, p: 'Atarashii-Pass-44' })).errors?.[0].message).toBe(INVALID_RESET_LINK);

    const CHANGE = `mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }`;
    const cookie = await signInAs(server, account);
    expect((await server.graphql(CHANGE, { c: account.password, n: 'Changed-Pass-45' }, { cookie })).errors).toBeUndefined();
    account.password = 'Changed-Pass-45';
    expect((await server.graphql(RESET, { token: older, p: 'Atarashii-Pass-46' })).errors?.[0].message).toBe(INVALID_RESET_LINK);
    expect((await server.graphql(RESET, { token: 'not-a-token', p: 'Atarashii-Pass-46' })).errors?.[0].extensions?.fieldErrors).toEqual([
      { field: 'token', message: INVALID_RESET_LINK },
    ]);
  });

  it('limits reset mails per account silently: the answer stays the same', async () => {
    await db.dataSource.query(`DELETE FROM rate_limit`);
    await db.dataSource.query(`DELETE FROM mail_outbox`);
    for (let i = 0; i < 5; i += 1) {
      expect((await server.graphql(REQUEST, { loginId: 'sato' })).data).toEqual({ requestPasswordReset: true });
    }
    expect(await db.dataSource.query(`SELECT count(*)::int AS n FROM mail_outbox`)).toEqual([{ n: 3 }]);
  });
});
