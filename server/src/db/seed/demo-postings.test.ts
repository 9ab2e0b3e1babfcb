import { createTestDatabase, type TestDatabase } from '../../../test/test-database';
import { seedDemoData } from './demo-data';

let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase();
});

afterAll(async () => {
  await db?.drop();
});

describe('demo postings', () => {
  it('are seeded once (a second run adds nothing), some masked, with history and Key-Net events', async () => {
    const first = await seedDemoData(db.dataSource, 300);
    expect(first.postingsInserted).toBe(7);
    const again = await seedDemoData(db.dataSource, 300);
    // Every seed step (facilities, accounts, postings, …) adds nothing the second time.
    expect(Object.values(again).every((inserted) => inserted === 0)).toBe(true);
    expect(again.postingsInserted).toBe(0);
    const [counts] = await db.dataSource.query(`SELECT
      (SELECT count(*) FROM posting)::int AS postings,
      (SELECT count(*) FROM posting WHERE masking_requested)::int AS masked,
      (SELECT count(*) FROM posting WHERE status = 'CLOSED')::int AS closed,
      (SELECT count(*) FROM posting_change)::int AS changes,
      (SELECT count(*) FROM key_net_event)::int AS events`);
    expect(counts).toEqual({ postings: 7, masked: 3, closed: 1, changes: 8, events: 7 });
    const [healthCentre] = await db.dataSource.query(
      `SELECT p.work_postal_code, p.work_address FROM posting p JOIN facility f ON f.id = p.facility_id WHERE f.kind = 'HEALTH_CENTER'`,
    );
    expect(healthCentre.work_postal_code).toMatch(/^\d{7}$/);
    expect(healthCentre.work_address).toBeTruthy();
  });
});
