import type { QueryRunner } from 'typeorm';

/**
 * Rewrites the audit log's list of actions (audit_event's CHECK constraint) from the list in
 * force, so that migrations of other features adding their own actions in any order keep each
 * other's. Every migration that adds or drops an audit action goes through here.
 */
export async function rewriteAuditActions(q: QueryRunner, change: (actions: string[]) => string[]): Promise<void> {
  const [row]: { name: string; def: string }[] = await q.query(
    `SELECT conname AS name, pg_get_constraintdef(oid) AS def FROM pg_constraint
      WHERE conrelid = 'audit_event'::regclass AND contype = 'c' AND pg_get_constraintdef(oid) LIKE '%action%'`,
  );
  const actions = [...row.def.matchAll(/'([A-Z_]+)'/g)].map((m) => m[1]);
  const next = [...new Set(change(actions))];
  await q.query(`ALTER TABLE audit_event DROP CONSTRAINT "${row.name}"`);
  await q.query(`ALTER TABLE audit_event ADD CONSTRAINT "${row.name}" CHECK (action IN (${next.map((a) => `'${a}'`).join(',')}))`);
}
