import type { EntityManager } from 'typeorm';
import type { Viewer } from '../auth/viewer';
import { badUserInput, type FieldProblem } from '../graphql/errors';
import { toGlobalId } from '../graphql/node';
import { ATTACHMENTS_PER_INQUIRY, ATTACHMENTS_PER_MESSAGE, ATTACHMENTS_PER_NOTICE } from './inquiry.input';

/** Decodes global ids of one type; a malformed or foreign id is a field problem, not an exception. */
export function localIdsOf(type: string, ids: readonly string[] | null | undefined, field: string, problems: FieldProblem[]): number[] {
  const result: number[] = [];
  for (const id of ids ?? []) {
    const decoded = Buffer.from(id, 'base64url').toString('utf8');
    const match = /^([A-Za-z]+):([1-9][0-9]{0,9})$/.exec(decoded);
    if (!match || match[1] !== type || toGlobalId(type, match[2]) !== id || Number(match[2]) > 2147483647) {
      problems.push({ field, message: 'IDの形式が正しくありません。' });
      return [];
    }
    result.push(Number(match[2]));
  }
  return [...new Set(result)];
}

export function checkAttachmentCount(ids: readonly number[], field: string, problems: FieldProblem[]): void {
  if (ids.length > ATTACHMENTS_PER_MESSAGE) problems.push({ field, message: `添付ファイルは${ATTACHMENTS_PER_MESSAGE}件までです。` });
}

export type AttachmentTarget = { inquiryId: number; commentId: number | null } | { noticeId: number };

/**
 * Attaches the viewer's own, not yet attached uploads to an inquiry message or a notice, inside
 * the caller's transaction. Anything else (someone else's upload, one already attached, an
 * unknown id) fails the whole write with a field error on `field`.
 */
export async function attachUploads(
  m: EntityManager,
  viewer: Viewer,
  ids: readonly number[],
  target: AttachmentTarget,
  field: string,
): Promise<void> {
  if (!ids.length) return;
  const [inquiryId, commentId, noticeId] =
    'noticeId' in target ? [null, null, target.noticeId] : [target.inquiryId, target.commentId, null];
  // TypeORM returns [rows, rowCount] for UPDATE … RETURNING.
  const [rows]: [{ id: number }[], number] = await m.query(
    `UPDATE attachment SET inquiry_id = $1, comment_id = $2, notice_id = $3, attached_at = now()
      WHERE id = ANY($4::int[]) AND uploaded_by_account_id = $5 AND attached_at IS NULL RETURNING id`,
    [inquiryId, commentId, noticeId, ids, viewer.accountId],
  );
  if (rows.length !== ids.length) {
    throw badUserInput('添付ファイルを確認してください。', [
      { field, message: '添付ファイルが見つからないか、既に添付されています。もう一度アップロードしてください。' },
    ]);
  }
  // Checked after the update, inside the same transaction: concurrent writers see each other's rows or wait.
  const [limit, column, id] =
    'noticeId' in target
      ? [ATTACHMENTS_PER_NOTICE, 'notice_id', target.noticeId]
      : [ATTACHMENTS_PER_INQUIRY, 'inquiry_id', target.inquiryId];
  const [{ n }] = await m.query(`SELECT count(*)::int AS n FROM attachment WHERE ${column} = $1`, [id]);
  if (n > limit) throw badUserInput('添付ファイルを確認してください。', [{ field, message: `添付ファイルは合計${limit}件までです。` }]);
}
