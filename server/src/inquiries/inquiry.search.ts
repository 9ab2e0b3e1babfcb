import type { EntityManager } from 'typeorm';
import type { Viewer } from '../auth/viewer';
import { decodeCursor, encodeCursor, type Page, toPage } from '../graphql/connection';
import { badUserInput, type FieldProblem } from '../graphql/errors';
import { escapeLike, searchKey } from '../shared/japanese-text';
import { isOffice, organisationKeyOf } from './inquiry-access';
import { Inquiry } from './inquiry.entity';
import type { InquiryFilter } from './inquiry.input';

export const MAX_INQUIRY_PAGE = 200;
const MAX_TEXT_QUERY = 100;

const isIdCursor = (key: unknown[]): key is [number] => key.length === 1 && Number.isInteger(key[0]) && (key[0] as number) > 0;

/**
 * Inquiries the viewer may read, newest first, keyset-paginated: the office's inbox (all
 * inquiries) or an organisation's own list. One statement for the page, one more only when
 * totalCount is asked for.
 */
export async function searchInquiries(
  db: EntityManager,
  viewer: Viewer,
  filter: InquiryFilter,
  first: number,
  after: string | null | undefined,
): Promise<Page<Inquiry>> {
  const problems: FieldProblem[] = [];
  if (filter.prefectureCode != null && !/^(0[1-9]|[1-3][0-9]|4[0-7])$/.test(filter.prefectureCode)) {
    problems.push({ field: 'prefectureCode', message: '都道府県コードは 01〜47 の2桁で指定してください。' });
  }
  if (filter.text != null && filter.text.length > MAX_TEXT_QUERY) {
    problems.push({ field: 'text', message: `検索語は${MAX_TEXT_QUERY}文字以内で指定してください。` });
  }
  if (problems.length) throw badUserInput('検索条件が正しくありません。', problems);
  const afterId = after ? decodeCursor(after, isIdCursor)[0] : null;

  const filtered = () => {
    const query = db.getRepository(Inquiry).createQueryBuilder('i');
    if (!isOffice(viewer)) query.andWhere('i.organisation_key = :organisation', { organisation: organisationKeyOf(viewer) ?? '-' });
    if (filter.status) query.andWhere('i.status = :status', { status: filter.status });
    if (filter.category) query.andWhere('i.category = :category', { category: filter.category });
    if (filter.prefectureCode) query.andWhere('i.prefecture_code = :prefecture', { prefecture: filter.prefectureCode });
    const text = filter.text ? searchKey(filter.text) : '';
    if (text) query.andWhere(`i.search_key LIKE :text ESCAPE '\\'`, { text: `%${escapeLike(text)}%` });
    return query;
  };
  const pageQuery = filtered()
    .orderBy('i.id', 'DESC')
    .limit(first + 1);
  if (afterId !== null) pageQuery.andWhere('i.id < :afterId', { afterId });
  const rows = await pageQuery.getMany();
  return toPage(
    rows,
    first,
    afterId !== null,
    (i) => encodeCursor([i.dbId]),
    () => filtered().getCount(),
  );
}
