import { Role } from '../auth/viewer';
import { toGlobalId } from '../graphql/node';
import { createTestDatabase, type TestDatabase } from '../../test/test-database';
import type { TestServer } from '../../test/test-server';
import { createTestAccount, signInAs, startServerWithSignIn, type TestAccount } from '../../test/accounts';
import { insertFacility, postingInput } from '../../test/recruitment-fixtures';

let db: TestDatabase;
let server: TestServer;
let office: TestAccount;
let hospitalUser: TestAccount;

const AUDIT = `query Audit($action: AuditAction, $first: Int!, $after: String) {
  auditEvents(action: $action, first: $first, after: $after) {
    totalCount
    edges { node { id occurredAt action actorLoginId subject clientAddress details } }
    pageInfo { hasNextPage endCursor }
  }
}`;

beforeAll(async () => {
  db = await createTestDatabase();
  const hospital = await insertFacility(db.dataSource, { name: '監査テスト病院', kind: 'HOSPITAL', prefectureCode: '13' });
  office = await createTestAccount(db.dataSource, { loginId: 'audit-office', role: Role.OFFICE });
  hospitalUser = await createTestAccount(db.dataSource, { loginId: 'audit-hospital', role: Role.FACILITY, facilityId: hospital });
  server = await startServerWithSignIn(db);
});
afterAll(async () => {
  await server?.stop();
  await db?.drop();
});

const allAuditText = async () => JSON.stringify(await db.dataSource.query('SELECT * FROM audit_event'));

describe('audit log (監査ログ)', () => {
  it('records sign-ins, account changes, exports and masking changes, and only the office can read it', async () => {
    // A failed sign-in: recorded with the login ID typed, never the password.
    const wrongPassword = 'Wrong-Password-Secret-9';
    const failed = await server.graphql(`mutation { login(loginId: "audit-hospital", password: "${wrongPassword}") { role } }`);
    expect(failed.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const officeCookie = await signInAs(server, office);
    const hospitalCookie = await signInAs(server, hospitalUser);

    // Account changes by the office.
    const created = await server.graphql(
      `mutation($input: CreateAccountInput!) { createAccount(input: $input) { id } }`,
      { input: { loginId: 'audit-new', displayName: '監査 新規', email: 'audit-new@example.jp', role: 'ANALYST' } },
      { cookie: officeCookie },
    );
    expect(created.errors).toBeUndefined();
    const newId = created.data.createAccount.id;
    expect(
      (
        await server.graphql(
          `mutation($input: UpdateAccountInput!) { updateAccount(input: $input) { id } }`,
          { input: { id: newId, displayName: '監査 変更' } },
          { cookie: officeCookie },
        )
      ).errors,
    ).toBeUndefined();
    expect(
      (await server.graphql(`mutation($id: ID!) { disableAccount(id: $id) { id } }`, { id: newId }, { cookie: officeCookie })).errors,
    ).toBeUndefined();
    expect(
      (await server.graphql(`mutation($id: ID!) { enableAccount(id: $id) { id } }`, { id: newId }, { cookie: officeCookie })).errors,
    ).toBeUndefined();
    // A refused change writes no audit entry (it is written in the change's transaction).
    const missing = await server.graphql(
      `mutation($input: UpdateAccountInput!) { updateAccount(input: $input) { id } }`,
      { input: { id: toGlobalId('Account', 999999), displayName: 'x' } },
      { cookie: officeCookie },
    );
    expect(missing.errors?.[0].extensions?.code).toBe('NOT_FOUND');

    // A posting whose masking is switched off, then an export.
    const posting = await server.graphql(
      `mutation($input: CreatePostingInput!) { createPosting(input: $input) { posting { id version } } }`,
      { input: { idempotencyKey: 'audit-posting-1', posting: postingInput({ maskingRequested: true }) } },
      { cookie: hospitalCookie },
    );
    expect(posting.errors).toBeUndefined();
    const { id: postingId, version } = posting.data.createPosting.posting;
    const unmasked = await server.graphql(
      `mutation($input: UpdatePostingInput!) { updatePosting(input: $input) { posting { version } } }`,
      { input: { id: postingId, version, posting: postingInput({ maskingRequested: false }) } },
      { cookie: hospitalCookie },
    );
    expect(unmasked.errors).toBeUndefined();
    // An edit that leaves masking alone is not a masking change.
    const edited = await server.graphql(
      `mutation($input: UpdatePostingInput!) { updatePosting(input: $input) { posting { version } } }`,
      {
        input: {
          id: postingId,
          version: unmasked.data.updatePosting.posting.version,
          posting: postingInput({ maskingRequested: false, title: '題名だけ変更' }),
        },
      },
      { cookie: hospitalCookie },
    );
    expect(edited.errors).toBeUndefined();
    expect((await server.graphql(`{ exportPostings { __typename } }`, {}, { cookie: hospitalCookie })).errors).toBeUndefined();
    const csv = await fetch(`${server.url}/api/exports/bed-report.csv`, { headers: { cookie: officeCookie } });
    expect(csv.status).toBe(200);
    await csv.arrayBuffer();

    const read = await server.graphql(AUDIT, { first: 50 }, { cookie: officeCookie });
    expect(read.errors).toBeUndefined();
    const events = read.data.auditEvents.edges.map((e: any) => e.node);
    // Newest first.
    expect(events.map((e: any) => [e.action, e.actorLoginId, e.subject]).reverse()).toEqual([
      ['SIGN_IN_FAILED', null, 'audit-hospital'],
      ['SIGN_IN_SUCCEEDED', 'audit-office', 'audit-office'],
      ['SIGN_IN_SUCCEEDED', 'audit-hospital', 'audit-hospital'],
      ['ACCOUNT_CREATED', 'audit-office', 'audit-new'],
      ['ACCOUNT_UPDATED', 'audit-office', 'audit-new'],
      ['ACCOUNT_DISABLED', 'audit-office', 'audit-new'],
      ['ACCOUNT_ENABLED', 'audit-office', 'audit-new'],
      ['POSTING_MASKING_CHANGED', 'audit-hospital', postingId],
      ['EXPORTED', 'audit-hospital', 'exportPostings'],
      ['EXPORTED', 'audit-office', 'bed-report.csv'],
    ]);
    expect(read.data.auditEvents.totalCount).toBe(10);
    expect(JSON.parse(events.find((e: any) => e.action === 'POSTING_MASKING_CHANGED').details)).toMatchObject({ maskingRequested: false });
    expect(events.every((e: any) => e.clientAddress === null || typeof e.clientAddress === 'string')).toBe(true);
    expect(await allAuditText()).not.toContain(wrongPassword);
    expect(await allAuditText()).not.toContain(office.password);

    // Filter by action and page through.
    const signIns = await server.graphql(AUDIT, { action: 'SIGN_IN_SUCCEEDED', first: 1 }, { cookie: officeCookie });
    expect(signIns.data.auditEvents.totalCount).toBe(2);
    expect(signIns.data.auditEvents.pageInfo.hasNextPage).toBe(true);
    const next = await server.graphql(
      AUDIT,
      { action: 'SIGN_IN_SUCCEEDED', first: 1, after: signIns.data.auditEvents.pageInfo.endCursor },
      { cookie: officeCookie },
    );
    expect(next.data.auditEvents.edges.map((e: any) => e.node.subject)).toEqual(['audit-office']);

    // Only the office reads it.
    expect((await server.graphql(AUDIT, { first: 5 }, { cookie: hospitalCookie })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await server.graphql(AUDIT, { first: 5 })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
