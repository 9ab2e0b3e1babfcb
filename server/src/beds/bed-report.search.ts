import type { Staleness } from './bed-staleness';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import { arrayEntityReader } from '../db/array-entity-reader';
import { readArrayRows } from '../db/array-rows';
import type { KeysetSlice } from '../shared/keyset';
import { escapeLike, searchKey } from '../shared/japanese-text';
import { Facility } from '../facilities/facility.entity';
import { ALL_FACILITY_COLUMNS, type FacilityColumns, facilityListColumns } from '../facilities/facility.search';
import { BedSnapshot } from './bed-snapshot.entity';
import { type BedReportRow, toBedReportRow } from './bed-report-row';
import { type BedReportFilter, type BedReportQuery, type BedReportSort, SortDirection, VACANT_SORT_FIELDS } from './bed-report.query';
import { BED_CATEGORIES, bedCountProperty, type BedCategoryKey } from './bed-categories';

type SortKey = { expression: string; cast: string; of: (row: BedReportRow) => string | number };

const columnOf = (category: BedCategoryKey) => BED_CATEGORIES.find((c) => c.key === category)!.column;
/** A count of the latest report; unreported facilities sort as -1, below every real count. */
const countKey = (column: string, of: (row: BedReportRow) => number | undefined): SortKey => ({
  expression: `COALESCE(s.${column}, -1)`,
  cast: 'integer',
  of: (r) => of(r) ?? -1,
});

/** The dashboard shows at most 2,000 rows of the report; more is the export's job. */
export const MAX_BED_REPORT_PAGE = 2000;

/**
 * The latest snapshot of each facility as `s`: the highest (reported_at, id), found by one probe of
 * bed_snapshot_facility_latest_idx per facility, joined LATERAL so the plan is that probe whatever
 * the planner estimates. The earlier `JOIN bed_snapshot s ON s.id = (latest id)` let the planner
 * hash the whole snapshot history instead once many facilities matched: 0.5–0.8 s for the
 * country's totalCount, totals or a sort by a count (20,000 facilities, 660,000 snapshots), against
 * 0.07–0.09 s joined LATERAL. TypeORM has no LATERAL join; it takes a string in parentheses as a
 * subquery, so the string first joins a one-row table without columns (ON true) and then the
 * LATERAL subquery, which TypeORM names `s` and joins ON true.
 */
const LATEST_SNAPSHOT_JOIN = `(SELECT) facility_row ON true LEFT JOIN LATERAL (SELECT l.* FROM bed_snapshot l WHERE l.facility_id = f.id ORDER BY l.reported_at DESC, l.id DESC LIMIT 1)`;

/**
 * Sort expressions; NULLs (unreported) are given a value so that keyset paging stays total.
 * `cast` is the expression's own column type: a cursor cast to text would compare as text and
 * turn the keyset condition into a filter over every earlier row (measured: the whole-country
 * export's pages grew slower as they went).
 */
const SORT_KEYS: Record<BedReportSort['field'], SortKey> = {
  // 空床数 per bed category: filled in from the category list just below.
  ...({} as Record<(typeof VACANT_SORT_FIELDS)[BedCategoryKey], SortKey>),
  FACILITY_CODE: { expression: 'f.code', cast: 'char(10)', of: (r) => r.facility.code },
  FACILITY_NAME: { expression: 'f.name', cast: 'text', of: (r) => r.facility.name },
  AREA: { expression: 'f.area_code', cast: 'char(4)', of: (r) => r.facility.areaCode },
  LAST_UPDATED: {
    expression: `COALESCE(s.reported_at, '-infinity'::timestamptz)`,
    cast: 'timestamptz',
    of: (r) => r.lastUpdated?.toISOString() ?? '-infinity',
  },
  VACANT_TOTAL: countKey('vacant_total', (r) => r.latest?.vacantTotal),
  SECURED_TOTAL: countKey('secured_total', (r) => r.latest?.securedTotal),
};
for (const c of BED_CATEGORIES) {
  SORT_KEYS[VACANT_SORT_FIELDS[c.key]] = countKey(`${c.column}_vacant`, (r) => r.latest?.[bedCountProperty(c.key, 'Vacant')]);
}

/** Where a row stands in its order: its sort key, then its facility code (unique, so the order is total). */
export type BedReportKeyset = readonly [string | number, string];
/** Whether a key that came back from outside (a decoded cursor) has the keyset's shape. */
export const isBedReportKeyset = (key: unknown[]): key is [string | number, string] =>
  key.length === 2 && (typeof key[0] === 'string' || Number.isInteger(key[0])) && typeof key[1] === 'string' && /^\d{10}$/.test(key[1]);

export function filteredBedReportQuery(
  db: EntityManager,
  filter: Readonly<BedReportFilter>,
  staleness: Staleness,
): SelectQueryBuilder<Facility> {
  const query = db
    .getRepository(Facility)
    .createQueryBuilder('f')
    .leftJoin(LATEST_SNAPSHOT_JOIN, 's', 'true')
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
  if (filter.staffing?.length) query.andWhere(`COALESCE(s.staffing, 'UNANSWERED') IN (:...staffing)`, { staffing: filter.staffing });
  // A minimum of vacant beds asks for reported beds: an unreported facility (no snapshot) never matches.
  if (filter.minVacantTotal !== null) query.andWhere('s.vacant_total >= :minVacantTotal', { minVacantTotal: filter.minVacantTotal });
  for (const { category, atLeast } of filter.minVacant ?? []) {
    query.andWhere(`s.${columnOf(category)}_vacant >= :minVacant_${category}`, { [`minVacant_${category}`]: atLeast });
  }
  if (filter.staleOnly) query.andWhere(`(s.id IS NULL OR s.reported_at < ${staleness.sql('f.prefecture_code')})`, staleness.parameters);
  return query;
}

/**
 * Snapshot columns that only recording a report reads (bed-reporting.ts: who reported, the retry's
 * idempotency key, the content hash that tells a resend), never a reader of the report's rows:
 * left out of its pages (the hash alone is 64 characters a row).
 */
const RECORDING_ONLY_COLUMNS = new Set(['reported_by_account_id', 'idempotency_key', 'content_hash']);

const snapshotSelections = new WeakMap<EntityManager['connection'], string>();
/** The latest snapshot's columns in one selection, named as the entity readers read a joined entity (`s_<column>`). */
function snapshotColumns(db: EntityManager): string {
  let selection = snapshotSelections.get(db.connection);
  if (!selection) {
    selection = db.connection
      .getMetadata(BedSnapshot)
      .columns.filter((c) => !RECORDING_ONLY_COLUMNS.has(c.databaseName))
      .map((c) => `s.${c.databaseName} AS "s_${c.databaseName}"`)
      .join(', ');
    snapshotSelections.set(db.connection, selection);
  }
  return selection;
}

type PageArgs = {
  limit: number;
  after?: BedReportKeyset | null;
  staleness: Staleness;
  /** The facility's columns to read (default: all the report's readers use, timestamps included). */
  facilityColumns?: FacilityColumns;
};

/**
 * The one statement of a report page: filtered, sorted, `limit` + 1 rows after a keyset (the
 * extra row only tells that more follow). Exported so tests can EXPLAIN exactly what runs.
 */
export function bedReportPageQuery(db: EntityManager, query: BedReportQuery, args: PageArgs): SelectQueryBuilder<Facility> {
  const key = SORT_KEYS[query.sort.field];
  const direction = query.sort.direction === SortDirection.DESC ? 'DESC' : 'ASC';
  const pageQuery = filteredBedReportQuery(db, query.filter, args.staleness)
    .select(facilityListColumns(db, 'f', args.facilityColumns ?? ALL_FACILITY_COLUMNS))
    .addSelect(snapshotColumns(db))
    .orderBy(key.expression, direction)
    .addOrderBy('f.code', direction)
    .limit(args.limit + 1);
  if (args.after) {
    pageQuery.andWhere(`(${key.expression}, f.code) ${direction === 'ASC' ? '>' : '<'} (CAST(:afterKey AS ${key.cast}), :afterCode)`, {
      afterKey: args.after[0],
      afterCode: args.after[1],
    });
  }
  return pageQuery;
}

/**
 * 地域病床見える化: one row per facility with its latest snapshot, filtered, sorted, and read
 * `limit` rows after a keyset. One SQL statement (facility and snapshot together); facility and
 * snapshot loaders are primed by the caller.
 */
export async function searchBedReport(
  db: EntityManager,
  query: BedReportQuery,
  args: PageArgs,
): Promise<KeysetSlice<BedReportRow, BedReportKeyset>> {
  const { limit, staleness } = args;
  const key = SORT_KEYS[query.sort.field];
  const pageQuery = bedReportPageQuery(db, query, args);
  // Rows as arrays: a row object of ~70 columns was the page's largest cost (db/array-rows.ts).
  const { names, rows: raw } = await readArrayRows(db, pageQuery);
  const facilityOf = arrayEntityReader(db, Facility, 'f', names);
  const snapshotOf = arrayEntityReader(db, BedSnapshot, 's', names);
  // One row past the limit is read only to learn that more follow.
  const hasMore = raw.length > limit;
  const rows = (hasMore ? raw.slice(0, limit) : raw).map((r) => toBedReportRow(facilityOf(r)!, snapshotOf(r), staleness));
  return { rows, hasMore, keyOf: (row) => [key.of(row), row.facility.code] };
}

/** How many facilities the query matches, across all pages. */
export function countBedReport(db: EntityManager, query: BedReportQuery, staleness: Staleness): Promise<number> {
  return filteredBedReportQuery(db, query.filter, staleness).getCount();
}

/**
 * Every row of the query in keyset batches of `batchRows`, for the exports: the one paging loop
 * (same filter, same order as the report), so memory stays constant whatever the row count, and
 * the consumer's pace (an async generator runs only when asked for more) is the pace. Run it
 * inside one REPEATABLE READ transaction for a consistent picture.
 */
export async function* bedReportRows(
  db: EntityManager,
  query: BedReportQuery,
  args: { batchRows: number; staleness: Staleness },
): AsyncGenerator<BedReportRow[]> {
  let after: BedReportKeyset | null = null;
  for (;;) {
    const slice: KeysetSlice<BedReportRow, BedReportKeyset> = await searchBedReport(db, query, {
      limit: args.batchRows,
      after,
      staleness: args.staleness,
    });
    yield slice.rows;
    if (!slice.hasMore) return;
    after = slice.keyOf(slice.rows[slice.rows.length - 1]);
    await nextTurn();
  }
}
