import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { ConnectionPager } from '../../components/ConnectionPager';
import { ErrorMessage } from '../../components/ErrorMessage';
import { LoadingStatus } from '../../components/StatusLine';
import { useCursorPages } from '../../components/use-cursor-pages';
import { useApiProblem } from '../../components/use-field-errors';
import { graphql } from '../../gql';
import { SCREEN_PATHS, screenPath } from '../../screens';
import { builtInPath, formatUpdated } from './report-labels';

const PAGE_SIZE = 20;

const ReportSearchResults_Search = graphql(`
  query ReportSearchResults_Search($text: String!, $first: Int!, $after: String) {
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
 * レポートを検索の結果, on the レポート screen under its search box (/reports?q=…, so 戻る and a shared
 * link show the same results): the reports of the folders the account may see whose name, or a
 * folder's name on their path, contains the text; each with its path (すべてのフォルダ ＞ … ＞ its
 * folder) so reports of the same name in different folders can be told apart.
 */
export function ReportSearchResults({ text }: { text: string }) {
  const pages = useCursorPages(PAGE_SIZE);
  const result = useQuery(ReportSearchResults_Search, {
    variables: { text, first: PAGE_SIZE, after: pages.after },
    fetchPolicy: 'cache-and-network',
  });
  const problem = useApiProblem(result.error);
  const connection = result.data?.searchReports;

  return (
    <section aria-labelledby="report-search-results" aria-busy={result.loading}>
      <h2 id="report-search-results">検索結果</h2>
      <ErrorMessage problem={problem} fields={{ text: { label: 'レポートを検索', id: 'report-search' } }} />
      <LoadingStatus loading={result.loading && !connection} />
      {connection ? (
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
                  <Link className="report-list__name" to={node.builtIn ? builtInPath(node.builtIn) : screenPath('report', { id: node.id })}>
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
  );
}
