import type { EntityManager } from 'typeorm';
import { badUserInput, type FieldProblem } from '../graphql/errors';
import { decodeCursor, encodeCursor, type Page, toPage } from '../graphql/connection';
import { arrayEntityReader } from '../db/array-entity-reader';
import { readArrayRows } from '../db/array-rows';
import { escapeLike, searchKey } from '../shared/japanese-text';
import { Facility, FacilityKind } from './facility.entity';

export interface FacilitySearch {
  prefectureCode?: string | null;
  secondaryMedicalAreaCode?: string | null;
  kind?: FacilityKind | null;
  name?: string | null;
}

export const MAX_FACILITY_PAGE = 2000;
const MAX_NAME_QUERY = 100;

/** Checks the filter's shape; every problem is reported at once, per field. */
export function validateFacilitySearch(filter: FacilitySearch): void {
  const problems: FieldProblem[] = [];
  if (filter.prefectureCode != null && !/^(0[1-9]|[1-3][0-9]|4[0-7])$/.test(filter.prefectureCode)) {
    problems.push({ field: 'prefectureCode', message: '都道府県コードは 01〜47 の2桁で指定してください。' });
  }
  if (filter.secondaryMedicalAreaCode != null && !/^\d{4}$/.test(filter.secondaryMedicalAreaCode)) {
    problems.push({ field: 'secondaryMedicalAreaCode', message: '二次医療圏コードは4桁の数字で指定してください。' });
  }
  if (filter.name != null && filter.name.length > MAX_NAME_QUERY) {
    problems.push({ field: 'name', message: `名称は${MAX_NAME_QUERY}文字以内で指定してください。` });
  }
  if (problems.length) throw badUserInput('検索条件が正しくありません。', problems);
}

/** Which of a facility's columns a list reads (facilityListColumns). */
export interface FacilityColumns {
  /** created_at and updated_at (two timestamps a row): read when the operation may show createdAt or updatedAt. */
  timestamps: boolean;
}

/** Every column: what exports and other callers without a GraphQL selection read. */
export const ALL_FACILITY_COLUMNS: FacilityColumns = { timestamps: true };

const TIMESTAMP_PROPERTIES = new Set(['createdAt', 'updatedAt']);

/**
 * The `alias.property` selections of a list of facilities. name_search_key is never read back (the
 * search matches it in SQL), and the timestamps only when asked for: on a 2,000-row page those
 * three columns were about a third of the statement's CPU in the service (parsing 4,000 dates, the
 * folded names) and a quarter of its time (npm run bench, facilities page).
 */
export function facilityListColumns(db: EntityManager, alias: string, columns: FacilityColumns): string[] {
  return db.connection
    .getMetadata(Facility)
    .columns.map((c) => c.propertyName)
    .filter((property) => property !== 'nameSearchKey' && (columns.timestamps || !TIMESTAMP_PROPERTIES.has(property)))
    .map((property) => `${alias}.${property}`);
}

/** The GraphQL fields of Facility that need the timestamp columns. */
export const asksForFacilityTimestamps = (fields: ReadonlySet<string>): boolean => [...TIMESTAMP_PROPERTIES].some((f) => fields.has(f));

const isCodeCursor = (key: unknown[]): key is [string] => key.length === 1 && typeof key[0] === 'string' && /^\d{10}$/.test(key[0]);

/**
 * Facilities matching the filter, ordered by 医療機関コード, keyset-paginated: one statement for
 * the page, one more only if the caller asks for totalCount.
 */
export async function searchFacilities(
  db: EntityManager,
  filter: FacilitySearch,
  first: number,
  after: string | null | undefined,
  columns: FacilityColumns = ALL_FACILITY_COLUMNS,
): Promise<Page<Facility>> {
  validateFacilitySearch(filter);
  const afterCode = after ? decodeCursor(after, isCodeCursor)[0] : null;

  const filtered = () => {
    const query = db.getRepository(Facility).createQueryBuilder('f');
    if (filter.prefectureCode) query.andWhere('f.prefecture_code = :prefecture', { prefecture: filter.prefectureCode });
    if (filter.secondaryMedicalAreaCode) query.andWhere('f.area_code = :area', { area: filter.secondaryMedicalAreaCode });
    if (filter.kind) query.andWhere('f.kind = :kind', { kind: filter.kind });
    const name = filter.name ? searchKey(filter.name) : '';
    if (name) query.andWhere(`f.name_search_key LIKE :name ESCAPE '\\'`, { name: `%${escapeLike(name)}%` });
    return query;
  };

  const pageQuery = filtered()
    .select(facilityListColumns(db, 'f', columns))
    .orderBy('f.code', 'ASC')
    .limit(first + 1);
  if (afterCode) pageQuery.andWhere('f.code > :afterCode', { afterCode });
  // Rows read as arrays (db/array-rows.ts) and built by the compiled reader (global id included):
  // TypeORM's own transformer was about a third of a 2,000-row page's time (npm run bench, facilities page).
  const { names, rows: raw } = await readArrayRows(db, pageQuery);
  const facilityOf = arrayEntityReader(db, Facility, 'f', names);
  const rows = raw.map((row) => facilityOf(row)!);
  return toPage(
    rows,
    first,
    afterCode !== null,
    (f) => encodeCursor([f.code]),
    () => filtered().getCount(),
  );
}
