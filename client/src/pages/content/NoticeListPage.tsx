import { useQuery } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { describeApiError, fieldErrorMap } from '../../components/api-errors';
import { DataTable } from '../../components/DataTable';
import { ErrorMessage } from '../../components/ErrorMessage';
import { FormField } from '../../components/FormField';
import { ConnectionPager } from '../../components/ConnectionPager';
import { useCursorPages } from '../../components/use-cursor-pages';
import { SearchPanel } from '../../components/SearchPanel';
import { usePageTitle } from '../../components/use-page-title';
import { useSignedInRole } from '../../components/use-signed-in-role';
import { graphql } from '../../gql';
import type { NoticeFilter } from '../../gql/graphql';
import '../../styles/content.css';
import { formatDate } from '../inquiries/inquiry-labels';

const PAGE_SIZE = 20;

const NoticeListPage_Notices = graphql(`
  query NoticeListPage_Notices($filter: NoticeFilter, $first: Int!, $after: String) {
    notices(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          title
          importance
          publishDate
          published
          read
        }
      }
    }
    unreadNoticeCount
  }
`);

/** お知らせ: newest first, 未読 marked per account; click a title for the detail. */
export function NoticeListPage() {
  usePageTitle('お知らせ');
  const office = useSignedInRole() === 'OFFICE';
  const [filter, setFilter] = useState<NoticeFilter>({});
  const [text, setText] = useState('');
  const pages = useCursorPages(PAGE_SIZE);
  const result = useQuery(NoticeListPage_Notices, {
    variables: { filter, first: PAGE_SIZE, after: pages.after },
    fetchPolicy: 'cache-and-network',
  });
  const problem = describeApiError(result.error);
  const errors = fieldErrorMap(problem);
  const connection = result.data?.notices;

  const search = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    pages.reset();
    setFilter({ text: text.trim() || null });
  };

  return (
    <>
      <h1>お知らせ</h1>
      {office ? (
        <p>
          <Link to="/notices/new" className="button button--primary">
            新規
          </Link>
        </p>
      ) : null}
      <SearchPanel headingId="notice-search-heading" onSubmit={search}>
        <FormField label="キーワード" hint="件名・本文の一部" error={errors.text}>
          <input className="input" type="search" id="notice-search-text" value={text} onChange={(e) => setText(e.target.value)} />
        </FormField>
      </SearchPanel>
      <section aria-labelledby="notice-results-heading" aria-busy={result.loading}>
        <h2 id="notice-results-heading">お知らせ一覧</h2>
        <ErrorMessage problem={problem} />
        {result.data && result.data.unreadNoticeCount > 0 ? (
          <p className="result-summary__count" role="status">
            未読のお知らせが {result.data.unreadNoticeCount}件 あります。
          </p>
        ) : null}
        {connection ? (
          <>
            <DataTable
              caption="お知らせ一覧"
              captionHidden
              rows={connection.edges.map((e) => e.node)}
              rowKey={(row) => row.id}
              empty="お知らせはありません。"
              columns={[
                { key: 'date', header: '掲載日', nowrap: true, render: (row) => formatDate(row.publishDate) },
                {
                  key: 'title',
                  header: '件名',
                  rowHeader: true,
                  minWidth: '16em',
                  render: (row) => (
                    <>
                      {row.read === false ? <span className="badge badge--unread">未読</span> : null}
                      {row.importance === 'IMPORTANT' ? <span className="badge badge--important">重要</span> : null}
                      {office && !row.published ? <span className="badge">非公開</span> : null}
                      <Link to={`/notices/${row.id}`}>{row.title}</Link>
                    </>
                  ),
                },
              ]}
            />
            <ConnectionPager connection={connection} pages={pages} busy={result.loading} />
          </>
        ) : null}
      </section>
    </>
  );
}
