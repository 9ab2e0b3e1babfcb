import type { MigrationInterface, QueryRunner } from 'typeorm';
import { rewriteAuditActions } from './audit-actions';

const ACTIONS = ['REPORT_MOVED', 'REPORT_DELETED'];

/**
 * A saved report keeps a Japanese label per variable of its query (the run page's filter form
 * shows 都道府県コード, not $prefectureCode), and the audit log records moving and deleting reports
 * and folders beside saving and sharing them.
 */
export class ReportLabelsAndAudit1765300000000 implements MigrationInterface {
  public async up(q: QueryRunner): Promise<void> {
    // Variable name → label; a variable without one is shown with the label derived from its name.
    await q.query(`ALTER TABLE saved_report ADD COLUMN variable_labels jsonb NOT NULL DEFAULT '{}'::jsonb
      CHECK (jsonb_typeof(variable_labels) = 'object')`);
    await rewriteAuditActions(q, (actions) => [...actions, ...ACTIONS]);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM audit_event WHERE action = ANY($1::text[])`, [ACTIONS]);
    await rewriteAuditActions(q, (actions) => actions.filter((a) => !ACTIONS.includes(a)));
    await q.query(`ALTER TABLE saved_report DROP COLUMN variable_labels`);
  }
}
