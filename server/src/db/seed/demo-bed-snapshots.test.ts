import { createTestDatabase, type TestDatabase } from '../../../test/test-database';
import { seedDemoBedSnapshots } from './demo-bed-snapshots';
import { seedDemoFacilities } from './demo-facilities';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemoFacilities(db.dataSource.manager, 600);
});
afterAll(async () => {
  await db?.drop();
});

describe('demo bed snapshots', () => {
  it('give most hospitals a few reports over recent days, some stale, some none; a second run adds nothing', async () => {
    const now = new Date('2026-11-24T12:00:00Z');
    const inserted = await seedDemoBedSnapshots(db.dataSource.manager, now, 100);
    expect(inserted).toBeGreaterThan(0);
    const perHospital: { reports: number; latest: Date | null }[] = await db.dataSource.query(
      `SELECT count(s.id)::int AS reports, max(s.reported_at) AS latest FROM facility f LEFT JOIN bed_snapshot s ON s.facility_id = f.id
        WHERE f.kind = 'HOSPITAL' GROUP BY f.id`,
    );
    const reported = perHospital.filter((h) => h.reports > 0);
    const never = perHospital.length - reported.length;
    expect(never).toBeGreaterThan(0);
    expect(never / perHospital.length).toBeLessThan(0.15);
    for (const h of reported) {
      expect(h.reports).toBeGreaterThanOrEqual(2);
      expect(h.reports).toBeLessThanOrEqual(6);
      expect(h.latest!.getTime()).toBeLessThanOrEqual(now.getTime());
    }
    const stale = reported.filter((h) => now.getTime() - h.latest!.getTime() > 24 * 3600_000).length;
    expect(stale).toBeGreaterThan(0);
    expect(stale).toBeLessThan(reported.length / 2);
    const [{ kinds }] = await db.dataSource.query(
      `SELECT array_agg(DISTINCT f.kind) AS kinds FROM bed_snapshot s JOIN facility f ON f.id = s.facility_id`,
    );
    expect(kinds).toEqual(['HOSPITAL']);

    expect(await seedDemoBedSnapshots(db.dataSource.manager, now)).toBe(0);
  });

  it('are deterministic: the same hospital gets the same reports', async () => {
    const rows = async () =>
      db.dataSource.query(`SELECT facility_id, reported_at, content_hash FROM bed_snapshot ORDER BY facility_id, reported_at`);
    const before = await rows();
    await db.dataSource.query(`ALTER TABLE bed_snapshot DISABLE TRIGGER bed_snapshot_append_only`);
    await db.dataSource.query(`DELETE FROM bed_snapshot`);
    await db.dataSource.query(`ALTER TABLE bed_snapshot ENABLE TRIGGER bed_snapshot_append_only`);
    await seedDemoBedSnapshots(db.dataSource.manager, new Date('2026-11-24T12:00:00Z'));
    expect(await rows()).toEqual(before);
  });
});
