import pino from 'pino';
import { simpleParser } from 'mailparser';
import { Role } from '../auth/viewer';
import { MailDeliveryWorker } from '../mail/delivery-worker';
import { startLoopbackSmtp, type LoopbackSmtp } from '../mail/loopback-smtp';
import { createSmtpMailer, type Mailer } from '../mail/mailer';
import { createTestDatabase, type TestDatabase } from '../../test/test-database';
import { startTestServer, type TestServer } from '../../test/test-server';
import { createTestAccount, testFacility, type TestAccount } from '../../test/accounts';
import { asAccount as as, resolveAccountViewer } from '../../test/account-viewers';

let db: TestDatabase;
let server: TestServer;
let smtp: LoopbackSmtp;
let mailer: Mailer;
let worker: MailDeliveryWorker;
let hospital: TestAccount;
let hospitalColleague: TestAccount;
let healthCentre: TestAccount;
let osakaPrefecture: TestAccount;
let office: TestAccount;

const CREATE = `mutation($input: CreateInquiryInput!) {
  createInquiry(input: $input) { id number subject body category status organisationName prefecture { code } }
}`;
const COMMENT = `mutation($input: AddInquiryCommentInput!) { addInquiryComment(input: $input) { id status } }`;
const ANSWER = `mutation($input: AnswerInquiryInput!) { answerInquiry(input: $input) { id status answeredAt } }`;
const CLOSE = `mutation($id: ID!) { closeInquiry(id: $id) { id status closedAt } }`;
const ONE = `query($id: ID!) {
  inquiry(id: $id) { id subject status messages { kind body fromOffice authorName createdAt attachments { fileName } } }
}`;
const LIST = `query($filter: InquiryFilter, $first: Int!, $after: String) {
  inquiries(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id subject status category prefectureCode organisationName facility { name } prefecture { name }
      messages { kind body authorName attachments { fileName } } attachments { fileName } } }
  }
}`;

async function ask(account: TestAccount, subject: string, extra: Record<string, unknown> = {}) {
  const res = await server.graphql(CREATE, { input: { subject, body: `${subject}について教えてください。`, ...extra } }, as(account));
  expect(res.errors).toBeUndefined();
  return res.data.createInquiry;
}

beforeAll(async () => {
  db = await createTestDatabase();
  smtp = await startLoopbackSmtp();
  server = await startTestServer(db, { PUBLIC_BASE_URL: 'https://gmis.example.jp' }, { resolveViewer: resolveAccountViewer });
  mailer = createSmtpMailer(server.config.mail, { host: smtp.host, port: smtp.port });
  worker = new MailDeliveryWorker(db.dataSource, mailer, {
    pollIntervalMs: 50,
    maxAttempts: 3,
    messageIdDomain: 'gmis.example.jp',
    log: pino({ level: 'silent' }),
  });
  const hospitalId = await testFacility(db.dataSource, 'HOSPITAL', '13');
  const healthCentreId = await testFacility(db.dataSource, 'HEALTH_CENTER', '27');
  hospital = await createTestAccount(db.dataSource, {
    loginId: 'byoin-tanaka',
    role: Role.FACILITY,
    facilityId: hospitalId,
    email: 'tanaka@byoin.example.com',
  });
  hospitalColleague = await createTestAccount(db.dataSource, { loginId: 'byoin-suzuki', role: Role.FACILITY, facilityId: hospitalId });
  healthCentre = await createTestAccount(db.dataSource, {
    loginId: 'hokenjo-ito',
    role: Role.HEALTH_CENTER_RECRUITMENT,
    facilityId: healthCentreId,
  });
  osakaPrefecture = await createTestAccount(db.dataSource, { loginId: 'osaka-pref', role: Role.PREFECTURE, prefectureCode: '27' });
  office = await createTestAccount(db.dataSource, { loginId: 'jimukyoku', role: Role.OFFICE });
});

afterAll(async () => {
  await worker?.stop();
  mailer?.close();
  await smtp?.stop();
  await server?.stop();
  await db?.drop();
});

describe('新規お問合せ (seed 4-1)', () => {
  it('requires 件名 and 内容: field-level errors, and nothing is stored', async () => {
    const before = await db.dataSource.query(`SELECT count(*)::int AS n FROM inquiry`);
    const res = await server.graphql(CREATE, { input: { subject: '   ', body: '' } }, as(hospital));
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].extensions?.fieldErrors).toEqual([
      { field: 'subject', message: '件名を入力してください。' },
      { field: 'body', message: '内容を入力してください。' },
    ]);
    const tooLong = await server.graphql(CREATE, { input: { subject: 'あ'.repeat(201), body: '本文' } }, as(hospital));
    expect(tooLong.errors?.[0].extensions?.fieldErrors).toEqual([{ field: 'subject', message: '件名は200文字以内で入力してください。' }]);
    expect(await db.dataSource.query(`SELECT count(*)::int AS n FROM inquiry`)).toEqual(before);
  });

  it("stores an inquiry for the asker's organisation, with its prefecture, as 未回答", async () => {
    const created = await ask(hospital, 'ログインできません', { category: 'ACCOUNT' });
    expect(created).toMatchObject({
      subject: 'ログインできません',
      category: 'ACCOUNT',
      status: 'OPEN',
      organisationName: 'テストHOSPITAL',
      prefecture: { code: '13' },
    });
    expect(created.number).toBeGreaterThan(0);
  });

  it('is refused to anonymous callers and to the office itself', async () => {
    const anonymous = await server.graphql(CREATE, { input: { subject: 'x', body: 'y' } });
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const fromOffice = await server.graphql(CREATE, { input: { subject: 'x', body: 'y' } }, as(office));
    expect(fromOffice.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

describe('who sees which inquiry', () => {
  it('lets the whole organisation read its inquiries; another organisation gets NOT_FOUND, exactly like a missing id', async () => {
    const mine = await ask(hospital, '病床数の報告方法');
    const colleague = await server.graphql(ONE, { id: mine.id }, as(hospitalColleague));
    expect(colleague.data.inquiry.subject).toBe('病床数の報告方法');

    const other = await server.graphql(ONE, { id: mine.id }, as(healthCentre));
    const missingId = Buffer.from('Inquiry:999999').toString('base64url');
    const missing = await server.graphql(ONE, { id: missingId }, as(healthCentre));
    expect(other.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(other.errors?.[0].message).toBe(missing.errors?.[0].message);
    expect(other.data).toBeNull();

    const viaNode = await server.graphql(`query($id: ID!) { node(id: $id) { id } }`, { id: mine.id }, as(healthCentre));
    expect(viaNode.data.node).toBeNull();
    const comment = await server.graphql(COMMENT, { input: { inquiryId: mine.id, body: '割り込み' } }, as(healthCentre));
    expect(comment.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const list = await server.graphql(LIST, { first: 50 }, as(healthCentre));
    expect(list.data.inquiries.edges.map((e: any) => e.node.id)).not.toContain(mine.id);
  });

  it("gives prefecture accounts their prefecture's own inquiries, not those of facilities in it", async () => {
    const centreOwn = await ask(healthCentre, '保健所からの質問');
    const prefectureOwn = await ask(osakaPrefecture, '都道府県からの質問');
    const list = await server.graphql(LIST, { first: 50 }, as(osakaPrefecture));
    const ids = list.data.inquiries.edges.map((e: any) => e.node.id);
    expect(ids).toContain(prefectureOwn.id);
    expect(ids).not.toContain(centreOwn.id);
    expect(list.data.inquiries.edges.find((e: any) => e.node.id === prefectureOwn.id).node.organisationName).toBe('大阪府');
  });

  it('shows the office every inquiry, filtered by status, category, prefecture and text', async () => {
    await ask(healthCentre, '人材募集登録の掲載期間', { category: 'RECRUITMENT' });
    const all = await server.graphql(LIST, { first: 50 }, as(office));
    const total = await db.dataSource.query(`SELECT count(*)::int AS n FROM inquiry`);
    expect(all.data.inquiries.totalCount).toBe(total[0].n);

    const byCategory = await server.graphql(LIST, { first: 50, filter: { category: 'RECRUITMENT' } }, as(office));
    expect(byCategory.data.inquiries.edges.map((e: any) => e.node.subject)).toEqual(['人材募集登録の掲載期間']);
    const byPrefecture = await server.graphql(LIST, { first: 50, filter: { prefectureCode: '27' } }, as(office));
    expect(byPrefecture.data.inquiries.edges.length).toBeGreaterThan(0);
    for (const { node } of byPrefecture.data.inquiries.edges) expect(node.prefectureCode).toBe('27');
    // Width- and case-insensitive partial match on 件名 and 内容; LIKE wildcards match literally.
    const byText = await server.graphql(LIST, { first: 50, filter: { text: '掲載期間' } }, as(office));
    expect(byText.data.inquiries.totalCount).toBe(1);
    const wildcard = await server.graphql(LIST, { first: 50, filter: { text: '%' } }, as(office));
    expect(wildcard.data.inquiries.totalCount).toBe(0);
    const open = await server.graphql(LIST, { first: 50, filter: { status: 'OPEN' } }, as(office));
    for (const { node } of open.data.inquiries.edges) expect(node.status).toBe('OPEN');
    const badFilter = await server.graphql(LIST, { first: 10, filter: { prefectureCode: '99' } }, as(office));
    expect(badFilter.errors?.[0].extensions?.fieldErrors).toEqual([{ field: 'prefectureCode', message: expect.any(String) }]);
  });

  it('pages newest first with opaque cursors, no row twice and none skipped', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const res: any = await server.graphql(LIST, { first: 2, after }, as(office));
      seen.push(...res.data.inquiries.edges.map((e: any) => e.node.id));
      if (!res.data.inquiries.pageInfo.hasNextPage) break;
      after = res.data.inquiries.pageInfo.endCursor;
    }
    const numbers = seen.map((id) => Number(Buffer.from(id, 'base64url').toString().split(':')[1]));
    expect(numbers).toEqual([...numbers].sort((a, b) => b - a));
    expect(new Set(seen).size).toBe((await db.dataSource.query(`SELECT count(*)::int AS n FROM inquiry`))[0].n);
  });

  it('keeps answering and closing to the office', async () => {
    const mine = await ask(hospital, '回答権限の確認');
    const answer = await server.graphql(ANSWER, { input: { inquiryId: mine.id, body: '回答' } }, as(hospital));
    expect(answer.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const close = await server.graphql(CLOSE, { id: mine.id }, as(hospital));
    expect(close.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

describe('thread: answer, follow-up, close (seed 4-1, 4-2)', () => {
  it('answers by the office, mails the asker over SMTP, takes follow-up comments in order, and closes', async () => {
    const inquiry = await ask(hospital, '地域病床見える化の表示について');
    smtp.messages.length = 0;

    const emptyAnswer = await server.graphql(ANSWER, { input: { inquiryId: inquiry.id, body: ' ' } }, as(office));
    expect(emptyAnswer.errors?.[0].extensions?.fieldErrors).toEqual([{ field: 'body', message: '回答を入力してください。' }]);
    expect(await db.dataSource.query(`SELECT count(*)::int AS n FROM mail_outbox`)).toEqual([{ n: 0 }]);

    const answered = await server.graphql(
      ANSWER,
      { input: { inquiryId: inquiry.id, body: 'レポート画面の「地域病床見える化」を開いてください。' } },
      as(office),
    );
    expect(answered.errors).toBeUndefined();
    expect(answered.data.answerInquiry.status).toBe('ANSWERED');

    await worker.runOnce();
    const mails = await Promise.all(smtp.messages.map((raw) => simpleParser(raw)));
    expect(mails).toHaveLength(1);
    const [mail] = mails;
    expect((mail.to as any).text).toBe('tanaka@byoin.example.com');
    expect(mail.subject).toMatch(/^【G-MIS】お問合せへの回答が登録されました（問合せ番号 \d+）$/);
    expect(mail.text).toContain('地域病床見える化の表示について');
    expect(mail.text).toContain(`https://gmis.example.jp/inquiries/${inquiry.id}`);

    const followUp = await server.graphql(
      COMMENT,
      { input: { inquiryId: inquiry.id, body: '全項目表示はどこですか。' } },
      as(hospitalColleague),
    );
    expect(followUp.data.addInquiryComment.status).toBe('OPEN');
    const emptyComment = await server.graphql(COMMENT, { input: { inquiryId: inquiry.id, body: '' } }, as(hospital));
    expect(emptyComment.errors?.[0].extensions?.fieldErrors).toEqual([{ field: 'body', message: 'コメントを入力してください。' }]);

    const thread = await server.graphql(ONE, { id: inquiry.id }, as(hospital));
    const messages = thread.data.inquiry.messages;
    expect(messages.map((m: any) => [m.kind, m.fromOffice, m.authorName])).toEqual([
      ['QUESTION', false, 'テスト byoin-tanaka'],
      ['ANSWER', true, 'G-MIS事務局'],
      ['COMMENT', false, 'テスト byoin-suzuki'],
    ]);
    const times = messages.map((m: any) => Date.parse(m.createdAt));
    expect(times).toEqual([...times].sort((a, b) => a - b));

    const closed = await server.graphql(CLOSE, { id: inquiry.id }, as(office));
    expect(closed.data.closeInquiry.status).toBe('CLOSED');
    const late = await server.graphql(COMMENT, { input: { inquiryId: inquiry.id, body: 'まだあります' } }, as(hospital));
    expect(late.errors?.[0].extensions?.code).toBe('CONFLICT');
  });

  it('rolls the answer (and its mail) back when part of the write fails', async () => {
    const inquiry = await ask(hospital, 'ロールバック確認');
    const before = await db.dataSource.query(`SELECT count(*)::int AS n FROM mail_outbox`);
    const foreignUpload = Buffer.from('Attachment:424242').toString('base64url');
    const res = await server.graphql(
      ANSWER,
      { input: { inquiryId: inquiry.id, body: '回答', attachmentIds: [foreignUpload] } },
      as(office),
    );
    expect(res.errors?.[0].extensions?.fieldErrors?.[0].field).toBe('attachmentIds');
    expect(await db.dataSource.query(`SELECT count(*)::int AS n FROM mail_outbox`)).toEqual(before);
    expect(await db.dataSource.query(`SELECT status FROM inquiry WHERE subject = 'ロールバック確認'`)).toEqual([{ status: 'OPEN' }]);
    expect(
      await db.dataSource.query(
        `SELECT count(*)::int AS n FROM inquiry_comment c JOIN inquiry i ON i.id = c.inquiry_id WHERE i.subject = 'ロールバック確認'`,
      ),
    ).toEqual([{ n: 0 }]);
  });
});

describe('bounds', () => {
  it('keeps a thread to 100 messages (the question included), so its size and query cost stay known', async () => {
    const inquiry = await ask(hospital, '長いやり取り');
    const [{ id }] = await db.dataSource.query(`SELECT id FROM inquiry WHERE subject = '長いやり取り'`);
    await db.dataSource.query(
      `INSERT INTO inquiry_comment (inquiry_id, kind, author_account_id, author_role, body)
       SELECT $1, 'COMMENT', $2, 'FACILITY', 'コメント ' || g FROM generate_series(1, 97) g`,
      [id, hospital.id],
    );
    const ninetyNinth = await server.graphql(COMMENT, { input: { inquiryId: inquiry.id, body: '99件目' } }, as(hospital));
    expect(ninetyNinth.errors).toBeUndefined();
    const hundredth = await server.graphql(ANSWER, { input: { inquiryId: inquiry.id, body: '100件目' } }, as(office));
    expect(hundredth.errors).toBeUndefined();
    const over = await server.graphql(COMMENT, { input: { inquiryId: inquiry.id, body: '101件目' } }, as(hospital));
    expect(over.errors?.[0].extensions?.code).toBe('CONFLICT');
    const thread = await server.graphql(ONE, { id: inquiry.id }, as(hospital));
    expect(thread.data.inquiry.messages).toHaveLength(100);
  });
});

describe('XSS payloads', () => {
  const PAYLOADS = ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '"><svg onload=alert(1)>', '[x](javascript:alert(1))'];

  it('come back as the exact text sent, in a JSON response, in every text field', async () => {
    for (const payload of PAYLOADS) {
      const created = await server.graphql(CREATE, { input: { subject: payload, body: `${payload}\n本文` } }, as(hospital));
      expect(created.headers.get('content-type')).toMatch(/^application\/(graphql-response\+)?json/);
      expect(created.data.createInquiry.subject).toBe(payload);
      await server.graphql(COMMENT, { input: { inquiryId: created.data.createInquiry.id, body: payload } }, as(hospital));
      await server.graphql(ANSWER, { input: { inquiryId: created.data.createInquiry.id, body: payload } }, as(office));
      const thread = await server.graphql(ONE, { id: created.data.createInquiry.id }, as(hospital));
      expect(thread.data.inquiry.messages.map((m: any) => m.body)).toEqual([`${payload}\n本文`, payload, payload]);
    }
  });
});

describe('list cost', () => {
  it('loads a page of inquiries with threads, files, facilities and prefectures in a fixed number of statements', async () => {
    for (let i = 0; i < 30; i++) await ask(i % 2 ? hospital : healthCentre, `件数確認 ${i}`);
    const small = await db.recorder.record(() => server.graphql(LIST, { first: 3 }, as(office)));
    const big = await db.recorder.record(() => server.graphql(LIST, { first: 40 }, as(office)));
    expect(big.result.data.inquiries.edges).toHaveLength(40);
    // The test viewer's own lookup is 1 statement; then page, count, comments, attachments, facilities, accounts
    // (prefectures come from the reference catalog).
    expect(big.statements.length).toBe(small.statements.length);
    expect(big.statements.length).toBeLessThanOrEqual(7);
    expect(big.statements.map((s) => s.replace(/\$\d+(, \$\d+)*/g, '$n'))).toMatchSnapshot();
  });
});
