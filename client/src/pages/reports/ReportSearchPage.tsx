import { useQuery } from '@apollo/client/react';
import { Link, useSearchParams } from 'react-router';
import { ConnectionPager } from '../../components/ConnectionPager';
import { ErrorMessage } from '../../components/ErrorMessage';
import { LoadingStatus } from '../../components/StatusLine';
import { useCursorPages } from '../../components/use-cursor-pages';
import { useApiProblem, useFieldErrors } from '../../components/use-field-errors';
import { usePageTitle } from '../../components/use-page-title';
import { graphql } from '../../gql';
import { SCREEN_PATHS, screenPath } from '../../screens';
import { RequireSignIn } from '../accounts/RequireSignIn';
import { builtInPath, formatUpdated } from './report-labels';
import { ReportSearchForm } from './ReportSearchForm';
import './reports.css';

const PAGE_SIZE = 20;

const ReportSearchPage_Search = graphql(`
  query ReportSearchPage_Search($text: String!, $first: Int!, $after: String) {
    searchReports(text: $text, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          builtIn
          updatedAt
          folder {
            id
            name
            ancestors {
              id
              name
            }
          }
        }
      }
    }
  }
`);

/**
 * レポートを検索の結果: the reports of the folders the account may see whose name, or a folder's
 * name on their path, contains the text; each with its path (すべてのフォルダ ＞ … ＞ its folder)
 * so reports of the same name in different folders can be told apart.
 */
export function ReportSearchPage() {
  usePageTitle('レポートを検索');
  return (
    <RequireSignIn>
      <SearchResults />
    </RequireSignIn>
  );
}

function SearchResults() {
  const [params] = useSearchParams();
  const text = (params.get('q') ?? '').trim();
  // A new text starts at its first page (the pager's state belongs to one search).
  return <Results key={text} text={text} />;
}

function Results({ text }: { text: string }) {
  const pages = useCursorPages(PAGE_SIZE);
  const result = useQuery(ReportSearchPage_Search, {
    variables: { text, first: PAGE_SIZE, after: pages.after },
    skip: !text,
    fetchPolicy: 'cache-and-network',
  });
  const problem = useApiProblem(result.error);
  const { errors } = useFieldErrors(problem);
  const connection = result.data?.searchReports;

  return (
    <>
      <nav aria-label="パンくずリスト">
        <p className="breadcrumb">
          <Link to={SCREEN_PATHS.reports}>レポート</Link> ＞ レポートを検索
        </p>
      </nav>
      <h1>レポートを検索</h1>
      <ReportSearchForm initial={text} error={errors.text} />
      <section aria-labelledby="report-search-results" aria-busy={result.loading}>
        <h2 id="report-search-results">検索結果</h2>
        <ErrorMessage problem={errors.text ? null : problem} />
        <LoadingStatus loading={result.loading && !connection} />
        {!text ? <p className="status">レポート名またはフォルダ名の一部を入力して、検索してください。</p> : null}
        {text && connection ? (
          <>
            <p className="result-summary__count" role="status">
              {connection.totalCount === 0
                ? `「${text}」を含むレポートはありません。別の言葉で検索するか、すべてのフォルダから探してください。`
                : `「${text}」を含むレポート ${connection.totalCount}件`}
            </p>
            {connection.edges.length > 0 ? (
              <ul className="report-list" aria-labelledby="report-search-results">
                {connection.edges.map(({ node }) => (
                  <li key={node.id} className="report-list__item report-list__item--result">
                    <Link
                      className="report-list__name"
                      to={node.builtIn ? builtInPath(node.builtIn) : screenPath('report', { id: node.id })}
                    >
                      {node.name}
                    </Link>
                    <p className="report-list__meta">
                      {node.builtIn ? '画面で表示' : 'レポート'}・更新 {formatUpdated(node.updatedAt)}
                    </p>
                    <p className="report-list__path">
                      <span className="visually-hidden">フォルダ: </span>
                      <Link to={SCREEN_PATHS.reportFolders}>すべてのフォルダ</Link>
                      {[...node.folder.ancestors, node.folder].map((f) => (
                        <span key={f.id}>
                          {' ＞ '}
                          <Link to={screenPath('reportFolder', { id: f.id })}>{f.name}</Link>
                        </span>
                      ))}
                    </p>
                  </li>
                ))}
              </ul>
            ) : null}
            <ConnectionPager connection={connection} pages={pages} busy={result.loading} />
          </>
        ) : null}
      </section>
      <p>
        <Link to={SCREEN_PATHS.reportFolders}>すべてのフォルダ</Link>から探すこともできます。
      </p>
    </>
  );
}
