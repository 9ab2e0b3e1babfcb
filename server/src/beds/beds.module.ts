import { defineDomain } from '../domain';
import { createBedReportExportRouter } from './bed-report.export';
import { createBedReportLoaders } from './bed-report.loaders';
import { BedReportResolver, loadBedSnapshotNode } from './bed-report.resolver';
import { BedSnapshot } from './bed-snapshot.entity';
import { BedCorrectionResolver } from './bed-correction.resolver';
import { BedStatusChanges } from './bed-status-changes';
import { BedStatusResolver } from './bed-status.resolver';

/** 地域病床見える化: bed reports, the report query, its exports and live updates. */
export const beds = defineDomain({
  name: 'beds',
  entities: [BedSnapshot],
  resolvers: [BedReportResolver, BedStatusResolver, BedCorrectionResolver],
  loaders: createBedReportLoaders,
  nodes: { BedSnapshot: loadBedSnapshotNode },
  // One listener per process for every subscriber (PostgreSQL LISTEN), while WebSockets are served.
  subscriptionContext: ({ db, log }) => {
    const changes = new BedStatusChanges(db, log.child({ component: 'bed-status-listener' }));
    return { values: { bedStatusChanges: changes }, stop: () => changes.stop() };
  },
  // CSV and standard-format exports of the report, with the report's access rules.
  routes: ({ db, config, log, resolveViewer, values }) =>
    createBedReportExportRouter({ db, reference: values.reference, config, log, resolveViewer, freshness: values.reportingFreshness }),
});
