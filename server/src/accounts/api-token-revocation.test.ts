import { createTestDatabase, type TestDatabase } from '../../test/test-database';
import type { TestServer } from '../../test/test-server';
import { createTestAccount, signInAs, startServerWithSignIn, type TestAccount } from '../../test/accounts';
import { Role } from '../auth/viewer';
import { toGlobalId } from '../graphql/node';

/**
 * API tokens stand for the account's password: a password change or reset revokes them (the mail
 * that announces the change names them), and so does 利用停止, for good: re-enabling the account
 * brings no token back.
 */

let db: TestDatabase;
let server: TestServer;
let office: TestAccount;
let officeCookie: string;
let serial = 0;

beforeAll(async () => {
  db = await createTestDatabase();
  server = await startServerWithSignIn(db, { LOGIN_FAILURES_PER_ACCOUNT: '1000' });
  office = await createTestAccount(db.dataSource, { loginId: 'revocation-office', role: Role.OFFICE });
  officeCookie = await signInAs(server, office);
});

afterAll(async () => {
  await server?.stop();
  await db?.drop();
});

async function newAnalyst(): Promise<{ account: TestAccount; cookie: string }> {
  serial += 1;
  const account = await createTestAccount(db.dataSource, {
    loginId: `revocation-analyst-${serial}`,
    role: Role.ANALYST,
    password: 'Bunseki-Test-2026',
  });
  return { account, cookie: await signInAs(server, account) };
}

async function newToken(cookie: string, name: string): Promise<string> {
  const res = await server.graphql<{ createApiToken: { token: string } }>(
    `mutation($n: String!) { createApiToken(name: $n) { token } }`,
    { n: name },
    { cookie },
  );
  expect(res.errors).toBeUndefined();
  return res.data!.createApiToken.token;
}

/** Whether the token still signs a request in (apiTokens refuses anonymous callers). */
async function works(token: string): Promise<boolean> {
  const res = await server.graphql(`{ apiTokens { name } }`, {}, { authorization: `Bearer ${token}` });
  if (!res.errors) return true;
  expect(res.errors[0].extensions?.code).toBe('UNAUTHENTICATED');
  return false;
}

async function passwordChangedMail(email: string): Promise<string> {
  const rows: { body_text: string }[] = await db.dataSource.query(
    `SELECT body_text FROM mail_outbox WHERE recipient = $1 AND subject = '【G-MIS】パスワードが変更されました' ORDER BY id DESC LIMIT 1`,
    [email],
  );
  expect(rows).toHaveLength(1);
  return rows[0].body_text;
}

describe('API tokens and the account’s password and state', () => {
  it('a password change revokes every API token of the account, and the mail tells which', async () => {
    const { account, cookie } = await newAnalyst();
    const [first, second] = [await newToken(cookie, '集計スクリプト'), await newToken(cookie, '夜間バッチ')];
    expect([await works(first), await works(second)]).toEqual([true, true]);

    const res = await server.graphql(
      `mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }`,
      { c: account.password, n: 'Atarashii-Pass-2027' },
      { cookie },
    );
    expect(res.errors).toBeUndefined();
    expect([await works(first), await works(second)]).toEqual([false, false]);
    const mail = await passwordChangedMail(`${account.loginId}@example.com`);
    expect(mail).toContain('APIトークン2件を無効にしました（「集計スクリプト」、「夜間バッチ」）');
    expect(mail).toContain('新しいAPIトークンを発行してください');
    // The session that made the change goes on, and a new token works.
    expect(await works(await newToken(cookie, '新しいトークン'))).toBe(true);
  });

  it('a password reset revokes them too', async () => {
    const { account, cookie } = await newAnalyst();
    const token = await newToken(cookie, 'リセット前のトークン');
    expect(await server.graphql(`mutation($l: String!) { requestPasswordReset(loginId: $l) }`, { l: account.loginId })).toMatchObject({
      data: { requestPasswordReset: true },
    });
    const [{ body_text: resetMail }] = await db.dataSource.query(
      `SELECT body_text FROM mail_outbox WHERE recipient = $1 AND body_text LIKE '%#token=%'`,
      [`${account.loginId}@example.com`],
    );
    const resetToken = /#token=(\S+)/.exec(resetMail)![1];
    const res = await server.graphql(`mutation($t: String!, $p: String!) { resetPassword(token: $t, newPassword: $p) }`, {
      t: resetToken,
      p: 'Reset-Shita-Pass-2027',
    });
    expect(res.errors).toBeUndefined();
    expect(await works(token)).toBe(false);
    expect(await passwordChangedMail(`${account.loginId}@example.com`)).toContain(
      'APIトークン1件を無効にしました（「リセット前のトークン」）',
    );
  });

  it('利用停止 revokes them, and 利用再開 does not bring them back', async () => {
    const { account, cookie } = await newAnalyst();
    const token = await newToken(cookie, '停止前のトークン');
    const id = toGlobalId('Account', account.id);
    expect(
      (await server.graphql(`mutation($id: ID!) { disableAccount(id: $id) { id } }`, { id }, { cookie: officeCookie })).errors,
    ).toBeUndefined();
    expect(await works(token)).toBe(false);
    expect(
      (await server.graphql(`mutation($id: ID!) { enableAccount(id: $id) { id } }`, { id }, { cookie: officeCookie })).errors,
    ).toBeUndefined();
    expect(await works(token)).toBe(false);
    const listed = await server.graphql<{ apiTokens: { name: string; revokedAt: string | null }[] }>(
      `query($id: ID) { apiTokens(accountId: $id) { name revokedAt } }`,
      { id },
      { cookie: officeCookie },
    );
    expect(listed.data!.apiTokens).toEqual([{ name: '停止前のトークン', revokedAt: expect.any(String) }]);
    // The account itself is back: it signs in and may make a new token.
    expect(await works(await newToken(await signInAs(server, account), '再開後のトークン'))).toBe(true);
  });

  it('a password change with no tokens says nothing about tokens', async () => {
    const { account, cookie } = await newAnalyst();
    await server.graphql(
      `mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }`,
      { c: account.password, n: 'Tokunashi-Pass-2027' },
      { cookie },
    );
    expect(await passwordChangedMail(`${account.loginId}@example.com`)).not.toContain('APIトークン');
  });
});
