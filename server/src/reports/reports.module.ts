import { defineDomain } from '../domain';
import { SCHEMA_READERS } from './report-access';
import { loadReportFolderNode, ReportFolderResolver } from './report-folder.resolver';
import { registeredReportDocuments } from './report-document.store';
import { createReportLoaders } from './reports.loaders';
import { createReportExportRouter } from './report.export';
import { loadSavedReportNode, SavedReportResolver } from './saved-report.resolver';

/**
 * レポート: report folders (system, shared, private), saved reports (a GraphQL query with its
 * columns, run as a trusted document with the runner's permissions), the builder's preview and
 * the schema for its editor, CSV and JSON exports.
 */
export const reports = defineDomain({
  name: 'reports',
  resolvers: [ReportFolderResolver, SavedReportResolver],
  loaders: createReportLoaders,
  nodes: { ReportFolder: loadReportFolderNode, SavedReport: loadSavedReportNode },
  routes: (deps) => createReportExportRouter(deps),
  trustedDocuments: ({ db }) => registeredReportDocuments(db),
  schemaReaders: SCHEMA_READERS,
});
