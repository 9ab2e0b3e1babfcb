import { Link, useSearchParams } from 'react-router';
import { usePageTitle } from '../../components/use-page-title';
import { SCREEN_PATHS } from '../../screens';
import { useViewer } from '../../viewer';
import { RequireSignIn } from '../accounts/RequireSignIn';
import { canBuild } from './report-labels';
import { ReportSearchForm } from './ReportSearchForm';
import { ReportSearchResults } from './ReportSearchResults';
import './reports.css';

/**
 * レポート (the tab of seed 3-3): 「すべてのフォルダ」 to browse the folders, and 新規レポート for
 * those who write queries, and 「レポートを検索」 with its results for a report whose folder is not known.
 */
export function ReportsPage() {
  return (
    <RequireSignIn>
      <ReportsHome />
    </RequireSignIn>
  );
}

function ReportsHome() {
  const viewer = useViewer();
  const [params] = useSearchParams();
  const text = (params.get('q') ?? '').trim();
  usePageTitle(text ? `「${text}」の検索結果 - レポート` : 'レポート');
  return (
    <>
      <h1>レポート</h1>
      <p className="page-lead">
        レポートはフォルダに分けて保存されています。「すべてのフォルダ」から、参照できるフォルダとレポートを開けます。
      </p>
      <nav aria-label="フォルダ">
        <ul className="report-nav">
          <li>
            <Link className="button button--secondary" to={SCREEN_PATHS.reportFolders}>
              すべてのフォルダ
            </Link>
          </li>
          {canBuild(viewer.role) ? (
            <li>
              <Link className="button button--primary" to={SCREEN_PATHS.reportNew} reloadDocument>
                新規レポート
              </Link>
            </li>
          ) : null}
        </ul>
      </nav>
      {/* A new text starts the results (and their pages) afresh. */}
      <ReportSearchForm key={`form-${text}`} initial={text} />
      {text ? <ReportSearchResults key={text} text={text} /> : null}
    </>
  );
}
