import type { EntityManager } from 'typeorm';
import type { Viewer } from '../auth/viewer';
import { badUserInput } from '../graphql/errors';
import { escapeLike, searchKey } from '../shared/japanese-text';
import type { KeysetSlice } from '../shared/keyset';
import { runnableParameter, runnableReportSql, viewerParameters, visibleFolderSql } from './report-access';
import { REPORT_COLUMNS, reportFromRow, type SavedReport } from './saved-report';

/** The most results one page of レポートを検索 returns. */
export const MAX_REPORT_SEARCH_PAGE = 100;
export const MAX_REPORT_SEARCH_TEXT = 100;

/** Where a result stands in the order of results: its name, then its id (unique, so the order is total); a report's id is an int4. */
export type ReportSearchKey = [string, number];
export const isReportSearchKey = (key: unknown[]): key is ReportSearchKey =>
  key.length === 2 &&
  typeof key[0] === 'string' &&
  key[0].length <= 100 &&
  Number.isInteger(key[1]) &&
  (key[1] as number) >= 1 &&
  (key[1] as number) <= 2 ** 31 - 1;

/**
 * The LIKE pattern of a search: the text's search key (NFKC, lower case, no white space:
 * shared/japanese-text.ts) with its wildcards escaped. Empty or too long: BAD_USER_INPUT on `text`.
 */
export function reportSearchPattern(text: string): string {
  const key = searchKey(text);
  if (key.length < 1 || text.length > MAX_REPORT_SEARCH_TEXT) {
    throw badUserInput(`検索する文字を1〜${MAX_REPORT_SEARCH_TEXT}文字で入力してください。`, [
      { field: 'text', message: `1〜${MAX_REPORT_SEARCH_TEXT}文字で入力してください。` },
    ]);
  }
  return `%${escapeLike(key)}%`;
}

/**
 * Names are compared by their search_key (searchKey of the name as stored, kept by PostgreSQL:
 * seeded names keep their full-width brackets, the key folds them).
 *
 * The visible folders, walked down from the visible top folders (a sub-folder shares as its top
 * folder does, and is tested again all the same), each with whether its name or the name of a
 * folder above it matches $1. Parameters: $1 the pattern, $2..$4 the viewer (viewerParameters).
 */
const MATCHING_FOLDERS = `WITH RECURSIVE visible (id, matched) AS (
    SELECT f.id, f.search_key LIKE $1 ESCAPE '\\' FROM report_folder f WHERE f.parent_id IS NULL AND ${visibleFolderSql('f', 2)}
    UNION ALL
    SELECT f.id, visible.matched OR f.search_key LIKE $1 ESCAPE '\\'
      FROM visible JOIN report_folder f ON f.parent_id = visible.id WHERE ${visibleFolderSql('f', 2)})`;

/** A report of a visible folder (`visible`, `r`) matches: its folder's path or its own name; and the viewer may run it ($5). */
const REPORT_MATCHES = `(visible.matched OR r.search_key LIKE $1 ESCAPE '\\') AND ${runnableReportSql('r', 5)}`;

/**
 * レポートを検索: the saved reports the viewer may see whose name, or the name of a folder they
 * sit in (at any depth), contains the text, ignoring full-/half-width, case and spaces; by name.
 * One statement, whatever the number of folders or results.
 */
export async function searchReports(
  m: Pick<EntityManager, 'query'>,
  viewer: Viewer,
  pattern: string,
  page: { limit: number; after: ReportSearchKey | null },
): Promise<KeysetSlice<SavedReport, ReportSearchKey>> {
  const rows = await m.query(
    `${MATCHING_FOLDERS}
     SELECT ${REPORT_COLUMNS} FROM visible JOIN saved_report r ON r.folder_id = visible.id
       LEFT JOIN report_document d ON d.hash = r.document_hash
     WHERE ${REPORT_MATCHES} AND ($6::text IS NULL OR (r.name, r.id) > ($6::text, $7::int))
     ORDER BY r.name, r.id LIMIT $8`,
    [pattern, ...viewerParameters(viewer), runnableParameter(viewer), page.after?.[0] ?? null, page.after?.[1] ?? null, page.limit + 1],
  );
  const reports = rows.slice(0, page.limit).map(reportFromRow);
  return { rows: reports, hasMore: rows.length > page.limit, keyOf: (r) => [r.name, r.dbId] };
}

export async function countReports(m: Pick<EntityManager, 'query'>, viewer: Viewer, pattern: string): Promise<number> {
  const [{ count }] = await m.query(
    `${MATCHING_FOLDERS} SELECT count(*)::int AS count FROM visible JOIN saved_report r ON r.folder_id = visible.id WHERE ${REPORT_MATCHES}`,
    [pattern, ...viewerParameters(viewer), runnableParameter(viewer)],
  );
  return count;
}
