import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Corrections of bed reports (訂正). A correction is a new snapshot, never an edit (the table stays
 * append-only): `corrects_snapshot_id` names the report it amends and takes that report's
 * `reported_at`, so it replaces the figures at that moment (and is the facility's latest only if the
 * corrected one was); `corrected_at` is when the amendment was made and `reported_by_account_id`
 * who made it. A snapshot is "訂正あり" when it is a correction or a later one corrects it.
 */
export class BedCorrections1765100000000 implements MigrationInterface {
  name = 'BedCorrections1765100000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE bed_snapshot
      ADD COLUMN corrects_snapshot_id integer REFERENCES bed_snapshot(id),
      ADD COLUMN corrected_at timestamptz,
      ADD CONSTRAINT bed_snapshot_correction_complete CHECK ((corrects_snapshot_id IS NULL) = (corrected_at IS NULL))`);
    // "Has this report been corrected?" for each snapshot of a history page: one index probe each.
    await q.query(`CREATE INDEX bed_snapshot_corrects_idx ON bed_snapshot (corrects_snapshot_id) WHERE corrects_snapshot_id IS NOT NULL`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX bed_snapshot_corrects_idx`);
    await q.query(`ALTER TABLE bed_snapshot DROP CONSTRAINT bed_snapshot_correction_complete,
      DROP COLUMN corrected_at, DROP COLUMN corrects_snapshot_id`);
  }
}
