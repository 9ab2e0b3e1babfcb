import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import { rawEntityReader } from '../db/raw-entity-reader';
import { badUserInput, type FieldProblem } from '../graphql/errors';
import { decodeCursor, encodeCursor, type Page, toPage } from '../graphql/connection';
import { escapeLike, searchKey } from '../shared/japanese-text';
import { Facility } from '../facilities/facility.entity';
import { AcceptanceStatus } from './bed-categories';
import { BedSnapshot } from './bed-snapshot.entity';
import { BedReportSortField, SortDirection } from './bed-snapshot.input';
import { type BedReportRow, toBedReportRow } from './bed-report-row';

/** The report's filter after access rules were applied (prefecture/facility scope filled in). */
export interface BedReportSearch {
  prefectureCode?: string | null;
  facilityId?: number | null;
  secondaryMedicalAreaCode?: string | null;
  name?: string | null;
  search?: string | null;
  outpatientAcceptance?: AcceptanceStatus[] | null;
  inpatientAcceptance?: AcceptanceStatus[] | null;
  emergencyAcceptance?: AcceptanceStatus[] | null;
  staleOnly?: boolean | null;
}

export interface BedReportSort {
  field: BedReportSortField;
  direction: SortDirection;
}

export const DEFAULT_BED_REPORT_SORT: BedReportSort = { field: BedReportSortField.FACILITY_CODE, direction: SortDirection.ASC };
/** The dashboard shows at most 2,000 rows (seed 3-1 ※1); more is the export's job. */
export const MAX_BED_REPORT_PAGE = 2000;
const MAX_TEXT_QUERY = 100;

export function validateBedReportSearch(filter: BedReportSearch): void {
  const problems: FieldProblem[] = [];
  if (filter.prefectureCode != null && !/^(0[1-9]|[1-3][0-9]|4[0-7])$/.test(filter.prefectureCode)) {
    problems.push({ field: 'prefectureCode', message: '都道府県コードは 01〜47 の2桁で指定してください。' });
  }
  if (filter.secondaryMedicalAreaCode != null && !/^\d{4}$/.test(filter.secondaryMedicalAreaCode)) {
    problems.push({ field: 'secondaryMedicalAreaCode', message: '二次医療圏コードは4桁の数字で指定してください。' });
  }
  for (const field of ['name', 'search'] as const) {
    const value = filter[field];
    if (value != null && value.length > MAX_TEXT_QUERY) problems.push({ field, message: `${MAX_TEXT_QUERY}文字以内で指定してください。` });
  }
  if (problems.length) throw badUserInput('検索条件が正しくありません。', problems);
}

/**
 * The latest snapshot of each facility: the highest (reported_at, id), found by one probe of
 * bed_snapshot_facility_latest_idx per facility.
 */
const LATEST_SNAPSHOT = `s.id = (SELECT l.id FROM bed_snapshot l WHERE l.facility_id = f.id ORDER BY l.reported_at DESC, l.id DESC LIMIT 1)`;

/**
 * Sort expressions; NULLs (unreported) are given a value so that keyset paging stays total.
 * `cast` is the expression's own column type: a cursor cast to text would compare as text and
 * turn the keyset condition into a filter over every earlier row (the whole-country export's
 * pages grew slower as they went: bench, issue 8).
 */
const SORT_KEYS: Record<BedReportSortField, { expression: string; cast: string; of: (row: BedReportRow) => string | number }> = {
  FACILITY_CODE: { expression: 'f.code', cast: 'char(10)', of: (r) => r.facility.code },
  FACILITY_NAME: { expression: 'f.name', cast: 'text', of: (r) => r.facility.name },
  AREA: { expression: 'f.area_code', cast: 'char(4)', of: (r) => r.facility.areaCode },
  LAST_UPDATED: {
    expression: `COALESCE(s.reported_at, '-infinity'::timestamptz)`,
    cast: 'timestamptz',
    of: (r) => r.lastUpdated?.toISOString() ?? '-infinity',
  },
  VACANT_TOTAL: { expression: 'COALESCE(s.vacant_total, -1)', cast: 'integer', of: (r) => r.latest?.vacantTotal ?? -1 },
};

type SortCursor = [string | number, string];
const isSortCursor = (key: unknown[]): key is SortCursor =>
  key.length === 2 && (typeof key[0] === 'string' || Number.isInteger(key[0])) && typeof key[1] === 'string' && /^\d{10}$/.test(key[1]);

export function filteredBedReportQuery(db: EntityManager, filter: BedReportSearch, staleBefore: Date): SelectQueryBuilder<Facility> {
  const query = db
    .getRepository(Facility)
    .createQueryBuilder('f')
    .leftJoinAndSelect(BedSnapshot, 's', LATEST_SNAPSHOT)
    // Hospitals are listed even before their first report (as 未回答); other kinds once they report.
    .where(`(f.kind = 'HOSPITAL' OR s.id IS NOT NULL)`);
  if (filter.prefectureCode) query.andWhere('f.prefecture_code = :prefecture', { prefecture: filter.prefectureCode });
  if (filter.facilityId != null) query.andWhere('f.id = :facilityId', { facilityId: filter.facilityId });
  if (filter.secondaryMedicalAreaCode) query.andWhere('f.area_code = :area', { area: filter.secondaryMedicalAreaCode });
  const name = filter.name ? searchKey(filter.name) : '';
  if (name) query.andWhere(`f.name_search_key LIKE :name ESCAPE '\\'`, { name: `%${escapeLike(name)}%` });
  const text = filter.search ? searchKey(filter.search) : '';
  if (text) {
    query.andWhere(
      `(f.name_search_key LIKE :text ESCAPE '\\' OR f.area_code IN (
        SELECT a.code FROM secondary_medical_area a WHERE regexp_replace(lower(normalize(a.name, NFKC)), '\\s', '', 'g') LIKE :text ESCAPE '\\'))`,
      { text: `%${escapeLike(text)}%` },
    );
  }
  for (const [field, column] of [
    ['outpatientAcceptance', 'outpatient_acceptance'],
    ['inpatientAcceptance', 'inpatient_acceptance'],
    ['emergencyAcceptance', 'emergency_acceptance'],
  ] as const) {
    const statuses = filter[field];
    if (statuses && statuses.length) {
      query.andWhere(`COALESCE(s.${column}, 'UNANSWERED') IN (:...${field})`, { [field]: statuses });
    }
  }
  if (filter.staleOnly) query.andWhere('(s.id IS NULL OR s.reported_at < :staleBefore)', { staleBefore });
  return query;
}

/**
 * 地域病床見える化: one row per facility with its latest snapshot, filtered, sorted and
 * keyset-paginated. One SQL statement for the page (facility and snapshot together), one more
 * only if totalCount is asked for; facility and snapshot loaders are primed by the caller.
 */
export async function searchBedReport(
  db: EntityManager,
  args: { filter: BedReportSearch; sort?: BedReportSort | null; first: number; after?: string | null; staleBefore: Date },
): Promise<Page<BedReportRow>> {
  const { filter, first, staleBefore } = args;
  validateBedReportSearch(filter);
  const sort = args.sort ?? DEFAULT_BED_REPORT_SORT;
  const key = SORT_KEYS[sort.field];
  const direction = sort.direction === SortDirection.DESC ? 'DESC' : 'ASC';
  const cursor = args.after ? decodeCursor(args.after, isSortCursor) : null;

  const pageQuery = filteredBedReportQuery(db, filter, staleBefore)
    .orderBy(key.expression, direction)
    .addOrderBy('f.code', direction)
    .limit(first + 1);
  if (cursor) {
    pageQuery.andWhere(`(${key.expression}, f.code) ${direction === 'ASC' ? '>' : '<'} (CAST(:afterKey AS ${key.cast}), :afterCode)`, {
      afterKey: cursor[0],
      afterCode: cursor[1],
    });
  }
  const raw = await pageQuery.getRawMany();
  const facilityOf = rawEntityReader(db, Facility, 'f');
  const snapshotOf = rawEntityReader(db, BedSnapshot, 's');
  const rows = raw.map((r) => toBedReportRow(facilityOf(r)!, snapshotOf(r), staleBefore));
  return toPage(
    rows,
    first,
    cursor !== null,
    (row) => encodeCursor([key.of(row), row.facility.code]),
    () => filteredBedReportQuery(db, filter, staleBefore).getCount(),
  );
}
