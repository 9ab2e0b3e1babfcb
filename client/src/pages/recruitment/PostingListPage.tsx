import { useLazyQuery, useQuery } from '@apollo/client/react';
import { type FormEvent, useMemo, useState } from 'react';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import { describeApiError, fieldErrorMap } from '../../components/api-errors';
import { type Column, DataTable } from '../../components/DataTable';
import { ErrorMessage } from '../../components/ErrorMessage';
import { FormField } from '../../components/FormField';
import { Pager } from '../../components/Pager';
import { SearchPanel } from '../../components/SearchPanel';
import { LoadingStatus, ResultCount } from '../../components/StatusLine';
import { usePageTitle } from '../../components/use-page-title';
import { graphql } from '../../gql';
import type { PostingOrder, PostingStatus, PostingListPage_QueryQuery } from '../../gql/graphql';
import { STATUS_LABEL, formatDateTime } from './posting-fields';
import './recruitment.css';

export const POSTING_PAGE_SIZE = 20;

const PostingListPage_Query = graphql(`
  query PostingListPage_Query($filter: PostingFilter, $orderBy: PostingOrder, $first: Int!, $after: String) {
    postingFacility {
      id
    }
    postings(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          title
          occupationLabel
          employmentTypeLabel
          status
          facilityName
          maskingRequested
          updatedAt
        }
      }
    }
  }
`);

const PostingListPage_Export = graphql(`
  query PostingListPage_Export($filter: PostingFilter, $orderBy: PostingOrder) {
    exportPostings(filter: $filter, orderBy: $orderBy) {
      fileName
      contentType
      rowCount
      truncated
      content
    }
  }
`);

/** Hands a file made in the browser to the user as a download. */
function download(fileName: string, contentType: string, content: string) {
  const url = URL.createObjectURL(new Blob([content], { type: contentType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

type Row = PostingListPage_QueryQuery['postings']['edges'][number]['node'];

const ORDER_LABEL: Record<PostingOrder, string> = {
  UPDATED_AT_DESC: '更新日時の新しい順',
  UPDATED_AT_ASC: '更新日時の古い順',
  CREATED_AT_DESC: '登録日時の新しい順',
  TITLE_ASC: 'タイトル順',
};
const isOrder = (v: string | null): v is PostingOrder => v !== null && v in ORDER_LABEL;
const isStatus = (v: string | null): v is PostingStatus => v !== null && v in STATUS_LABEL;

const COLUMNS: Column<Row>[] = [
  {
    key: 'title',
    header: 'タイトル',
    rowHeader: true,
    minWidth: '14em',
    render: (p) => <Link to={`/recruitment/${p.id}`}>{p.title}</Link>,
  },
  { key: 'occupation', header: '職種', render: (p) => p.occupationLabel, nowrap: true },
  { key: 'employment', header: '雇用形態', render: (p) => p.employmentTypeLabel, nowrap: true },
  { key: 'status', header: '掲載状態', render: (p) => <span className="status-badge">{STATUS_LABEL[p.status]}</span>, nowrap: true },
  { key: 'facility', header: '登録施設', render: (p) => p.facilityName ?? '—', minWidth: '10em' },
  { key: 'masking', header: 'マスキング', render: (p) => (p.maskingRequested ? '希望する' : '希望しない'), nowrap: true },
  { key: 'updatedAt', header: '更新日時', render: (p) => formatDateTime(p.updatedAt), nowrap: true },
];

/** データ一覧: the postings this account manages or oversees, with 新規, search, sort and paging (URL-driven). */
export function PostingListPage() {
  usePageTitle('人材募集登録 データ一覧');
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const location = useLocation();
  const keyword = params.get('q') ?? '';
  const status = isStatus(params.get('status')) ? (params.get('status') as PostingStatus) : null;
  const orderBy: PostingOrder = isOrder(params.get('order')) ? (params.get('order') as PostingOrder) : 'UPDATED_AT_DESC';
  const after = params.get('after');
  const page = Math.max(1, Number(params.get('page') ?? 1) || 1);
  const variables = useMemo(
    () => ({ filter: { keyword: keyword || null, status }, orderBy, first: POSTING_PAGE_SIZE, after }),
    [keyword, status, orderBy, after],
  );
  const result = useQuery(PostingListPage_Query, { variables, fetchPolicy: 'cache-and-network' });
  const problem = describeApiError(result.error);
  const errors = fieldErrorMap(problem);
  const [form, setForm] = useState({ keyword, status: status ?? '', orderBy });

  const go = (next: { q: string; status: string; order: string; after?: string; page?: number }) => {
    const search = new URLSearchParams();
    if (next.q) search.set('q', next.q);
    if (next.status) search.set('status', next.status);
    if (next.order !== 'UPDATED_AT_DESC') search.set('order', next.order);
    if (next.after) search.set('after', next.after);
    if (next.page && next.page > 1) search.set('page', String(next.page));
    void navigate({ search: `?${search}` }, next.after ? { state: { pagedFrom: location.search } } : undefined);
  };
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    go({ q: form.keyword, status: form.status, order: form.orderBy });
  };
  const connection = result.data?.postings;
  const [loadExport, exporting] = useLazyQuery(PostingListPage_Export, { fetchPolicy: 'network-only' });
  const exportProblem = describeApiError(exporting.error);
  const exportList = async () => {
    const { data } = await loadExport({ variables: { filter: variables.filter, orderBy } });
    if (data) download(data.exportPostings.fileName, data.exportPostings.contentType, data.exportPostings.content);
  };

  return (
    <>
      <div className="page-header">
        <h1>人材募集登録 データ一覧</h1>
        {result.data?.postingFacility ? (
          <Link to="/recruitment/new" className="button button--primary">
            新規
          </Link>
        ) : null}
      </div>
      <p className="page-lead">登録した人材募集の一覧です。タイトルを選ぶと人材募集画面が表示されます。</p>
      <SearchPanel headingId="posting-search-heading" onSubmit={submit}>
        <div className="form-grid">
          <FormField label="キーワード" hint="タイトル・業務内容・就業場所・医療機関名の一部" error={errors.keyword}>
            <input
              className="input"
              type="search"
              id="posting-search-keyword"
              value={form.keyword}
              onChange={(e) => setForm({ ...form, keyword: e.target.value })}
            />
          </FormField>
          <FormField label="掲載状態">
            <select
              className="select"
              id="posting-search-status"
              value={form.status}
              onChange={(e) => setForm({ ...form, status: e.target.value })}
            >
              <option value="">すべて</option>
              {(Object.keys(STATUS_LABEL) as PostingStatus[]).map((s) => (
                <option key={s} value={s}>
                  {STATUS_LABEL[s]}
                </option>
              ))}
            </select>
          </FormField>
          <FormField label="並び順">
            <select
              className="select"
              id="posting-search-order"
              value={form.orderBy}
              onChange={(e) => setForm({ ...form, orderBy: e.target.value as PostingOrder })}
            >
              {(Object.keys(ORDER_LABEL) as PostingOrder[]).map((o) => (
                <option key={o} value={o}>
                  {ORDER_LABEL[o]}
                </option>
              ))}
            </select>
          </FormField>
        </div>
      </SearchPanel>
      <section aria-labelledby="posting-results-heading" aria-busy={result.loading}>
        <h2 id="posting-results-heading">データ一覧</h2>
        <ErrorMessage problem={problem ?? exportProblem} />
        <LoadingStatus loading={result.loading && !connection} />
        {connection ? (
          <>
            <div className="result-summary">
              <ResultCount total={connection.totalCount} />
              <button
                type="button"
                className="button button--secondary"
                onClick={() => void exportList().catch(() => undefined)}
                disabled={exporting.loading || connection.totalCount === 0}
              >
                {exporting.loading ? 'エクスポートしています…' : 'エクスポート'}
              </button>
            </div>
            {exporting.data?.exportPostings.truncated ? (
              <p className="status">5,000件を超えるため、先頭の5,000件をエクスポートしました。条件で絞り込んでください。</p>
            ) : null}
            <DataTable
              caption="人材募集の一覧"
              captionHidden
              columns={COLUMNS}
              rows={connection.edges.map((e) => e.node)}
              rowKey={(p) => p.id}
              empty="人材募集はまだ登録されていません。"
            />
            {connection.totalCount > 0 ? (
              <Pager
                totalCount={connection.totalCount}
                offset={(page - 1) * POSTING_PAGE_SIZE}
                pageLength={connection.edges.length}
                hasNextPage={connection.pageInfo.hasNextPage}
                onNext={() =>
                  connection.pageInfo.endCursor &&
                  go({ q: keyword, status: status ?? '', order: orderBy, after: connection.pageInfo.endCursor, page: page + 1 })
                }
                onPrevious={
                  page > 1 && (location.state as { pagedFrom?: string } | null)?.pagedFrom !== undefined ? () => navigate(-1) : undefined
                }
                onFirst={page > 1 ? () => go({ q: keyword, status: status ?? '', order: orderBy }) : undefined}
                busy={result.loading}
              />
            ) : null}
          </>
        ) : null}
      </section>
    </>
  );
}
