import type { MigrationInterface, QueryRunner } from 'typeorm';

/** searchKey (shared/japanese-text.ts) in SQL: NFKC, lower case, no white space. */
const SEARCH_KEY = `regexp_replace(lower(normalize(name, NFKC)), '\\s', '', 'g')`;

/**
 * レポートを検索 compares the search text with each visible report's and folder's name as
 * searchKey makes them (ｹﾝｻｸ, ケンサク and ケン サク alike): kept beside the name, so a search
 * over thousands of reports reads a column instead of normalising every name again.
 */
export class ReportSearchKeys1765300000001 implements MigrationInterface {
  public async up(q: QueryRunner): Promise<void> {
    for (const table of ['report_folder', 'saved_report']) {
      await q.query(`ALTER TABLE ${table} ADD COLUMN search_key text GENERATED ALWAYS AS (${SEARCH_KEY}) STORED`);
    }
  }

  public async down(q: QueryRunner): Promise<void> {
    for (const table of ['report_folder', 'saved_report']) await q.query(`ALTER TABLE ${table} DROP COLUMN search_key`);
  }
}
