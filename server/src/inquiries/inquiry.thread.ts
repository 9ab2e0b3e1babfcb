import type { DataSource, EntityManager } from 'typeorm';
import { Role, type Viewer } from '../auth/viewer';
import { badUserInput, conflict, type FieldProblem, forbidden, notFound } from '../graphql/errors';
import { toGlobalId } from '../graphql/node';
import { enqueueMail } from '../mail/outbox';
import { searchKey } from '../shared/japanese-text';
import { attachUploads, checkAttachmentCount, localIdsOf } from './attachment.link';
import { canCommentOnInquiry, canReadInquiry, isOffice, organisationKeyOf } from './inquiry-access';
import { InquiryMessageKind } from './inquiry-comment.entity';
import { Inquiry, InquiryCategory, InquiryStatus } from './inquiry.entity';
import {
  type AddInquiryCommentInput,
  type AnswerInquiryInput,
  BODY_MAX,
  type CreateInquiryInput,
  optionalText,
  requiredText,
  MESSAGES_PER_INQUIRY,
  SUBJECT_MAX,
} from './inquiry.input';

/**
 * Tells the asker that an answer is there (回答が登録されるとメールが配信されます).
 * Queued in the answer's own transaction: the mail exists exactly when the answer does. The
 * answer itself stays in the dashboard (behind sign-in); the mail only points to it.
 */
async function queueAnswerMail(m: EntityManager, inquiry: Inquiry, publicBaseUrl: string): Promise<void> {
  const [asker] = await m.query(`SELECT email, display_name FROM account WHERE id = $1 AND disabled_at IS NULL`, [inquiry.askerAccountId]);
  if (!asker) return;
  const url = `${publicBaseUrl}/inquiries/${toGlobalId('Inquiry', inquiry.dbId)}`;
  await enqueueMail(m, {
    to: asker.email,
    subject: `【G-MIS】お問合せへの回答が登録されました（問合せ番号 ${inquiry.dbId}）`,
    text: [
      `${asker.display_name} 様`,
      '',
      'G-MIS事務局です。',
      `お問合せ（問合せ番号 ${inquiry.dbId}）への回答を登録しました。`,
      `件名: ${inquiry.subject.replace(/[\r\n\t]+/g, ' ')}`,
      '',
      '回答内容は G-MIS にログインしてご確認ください。',
      url,
      '',
      '追加で確認したいことがある場合は、上記画面のコメント欄からお送りください。',
      '※このメールは送信専用です。返信いただいてもお答えできません。',
    ].join('\n'),
  });
}

const inquirySearchKey = (subject: string, body: string) => searchKey(`${subject}\n${body}`);

/** A thread holds at most MESSAGES_PER_INQUIRY messages (the question included); the row lock serialises writers. */
async function checkThreadRoom(m: EntityManager, inquiryId: number): Promise<void> {
  const [{ n }] = await m.query(`SELECT count(*)::int AS n FROM inquiry_comment WHERE inquiry_id = $1`, [inquiryId]);
  if (n + 1 >= MESSAGES_PER_INQUIRY) {
    throw conflict(`やり取りの件数が上限（${MESSAGES_PER_INQUIRY}件）に達しました。新規お問合せから登録してください。`);
  }
}

/** Loads an inquiry for a write, locked, or NOT_FOUND when the viewer may not read it. */
async function lockReadable(m: EntityManager, viewer: Viewer, id: number): Promise<Inquiry> {
  const inquiry = await m.getRepository(Inquiry).createQueryBuilder('i').setLock('pessimistic_write').where('i.id = :id', { id }).getOne();
  // Another organisation's inquiry is reported exactly like a missing one, so ids cannot be probed.
  if (!inquiry || !canReadInquiry(viewer, inquiry)) throw notFound('お問合せが見つかりません。');
  return inquiry;
}

export function inquiryIdOf(globalId: string, problems: FieldProblem[] = []): number {
  const [id] = localIdsOf('Inquiry', [globalId], 'inquiryId', problems);
  if (id === undefined) throw notFound('お問合せが見つかりません。');
  return id;
}

/** 新規お問合せ: 件名 and 内容 are required; nothing is stored unless every field is valid. */
export async function createInquiry(db: DataSource, viewer: Viewer, input: CreateInquiryInput): Promise<Inquiry> {
  const organisationKey = organisationKeyOf(viewer);
  if (organisationKey === null || isOffice(viewer)) throw forbidden();
  const problems: FieldProblem[] = [];
  const subject = requiredText(input.subject, 'subject', '件名', SUBJECT_MAX, problems);
  const body = requiredText(input.body, 'body', '内容', BODY_MAX, problems);
  if (input.category != null && !Object.values(InquiryCategory).includes(input.category)) {
    problems.push({ field: 'category', message: '分類を選択してください。' });
  }
  const attachmentIds = localIdsOf('Attachment', input.attachmentIds, 'attachmentIds', problems);
  checkAttachmentCount(attachmentIds, 'attachmentIds', problems);
  if (problems.length) throw badUserInput('入力内容に誤りがあります。', problems);

  return db.transaction(async (m) => {
    let prefectureCode = viewer.role === Role.PREFECTURE ? viewer.prefectureCode : null;
    if (viewer.facilityId !== null) {
      const [facility] = await m.query(`SELECT prefecture_code FROM facility WHERE id = $1`, [viewer.facilityId]);
      prefectureCode = facility?.prefecture_code ?? null;
    }
    const [row] = await m.query(
      `INSERT INTO inquiry (subject, body, category, asker_account_id, asker_role, organisation_key, facility_id, prefecture_code, search_key)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
      [
        subject,
        body,
        input.category ?? null,
        viewer.accountId,
        viewer.role,
        organisationKey,
        viewer.facilityId,
        prefectureCode,
        inquirySearchKey(subject, body),
      ],
    );
    await attachUploads(m, viewer, attachmentIds, { inquiryId: row.id, commentId: null }, 'attachmentIds');
    return m.getRepository(Inquiry).findOneByOrFail({ dbId: row.id });
  });
}

/** 追加質問: the asking organisation adds a comment and/or files; the inquiry waits for an answer again. */
export async function addInquiryComment(db: DataSource, viewer: Viewer, input: AddInquiryCommentInput): Promise<Inquiry> {
  const problems: FieldProblem[] = [];
  const inquiryId = inquiryIdOf(input.inquiryId);
  const body = optionalText(input.body, 'body', 'コメント', BODY_MAX, problems);
  const attachmentIds = localIdsOf('Attachment', input.attachmentIds, 'attachmentIds', problems);
  checkAttachmentCount(attachmentIds, 'attachmentIds', problems);
  if (!body && !attachmentIds.length && !problems.length) problems.push({ field: 'body', message: 'コメントを入力してください。' });
  if (problems.length) throw badUserInput('入力内容に誤りがあります。', problems);

  return db.transaction(async (m) => {
    const inquiry = await lockReadable(m, viewer, inquiryId);
    if (!canCommentOnInquiry(viewer, inquiry)) throw forbidden('G-MIS事務局は「回答」から返信してください。');
    if (inquiry.status === InquiryStatus.CLOSED) throw conflict('このお問合せは完了しています。新規お問合せから登録してください。');
    await checkThreadRoom(m, inquiry.dbId);
    const [comment] = await m.query(
      `INSERT INTO inquiry_comment (inquiry_id, kind, author_account_id, author_role, body) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [inquiry.dbId, InquiryMessageKind.COMMENT, viewer.accountId, viewer.role, body],
    );
    await attachUploads(m, viewer, attachmentIds, { inquiryId: inquiry.dbId, commentId: comment.id }, 'attachmentIds');
    await m.query(`UPDATE inquiry SET status = 'OPEN', updated_at = now() WHERE id = $1`, [inquiry.dbId]);
    return m.getRepository(Inquiry).findOneByOrFail({ dbId: inquiry.dbId });
  });
}

/** 回答: the office answers; the asker is told by mail (queued in the same transaction). */
export async function answerInquiry(db: DataSource, viewer: Viewer, input: AnswerInquiryInput, publicBaseUrl: string): Promise<Inquiry> {
  if (!isOffice(viewer)) throw forbidden();
  const problems: FieldProblem[] = [];
  const inquiryId = inquiryIdOf(input.inquiryId);
  const body = requiredText(input.body, 'body', '回答', BODY_MAX, problems);
  const attachmentIds = localIdsOf('Attachment', input.attachmentIds, 'attachmentIds', problems);
  checkAttachmentCount(attachmentIds, 'attachmentIds', problems);
  if (problems.length) throw badUserInput('入力内容に誤りがあります。', problems);

  return db.transaction(async (m) => {
    const inquiry = await lockReadable(m, viewer, inquiryId);
    if (inquiry.status === InquiryStatus.CLOSED) throw conflict('このお問合せは完了しています。');
    await checkThreadRoom(m, inquiry.dbId);
    const [comment] = await m.query(
      `INSERT INTO inquiry_comment (inquiry_id, kind, author_account_id, author_role, body) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [inquiry.dbId, InquiryMessageKind.ANSWER, viewer.accountId, viewer.role, body],
    );
    await attachUploads(m, viewer, attachmentIds, { inquiryId: inquiry.dbId, commentId: comment.id }, 'attachmentIds');
    await m.query(`UPDATE inquiry SET status = 'ANSWERED', answered_at = now(), updated_at = now() WHERE id = $1`, [inquiry.dbId]);
    const answered = await m.getRepository(Inquiry).findOneByOrFail({ dbId: inquiry.dbId });
    await queueAnswerMail(m, answered, publicBaseUrl);
    return answered;
  });
}

/** 完了: the office closes an inquiry; no further comments or answers. */
export async function closeInquiry(db: DataSource, viewer: Viewer, globalId: string): Promise<Inquiry> {
  if (!isOffice(viewer)) throw forbidden();
  const inquiryId = inquiryIdOf(globalId);
  return db.transaction(async (m) => {
    const inquiry = await lockReadable(m, viewer, inquiryId);
    if (inquiry.status !== InquiryStatus.CLOSED) {
      await m.query(`UPDATE inquiry SET status = 'CLOSED', closed_at = now(), updated_at = now() WHERE id = $1`, [inquiry.dbId]);
    }
    return m.getRepository(Inquiry).findOneByOrFail({ dbId: inquiry.dbId });
  });
}
