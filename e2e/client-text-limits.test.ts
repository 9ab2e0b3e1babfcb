import { TEXT_LIMITS } from '../client/src/text-limits';
import { Role } from '../server/src/auth/viewer';
import { FacilityKind } from '../server/src/facilities/facility.entity';
import { DomainError } from '../server/src/graphql/errors';
import { validatePostingFields, type PostingFields } from '../server/src/recruitment/posting-validation';
import { asAccount as as, resolveAccountViewer } from '../server/test/account-viewers';
import { createTestAccount, testFacility, type TestAccount } from '../server/test/accounts';
import { createTestDatabase, type TestDatabase } from '../server/test/test-database';
import { startTestServer, type TestServer } from '../server/test/test-server';

/**
 * The dashboard's character counters (client/src/text-limits.ts) promise what the server accepts:
 * for every counted field the server takes a text of exactly the limit and refuses one character
 * more with a message on that field.
 */

const text = (length: number) => 'あ'.repeat(length);

/** Field names the server refused, from a DomainError or a GraphQL answer. */
function refusedFields(errors: readonly { extensions?: { fieldErrors?: { field: string }[] } }[] | undefined): string[] {
  return (errors ?? []).flatMap((e) => e.extensions?.fieldErrors?.map((f) => f.field) ?? []);
}

describe('人材募集 limits', () => {
  const valid: PostingFields = {
    title: '看護師',
    occupation: 'NURSE' as PostingFields['occupation'],
    employmentType: 'FULL_TIME' as PostingFields['employmentType'],
    duties: '病棟業務',
    workingHours: '8:30〜17:15',
    pay: '月給',
    contactName: '担当',
    contactPhone: '03-1234-5678',
  };
  const refused = (fields: PostingFields): string[] => {
    try {
      validatePostingFields(fields, FacilityKind.HOSPITAL);
      return [];
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      return (error.extensions.fieldErrors as { field: string }[]).map((f) => f.field);
    }
  };

  it.each(Object.entries(TEXT_LIMITS.posting))('%s: %i characters pass, one more is refused on that field', (field, limit) => {
    expect(refused({ ...valid, [field]: text(limit) })).toEqual([]);
    expect(refused({ ...valid, [field]: text(limit + 1) })).toEqual([field]);
    // Surrounding spaces are not counted (the server trims before checking).
    expect(refused({ ...valid, [field]: ` ${text(limit)}\n` })).toEqual([]);
  });
});

describe('お問合せ, FAQ and お知らせ limits', () => {
  let db: TestDatabase;
  let server: TestServer;
  let office: TestAccount;
  let hospital: TestAccount;

  beforeAll(async () => {
    db = await createTestDatabase();
    server = await startTestServer(db, {}, { resolveViewer: resolveAccountViewer });
    office = await createTestAccount(db.dataSource, { loginId: 'office', role: Role.OFFICE });
    hospital = await createTestAccount(db.dataSource, {
      loginId: 'byoin',
      role: Role.FACILITY,
      facilityId: await testFacility(db.dataSource, 'HOSPITAL'),
    });
  });

  afterAll(async () => {
    await server?.stop();
    await db?.drop();
  });

  const CREATE_INQUIRY = `mutation($input: CreateInquiryInput!) { createInquiry(input: $input) { id } }`;
  const COMMENT = `mutation($input: AddInquiryCommentInput!) { addInquiryComment(input: $input) { id } }`;
  const ANSWER = `mutation($input: AnswerInquiryInput!) { answerInquiry(input: $input) { id } }`;
  const CREATE_FAQ = `mutation($input: FaqEntryInput!) { createFaqEntry(input: $input) { id } }`;
  const CREATE_NOTICE = `mutation($input: NoticeInput!) { createNotice(input: $input) { id } }`;

  /** Sends the input with the field at the limit and one over; returns what the server refused each time. */
  async function atAndOver(mutation: string, input: Record<string, unknown>, field: string, limit: number, account: TestAccount) {
    const at = await server.graphql(mutation, { input: { ...input, [field]: text(limit) } }, as(account));
    const over = await server.graphql(mutation, { input: { ...input, [field]: text(limit + 1) } }, as(account));
    return { at: at.errors ?? [], over: refusedFields(over.errors) };
  }

  it('新規お問合せ: 件名 and 内容', async () => {
    const input = { subject: '件名', body: '内容' };
    for (const [field, limit] of Object.entries(TEXT_LIMITS.inquiry)) {
      expect(await atAndOver(CREATE_INQUIRY, input, field, limit, hospital)).toEqual({ at: [], over: [field] });
    }
  });

  it('追加質問 and 回答 share the body limit', async () => {
    const created = await server.graphql(CREATE_INQUIRY, { input: { subject: '件名', body: '内容' } }, as(hospital));
    const inquiryId = created.data.createInquiry.id;
    expect(await atAndOver(COMMENT, { inquiryId }, 'body', TEXT_LIMITS.inquiry.body, hospital)).toEqual({ at: [], over: ['body'] });
    expect(await atAndOver(ANSWER, { inquiryId }, 'body', TEXT_LIMITS.inquiry.body, office)).toEqual({ at: [], over: ['body'] });
  });

  it('FAQ: 質問, 回答 and 分類', async () => {
    const input = { question: '質問', answer: '回答', category: '分類' };
    for (const [field, limit] of Object.entries(TEXT_LIMITS.faq)) {
      expect(await atAndOver(CREATE_FAQ, input, field, limit, office)).toEqual({ at: [], over: [field] });
    }
  });

  it('お知らせ: 件名 and 本文', async () => {
    const input = { title: '件名', body: '本文' };
    for (const [field, limit] of Object.entries(TEXT_LIMITS.notice)) {
      expect(await atAndOver(CREATE_NOTICE, input, field, limit, office)).toEqual({ at: [], over: [field] });
    }
  });
});
