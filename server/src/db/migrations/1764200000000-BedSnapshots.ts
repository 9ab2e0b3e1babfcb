import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Frozen copy of the category/measure columns as of this migration (later changes get their own). */
const CATEGORIES = ['general', 'icu_hcu', 'infectious', 'psychiatric', 'pediatric', 'negative_pressure'];
const MEASURES = ['secured', 'immediate', 'inpatients', 'severe', 'vacant'];
const ACCEPTANCE = `('NORMAL','LIMITED','SUSPENDED','UNANSWERED')`;

export class BedSnapshots1764200000000 implements MigrationInterface {
  name = 'BedSnapshots1764200000000';

  public async up(q: QueryRunner): Promise<void> {
    const counts = CATEGORIES.flatMap((c) => [
      ...MEASURES.map((m) => `${c}_${m} integer NOT NULL DEFAULT 0 CHECK (${c}_${m} BETWEEN 0 AND 9999)`),
      `CONSTRAINT ${c}_vacant_within_secured CHECK (${c}_vacant <= ${c}_secured)`,
      `CONSTRAINT ${c}_immediate_within_secured CHECK (${c}_immediate <= ${c}_secured)`,
      `CONSTRAINT ${c}_severe_within_inpatients CHECK (${c}_severe <= ${c}_inpatients)`,
    ]);
    const total = (m: string) => CATEGORIES.map((c) => `${c}_${m}`).join(' + ');
    await q.query(`CREATE TABLE bed_snapshot (
      id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      facility_id integer NOT NULL REFERENCES facility(id),
      -- Milliseconds, like JavaScript dates: cursors carry the exact value back.
      reported_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', now()),
      -- The account that reported (no FK: accounts live in their own migration); never exposed.
      reported_by_account_id integer,
      source text NOT NULL CHECK (source IN ('FACILITY','PREFECTURE','DEMO')),
      idempotency_key text CHECK (length(idempotency_key) BETWEEN 1 AND 100),
      content_hash char(64) NOT NULL CHECK (content_hash ~ '^[0-9a-f]{64}$'),
      ${counts.join(',\n      ')},
      secured_total integer GENERATED ALWAYS AS (${total('secured')}) STORED,
      vacant_total integer GENERATED ALWAYS AS (${total('vacant')}) STORED,
      outpatient_acceptance text NOT NULL DEFAULT 'UNANSWERED' CHECK (outpatient_acceptance IN ${ACCEPTANCE}),
      inpatient_acceptance text NOT NULL DEFAULT 'UNANSWERED' CHECK (inpatient_acceptance IN ${ACCEPTANCE}),
      emergency_acceptance text NOT NULL DEFAULT 'UNANSWERED' CHECK (emergency_acceptance IN ${ACCEPTANCE}),
      staffing text NOT NULL DEFAULT 'UNANSWERED' CHECK (staffing IN ('NORMAL','SHORTAGE','DEPLETED','UNANSWERED')),
      ventilators_total integer NOT NULL DEFAULT 0 CHECK (ventilators_total BETWEEN 0 AND 9999),
      ventilators_in_use integer NOT NULL DEFAULT 0,
      CONSTRAINT ventilators_in_use_within_total CHECK (ventilators_in_use BETWEEN 0 AND ventilators_total),
      ecmo_total integer NOT NULL DEFAULT 0 CHECK (ecmo_total BETWEEN 0 AND 9999),
      ecmo_in_use integer NOT NULL DEFAULT 0,
      CONSTRAINT ecmo_in_use_within_total CHECK (ecmo_in_use BETWEEN 0 AND ecmo_total),
      note text CHECK (length(note) <= 500),
      CONSTRAINT bed_snapshot_idempotency_key_unique UNIQUE (facility_id, idempotency_key))`);
    // The report's hot path: "latest snapshot of facility f" is one index probe.
    await q.query(`CREATE INDEX bed_snapshot_facility_latest_idx ON bed_snapshot (facility_id, reported_at DESC, id DESC)`);
    // History is evidence: snapshots are never changed or removed once written.
    await q.query(`CREATE FUNCTION bed_snapshot_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'bed_snapshot is append-only'; END $$`);
    await q.query(`CREATE TRIGGER bed_snapshot_append_only BEFORE UPDATE OR DELETE ON bed_snapshot
      FOR EACH ROW EXECUTE FUNCTION bed_snapshot_append_only()`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE bed_snapshot`);
    await q.query(`DROP FUNCTION bed_snapshot_append_only()`);
  }
}
