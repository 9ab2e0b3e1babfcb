import type { DataSource, EntityManager } from 'typeorm';
import type { Viewer } from '../auth/viewer';
import { badUserInput, type FieldProblem, forbidden, notFound } from '../graphql/errors';
import { attachUploads, checkAttachmentCount, localIdsOf } from '../inquiries/attachment.link';
import { requiredText } from '../inquiries/inquiry.input';
import { searchKey } from '../shared/japanese-text';
import { canReadNotice, isContentEditor } from './content-access';
import { Notice, NoticeImportance } from './notice.entity';
import type { NoticeInput } from './notice.input';

function validateNotice(input: NoticeInput) {
  const problems: FieldProblem[] = [];
  const title = requiredText(input.title, 'title', '件名', 200, problems);
  const body = requiredText(input.body, 'body', '本文', 20000, problems);
  const importance = input.importance ?? NoticeImportance.NORMAL;
  const publishDate = input.publishDate ?? new Date();
  if (Number.isNaN(publishDate.getTime())) problems.push({ field: 'publishDate', message: '掲載日時を正しく入力してください。' });
  const attachmentIds = localIdsOf('Attachment', input.attachmentIds, 'attachmentIds', problems);
  checkAttachmentCount(attachmentIds, 'attachmentIds', problems);
  if (problems.length) throw badUserInput('入力内容に誤りがあります。', problems);
  return {
    title,
    body,
    importance,
    publishDate,
    isPublic: input.isPublic ?? false,
    attachmentIds,
    searchKey: searchKey(`${title}\n${body}`),
  };
}

export function noticeIdOf(globalId: string): number {
  const [id] = localIdsOf('Notice', [globalId], 'id', []);
  if (id === undefined) throw notFound('お知らせが見つかりません。');
  return id;
}

const reload = (m: EntityManager, id: number) => m.getRepository(Notice).findOneByOrFail({ dbId: id });

/** New notices start unpublished: the office publishes them when ready. */
export async function createNotice(db: DataSource, viewer: Viewer, input: NoticeInput): Promise<Notice> {
  if (!isContentEditor(viewer)) throw forbidden();
  const v = validateNotice(input);
  return db.transaction(async (m) => {
    const [row] = await m.query(
      `INSERT INTO notice (title, body, importance, publish_date, is_public, search_key) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [v.title, v.body, v.importance, v.publishDate, v.isPublic, v.searchKey],
    );
    await attachUploads(m, viewer, v.attachmentIds, { noticeId: row.id }, 'attachmentIds');
    return reload(m, row.id);
  });
}

/** Edits a notice; attachmentIds given here are added to the ones it already has. */
export async function updateNotice(db: DataSource, viewer: Viewer, globalId: string, input: NoticeInput): Promise<Notice> {
  if (!isContentEditor(viewer)) throw forbidden();
  const id = noticeIdOf(globalId);
  const v = validateNotice(input);
  return db.transaction(async (m) => {
    const [, count] = await m.query(
      `UPDATE notice SET title = $1, body = $2, importance = $3, publish_date = $4, is_public = $5, search_key = $6, updated_at = now() WHERE id = $7`,
      [v.title, v.body, v.importance, v.publishDate, v.isPublic, v.searchKey, id],
    );
    if (!count) throw notFound('お知らせが見つかりません。');
    await attachUploads(m, viewer, v.attachmentIds, { noticeId: id }, 'attachmentIds');
    return reload(m, id);
  });
}

export async function setNoticePublished(db: DataSource, viewer: Viewer, globalId: string, published: boolean): Promise<Notice> {
  if (!isContentEditor(viewer)) throw forbidden();
  const id = noticeIdOf(globalId);
  return db.transaction(async (m) => {
    const [, count] = await m.query(`UPDATE notice SET published = $1, updated_at = now() WHERE id = $2`, [published, id]);
    if (!count) throw notFound('お知らせが見つかりません。');
    return reload(m, id);
  });
}

/** Marks a notice read for the viewer (idempotent); unreadable notices are NOT_FOUND. */
export async function markNoticeRead(db: DataSource, viewer: Viewer, globalId: string): Promise<Notice> {
  if (viewer.accountId === null) throw forbidden();
  const id = noticeIdOf(globalId);
  return db.transaction(async (m) => {
    const notice = await m.getRepository(Notice).findOneBy({ dbId: id });
    if (!notice || !canReadNotice(viewer, notice, new Date())) throw notFound('お知らせが見つかりません。');
    await m.query(`INSERT INTO notice_read (account_id, notice_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [viewer.accountId, id]);
    return notice;
  });
}
