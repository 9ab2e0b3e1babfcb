import { performance } from 'node:perf_hooks';
import { stringify } from 'csv-stringify/sync';
import { seedDemoFacilities } from '../db/seed/demo-facilities';
import { seedDemoBedSnapshots } from '../db/seed/demo-bed-snapshots';
import { createTestDatabase, type TestDatabase } from '../../test/test-database';
import { searchBedReport } from './bed-report.search';
import { BED_REPORT_COLUMNS } from './bed-report.csv';
import { encodeCp932 } from './sjis-encoding';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemoFacilities(db.dataSource.manager, 3000);
  await seedDemoBedSnapshots(db.dataSource.manager);
});
afterAll(async () => db?.drop());

it('profiles', async () => {
  const ctx = { prefectureNames: new Map(), areaNames: new Map(), plainCodes: false } as any;
  for (let i = 0; i < 4; i++) {
    const t0 = performance.now();
    const page = await searchBedReport(db.dataSource.manager, { filter: {}, first: 250, staleBefore: new Date() });
    const t1 = performance.now();
    const records = page.edges.map(({ node }) => BED_REPORT_COLUMNS.map((c) => c.value(node, ctx)));
    const t2 = performance.now();
    const text = stringify(records, { record_delimiter: 'windows', eof: true });
    const t3 = performance.now();
    const enc = encodeCp932(text);
    const t4 = performance.now();
    const qb = db.dataSource.manager.getRepository(require('../facilities/facility.entity').Facility).createQueryBuilder('f').limit(501);
    const t5 = performance.now();
    const raw = await db.dataSource.query(`SELECT * FROM facility f LEFT JOIN bed_snapshot s ON s.id = (SELECT l.id FROM bed_snapshot l WHERE l.facility_id = f.id ORDER BY l.reported_at DESC, l.id DESC LIMIT 1) ORDER BY f.code LIMIT 251`);
    const t6 = performance.now();
    console.log(`search ${(t1 - t0).toFixed(1)} cells ${(t2 - t1).toFixed(1)} stringify ${(t3 - t2).toFixed(1)} encode ${(t4 - t3).toFixed(1)} (${enc.bytes.length}B) raw ${(t6-t5).toFixed(1)} ${raw.length}`);
  }
});
