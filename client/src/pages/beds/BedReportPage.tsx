import { useApolloClient, useQuery } from '@apollo/client/react';
import { lazy, Suspense, useMemo, useRef, useState } from 'react';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import { describeApiError, fieldErrorMap } from '../../components/api-errors';
import { type Column, DataTable, type SortState } from '../../components/DataTable';
import { usePageTitle } from '../../components/use-page-title';
import { graphql } from '../../gql';
import { BED_REPORT_SCREEN_LIMIT } from '../../limits';
import { BedReportResults } from './BedReportResults';
import { useLiveBedReport } from './use-live-bed-report';
import { BedReportSearchForm } from './BedReportSearchForm';
import { acceptance, type BedReportRow, count, facilityNameColumn, LastUpdated, readBedReportRow } from './BedReportRow';
import { formatDateTime, formatReportTime, number } from './bed-labels';
import {
  type BedReportCriteria,
  readBedReportParams,
  SORT_BY_COLUMN,
  toBedReportFilter,
  toBedReportOrder,
  toBedReportParams,
} from './bed-report-params';
import { BedReportTotals, BedReportTotals_Summary } from './BedReportTotals';

// The chart library loads only when an area's chart is shown.
const BedAreaHistoryChart = lazy(() => import('./BedAreaHistoryChart').then((m) => ({ default: m.BedAreaHistoryChart })));

const BedReportPage_Report = graphql(`
  query BedReportPage_Report($filter: BedReportFilter, $orderBy: BedReportOrder, $first: Int!) {
    bedReport(filter: $filter, orderBy: $orderBy, first: $first) {
      totalCount
      staleAfterHours
      edges {
        node {
          ...BedReportRow_Row
        }
      }
    }
  }
`);

function columns(staleAfterHours?: number): Column<BedReportRow>[] {
  return [
    facilityNameColumn,
    { key: 'area', header: '二次医療圏', render: (r) => r.facility.secondaryMedicalArea.name, minWidth: '6em', width: 8, sortable: true },
    {
      key: 'updated',
      header: '最終更新',
      render: (r) => <LastUpdated row={r} staleAfterHours={staleAfterHours} />,
      width: 11,
      sortable: true,
      sortDescFirst: true,
    },
    { key: 'inpatient', header: '入院受入', render: (r) => acceptance(r.latest?.inpatientAcceptance), nowrap: true, width: 6 },
    { key: 'emergency', header: '救急受入', render: (r) => acceptance(r.latest?.emergencyAcceptance), nowrap: true, width: 6 },
    { key: 'outpatient', header: '外来受入', render: (r) => acceptance(r.latest?.outpatientAcceptance), nowrap: true, width: 6 },
    {
      key: 'vacant',
      header: '空床数',
      render: (r) => count(r.latest?.vacantTotal),
      numeric: true,
      nowrap: true,
      width: 6,
      sortable: true,
      sortDescFirst: true,
    },
    {
      key: 'secured',
      header: '確保病床数',
      render: (r) => count(r.latest?.securedTotal),
      numeric: true,
      nowrap: true,
      width: 8,
      sortable: true,
      sortDescFirst: true,
    },
    {
      key: 'ventilators',
      header: '人工呼吸器（使用中／保有）',
      render: (r) => (r.latest ? `${number.format(r.latest.ventilatorsInUse)}／${number.format(r.latest.ventilatorsTotal)}` : '—'),
      numeric: true,
      nowrap: true,
      width: 8,
    },
  ];
}

/** The shared frame of the report and the full-column view: URL-driven criteria, search form, header sorting, export. */
export function useBedReportSearch() {
  const [searchParams] = useSearchParams();
  const location = useLocation();
  const navigate = useNavigate();
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  const criteria = useMemo(() => readBedReportParams(searchParams), [searchParams]);
  const search = (next: BedReportCriteria) => {
    void navigate({ search: `?${toBedReportParams(next)}` });
    resultsHeading.current?.focus();
  };
  const order = toBedReportOrder(criteria);
  const variables = { filter: toBedReportFilter(criteria), orderBy: order, first: BED_REPORT_SCREEN_LIMIT };
  // A header click orders the whole result on the server and keeps the order in the URL; focus stays on the header.
  const sortFor = (columns: readonly Column<never>[]) => {
    const sortedColumn = columns.find((c) => SORT_BY_COLUMN[c.key] === order.field)?.key;
    return {
      current: sortedColumn ? { key: sortedColumn, direction: order.direction ?? 'ASC' } : null,
      onSort: (next: SortState) => {
        const field = SORT_BY_COLUMN[next.key];
        if (field) void navigate({ search: `?${toBedReportParams({ ...criteria, sort: field, direction: next.direction })}` });
      },
    };
  };
  return { criteria, search, sortFor, variables, resultsHeading, formKey: location.search };
}

/**
 * The report is read straight from the network, not kept in Apollo's normalised cache: writing
 * 2,000 rows with their reports into the cache costs the browser more than drawing them, and every
 * visit or live change asks the server again anyway.
 */
export const REPORT_FETCH_POLICY = 'no-cache';

/** When the report's data was read: the time each answer arrived (a live refetch renews it). */
export function useFetchedAt(data: unknown): Date | null {
  const [fetched, setFetched] = useState<{ data: unknown; at: Date } | null>(null);
  if (data && fetched?.data !== data) {
    // Recorded while rendering the new answer (React's pattern for state derived from a changed prop).
    setFetched({ data, at: new Date() });
  }
  return fetched?.at ?? null;
}

/** データ取得日時 and the live status line, under 該当件数. */
export function DataAsOf({ at }: { at: Date | null }) {
  return at ? (
    <p className="result-summary__note" data-testid="fetched-at">
      データ取得日時 <time dateTime={at.toISOString()}>{formatReportTime(at.toISOString())}</time>
    </p>
  ) : null;
}

/** 地域病床見える化: each hospital's latest 空床・受入状況, newest problems visible at a glance. */
export function BedReportPage() {
  usePageTitle('地域病床見える化');
  const { criteria, search, sortFor, variables, resultsHeading, formKey } = useBedReportSearch();
  const result = useQuery(BedReportPage_Report, { variables, fetchPolicy: REPORT_FETCH_POLICY });
  const client = useApolloClient();
  const live = useLiveBedReport({
    prefectureCode: variables.filter.prefectureCode ?? null,
    areaCode: variables.filter.secondaryMedicalAreaCode ?? null,
    // A new report changes the area totals above the table as well as the rows.
    refetch: () => Promise.all([result.refetch(), client.refetchQueries({ include: [BedReportTotals_Summary] })]),
  });
  const problem = describeApiError(result.error);
  // While a new order or filter loads, the previous rows stay (the clicked header keeps focus).
  const data = result.data ?? result.previousData;
  const connection = data?.bedReport;
  const fetchedAt = useFetchedAt(result.data);
  const rows = useMemo(() => connection?.edges.map((e) => readBedReportRow(e.node)) ?? [], [connection]);
  const staleCount = rows.filter((r) => r.stale).length;
  const tableColumns = useMemo(() => columns(connection?.staleAfterHours), [connection?.staleAfterHours]);

  return (
    <>
      <h1>地域病床見える化</h1>
      <p className="page-lead">
        医療機関の空床状況、患者受入状況を確認します。医療機関名をクリックすると詳細と履歴を表示します。
        <Link to={`/beds/all-columns?${toBedReportParams(criteria)}`}>地域病床見える化（全項目表示）</Link>
      </p>
      <BedReportSearchForm key={formKey} initial={criteria} fieldErrors={fieldErrorMap(problem)} onSearch={search} />
      <BedReportTotals filter={variables.filter} />
      {criteria.secondaryMedicalAreaCode ? (
        <Suspense fallback={<p className="status">推移を読み込んでいます…</p>}>
          <BedAreaHistoryChart areaCode={criteria.secondaryMedicalAreaCode} />
        </Suspense>
      ) : null}
      <BedReportResults
        headingId="bed-report-results-heading"
        heading="レポート"
        headingRef={resultsHeading}
        criteria={criteria}
        problem={problem}
        loading={result.loading}
        counts={connection ? { totalCount: connection.totalCount, shown: rows.length } : null}
        notes={
          <>
            <p className="result-summary__note">
              うち更新遅れ・未報告 {number.format(staleCount)}件（最終更新から{connection?.staleAfterHours}時間以上）
            </p>
            <DataAsOf at={fetchedAt} />
            <p className="result-summary__note" aria-live="polite" data-testid="live-status">
              {live.error
                ? '自動更新が停止しています。最新の状況は再読み込みで確認してください。'
                : live.last
                  ? `新しい報告を反映しました（${live.last.name}、${formatDateTime(live.last.at)}）`
                  : '新しい報告は自動で反映されます。'}
            </p>
          </>
        }
      >
        <DataTable
          caption="地域病床見える化レポート"
          captionHidden
          columns={tableColumns}
          rows={rows}
          rowKey={(r) => r.facility.id}
          sort={sortFor(tableColumns)}
          empty="条件に該当する医療機関はありません。条件を変えて検索してください。"
        />
      </BedReportResults>
    </>
  );
}
