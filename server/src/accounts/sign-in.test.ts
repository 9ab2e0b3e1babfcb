import { Role } from '../auth/viewer';
import { createTestDatabase, type TestDatabase } from '../../test/test-database';
import type { TestServer } from '../../test/test-server';
import { createTestAccount, LOGIN, signInAs, startServerWithSignIn, testFacility, type TestAccount } from '../../test/accounts';
import { INVALID_CREDENTIALS } from './sign-in';
import { passwordHasher, scryptHash } from './password-hash';
import { MenuKey } from './menus';
import { buildAppSchema } from '../app.modules';
import { declaredListSize } from '../graphql/cost';

let db: TestDatabase;
let server: TestServer;
const accounts: Partial<Record<Role, TestAccount>> = {};

const VIEWER = `{ viewer { role roleLabel viaApiToken account { loginId email } facility { kind prefectureCode } prefecture { code name } menus { key label } } }`;

beforeAll(async () => {
  db = await createTestDatabase();
  const healthCentre = await testFacility(db.dataSource, 'HEALTH_CENTER');
  const hospital = await testFacility(db.dataSource, 'HOSPITAL');
  accounts.HEALTH_CENTER_RECRUITMENT = await createTestAccount(db.dataSource, {
    loginId: 'hc-recruit',
    role: Role.HEALTH_CENTER_RECRUITMENT,
    facilityId: healthCentre,
  });
  accounts.HEALTH_CENTER_AGGREGATOR = await createTestAccount(db.dataSource, {
    loginId: 'hc-aggregator',
    role: Role.HEALTH_CENTER_AGGREGATOR,
    facilityId: healthCentre,
  });
  accounts.FACILITY = await createTestAccount(db.dataSource, { loginId: 'hospital', role: Role.FACILITY, facilityId: hospital });
  accounts.PREFECTURE = await createTestAccount(db.dataSource, { loginId: 'tokyo', role: Role.PREFECTURE, prefectureCode: '13' });
  accounts.OFFICE = await createTestAccount(db.dataSource, { loginId: 'office', role: Role.OFFICE });
  server = await startServerWithSignIn(db);
});

afterAll(async () => {
  await server?.stop();
  await db?.drop();
});

describe('login, viewer and logout', () => {
  it('signs in with ID and password into an HTTP-only SameSite session cookie, stored hashed server-side', async () => {
    const res = await server.graphql(LOGIN, { loginId: 'hc-recruit', password: 'Test-Account-2026' });
    expect(res.errors).toBeUndefined();
    expect(res.data.login).toEqual({ role: 'HEALTH_CENTER_RECRUITMENT', account: { loginId: 'hc-recruit' } });
    const cookie = res.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^gmis_session=[A-Za-z0-9_-]{43}; Path=\/; Expires=.*; HttpOnly; SameSite=Lax$/);
    const token = cookie.split(';')[0].split('=')[1];
    const stored = await db.dataSource.query(`SELECT encode(token_hash, 'hex') AS hash, expires_at - created_at AS ttl FROM session`);
    expect(stored).toHaveLength(1);
    expect(stored[0].hash).not.toContain(Buffer.from(token).toString('hex'));
    expect(stored[0].ttl).toEqual({ hours: 8 });
  });

  it('ignores case and full-width forms in the ID, and accepts the password typed in full-width', async () => {
    const res = await server.graphql(LOGIN, {
      loginId: 'ＨＣ－ｒｅｃｒｕｉｔ'.replace('－', '-'),
      password: 'Ｔｅｓｔ-Ａｃｃｏｕｎｔ-２０２６',
    });
    expect(res.errors).toBeUndefined();
  });

  it('tells the signed-in account its role, organisation and the menus of its home', async () => {
    const recruit = await server.graphql(VIEWER, {}, { cookie: await signInAs(server, accounts.HEALTH_CENTER_RECRUITMENT!) });
    expect(recruit.data.viewer).toMatchObject({
      role: 'HEALTH_CENTER_RECRUITMENT',
      roleLabel: '保健所（人材募集登録用）',
      viaApiToken: false,
      account: { loginId: 'hc-recruit', email: 'hc-recruit@example.com' },
      facility: { kind: 'HEALTH_CENTER', prefectureCode: '13' },
      prefecture: { code: '13', name: '東京都' },
    });
    const aggregator = await server.graphql(VIEWER, {}, { cookie: await signInAs(server, accounts.HEALTH_CENTER_AGGREGATOR!) });
    const labels = (viewer: any) => viewer.menus.map((m: any) => m.label);
    // The seed: the two health-centre ID kinds see different homes.
    expect(labels(recruit.data.viewer)).toEqual(['人材募集登録', '新規お問合せ', 'レポート', 'FAQ', 'お知らせ']);
    expect(labels(aggregator.data.viewer)).toEqual([
      '地域病床見える化',
      '一括取込',
      '報告状況',
      '新規お問合せ',
      'レポート',
      'FAQ',
      'お知らせ',
    ]);
    const prefecture = await server.graphql(VIEWER, {}, { cookie: await signInAs(server, accounts.PREFECTURE!) });
    expect(prefecture.data.viewer).toMatchObject({ role: 'PREFECTURE', facility: null, prefecture: { code: '13' } });
    const office = await server.graphql(VIEWER, {}, { cookie: await signInAs(server, accounts.OFFICE!) });
    expect(labels(office.data.viewer)).toContain('アカウント管理');
    expect(labels(recruit.data.viewer)).not.toContain('アカウント管理');
    // Viewer.menus declares its query cost as one item per menu there is.
    expect(Object.keys(MenuKey)).toHaveLength(declaredListSize(await buildAppSchema(), 'Viewer', 'menus')!);
  });

  it('answers viewer: null without a session, and with an unknown or malformed cookie', async () => {
    for (const cookie of [undefined, 'gmis_session=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', 'gmis_session=%%%']) {
      const res = await server.graphql(VIEWER, {}, cookie ? { cookie } : {});
      expect(res.errors).toBeUndefined();
      expect(res.data.viewer).toBeNull();
    }
  });

  it('logout revokes the session on the server (the old cookie no longer works) and clears the cookie', async () => {
    const cookie = await signInAs(server, accounts.FACILITY!);
    expect((await server.graphql(VIEWER, {}, { cookie })).data.viewer.role).toBe('FACILITY');
    const out = await server.graphql(`mutation { logout }`, {}, { cookie });
    expect(out.data.logout).toBe(true);
    expect(out.headers.get('set-cookie')).toMatch(
      /^gmis_session=; Max-Age=0; Path=\/; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly; SameSite=Lax$/,
    );
    expect((await server.graphql(VIEWER, {}, { cookie })).data.viewer).toBeNull();
  });

  it('reuses a looked-up session for SESSION_CACHE_SECONDS: a session ended by another process stops working within them', async () => {
    for (const seconds of [1, 0]) {
      const cached = await startServerWithSignIn(db, { SESSION_CACHE_SECONDS: String(seconds) });
      try {
        const cookie = await signInAs(cached, accounts.PREFECTURE!);
        expect((await cached.graphql(VIEWER, {}, { cookie })).data.viewer.role).toBe('PREFECTURE');
        // As another server process would: straight in PostgreSQL, nothing in this process hears of it.
        await db.dataSource.query(`UPDATE session SET revoked_at = now() WHERE revoked_at IS NULL AND account_id = $1`, [
          accounts.PREFECTURE!.id,
        ]);
        const right = await cached.graphql(VIEWER, {}, { cookie });
        if (seconds === 0) {
          expect(right.data.viewer).toBeNull();
        } else {
          expect(right.data.viewer.role).toBe('PREFECTURE');
          await new Promise((resolve) => setTimeout(resolve, seconds * 1000 + 100));
          expect((await cached.graphql(VIEWER, {}, { cookie })).data.viewer).toBeNull();
        }
      } finally {
        await cached.stop();
      }
    }
  });

  it('rotates the session at login: signing in again revokes the session the browser still had', async () => {
    const first = await signInAs(server, accounts.FACILITY!);
    const second = await signInAs(server, accounts.FACILITY!, { cookie: first });
    expect(second).not.toBe(first);
    expect((await server.graphql(VIEWER, {}, { cookie: first })).data.viewer).toBeNull();
    expect((await server.graphql(VIEWER, {}, { cookie: second })).data.viewer.role).toBe('FACILITY');
  });

  it('ends expired sessions', async () => {
    const cookie = await signInAs(server, accounts.FACILITY!);
    await db.dataSource.query(
      `UPDATE session SET created_at = now() - interval '9 hours', expires_at = now() - interval '1 hour' WHERE revoked_at IS NULL`,
    );
    expect((await server.graphql(VIEWER, {}, { cookie })).data.viewer).toBeNull();
  });

  it('sets Secure and the __Host- prefix when the public URL is https', async () => {
    const secure = await startServerWithSignIn(db, { PUBLIC_BASE_URL: 'https://gmis.example.jp' });
    try {
      const res = await secure.graphql(LOGIN, { loginId: 'office', password: 'Test-Account-2026' });
      expect(res.headers.get('set-cookie')).toMatch(/^__Host-gmis_session=[^;]+; Path=\/; Expires=[^;]+; HttpOnly; Secure; SameSite=Lax$/);
    } finally {
      await secure.stop();
    }
  });
});

describe('stored hashes of earlier releases', () => {
  it('signs in with a scrypt hash and stores argon2id in its place; a wrong password upgrades nothing', async () => {
    const account = await createTestAccount(db.dataSource, { loginId: 'scrypt-era', role: Role.ANALYST, password: 'Scrypt-Jidai-2026' });
    const legacy = await scryptHash('Scrypt-Jidai-2026');
    await db.dataSource.query(`UPDATE account SET password_hash = $2 WHERE id = $1`, [account.id, legacy]);
    const storedHash = async () =>
      (await db.dataSource.query<{ password_hash: string }[]>(`SELECT password_hash FROM account WHERE id = $1`, [account.id]))[0]
        .password_hash;

    expect((await server.graphql(LOGIN, { loginId: 'scrypt-era', password: 'Wrong-Password-2026' })).errors?.[0].extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
    expect(await storedHash()).toBe(legacy);

    expect((await server.graphql(LOGIN, { loginId: 'scrypt-era', password: 'Scrypt-Jidai-2026' })).errors).toBeUndefined();
    const upgraded = await storedHash();
    expect(upgraded).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(passwordHasher.needsRehash(upgraded)).toBe(false);
    // The next sign-in verifies the new hash and leaves it as it is.
    expect((await server.graphql(LOGIN, { loginId: 'scrypt-era', password: 'Scrypt-Jidai-2026' })).errors).toBeUndefined();
    expect(await storedHash()).toBe(upgraded);
  });
});

describe('wrong credentials and throttling', () => {
  it('gives the same answer for an unknown ID and a wrong password, and sets no cookie', async () => {
    const unknown = await server.graphql(LOGIN, { loginId: 'nobody', password: 'Test-Account-2026' });
    const wrong = await server.graphql(LOGIN, { loginId: 'office', password: 'Wrong-Password-1' });
    for (const res of [unknown, wrong]) {
      expect(res.errors).toEqual([expect.objectContaining({ message: INVALID_CREDENTIALS, extensions: { code: 'UNAUTHENTICATED' } })]);
      expect(res.headers.get('set-cookie')).toBeNull();
      expect(res.data).toBeNull();
    }
  });

  it('refuses a 1 MB password with a clear error, without hashing it', async () => {
    const verify = jest.spyOn(passwordHasher, 'verify');
    const res = await server.graphql(LOGIN, { loginId: 'office', password: 'A'.repeat(1_000_000) });
    expect(res.errors?.[0].extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fieldErrors: [{ field: 'password', message: '256文字以内で入力してください。' }],
    });
    expect(verify).not.toHaveBeenCalled();
    verify.mockRestore();
  });

  it('throttles failed sign-ins per ID, in PostgreSQL so that every server process shares the count', async () => {
    const env = { LOGIN_FAILURES_PER_ACCOUNT: '3', LOGIN_FAILURES_PER_ADDRESS: '1000' };
    const processA = await startServerWithSignIn(db, env);
    const processB = await startServerWithSignIn(db, env);
    try {
      const victim = await createTestAccount(db.dataSource, { loginId: 'victim', role: Role.ANALYST });
      for (const server of [processA, processB, processA]) {
        const res = await server.graphql(LOGIN, { loginId: 'victim', password: 'Guess-Number-1' });
        expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      }
      // Blocked now, even with the right password, and on the other process too.
      const blocked = await processB.graphql(LOGIN, { loginId: 'VICTIM', password: victim.password });
      expect(blocked.errors?.[0]).toMatchObject({ extensions: { code: 'TOO_MANY_REQUESTS' } });
      expect(blocked.errors?.[0].message).toMatch(/ログインの試行回数が上限に達しました。\d+分ほど待って/);
      // An unknown ID is throttled the same way, so the throttle does not reveal which IDs exist.
      for (let i = 0; i < 3; i += 1) await processA.graphql(LOGIN, { loginId: 'ghost', password: 'Guess-Number-1' });
      expect((await processA.graphql(LOGIN, { loginId: 'ghost', password: 'Guess-Number-1' })).errors?.[0].extensions?.code).toBe(
        'TOO_MANY_REQUESTS',
      );
      // Other accounts are not affected by one ID's block.
      expect((await processA.graphql(LOGIN, { loginId: 'office', password: 'Test-Account-2026' })).errors).toBeUndefined();
      // When the window has passed, the right password works again.
      await db.dataSource.query(`UPDATE rate_limit SET expire = 0 WHERE key LIKE 'login-id:%'`);
      expect((await processB.graphql(LOGIN, { loginId: 'victim', password: victim.password })).errors).toBeUndefined();
    } finally {
      await processA.stop();
      await processB.stop();
    }
  });

  it('throttles failed sign-ins per client address, across IDs', async () => {
    const limited = await startServerWithSignIn(db, { LOGIN_FAILURES_PER_ACCOUNT: '1000', LOGIN_FAILURES_PER_ADDRESS: '4' });
    await db.dataSource.query(`DELETE FROM rate_limit`); // earlier tests failed from this address too
    try {
      for (const id of ['spray-a', 'spray-b', 'spray-c', 'spray-d']) {
        expect((await limited.graphql(LOGIN, { loginId: id, password: 'Guess-Number-1' })).errors?.[0].extensions?.code).toBe(
          'UNAUTHENTICATED',
        );
      }
      const res = await limited.graphql(LOGIN, { loginId: 'office', password: 'Test-Account-2026' });
      expect(res.errors?.[0].extensions?.code).toBe('TOO_MANY_REQUESTS');
    } finally {
      await db.dataSource.query(`DELETE FROM rate_limit`);
      await limited.stop();
    }
  });
});

describe('change password', () => {
  it('needs the current password, applies the rule beside the field, and signs out the other sessions only', async () => {
    const account = await createTestAccount(db.dataSource, { loginId: 'changer', role: Role.ANALYST });
    const here = await signInAs(server, account);
    const elsewhere = await signInAs(server, account);
    const CHANGE = `mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }`;
    const wrong = await server.graphql(CHANGE, { c: 'Not-The-One-1', n: 'Brand-New-Pass-9' }, { cookie: here });
    expect(wrong.errors?.[0].extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fieldErrors: [{ field: 'currentPassword', message: '現在のパスワードが正しくありません。' }],
    });
    const weak = await server.graphql(CHANGE, { c: account.password, n: 'changer' }, { cookie: here });
    expect(weak.errors?.[0].extensions?.fieldErrors).toEqual([
      { field: 'newPassword', message: 'パスワードは8文字以上で入力してください。' },
      { field: 'newPassword', message: 'パスワードには半角英大文字、数字を含めてください。' },
    ]);
    const ok = await server.graphql(CHANGE, { c: account.password, n: 'Brand-New-Pass-9' }, { cookie: here });
    expect(ok.errors).toBeUndefined();
    expect((await server.graphql(VIEWER, {}, { cookie: here })).data.viewer.account.loginId).toBe('changer');
    expect((await server.graphql(VIEWER, {}, { cookie: elsewhere })).data.viewer).toBeNull();
    expect((await server.graphql(LOGIN, { loginId: 'changer', password: account.password })).errors?.[0].extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
    expect((await server.graphql(LOGIN, { loginId: 'changer', password: 'Brand-New-Pass-9' })).errors).toBeUndefined();
    const [mail] = await db.dataSource.query(`SELECT subject FROM mail_outbox WHERE recipient = 'changer@example.com'`);
    expect(mail.subject).toBe('【G-MIS】パスワードが変更されました');
  });
});
