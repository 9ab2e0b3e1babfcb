import type { DataSource } from 'typeorm';

/** Three weeks of twice-daily reports before each hospital's first demo report. */
export const HISTORY_DAYS = 21;
export const REPORTS_PER_DAY = 2;

/**
 * Bench-only: gives every hospital that has demo reports "a few weeks of history",
 * so that the report's latest-snapshot probe runs against a realistic table (~40 rows per
 * hospital) rather than the 2–6 reports `npm start` seeds. Each earlier report repeats the
 * hospital's first report's categories with occupancy shifted deterministically by its slot.
 *
 * Deterministic and idempotent: slot k is written with idempotency_key `bench-history-k`, and
 * the (facility_id, idempotency_key) unique constraint skips slots already there. Batched: one
 * INSERT … SELECT per range of facility ids.
 */
export async function seedBenchHistory(db: DataSource, batchFacilities = 2000): Promise<number> {
  const columns: { column_name: string }[] = await db.query(
    `SELECT column_name FROM information_schema.columns
      WHERE table_schema = current_schema() AND table_name = 'bed_snapshot' AND is_generated = 'NEVER' AND is_identity = 'NO'
        AND column_name NOT IN ('reported_at', 'idempotency_key', 'source', 'reported_by_account_id')
      ORDER BY ordinal_position`,
  );
  // Occupancy varies per slot: inpatients move by up to ±(slot mod 3) within 0..immediate, vacant follows.
  const shifted = (name: string): string => {
    const inpatients = name.match(/^(\w+)_inpatients$/);
    if (inpatients) return `LEAST(s.${name} + (k % 3), s.${inpatients[1]}_immediate)`;
    const vacant = name.match(/^(\w+)_vacant$/);
    if (vacant) return `GREATEST(0, s.${vacant[1]}_immediate - LEAST(s.${vacant[1]}_inpatients + (k % 3), s.${vacant[1]}_immediate))`;
    const severe = name.match(/^(\w+)_severe$/);
    if (severe) return `LEAST(s.${name}, LEAST(s.${severe[1]}_inpatients + (k % 3), s.${severe[1]}_immediate))`;
    return `s.${name}`;
  };
  const names = columns.map((c) => c.column_name);
  const [{ max }] = await db.query(`SELECT coalesce(max(id), 0)::int AS max FROM facility`);
  const slots = HISTORY_DAYS * REPORTS_PER_DAY;
  const count = async () =>
    (await db.query(`SELECT count(*)::int AS n FROM bed_snapshot WHERE idempotency_key LIKE 'bench-history-%'`))[0].n as number;
  const before = await count();
  for (let from = 0; from <= max; from += batchFacilities) {
    await db.query(
      `INSERT INTO bed_snapshot (${names.join(', ')}, reported_at, idempotency_key, source, reported_by_account_id)
       SELECT ${names.map(shifted).join(', ')},
              s.reported_at - make_interval(hours => k * ${24 / REPORTS_PER_DAY}), 'bench-history-' || k, 'DEMO', NULL
         FROM (SELECT DISTINCT ON (facility_id) * FROM bed_snapshot
                WHERE facility_id > $1 AND facility_id <= $2 AND source = 'DEMO' AND idempotency_key IS NULL
                ORDER BY facility_id, reported_at, id) s
        CROSS JOIN generate_series(1, ${slots}) AS k
       ON CONFLICT (facility_id, idempotency_key) DO NOTHING`,
      [from, from + batchFacilities],
    );
  }
  return (await count()) - before;
}
