import { ANONYMOUS, Role, type Viewer } from '../auth/viewer';
import type { Context } from '../graphql/context';
import { Account } from './account.entity';
import { AccountResolver } from './account.resolver';
import { toGlobalId } from '../graphql/node';
import { createTestDatabase, type TestDatabase } from '../../test/test-database';
import type { TestServer } from '../../test/test-server';
import { createTestAccount, signInAs, startServerWithSignIn, testFacility, type TestAccount } from '../../test/accounts';

let db: TestDatabase;
let server: TestServer;
let office: TestAccount;
let prefecture: TestAccount;
let analyst: TestAccount;
let officeCookie: string;
let healthCentre: number;
let hospital: number;

beforeAll(async () => {
  db = await createTestDatabase();
  healthCentre = await testFacility(db.dataSource, 'HEALTH_CENTER');
  hospital = await testFacility(db.dataSource, 'HOSPITAL');
  office = await createTestAccount(db.dataSource, { loginId: 'office', role: Role.OFFICE });
  prefecture = await createTestAccount(db.dataSource, { loginId: 'osaka', role: Role.PREFECTURE, prefectureCode: '27' });
  analyst = await createTestAccount(db.dataSource, { loginId: 'analyst', role: Role.ANALYST });
  server = await startServerWithSignIn(db);
  officeCookie = await signInAs(server, office);
});

afterAll(async () => {
  await server?.stop();
  await db?.drop();
});

const CREATE_TOKEN = `mutation($name: String!, $accountId: ID) { createApiToken(name: $name, accountId: $accountId) { token apiToken { id name tokenPrefix lastUsedAt revokedAt account { loginId } } } }`;
const VIEWER = `{ viewer { role viaApiToken account { loginId } prefecture { code } } }`;

describe('API tokens', () => {
  it('an account creates a named token, shown once, that works as a Bearer token and records its last use', async () => {
    const cookie = await signInAs(server, prefecture);
    const created = await server.graphql(CREATE_TOKEN, { name: '大阪府 病床集計システム' }, { cookie });
    expect(created.errors).toBeUndefined();
    const { token, apiToken } = created.data.createApiToken;
    expect(token).toMatch(/^gmis_[A-Za-z0-9_-]{43}$/);
    expect(apiToken).toMatchObject({
      name: '大阪府 病床集計システム',
      tokenPrefix: token.slice(0, 11),
      lastUsedAt: null,
      account: { loginId: 'osaka' },
    });
    const [stored] = await db.dataSource.query(`SELECT encode(token_hash, 'escape') AS h FROM api_token`);
    expect(stored.h).not.toContain(token.slice(5));

    const asApi = await server.graphql(VIEWER, {}, { authorization: `Bearer ${token}` });
    expect(asApi.data.viewer).toEqual({ role: 'PREFECTURE', viaApiToken: true, account: { loginId: 'osaka' }, prefecture: { code: '27' } });
    const listed = await server.graphql(`{ apiTokens { id name lastUsedAt } }`, {}, { cookie });
    expect(listed.data.apiTokens).toHaveLength(1);
    expect(listed.data.apiTokens[0].lastUsedAt).not.toBeNull();

    // Revoked: the same token is now anonymous.
    const revoked = await server.graphql(`mutation($id: ID!) { revokeApiToken(id: $id) { revokedAt } }`, { id: apiToken.id }, { cookie });
    expect(revoked.data.revokeApiToken.revokedAt).not.toBeNull();
    expect((await server.graphql(VIEWER, {}, { authorization: `Bearer ${token}` })).data.viewer).toBeNull();
    expect((await server.graphql(`{ apiTokens { id } }`, {}, { authorization: `Bearer ${token}` })).errors?.[0].extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('the office creates and revokes tokens for another account; other accounts cannot touch tokens not theirs', async () => {
    const forAnalyst = await server.graphql(
      CREATE_TOKEN,
      { name: '分析バッチ', accountId: toGlobalId('Account', analyst.id) },
      { cookie: officeCookie },
    );
    expect(forAnalyst.data.createApiToken.apiToken.account).toEqual({ loginId: 'analyst' });
    const [row] = await db.dataSource.query(`SELECT created_by_account_id FROM api_token WHERE account_id = $1`, [analyst.id]);
    expect(row.created_by_account_id).toBe(office.id);

    const prefectureCookie = await signInAs(server, prefecture);
    const steal = await server.graphql(
      CREATE_TOKEN,
      { name: 'x', accountId: toGlobalId('Account', analyst.id) },
      { cookie: prefectureCookie },
    );
    expect(steal.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const id = forAnalyst.data.createApiToken.apiToken.id;
    const revokeOther = await server.graphql(`mutation($id: ID!) { revokeApiToken(id: $id) { id } }`, { id }, { cookie: prefectureCookie });
    expect(revokeOther.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const listOther = await server.graphql(
      `query($a: ID) { apiTokens(accountId: $a) { id } }`,
      { a: toGlobalId('Account', analyst.id) },
      { cookie: prefectureCookie },
    );
    expect(listOther.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const byOffice = await server.graphql(`mutation($id: ID!) { revokeApiToken(id: $id) { revokedAt } }`, { id }, { cookie: officeCookie });
    expect(byOffice.data.revokeApiToken.revokedAt).not.toBeNull();
  });

  it('treats malformed Authorization headers as anonymous', async () => {
    for (const authorization of ['Bearer', 'Basic abc', 'Bearer gmis_short', `Bearer gmis_${'A'.repeat(43)}`]) {
      const res = await server.graphql(VIEWER, {}, { authorization });
      expect(res.data.viewer).toBeNull();
    }
  });
});

describe('account management (事務局)', () => {
  const CREATE = `mutation($input: CreateAccountInput!) { createAccount(input: $input) { id loginId role email passwordChangedAt facility { kind } prefecture { code } } }`;

  it('creates accounts linked to the right kind of organisation and mails a link to set the first password', async () => {
    const res = await server.graphql(
      CREATE,
      {
        input: {
          loginId: 'Suzuki.HC',
          displayName: '鈴木 保健所',
          email: 'suzuki@hc.example.com',
          role: 'HEALTH_CENTER_AGGREGATOR',
          facilityId: toGlobalId('Facility', healthCentre),
        },
      },
      { cookie: officeCookie },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.createAccount).toMatchObject({
      loginId: 'suzuki.hc',
      role: 'HEALTH_CENTER_AGGREGATOR',
      email: 'suzuki@hc.example.com',
      passwordChangedAt: null,
      facility: { kind: 'HEALTH_CENTER' },
    });
    const [mail] = await db.dataSource.query(`SELECT subject, body_text FROM mail_outbox WHERE recipient = 'suzuki@hc.example.com'`);
    expect(mail.subject).toBe('【G-MIS】パスワード設定のご案内');
    expect(mail.body_text).toContain('/password/reset#token=');
    const [reset] = await db.dataSource.query(`SELECT purpose, expires_at - created_at AS ttl FROM password_reset`);
    expect(reset).toEqual({ purpose: 'SETUP', ttl: { days: 3 } });
    // No password yet: nobody can sign in with anything.
    const login = await server.graphql(`mutation { login(loginId: "suzuki.hc", password: "") { role } }`);
    expect(login.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('reports every problem beside its field, and changes nothing', async () => {
    const res = await server.graphql(
      CREATE,
      {
        input: {
          loginId: 'x',
          displayName: '',
          email: 'not-an-address',
          role: 'FACILITY',
          facilityId: toGlobalId('Facility', healthCentre),
          prefectureCode: '13',
        },
      },
      { cookie: officeCookie },
    );
    expect(res.errors?.[0].extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fieldErrors: [
        { field: 'loginId', message: 'ユーザ名は半角英数字と . _ @ - の3〜64文字で、英数字で始めてください。' },
        { field: 'displayName', message: '表示名を1〜100文字で入力してください。' },
        { field: 'email', message: 'メールアドレスの形式が正しくありません。' },
        { field: 'prefectureCode', message: 'この種別では都道府県を指定できません。' },
        { field: 'facilityId', message: '医療機関の種別には医療機関を指定してください。' },
      ],
    });
    const hc = await server.graphql(
      CREATE,
      {
        input: {
          loginId: 'hc2',
          displayName: 'x',
          email: 'a@b.example',
          role: 'HEALTH_CENTER_RECRUITMENT',
          facilityId: toGlobalId('Facility', hospital),
        },
      },
      { cookie: officeCookie },
    );
    expect(hc.errors?.[0].extensions?.fieldErrors).toEqual([
      { field: 'facilityId', message: '保健所の種別には保健所を指定してください。' },
    ]);
    const duplicate = await server.graphql(
      CREATE,
      { input: { loginId: 'OFFICE', displayName: 'x', email: 'a@b.example', role: 'ANALYST' } },
      { cookie: officeCookie },
    );
    expect(duplicate.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(await db.dataSource.query(`SELECT count(*)::int AS n FROM account WHERE login_id IN ('x', 'hc2')`)).toEqual([{ n: 0 }]);
  });

  it('lists, edits, stops and restarts accounts; a stopped account is signed out and cannot sign in', async () => {
    const list = await server.graphql(
      `{ accounts(first: 2, filter: { role: ANALYST }) { totalCount edges { node { loginId email } } } }`,
      {},
      { cookie: officeCookie },
    );
    expect(list.data.accounts).toEqual({ totalCount: 1, edges: [{ node: { loginId: 'analyst', email: 'analyst@example.com' } }] });
    const id = toGlobalId('Account', analyst.id);
    const edited = await server.graphql(
      `mutation($i: UpdateAccountInput!) { updateAccount(input: $i) { displayName email } }`,
      { i: { id, displayName: '分析 太郎' } },
      { cookie: officeCookie },
    );
    expect(edited.data.updateAccount).toEqual({ displayName: '分析 太郎', email: 'analyst@example.com' });

    const analystCookie = await signInAs(server, analyst);
    const stopped = await server.graphql(`mutation($id: ID!) { disableAccount(id: $id) { disabledAt } }`, { id }, { cookie: officeCookie });
    expect(stopped.data.disableAccount.disabledAt).not.toBeNull();
    expect((await server.graphql(VIEWER, {}, { cookie: analystCookie })).data.viewer).toBeNull();
    await expect(signInAs(server, analyst)).rejects.toThrow(/UNAUTHENTICATED/);
    await server.graphql(`mutation($id: ID!) { enableAccount(id: $id) { disabledAt } }`, { id }, { cookie: officeCookie });
    expect(await signInAs(server, analyst)).toMatch(/^gmis_session=/);

    const self = await server.graphql(
      `mutation($id: ID!) { disableAccount(id: $id) { id } }`,
      { id: toGlobalId('Account', office.id) },
      { cookie: officeCookie },
    );
    expect(self.errors?.[0].extensions?.code).toBe('CONFLICT');
  });

  it('lists a page of accounts with their organisations in a fixed number of SQL statements, whatever the page size', async () => {
    await db.dataSource.query(
      `INSERT INTO account (login_id, display_name, email, role, facility_id, prefecture_code)
       SELECT 'bulk' || i, 'まとめて ' || i, 'bulk' || i || '@example.com',
              CASE WHEN i % 3 = 0 THEN 'FACILITY' WHEN i % 3 = 1 THEN 'PREFECTURE' ELSE 'ANALYST' END,
              CASE WHEN i % 3 = 0 THEN $1::int END, CASE WHEN i % 3 = 1 THEN lpad((1 + i % 47)::text, 2, '0') END
         FROM generate_series(1, 60) AS i`,
      [hospital],
    );
    const query = `query($first: Int!) { accounts(first: $first, filter: { text: "bulk" }) { totalCount edges { node { loginId role facility { name } prefecture { name } } } } }`;
    const big = await db.recorder.record(() => server.graphql(query, { first: 60 }, { cookie: officeCookie }));
    const small = await db.recorder.record(() => server.graphql(query, { first: 5 }, { cookie: officeCookie }));
    expect(big.result.data.accounts.edges).toHaveLength(60);
    expect(big.result.data.accounts.totalCount).toBe(60);
    expect(small.result.data.accounts.edges).toHaveLength(5);
    expect(big.statements).toHaveLength(small.statements.length);
    // page, count, facilities; prefectures from the reference catalog (the session lookup is per-request plumbing, not counted).
    expect(big.statements).toHaveLength(3);
    expect(big.statements.map((s) => s.replace(/\$\d+(, \$\d+)*/g, '$n'))).toMatchSnapshot();
  });

  it("shows an account's e-mail address only to itself and the office", async () => {
    const cookie = await signInAs(server, analyst);
    const own = await server.graphql(`{ viewer { account { email } } }`, {}, { cookie });
    expect(own.data.viewer.account.email).toBe('analyst@example.com');
    // Other domains may expose accounts later (e.g. who answered an inquiry): the field rule already hides the address.
    const [row] = await db.dataSource.getRepository(Account).findBy({ dbId: analyst.id });
    const resolver = new AccountResolver();
    const as = (viewer: Partial<Viewer>) => ({ viewer: { ...ANONYMOUS, ...viewer } }) as Context;
    expect(resolver.email(row, as({ accountId: prefecture.id, role: Role.PREFECTURE }))).toBeNull();
    expect(resolver.email(row, as({}))).toBeNull();
    expect(resolver.email(row, as({ accountId: office.id, role: Role.OFFICE }))).toBe('analyst@example.com');
  });
});
