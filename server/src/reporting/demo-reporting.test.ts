import { seedDemoData } from '../db/seed/demo-data';
import { createTestDatabase, type TestDatabase } from '../../test/test-database';
import { facilityCompliance } from './reporting-compliance';
import { scheduleOf } from './reporting-schedule';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db?.drop();
});

describe('demo reporting schedule', () => {
  it('gives 東京都 a stored daily 12:00 schedule whose compliance shows statuses and on-time, late and missed periods, once', async () => {
    const first = await seedDemoData(db.dataSource, 300);
    expect(first.reportingSchedulesInserted).toBe(1);
    expect((await seedDemoData(db.dataSource, 300)).reportingSchedulesInserted).toBe(0);
    const schedule = await scheduleOf(db.dataSource.manager, '13');
    expect(schedule).toMatchObject({ stored: true, mode: 'NORMAL', dueMinutes: 720 });
    const { rows } = await facilityCompliance(db.dataSource.manager, schedule, { prefectureCode: '13' }, new Date());
    expect(rows.length).toBeGreaterThan(5);
    const sum = (key: 'onTime' | 'late' | 'missed') => rows.reduce((total, r) => total + r.windows[28][key], 0);
    expect(sum('onTime')).toBeGreaterThan(0);
    expect(sum('late')).toBeGreaterThan(0);
    expect(sum('missed')).toBeGreaterThan(0);
    expect(new Set(rows.map((r) => r.status)).size).toBeGreaterThan(1);
  });
});
