import type { MigrationInterface, QueryRunner } from 'typeorm';
import { rewriteAuditActions } from './audit-actions';

/**
 * 一括取込, second round:
 * - a report taken in by a とりまとめ団体 (保健所) says so (source HEALTH_CENTER) rather than PREFECTURE;
 * - each upload is kept for a short while (bed_intake): the checked file itself, in chunks, so that
 *   取込実行 applies exactly the file of the dry run without it being sent again, and each row's
 *   outcome, so that the full result downloads as CSV while the answer lists only the first rows;
 * - applying a file is audited (BED_INTAKE_APPLIED).
 */
export class BedIntakeUploads1765310000000 implements MigrationInterface {
  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE bed_snapshot DROP CONSTRAINT bed_snapshot_source_check`);
    await q.query(
      `ALTER TABLE bed_snapshot ADD CONSTRAINT bed_snapshot_source_check CHECK (source IN ('FACILITY','PREFECTURE','HEALTH_CENTER','DEMO'))`,
    );
    await q.query(`CREATE TABLE bed_intake (
      id uuid PRIMARY KEY,
      -- Only this account may apply the file or read the outcomes (not a foreign key: an account is
      -- disabled, never deleted, and the row expires within the hour anyway).
      account_id integer NOT NULL,
      file_name text NOT NULL CHECK (length(file_name) <= 255),
      -- Learnt while the file is read.
      format text CHECK (format IN ('csv','xlsx')),
      encoding text CHECK (encoding IN ('utf8','sjis')),
      -- What the stored outcomes are of: the dry run, or the apply.
      mode text NOT NULL CHECK (mode IN ('dry-run','apply')),
      rows integer NOT NULL DEFAULT 0,
      changed integer NOT NULL DEFAULT 0,
      unchanged integer NOT NULL DEFAULT 0,
      failed integer NOT NULL DEFAULT 0,
      received_at timestamptz NOT NULL,
      -- Set when the dry run has read the whole file: only a checked file can be applied.
      checked_at timestamptz,
      -- Set when 取込実行 claims the checked file: a second apply of the same upload is refused.
      applied_at timestamptz,
      expires_at timestamptz NOT NULL)`);
    await q.query(`CREATE INDEX bed_intake_expires_idx ON bed_intake (expires_at)`);
    await q.query(`CREATE TABLE bed_intake_chunk (
      intake_id uuid NOT NULL REFERENCES bed_intake (id) ON DELETE CASCADE,
      seq integer NOT NULL,
      bytes bytea NOT NULL,
      PRIMARY KEY (intake_id, seq))`);
    await q.query(`CREATE TABLE bed_intake_outcome (
      intake_id uuid NOT NULL REFERENCES bed_intake (id) ON DELETE CASCADE,
      row integer NOT NULL,
      facility_code text NOT NULL,
      facility_name text,
      status text NOT NULL CHECK (status IN ('CHANGED','STORED','UNCHANGED','ERROR')),
      changes jsonb NOT NULL,
      errors jsonb NOT NULL,
      PRIMARY KEY (intake_id, row))`);
    await rewriteAuditActions(q, (actions) => [...actions, 'BED_INTAKE_APPLIED']);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM audit_event WHERE action = 'BED_INTAKE_APPLIED'`);
    await rewriteAuditActions(q, (actions) => actions.filter((a) => a !== 'BED_INTAKE_APPLIED'));
    await q.query(`DROP TABLE bed_intake_outcome`);
    await q.query(`DROP TABLE bed_intake_chunk`);
    await q.query(`DROP TABLE bed_intake`);
    await q.query(`UPDATE bed_snapshot SET source = 'PREFECTURE' WHERE source = 'HEALTH_CENTER'`);
    await q.query(`ALTER TABLE bed_snapshot DROP CONSTRAINT bed_snapshot_source_check`);
    await q.query(`ALTER TABLE bed_snapshot ADD CONSTRAINT bed_snapshot_source_check CHECK (source IN ('FACILITY','PREFECTURE','DEMO'))`);
  }
}
