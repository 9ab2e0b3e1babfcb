import type { DataSource } from 'typeorm';
import { seedDemoFacilities } from './demo-facilities';
import { seedDemoPostings } from './demo-postings';
import { seedDemoAccounts } from '../../accounts/demo-accounts';
import { seedDemoContent } from '../../content/demo-content';
import { seedDemoBedSnapshots } from './demo-bed-snapshots';
import { seedDemoReportingSchedule } from '../../reporting/demo-reporting';

/**
 * All demo data, in dependency order. Each step is idempotent, so running the seed again (or
 * starting the service again) duplicates nothing. Later domains add their steps here.
 */
export async function seedDemoData(
  db: DataSource,
  facilities: number,
  onProgress?: (done: number, total: number) => void,
): Promise<Record<string, number>> {
  const summary: Record<string, number> = {};
  summary.facilitiesInserted = await seedDemoFacilities(db.manager, facilities, onProgress);
  summary.postingsInserted = await seedDemoPostings(db);
  summary.accountsInserted = await db.transaction((m) => seedDemoAccounts(m));
  summary.faqAndNoticesInserted = await db.transaction((m) => seedDemoContent(m));
  summary.bedSnapshotsInserted = await seedDemoBedSnapshots(db.manager);
  summary.reportingSchedulesInserted = await db.transaction((m) => seedDemoReportingSchedule(m));
  return summary;
}
