import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import type { Viewer } from '../auth/viewer';
import { decodeCursor, encodeCursor, type Page, toPage } from '../graphql/connection';
import { badUserInput, type FieldProblem } from '../graphql/errors';
import { escapeLike, searchKey } from '../shared/japanese-text';
import { fullAccessCondition } from './masking';
import { type EmploymentType, type Occupation, Posting, PostingStatus } from './posting.entity';
import { PostingOrder, PublicPostingOrder } from './posting.input';

export const MAX_POSTING_PAGE = 200;
const MAX_KEYWORD = 100;

export interface PostingSearch {
  keyword?: string | null;
  status?: PostingStatus | null;
  occupation?: Occupation | null;
  employmentType?: EmploymentType | null;
  prefectureCode?: string | null;
  facilityDbId?: number | null;
}

function validate(filter: PostingSearch): void {
  const problems: FieldProblem[] = [];
  if (filter.keyword != null && filter.keyword.length > MAX_KEYWORD) {
    problems.push({ field: 'keyword', message: `キーワードは${MAX_KEYWORD}文字以内で指定してください。` });
  }
  if (filter.prefectureCode != null && !/^(0[1-9]|[1-3][0-9]|4[0-7])$/.test(filter.prefectureCode)) {
    problems.push({ field: 'prefectureCode', message: '都道府県コードは 01〜47 の2桁で指定してください。' });
  }
  if (problems.length) throw badUserInput('検索条件が正しくありません。', problems);
}

/** A sort order: its columns and how to read the cursor value back from a row. */
interface OrderSpec {
  column: 'updated_at' | 'created_at' | 'published_at' | 'title';
  direction: 'ASC' | 'DESC';
  valueOf: (p: Posting) => string;
}

const byDate = (
  column: 'updated_at' | 'created_at' | 'published_at',
  direction: 'ASC' | 'DESC',
  get: (p: Posting) => Date | null,
): OrderSpec => ({
  column,
  direction,
  valueOf: (p) => (get(p) as Date).toISOString(),
});

const ORDERS: Record<PostingOrder | PublicPostingOrder, OrderSpec> = {
  UPDATED_AT_DESC: byDate('updated_at', 'DESC', (p) => p.updatedAt),
  UPDATED_AT_ASC: byDate('updated_at', 'ASC', (p) => p.updatedAt),
  CREATED_AT_DESC: byDate('created_at', 'DESC', (p) => p.createdAt),
  PUBLISHED_AT_DESC: byDate('published_at', 'DESC', (p) => p.publishedAt),
  TITLE_ASC: { column: 'title', direction: 'ASC', valueOf: (p) => p.title },
};

type Cursor = [string, string, number];
const isCursor = (key: unknown[]): key is Cursor =>
  key.length === 3 && typeof key[0] === 'string' && typeof key[1] === 'string' && Number.isInteger(key[2]);

function keysetPage(
  base: () => SelectQueryBuilder<Posting>,
  orderName: PostingOrder | PublicPostingOrder,
  first: number,
  after: string | null | undefined,
): Promise<Page<Posting>> {
  const order = ORDERS[orderName];
  const cursor = after ? decodeCursor(after, isCursor) : null;
  if (cursor && cursor[0] !== orderName) {
    throw badUserInput('カーソル (after) が並び順と合いません。', [
      { field: 'after', message: '並び順を変えたら最初のページから取得してください。' },
    ]);
  }
  const query = base()
    .orderBy(`p.${order.column}`, order.direction)
    .addOrderBy('p.id', order.direction)
    .limit(first + 1);
  if (cursor) {
    const op = order.direction === 'ASC' ? '>' : '<';
    const value = order.column === 'title' ? cursor[1] : new Date(cursor[1]);
    if (value instanceof Date && Number.isNaN(value.getTime())) {
      throw badUserInput('カーソル (after) の形式が正しくありません。', [{ field: 'after', message: '形式が正しくありません。' }]);
    }
    query.andWhere(`(p.${order.column}, p.id) ${op} (:cursorValue, :cursorId)`, { cursorValue: value, cursorId: cursor[2] });
  }
  return query.getMany().then((rows) =>
    toPage(
      rows,
      first,
      cursor !== null,
      (p) => encodeCursor([orderName, order.valueOf(p), p.dbId]),
      () => base().getCount(),
    ),
  );
}

const facilityNameMatches = `EXISTS (SELECT 1 FROM facility f WHERE f.id = p.facility_id AND f.name_search_key LIKE :keyword ESCAPE '\\')`;

/**
 * データ一覧: the postings the viewer manages or oversees (own facility, own prefecture, or all
 * for the office), all statuses, searchable on every field since the viewer sees them whole.
 */
export function searchManagedPostings(
  m: EntityManager,
  viewer: Viewer,
  filter: PostingSearch,
  orderName: PostingOrder,
  first: number,
  after: string | null | undefined,
): Promise<Page<Posting>> {
  validate(filter);
  const scope = fullAccessCondition(viewer, 'p');
  const keyword = filter.keyword ? searchKey(filter.keyword) : '';
  const base = () => {
    const query = m.getRepository(Posting).createQueryBuilder('p').where(scope.sql, scope.params);
    if (filter.status) query.andWhere('p.status = :status', { status: filter.status });
    if (filter.occupation) query.andWhere('p.occupation = :occupation', { occupation: filter.occupation });
    if (filter.employmentType) query.andWhere('p.employment_type = :employmentType', { employmentType: filter.employmentType });
    if (filter.prefectureCode) query.andWhere('p.facility_prefecture_code = :prefectureCode', { prefectureCode: filter.prefectureCode });
    if (filter.facilityDbId != null) query.andWhere('p.facility_id = :facilityDbId', { facilityDbId: filter.facilityDbId });
    if (keyword) {
      query.andWhere(
        `(p.content_search_key LIKE :keyword ESCAPE '\\' OR p.location_search_key LIKE :keyword ESCAPE '\\' OR ${facilityNameMatches})`,
        { keyword: `%${escapeLike(keyword)}%` },
      );
    }
    return query;
  };
  return keysetPage(base, orderName, first, after);
}

/**
 * The Key-Net public list: published postings only. Filters and sorts use only what every
 * reader sees: for a posting that asks for masking, the work location and the facility name
 * never take part in a match (finding it by its hidden facility name would reveal it).
 */
export function searchPublicPostings(
  m: EntityManager,
  filter: Omit<PostingSearch, 'status' | 'facilityDbId'>,
  orderName: PublicPostingOrder,
  first: number,
  after: string | null | undefined,
): Promise<Page<Posting>> {
  validate(filter);
  const keyword = filter.keyword ? searchKey(filter.keyword) : '';
  const base = () => {
    const query = m.getRepository(Posting).createQueryBuilder('p').where('p.status = :published', { published: PostingStatus.PUBLISHED });
    if (filter.occupation) query.andWhere('p.occupation = :occupation', { occupation: filter.occupation });
    if (filter.employmentType) query.andWhere('p.employment_type = :employmentType', { employmentType: filter.employmentType });
    if (filter.prefectureCode) {
      query.andWhere('coalesce(p.work_prefecture_code, p.facility_prefecture_code) = :prefectureCode', {
        prefectureCode: filter.prefectureCode,
      });
    }
    if (keyword) {
      query.andWhere(
        `(p.content_search_key LIKE :keyword ESCAPE '\\' OR (NOT p.masking_requested AND (p.location_search_key LIKE :keyword ESCAPE '\\' OR ${facilityNameMatches})))`,
        { keyword: `%${escapeLike(keyword)}%` },
      );
    }
    return query;
  };
  return keysetPage(base, orderName, first, after);
}
