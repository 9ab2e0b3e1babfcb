import type { MigrationInterface, QueryRunner } from 'typeorm';
import { rootOperationsOf } from '../../graphql/root-operations';

/** The screens the built-in reports open read what bedReport reads. */
const BUILT_IN_ROOT_FIELDS = ['Query.bedReport'];

/**
 * Each saved report keeps the root fields its query calls ('Query.bedReport'), written when it is
 * saved: listings, search and by-id reads leave out the reports whose root fields the viewer's
 * role may not call (compared in SQL with the operations the role may call, so the access policy
 * is read as it is now, and a listing stays one statement). Existing reports are filled in here.
 */
export class ReportRootFields1765320000000 implements MigrationInterface {
  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE saved_report ADD COLUMN root_fields text[] NOT NULL DEFAULT '{}'`);
    await q.query(`UPDATE saved_report SET root_fields = $1::text[] WHERE built_in IS NOT NULL`, [BUILT_IN_ROOT_FIELDS]);
    const documents: { hash: string; document: string }[] = await q.query(
      `SELECT d.hash, d.document FROM report_document d WHERE EXISTS (SELECT 1 FROM saved_report r WHERE r.document_hash = d.hash)`,
    );
    for (const { hash, document } of documents) {
      await q.query(`UPDATE saved_report SET root_fields = $2::text[] WHERE document_hash = $1`, [hash, rootOperationsOf(document)]);
    }
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE saved_report DROP COLUMN root_fields`);
  }
}
