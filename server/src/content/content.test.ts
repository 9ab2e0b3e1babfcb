import crypto from 'node:crypto';
import { Role } from '../auth/viewer';
import { createTestDatabase, type TestDatabase } from '../../test/test-database';
import { startTestServer, type TestServer } from '../../test/test-server';
import { createTestAccount, testFacility, type TestAccount } from '../../test/accounts';
import { asAccount as as, resolveAccountViewer } from '../../test/account-viewers';

let db: TestDatabase;
let server: TestServer;
let office: TestAccount;
let hospital: TestAccount;
let centre: TestAccount;

const CREATE_FAQ = `mutation($input: FaqEntryInput!) { createFaqEntry(input: $input) { id question answer category sortOrder published isPublic } }`;
const UPDATE_FAQ = `mutation($id: ID!, $input: FaqEntryInput!) { updateFaqEntry(id: $id, input: $input) { id question } }`;
const PUBLISH_FAQ = `mutation($id: ID!) { publishFaqEntry(id: $id) { id published } }`;
const UNPUBLISH_FAQ = `mutation($id: ID!) { unpublishFaqEntry(id: $id) { id published } }`;
const FAQS = `query($filter: FaqFilter, $first: Int!, $after: String) {
  faqEntries(filter: $filter, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id question category sortOrder } } }
}`;
const FAQ = `query($id: ID!) { faqEntry(id: $id) { id question answer } }`;
const CREATE_NOTICE = `mutation($input: NoticeInput!) { createNotice(input: $input) { id title body importance publishDate published isPublic } }`;
const PUBLISH_NOTICE = `mutation($id: ID!) { publishNotice(id: $id) { id published } }`;
const NOTICES = `query($filter: NoticeFilter, $first: Int!, $after: String) {
  notices(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id title importance publishDate read attachments { fileName downloadUrl } } }
  }
}`;
const NOTICE = `query($id: ID!) { notice(id: $id) { id title body read } }`;
const MARK_READ = `mutation($id: ID!) { markNoticeRead(id: $id) { id read } }`;
const UNREAD = `{ unreadNoticeCount }`;

async function faq(question: string, extra: Record<string, unknown> = {}, publish = true) {
  const res = await server.graphql(
    CREATE_FAQ,
    { input: { question, answer: `${question}の回答です。`, category: 'ログイン', ...extra } },
    as(office),
  );
  expect(res.errors).toBeUndefined();
  if (publish) await server.graphql(PUBLISH_FAQ, { id: res.data.createFaqEntry.id }, as(office));
  return res.data.createFaqEntry;
}

async function notice(title: string, extra: Record<string, unknown> = {}, publish = true) {
  const res = await server.graphql(CREATE_NOTICE, { input: { title, body: `${title}の本文`, ...extra } }, as(office));
  expect(res.errors).toBeUndefined();
  if (publish) await server.graphql(PUBLISH_NOTICE, { id: res.data.createNotice.id }, as(office));
  return res.data.createNotice;
}

beforeAll(async () => {
  db = await createTestDatabase();
  server = await startTestServer(db, {}, { resolveViewer: resolveAccountViewer });
  office = await createTestAccount(db.dataSource, { loginId: 'office', role: Role.OFFICE });
  hospital = await createTestAccount(db.dataSource, {
    loginId: 'byoin',
    role: Role.FACILITY,
    facilityId: await testFacility(db.dataSource, 'HOSPITAL'),
  });
  centre = await createTestAccount(db.dataSource, {
    loginId: 'hokenjo',
    role: Role.HEALTH_CENTER_RECRUITMENT,
    facilityId: await testFacility(db.dataSource, 'HEALTH_CENTER'),
  });
});

afterAll(async () => {
  await server?.stop();
  await db?.drop();
});

describe('FAQ (seed 4-3)', () => {
  it('is written by the office only; required fields give field errors and store nothing', async () => {
    const byHospital = await server.graphql(CREATE_FAQ, { input: { question: 'q', answer: 'a', category: 'c' } }, as(hospital));
    expect(byHospital.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const empty = await server.graphql(CREATE_FAQ, { input: { question: '', answer: ' ', category: '', sortOrder: -1 } }, as(office));
    expect(empty.errors?.[0].extensions?.fieldErrors.map((e: any) => e.field)).toEqual(['question', 'answer', 'category', 'sortOrder']);
    expect(await db.dataSource.query(`SELECT count(*)::int AS n FROM faq_entry`)).toEqual([{ n: 0 }]);
  });

  it('shows drafts only to the office, published entries to signed-in readers, public ones to anonymous readers', async () => {
    const draft = await faq('下書きのFAQ', {}, false);
    const internal = await faq('パスワードを忘れた場合は？', { sortOrder: 10 });
    const open = await faq('G-MISとは？', { sortOrder: 5, isPublic: true, category: 'システム概要' });

    const questions = async (headers: Record<string, string>) =>
      (await server.graphql(FAQS, { first: 50 }, headers)).data.faqEntries.edges.map((e: any) => e.node.question);
    expect(await questions(as(office))).toEqual(['下書きのFAQ', 'G-MISとは？', 'パスワードを忘れた場合は？']);
    expect(await questions(as(hospital))).toEqual(['G-MISとは？', 'パスワードを忘れた場合は？']);
    expect(await questions({})).toEqual(['G-MISとは？']);

    expect((await server.graphql(FAQ, { id: draft.id }, as(hospital))).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await server.graphql(FAQ, { id: internal.id }, {})).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await server.graphql(FAQ, { id: open.id }, {})).data.faqEntry.answer).toBe('G-MISとは？の回答です。');

    await server.graphql(UNPUBLISH_FAQ, { id: internal.id }, as(office));
    expect(await questions(as(hospital))).toEqual(['G-MISとは？']);
    await server.graphql(PUBLISH_FAQ, { id: internal.id }, as(office));
    const edited = await server.graphql(
      UPDATE_FAQ,
      {
        id: internal.id,
        input: { question: 'パスワードを忘れた場合', answer: '再設定してください。', category: 'ログイン', sortOrder: 10 },
      },
      as(office),
    );
    expect(edited.data.updateFaqEntry.question).toBe('パスワードを忘れた場合');
    const categories = await server.graphql(`{ faqCategories }`, {}, as(hospital));
    expect(categories.data.faqCategories).toEqual(['システム概要', 'ログイン']);
  });

  it('searches question and answer, filters by category and pages in display order', async () => {
    for (let i = 0; i < 7; i++) await faq(`人材募集登録 ${i}`, { category: '人材募集', sortOrder: 100 + i });
    const found = await server.graphql(FAQS, { first: 50, filter: { text: 'ﾊﾟｽﾜｰﾄﾞ' } }, as(hospital));
    expect(found.data.faqEntries.edges.map((e: any) => e.node.question)).toEqual(['パスワードを忘れた場合']);
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const res: any = await server.graphql(FAQS, { first: 3, after, filter: { category: '人材募集' } }, as(hospital));
      expect(res.data.faqEntries.totalCount).toBe(7);
      seen.push(...res.data.faqEntries.edges.map((e: any) => e.node.question));
      if (!res.data.faqEntries.pageInfo.hasNextPage) break;
      after = res.data.faqEntries.pageInfo.endCursor;
    }
    expect(seen).toEqual([0, 1, 2, 3, 4, 5, 6].map((i) => `人材募集登録 ${i}`));
  });
});

describe('お知らせ (seed 4-4)', () => {
  it('lists published notices newest first, hides drafts and future ones from readers, and public ones from nobody', async () => {
    await notice('古いお知らせ', { publishDate: '2026-04-01T00:00:00.000Z' });
    await notice('重要なお知らせ', { publishDate: '2026-10-01T00:00:00.000Z', importance: 'IMPORTANT', isPublic: true });
    await notice('下書き', { publishDate: '2026-09-01T00:00:00.000Z' }, false);
    await notice('予約掲載', { publishDate: '2099-01-01T00:00:00.000Z' });

    const titles = async (headers: Record<string, string>) =>
      (await server.graphql(NOTICES, { first: 50 }, headers)).data.notices.edges.map((e: any) => e.node.title);
    expect(await titles(as(hospital))).toEqual(['重要なお知らせ', '古いお知らせ']);
    expect(await titles({})).toEqual(['重要なお知らせ']);
    expect(await titles(as(office))).toEqual(['予約掲載', '重要なお知らせ', '下書き', '古いお知らせ']);
  });

  it('keeps unread markers per account: opening a notice marks it read for that account only', async () => {
    const list = await server.graphql(NOTICES, { first: 50 }, as(hospital));
    expect(list.data.notices.edges.map((e: any) => e.node.read)).toEqual([false, false]);
    expect((await server.graphql(UNREAD, {}, as(hospital))).data.unreadNoticeCount).toBe(2);

    const first = list.data.notices.edges[0].node;
    const marked = await server.graphql(MARK_READ, { id: first.id }, as(hospital));
    expect(marked.data.markNoticeRead.read).toBe(true);
    await server.graphql(MARK_READ, { id: first.id }, as(hospital)); // idempotent

    expect((await server.graphql(UNREAD, {}, as(hospital))).data.unreadNoticeCount).toBe(1);
    expect((await server.graphql(UNREAD, {}, as(centre))).data.unreadNoticeCount).toBe(2);
    const unreadOnly = await server.graphql(NOTICES, { first: 50, filter: { unreadOnly: true } }, as(hospital));
    expect(unreadOnly.data.notices.edges.map((e: any) => e.node.title)).toEqual(['古いお知らせ']);
    expect((await server.graphql(NOTICE, { id: first.id }, {})).data.notice.read).toBeNull();
    expect((await server.graphql(UNREAD, {}, {})).data.unreadNoticeCount).toBe(0);
  });

  it('refuses to mark or show a notice the reader may not see (NOT_FOUND)', async () => {
    const draft = await notice('未公開の事務連絡', {}, false);
    expect((await server.graphql(NOTICE, { id: draft.id }, as(hospital))).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await server.graphql(MARK_READ, { id: draft.id }, as(hospital))).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const anonymousMark = await server.graphql(MARK_READ, { id: draft.id });
    expect(anonymousMark.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('carries attachments that readers of the notice may download, and nobody else', async () => {
    const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), crypto.randomBytes(1000)]);
    const boundary = 'gmisboundary';
    const body = Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="事務連絡.pdf"\r\n\r\n`),
      pdf,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    const uploaded: any = await (
      await fetch(`${server.url}/api/attachments`, {
        method: 'POST',
        headers: { 'content-type': `multipart/form-data; boundary=${boundary}`, 'apollo-require-preflight': 'true', ...as(office) },
        body,
      })
    ).json();
    const created = await notice('添付つき事務連絡', { attachmentIds: [uploaded.id], publishDate: '2026-11-01T00:00:00.000Z' }, false);
    const [file] = (
      await server.graphql(`query($id: ID!) { notice(id: $id) { attachments { fileName downloadUrl } } }`, { id: created.id }, as(office))
    ).data.notice.attachments;
    expect(file.fileName).toBe('事務連絡.pdf');
    expect((await fetch(`${server.url}${file.downloadUrl}`, { headers: as(hospital) })).status).toBe(404);
    await server.graphql(PUBLISH_NOTICE, { id: created.id }, as(office));
    const download = await fetch(`${server.url}${file.downloadUrl}`, { headers: as(hospital) });
    expect(download.status).toBe(200);
    expect(Buffer.from(await download.arrayBuffer()).equals(pdf)).toBe(true);
    expect((await fetch(`${server.url}${file.downloadUrl}`)).status).toBe(404); // not public
  });

  it('holds at most 20 attachments per notice', async () => {
    const created = await notice('添付上限', {}, false);
    const id = Number(Buffer.from(created.id, 'base64url').toString().split(':')[1]);
    const insert = (attached: boolean, n: number) =>
      db.dataSource.query(
        `INSERT INTO attachment (file_name, content_type, size_bytes, sha256, uploaded_by_account_id, notice_id, attached_at)
         SELECT 'f' || g || '.txt', 'text/plain', 1, $1, $2, $3, $4 FROM generate_series(1, $5::int) g RETURNING id`,
        [Buffer.alloc(32), office.id, attached ? id : null, attached ? new Date() : null, n],
      );
    await insert(true, 20);
    const [pending] = await insert(false, 1);
    const res = await server.graphql(
      `mutation($id: ID!, $input: NoticeInput!) { updateNotice(id: $id, input: $input) { id } }`,
      {
        id: created.id,
        input: { title: '添付上限', body: '本文', attachmentIds: [Buffer.from(`Attachment:${pending.id}`).toString('base64url')] },
      },
      as(office),
    );
    expect(res.errors?.[0].extensions?.fieldErrors).toEqual([{ field: 'attachmentIds', message: '添付ファイルは合計20件までです。' }]);
  });

  it('pages newest first with cursors over equal publish dates', async () => {
    for (let i = 0; i < 5; i++) await notice(`同日 ${i}`, { publishDate: '2026-06-01T09:00:00.000Z' });
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const res: any = await server.graphql(NOTICES, { first: 2, after, filter: { text: '同日' } }, as(hospital));
      seen.push(...res.data.notices.edges.map((e: any) => e.node.title));
      if (!res.data.notices.pageInfo.hasNextPage) break;
      after = res.data.notices.pageInfo.endCursor;
    }
    expect(seen).toEqual(['同日 4', '同日 3', '同日 2', '同日 1', '同日 0']);
  });
});

describe('XSS payloads in FAQ and notices', () => {
  it('come back as the exact text stored, in JSON', async () => {
    const payload = '<script>alert("x")</script><img src=x onerror=alert(1)>';
    const category = '<b onmouseover=alert(1)>分類</b>';
    const entry = await faq(payload, { answer: payload, category });
    const got = await server.graphql(`query($id: ID!) { faqEntry(id: $id) { question answer category } }`, { id: entry.id }, as(hospital));
    expect(got.data.faqEntry).toEqual({ question: payload, answer: payload, category });
    const n = await notice(payload, { body: payload });
    const shown = await server.graphql(`query($id: ID!) { notice(id: $id) { title body } }`, { id: n.id }, as(hospital));
    expect(shown.headers.get('content-type')).toMatch(/json/);
    expect(shown.data.notice).toEqual({ title: payload, body: payload });
  });
});

describe('list cost', () => {
  it('lists notices with read markers and attachments, and FAQ entries, in statements independent of page size', async () => {
    for (let i = 0; i < 30; i++) await notice(`件数 ${i}`);
    const small = await db.recorder.record(() => server.graphql(NOTICES, { first: 2 }, as(hospital)));
    const big = await db.recorder.record(() => server.graphql(NOTICES, { first: 35 }, as(hospital)));
    expect(big.result.data.notices.edges).toHaveLength(35);
    expect(big.statements.length).toBe(small.statements.length);
    // viewer lookup, page, count, read marks, attachments
    expect(big.statements).toHaveLength(5);
    const faqs = await db.recorder.record(() => server.graphql(FAQS, { first: 100 }, as(hospital)));
    expect(faqs.statements).toHaveLength(3);
  });
});
