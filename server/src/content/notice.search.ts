import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import type { Viewer } from '../auth/viewer';
import { decodeCursor, encodeCursor, type Page, toPage } from '../graphql/connection';
import { badUserInput, type FieldProblem } from '../graphql/errors';
import { escapeLike, searchKey } from '../shared/japanese-text';
import { isContentEditor } from './content-access';
import { validateTextQuery } from './faq.search';
import { Notice } from './notice.entity';
import type { NoticeFilter } from './notice.input';

const isNoticeCursor = (key: unknown[]): key is [string, number] =>
  key.length === 2 && typeof key[0] === 'string' && !Number.isNaN(Date.parse(key[0])) && Number.isInteger(key[1]);

/** Restricts a notice query to what the viewer may read (the same rule as canReadNotice). */
function readableBy(query: SelectQueryBuilder<Notice>, viewer: Viewer): SelectQueryBuilder<Notice> {
  if (isContentEditor(viewer)) return query;
  query.andWhere('n.published = true').andWhere('n.publish_date <= now()');
  if (viewer.accountId === null) query.andWhere('n.is_public = true');
  return query;
}

const unread = (query: SelectQueryBuilder<Notice>, accountId: number) =>
  query.andWhere('NOT EXISTS (SELECT 1 FROM notice_read r WHERE r.notice_id = n.id AND r.account_id = :reader)', { reader: accountId });

/** Notices newest first (掲載日時, then id), keyset-paginated: one statement, plus one for totalCount. */
export async function searchNotices(
  db: EntityManager,
  viewer: Viewer,
  filter: NoticeFilter,
  first: number,
  after: string | null | undefined,
): Promise<Page<Notice>> {
  const problems: FieldProblem[] = [];
  validateTextQuery(filter.text, problems);
  if (problems.length) throw badUserInput('検索条件が正しくありません。', problems);
  const cursor = after ? decodeCursor(after, isNoticeCursor) : null;

  const filtered = () => {
    const query = readableBy(db.getRepository(Notice).createQueryBuilder('n'), viewer);
    if (isContentEditor(viewer) && filter.published != null) query.andWhere('n.published = :published', { published: filter.published });
    if (filter.unreadOnly && viewer.accountId !== null) unread(query, viewer.accountId);
    const text = filter.text ? searchKey(filter.text) : '';
    if (text) query.andWhere(`n.search_key LIKE :text ESCAPE '\\'`, { text: `%${escapeLike(text)}%` });
    return query;
  };
  const pageQuery = filtered()
    .orderBy('n.publish_date', 'DESC')
    .addOrderBy('n.id', 'DESC')
    .limit(first + 1);
  if (cursor) pageQuery.andWhere('(n.publish_date, n.id) < (:afterDate, :afterId)', { afterDate: new Date(cursor[0]), afterId: cursor[1] });
  const rows = await pageQuery.getMany();
  return toPage(
    rows,
    first,
    cursor !== null,
    (n) => encodeCursor([n.publishDate.toISOString(), n.dbId]),
    () => filtered().getCount(),
  );
}

/** How many readable notices the viewer has not opened (the home screen's badge). */
export async function countUnreadNotices(db: EntityManager, viewer: Viewer): Promise<number> {
  if (viewer.accountId === null) return 0;
  const query = readableBy(db.getRepository(Notice).createQueryBuilder('n'), viewer).andWhere('n.published = true');
  return unread(query, viewer.accountId).getCount();
}
