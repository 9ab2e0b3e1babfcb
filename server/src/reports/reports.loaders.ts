import DataLoader from 'dataloader';
import type { EntityManager } from 'typeorm';
import type { Viewer } from '../auth/viewer';
import { orderByKeys } from '../graphql/loaders';
import { ancestorsOf, type ReportFolder, visibleChildFolders, visibleFoldersById } from './report-folder';
import { type ReportSubscription, subscriptionsOf } from './report-subscription';
import { reportsInFolders, type SavedReport, visibleReportsById } from './saved-report';

/**
 * Per-request loaders of folders and reports, each one SQL statement per batch. Folder and report
 * loaders apply the viewer's visibility (report-access.ts) in their SQL, so a folder or report
 * the viewer may not see is never loaded at all.
 */
export function createReportLoaders(m: EntityManager, viewer: Viewer) {
  return {
    reportFolderById: new DataLoader<number, ReportFolder | null>(async (ids) =>
      orderByKeys(ids, await visibleFoldersById(m, viewer, ids), (f) => f.dbId),
    ),
    reportFolderChildren: new DataLoader<number, ReportFolder[]>(async (ids) => {
      const byParent = await visibleChildFolders(m, viewer, ids);
      return ids.map((id) => byParent.get(id) ?? []);
    }),
    /** Folders above a visible folder: visible too (a sub-folder shares as its top folder does). */
    reportFolderAncestors: new DataLoader<number, ReportFolder[]>(async (ids) => {
      const byFolder = await ancestorsOf(m, ids);
      return ids.map((id) => byFolder.get(id) ?? []);
    }),
    reportsInFolder: new DataLoader<number, SavedReport[]>(async (ids) => {
      const byFolder = await reportsInFolders(m, viewer, ids);
      return ids.map((id) => byFolder.get(id) ?? []);
    }),
    /** The viewer's own subscription to each report. */
    mySubscriptionByReport: new DataLoader<number, ReportSubscription | null>(async (ids) => {
      if (viewer.accountId === null) return ids.map(() => null);
      const byReport = await subscriptionsOf(m, viewer.accountId, ids);
      return ids.map((id) => byReport.get(id) ?? null);
    }),
    savedReportById: new DataLoader<number, SavedReport | null>(async (ids) =>
      orderByKeys(ids, await visibleReportsById(m, viewer, ids), (r) => r.dbId),
    ),
  };
}

export type ReportLoaders = ReturnType<typeof createReportLoaders>;

// ctx.loaders carries these (graphql/loaders.ts).
declare module '../graphql/loaders' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface Loaders extends ReportLoaders {}
}
