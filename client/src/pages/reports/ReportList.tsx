import { Link } from 'react-router';
import { type FragmentType, getFragmentData, graphql } from '../../gql';
import { screenPath } from '../../screens';
import { builtInPath, formatUpdated, SHARING_LABEL } from './report-labels';

export const ReportList_Folder = graphql(`
  fragment ReportList_Folder on ReportFolder {
    id
    name
    sharing
    updatedAt
  }
`);

export const ReportList_Report = graphql(`
  fragment ReportList_Report on SavedReport {
    id
    name
    builtIn
    updatedAt
    folder {
      id
      name
    }
  }
`);

interface ReportListProps {
  /** Names the list (a heading's id). */
  labelledBy: string;
  folders?: readonly FragmentType<typeof ReportList_Folder>[];
  reports?: readonly FragmentType<typeof ReportList_Report>[];
  /** Show each report's folder (search results come from many folders). */
  showFolder?: boolean;
  empty: string;
}

/**
 * Folders, then reports, as one list of links (as G-MIS lists a folder's contents). A built-in
 * report opens its own screen (地域病床見える化（全項目表示） → /beds/all-columns); a saved one its
 * run page.
 */
export function ReportList({ labelledBy, folders = [], reports = [], showFolder = false, empty }: ReportListProps) {
  const folderRows = folders.map((f) => getFragmentData(ReportList_Folder, f));
  const reportRows = reports.map((r) => getFragmentData(ReportList_Report, r));
  if (folderRows.length === 0 && reportRows.length === 0) return <p className="status">{empty}</p>;
  return (
    <ul className="report-list" aria-labelledby={labelledBy}>
      {folderRows.map((folder) => (
        <li key={folder.id} className="report-list__item report-list__item--folder">
          <Link className="report-list__name" to={screenPath('reportFolder', { id: folder.id })}>
            {folder.name}
          </Link>
          <p className="report-list__meta">
            フォルダ・{SHARING_LABEL[folder.sharing]}・更新 {formatUpdated(folder.updatedAt)}
          </p>
        </li>
      ))}
      {reportRows.map((report) => (
        <li key={report.id} className="report-list__item">
          <Link className="report-list__name" to={report.builtIn ? builtInPath(report.builtIn) : screenPath('report', { id: report.id })}>
            {report.name}
          </Link>
          <p className="report-list__meta">
            {showFolder ? `${report.folder.name}・` : ''}
            {report.builtIn ? '画面で表示' : 'レポート'}・更新 {formatUpdated(report.updatedAt)}
          </p>
        </li>
      ))}
    </ul>
  );
}
