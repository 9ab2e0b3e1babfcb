import type { MigrationInterface, QueryRunner } from 'typeorm';
import { rootOperationsOf } from '../../graphql/root-operations';

/** The screens the built-in reports open read what bedReport reads (as 1765320000000-ReportRootFields). */
const BUILT_IN_ROOT_FIELDS = ['Query.bedReport'];
/** No role may call this: a stored document that does not parse is run by no one, so it is listed to no one. */
const UNREADABLE = ['Query.(unreadable document)'];

/**
 * Every saved report carries the root fields its query calls, whoever put it in. The column had
 * the default '{}', which `<@` (report-access.ts) reads as "calls nothing", so a report inserted
 * by raw SQL that left the column out (a later migration's or a seed's built-in report, the
 * bench's report tree) was listed to every role, runnable or not. Here every report's root fields
 * are worked out again from its document, the default goes (an INSERT without them now fails on
 * NOT NULL) and an empty list is refused: a report always has a column, so its query calls at
 * least one root field. Whoever adds reports in SQL from now on passes rootOperationsOf(document).
 */
export class ReportRootFieldsAlways1765340000000 implements MigrationInterface {
  public async up(q: QueryRunner): Promise<void> {
    await q.query(`UPDATE saved_report SET root_fields = $1::text[] WHERE built_in IS NOT NULL`, [BUILT_IN_ROOT_FIELDS]);
    const documents: { hash: string; document: string }[] = await q.query(
      `SELECT d.hash, d.document FROM report_document d WHERE EXISTS (SELECT 1 FROM saved_report r WHERE r.document_hash = d.hash)`,
    );
    for (const { hash, document } of documents) {
      let fields: string[];
      try {
        fields = rootOperationsOf(document);
      } catch {
        fields = [];
      }
      await q.query(`UPDATE saved_report SET root_fields = $2::text[] WHERE document_hash = $1`, [
        hash,
        fields.length ? fields : UNREADABLE,
      ]);
    }
    // Neither a built-in nor a document: nothing to run, so no one is offered it.
    await q.query(`UPDATE saved_report SET root_fields = $1::text[] WHERE cardinality(root_fields) = 0`, [UNREADABLE]);
    await q.query(`ALTER TABLE saved_report ALTER COLUMN root_fields DROP DEFAULT`);
    await q.query(`ALTER TABLE saved_report ADD CONSTRAINT saved_report_root_fields_check CHECK (cardinality(root_fields) > 0)`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE saved_report DROP CONSTRAINT saved_report_root_fields_check`);
    await q.query(`ALTER TABLE saved_report ALTER COLUMN root_fields SET DEFAULT '{}'`);
  }
}
