import { defineDomain } from '../domain';
import { SCHEMA_READERS } from './report-access';
import { loadReportFolderNode, ReportFolderResolver } from './report-folder.resolver';
import { registeredReportDocuments } from './report-document.store';
import { createReportLoaders } from './reports.loaders';
import { createReportExportRouter } from './report.export';
import { loadSavedReportNode, SavedReportResolver } from './saved-report.resolver';
import { ReportSearchResolver } from './report-search.resolver';
import { ReportSubscriptionResolver } from './report-subscription.resolver';
import { ReportSubscriptionWorker } from './report-subscription.worker';

/**
 * レポート: report folders (system, shared, private), saved reports (a GraphQL query with its
 * columns, run as a trusted document with the runner's permissions), the builder's preview and
 * the schema for its editor, CSV and JSON exports, and mailed subscriptions.
 */
export const reports = defineDomain({
  name: 'reports',
  resolvers: [ReportFolderResolver, SavedReportResolver, ReportSearchResolver, ReportSubscriptionResolver],
  loaders: createReportLoaders,
  nodes: { ReportFolder: loadReportFolderNode, SavedReport: loadSavedReportNode },
  routes: (deps) => createReportExportRouter(deps),
  trustedDocuments: ({ db }) => registeredReportDocuments(db),
  schemaReaders: SCHEMA_READERS,
  // Mailed subscriptions run their reports through the app's GraphQL server (main.ts hands it over).
  workers: ({ db, config, log, operations }) => {
    if (!operations) return [];
    const worker = new ReportSubscriptionWorker({
      db,
      operations,
      limits: config.graphqlLimits,
      publicBaseUrl: config.publicBaseUrl,
      log: log.child({ worker: 'report-subscriptions' }),
    });
    worker.start();
    return [worker];
  },
});
