import { useQuery } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { describeApiError, fieldErrorMap } from '../../components/api-errors';
import { DataTable } from '../../components/DataTable';
import { ErrorMessage } from '../../components/ErrorMessage';
import { FormField } from '../../components/FormField';
import { ConnectionPager } from '../../components/ConnectionPager';
import { LoadingStatus } from '../../components/StatusLine';
import { useCursorPages } from '../../components/use-cursor-pages';
import { SearchPanel } from '../../components/SearchPanel';
import { usePageTitle } from '../../components/use-page-title';
import { useSignedInRole } from '../../components/use-signed-in-role';
import { graphql } from '../../gql';
import type { InquiryCategory, InquiryFilter, InquiryStatus } from '../../gql/graphql';
import { CATEGORIES, CATEGORY_LABEL, STATUSES, STATUS_LABEL, formatDateTime } from './inquiry-labels';
import { categoryLabel, type InquirySummary, readInquirySummary, statusLabel } from './InquirySummary';

const PAGE_SIZE = 20;

type Row = InquirySummary & { prefecture: { name: string } | null; updatedAt: string };

const InquiryListPage_Inquiries = graphql(`
  query InquiryListPage_Inquiries($filter: InquiryFilter, $first: Int!, $after: String) {
    inquiries(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          ...InquirySummary_Inquiry
          prefecture {
            name
          }
          updatedAt
        }
      }
    }
  }
`);

const InquiryListPage_Prefectures = graphql(`
  query InquiryListPage_Prefectures {
    prefectures {
      id
      code
      name
    }
  }
`);

const FILTER_FIELDS = {
  status: { label: '状態', id: 'inquiry-filter-status' },
  category: { label: '分類', id: 'inquiry-filter-category' },
  prefectureCode: { label: '都道府県', id: 'inquiry-filter-prefecture' },
  text: { label: 'キーワード', id: 'inquiry-filter-text' },
};

/** お問合せ一覧: the organisation's own inquiries, or for G-MIS事務局 the inbox of all with filters. */
export function InquiryListPage() {
  const role = useSignedInRole();
  const office = role === 'OFFICE';
  usePageTitle(office ? 'お問合せ対応' : 'お問合せ一覧');
  const [filter, setFilter] = useState<InquiryFilter>({});
  const [draft, setDraft] = useState({ status: '', category: '', prefectureCode: '', text: '' });
  const pages = useCursorPages(PAGE_SIZE);
  const prefectures = useQuery(InquiryListPage_Prefectures, { skip: !office });
  const result = useQuery(InquiryListPage_Inquiries, {
    variables: { filter, first: PAGE_SIZE, after: pages.after },
    skip: role === undefined || role === null,
    fetchPolicy: 'cache-and-network',
  });
  const problem = describeApiError(result.error);
  const errors = fieldErrorMap(problem);
  const connection = result.data?.inquiries;

  const search = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    pages.reset();
    setFilter({
      status: (draft.status || null) as InquiryStatus | null,
      category: (draft.category || null) as InquiryCategory | null,
      prefectureCode: draft.prefectureCode || null,
      text: draft.text.trim() || null,
    });
  };

  if (role === null) {
    return (
      <>
        <h1>お問合せ</h1>
        <ErrorMessage problem={{ code: 'UNAUTHENTICATED', serverMessage: null, fieldErrors: [] }} />
      </>
    );
  }

  return (
    <>
      <h1>{office ? 'お問合せ対応' : 'お問合せ一覧'}</h1>
      <p className="page-lead">
        {office ? 'すべての医療機関・保健所・都道府県からのお問合せです。' : '所属する組織から G-MIS事務局へのお問合せと回答の一覧です。'}
      </p>
      {!office ? (
        <p>
          <Link to="/inquiries/new" className="button button--primary">
            新規お問合せ
          </Link>
        </p>
      ) : null}
      {office ? (
        <SearchPanel headingId="inquiry-search-heading" onSubmit={search}>
          <div className="form-grid">
            <FormField label={FILTER_FIELDS.status.label} error={errors.status}>
              <select
                className="select"
                id={FILTER_FIELDS.status.id}
                value={draft.status}
                onChange={(e) => setDraft({ ...draft, status: e.target.value })}
              >
                <option value="">すべて</option>
                {STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {STATUS_LABEL[s]}
                  </option>
                ))}
              </select>
            </FormField>
            <FormField label={FILTER_FIELDS.category.label} error={errors.category}>
              <select
                className="select"
                id={FILTER_FIELDS.category.id}
                value={draft.category}
                onChange={(e) => setDraft({ ...draft, category: e.target.value })}
              >
                <option value="">すべて</option>
                {CATEGORIES.map((c) => (
                  <option key={c} value={c}>
                    {CATEGORY_LABEL[c]}
                  </option>
                ))}
              </select>
            </FormField>
            <FormField label={FILTER_FIELDS.prefectureCode.label} error={errors.prefectureCode}>
              <select
                className="select"
                id={FILTER_FIELDS.prefectureCode.id}
                value={draft.prefectureCode}
                onChange={(e) => setDraft({ ...draft, prefectureCode: e.target.value })}
              >
                <option value="">すべての都道府県</option>
                {prefectures.data?.prefectures.map((p) => (
                  <option key={p.code} value={p.code}>
                    {p.name}
                  </option>
                ))}
              </select>
            </FormField>
            <FormField label={FILTER_FIELDS.text.label} hint="件名・内容の一部" error={errors.text}>
              <input
                className="input"
                type="search"
                id={FILTER_FIELDS.text.id}
                value={draft.text}
                onChange={(e) => setDraft({ ...draft, text: e.target.value })}
              />
            </FormField>
          </div>
        </SearchPanel>
      ) : null}
      <section aria-labelledby="inquiry-results-heading" aria-busy={result.loading}>
        <h2 id="inquiry-results-heading">{office ? '検索結果' : 'お問合せ'}</h2>
        <ErrorMessage problem={problem} fields={FILTER_FIELDS} />
        <LoadingStatus loading={result.loading && !connection} />
        {connection ? (
          <>
            <DataTable
              caption="お問合せ一覧"
              captionHidden
              rows={connection.edges.map(({ node }) => ({
                ...readInquirySummary(node),
                prefecture: node.prefecture,
                updatedAt: node.updatedAt,
              }))}
              rowKey={(row) => row.id}
              empty="お問合せはありません。"
              columns={[
                { key: 'number', header: '番号', nowrap: true, render: (row) => row.number },
                {
                  key: 'subject',
                  header: '件名',
                  rowHeader: true,
                  minWidth: '14em',
                  render: (row) => <Link to={`/inquiries/${row.id}`}>{row.subject}</Link>,
                },
                { key: 'status', header: '状態', nowrap: true, render: statusLabel },
                { key: 'category', header: '分類', render: (row) => categoryLabel(row) ?? '—' },
                ...(office
                  ? [
                      { key: 'org', header: '問合せ元', minWidth: '10em', render: (row: Row) => row.organisationName ?? '—' },
                      { key: 'pref', header: '都道府県', nowrap: true, render: (row: Row) => row.prefecture?.name ?? '—' },
                    ]
                  : []),
                { key: 'updated', header: '更新日時', nowrap: true, render: (row) => formatDateTime(row.updatedAt) },
              ]}
            />
            <ConnectionPager connection={connection} pages={pages} busy={result.loading} />
          </>
        ) : null}
      </section>
    </>
  );
}
