import type { EntityManager } from 'typeorm';
import type { Viewer } from '../auth/viewer';
import { decodeCursor, encodeCursor, type Page, toPage } from '../graphql/connection';
import { badUserInput, type FieldProblem } from '../graphql/errors';
import { escapeLike, searchKey } from '../shared/japanese-text';
import { isContentEditor } from './content-access';
import { FaqEntry } from './faq.entity';
import type { FaqFilter } from './faq.input';

export const MAX_CONTENT_PAGE = 100;
const MAX_TEXT_QUERY = 100;

export function validateTextQuery(text: string | null | undefined, problems: FieldProblem[]): void {
  if (text != null && text.length > MAX_TEXT_QUERY)
    problems.push({ field: 'text', message: `検索語は${MAX_TEXT_QUERY}文字以内で指定してください。` });
}

const isFaqCursor = (key: unknown[]): key is [number, number] => key.length === 2 && Number.isInteger(key[0]) && Number.isInteger(key[1]);

/** FAQ entries the viewer may read, in 表示順 then id, keyset-paginated (one statement, plus one for totalCount). */
export async function searchFaqEntries(
  db: EntityManager,
  viewer: Viewer,
  filter: FaqFilter,
  first: number,
  after: string | null | undefined,
): Promise<Page<FaqEntry>> {
  const problems: FieldProblem[] = [];
  validateTextQuery(filter.text, problems);
  if (problems.length) throw badUserInput('検索条件が正しくありません。', problems);
  const cursor = after ? decodeCursor(after, isFaqCursor) : null;

  const filtered = () => {
    const query = db.getRepository(FaqEntry).createQueryBuilder('f');
    if (!isContentEditor(viewer)) {
      query.andWhere('f.published = true');
      if (viewer.accountId === null) query.andWhere('f.is_public = true');
    } else if (filter.published != null) {
      query.andWhere('f.published = :published', { published: filter.published });
    }
    if (filter.category) query.andWhere('f.category = :category', { category: filter.category.trim() });
    const text = filter.text ? searchKey(filter.text) : '';
    if (text) query.andWhere(`f.search_key LIKE :text ESCAPE '\\'`, { text: `%${escapeLike(text)}%` });
    return query;
  };
  const pageQuery = filtered()
    .orderBy('f.sort_order', 'ASC')
    .addOrderBy('f.id', 'ASC')
    .limit(first + 1);
  if (cursor) pageQuery.andWhere('(f.sort_order, f.id) > (:afterOrder, :afterId)', { afterOrder: cursor[0], afterId: cursor[1] });
  const rows = await pageQuery.getMany();
  return toPage(
    rows,
    first,
    cursor !== null,
    (f) => encodeCursor([f.sortOrder, f.dbId]),
    () => filtered().getCount(),
  );
}

/** The categories of FAQ entries the viewer may read, for the list's category filter. */
export async function faqCategories(db: EntityManager, viewer: Viewer): Promise<string[]> {
  const conditions = isContentEditor(viewer) ? 'true' : viewer.accountId === null ? 'published AND is_public' : 'published';
  const rows: { category: string }[] = await db.query(
    `SELECT category FROM faq_entry WHERE ${conditions} GROUP BY category ORDER BY min(sort_order), category`,
  );
  return rows.map((r) => r.category);
}
