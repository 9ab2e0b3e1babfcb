import type { DataSource } from 'typeorm';
import type { Viewer } from '../auth/viewer';
import { badUserInput, type FieldProblem, forbidden, notFound } from '../graphql/errors';
import { requiredText } from '../inquiries/inquiry.input';
import { localIdsOf } from '../inquiries/attachment.link';
import { searchKey } from '../shared/japanese-text';
import { isContentEditor } from './content-access';
import { FaqEntry } from './faq.entity';
import type { FaqEntryInput } from './faq.input';

function validateFaq(input: FaqEntryInput) {
  const problems: FieldProblem[] = [];
  const question = requiredText(input.question, 'question', '質問', 500, problems);
  const answer = requiredText(input.answer, 'answer', '回答', 20000, problems);
  const category = requiredText(input.category, 'category', '分類', 50, problems);
  const sortOrder = input.sortOrder ?? 0;
  if (!Number.isInteger(sortOrder) || sortOrder < 0 || sortOrder > 1_000_000) {
    problems.push({ field: 'sortOrder', message: '表示順は 0 以上 1000000 以下の整数で入力してください。' });
  }
  if (problems.length) throw badUserInput('入力内容に誤りがあります。', problems);
  return { question, answer, category, sortOrder, isPublic: input.isPublic ?? false, searchKey: searchKey(`${question}\n${answer}`) };
}

export function faqIdOf(globalId: string): number {
  const [id] = localIdsOf('FaqEntry', [globalId], 'id', []);
  if (id === undefined) throw notFound('FAQが見つかりません。');
  return id;
}

/** New entries start unpublished: the office publishes them when ready. */
export async function createFaqEntry(db: DataSource, viewer: Viewer, input: FaqEntryInput): Promise<FaqEntry> {
  if (!isContentEditor(viewer)) throw forbidden();
  const values = validateFaq(input);
  return db.transaction(async (m) => {
    const [row] = await m.query(
      `INSERT INTO faq_entry (question, answer, category, sort_order, is_public, search_key) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [values.question, values.answer, values.category, values.sortOrder, values.isPublic, values.searchKey],
    );
    return m.getRepository(FaqEntry).findOneByOrFail({ dbId: row.id });
  });
}

export async function updateFaqEntry(db: DataSource, viewer: Viewer, globalId: string, input: FaqEntryInput): Promise<FaqEntry> {
  if (!isContentEditor(viewer)) throw forbidden();
  const id = faqIdOf(globalId);
  const values = validateFaq(input);
  return db.transaction(async (m) => {
    const [, count] = await m.query(
      `UPDATE faq_entry SET question = $1, answer = $2, category = $3, sort_order = $4, is_public = $5, search_key = $6, updated_at = now() WHERE id = $7`,
      [values.question, values.answer, values.category, values.sortOrder, values.isPublic, values.searchKey, id],
    );
    if (!count) throw notFound('FAQが見つかりません。');
    return m.getRepository(FaqEntry).findOneByOrFail({ dbId: id });
  });
}

export async function setFaqPublished(db: DataSource, viewer: Viewer, globalId: string, published: boolean): Promise<FaqEntry> {
  if (!isContentEditor(viewer)) throw forbidden();
  const id = faqIdOf(globalId);
  return db.transaction(async (m) => {
    const [, count] = await m.query(`UPDATE faq_entry SET published = $1, updated_at = now() WHERE id = $2`, [published, id]);
    if (!count) throw notFound('FAQが見つかりません。');
    return m.getRepository(FaqEntry).findOneByOrFail({ dbId: id });
  });
}
