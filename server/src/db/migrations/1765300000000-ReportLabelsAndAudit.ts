import type { MigrationInterface, QueryRunner } from 'typeorm';

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
    await this.auditActions(q, (actions) => [...actions, ...ACTIONS]);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM audit_event WHERE action = ANY($1::text[])`, [ACTIONS]);
    await this.auditActions(q, (actions) => actions.filter((a) => !ACTIONS.includes(a)));
    await q.query(`ALTER TABLE saved_report DROP COLUMN variable_labels`);
  }

  /**
   * Rewrites the audit log's list of actions from the list in force, so that migrations of other
   * features adding their own actions in any order keep each other's.
   */
  private async auditActions(q: QueryRunner, change: (actions: string[]) => string[]): Promise<void> {
    const [row]: { name: string; def: string }[] = await q.query(
      `SELECT conname AS name, pg_get_constraintdef(oid) AS def FROM pg_constraint
        WHERE conrelid = 'audit_event'::regclass AND contype = 'c' AND pg_get_constraintdef(oid) LIKE '%action%'`,
    );
    const actions = [...row.def.matchAll(/'([A-Z_]+)'/g)].map((m) => m[1]);
    const next = [...new Set(change(actions))];
    await q.query(`ALTER TABLE audit_event DROP CONSTRAINT "${row.name}"`);
    await q.query(`ALTER TABLE audit_event ADD CONSTRAINT "${row.name}" CHECK (action IN (${next.map((a) => `'${a}'`).join(',')}))`);
  }
}
