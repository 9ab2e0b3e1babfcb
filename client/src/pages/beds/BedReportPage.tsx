import { useQuery } from '@apollo/client/react';
import { useMemo, useRef } from 'react';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import { describeApiError, fieldErrorMap } from '../../components/api-errors';
import { type Column, DataTable } from '../../components/DataTable';
import { usePageTitle } from '../../components/use-page-title';
import { graphql } from '../../gql';
import { BED_REPORT_SCREEN_LIMIT } from '../../limits';
import { BedReportResults } from './BedReportResults';
import { useLiveBedReport } from './use-live-bed-report';
import { BedReportSearchForm } from './BedReportSearchForm';
import { acceptance, type BedReportRow, count, facilityNameColumn, LastUpdated, readBedReportRow } from './BedReportRow';
import { formatDateTime, number } from './bed-labels';
import { type BedReportCriteria, readBedReportParams, toBedReportFilter, toBedReportOrder, toBedReportParams } from './bed-report-params';

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
    { key: 'area', header: '二次医療圏', render: (r) => r.facility.secondaryMedicalArea.name, minWidth: '6em' },
    { key: 'updated', header: '最終更新', render: (r) => <LastUpdated row={r} staleAfterHours={staleAfterHours} />, nowrap: true },
    { key: 'inpatient', header: '入院受入', render: (r) => acceptance(r.latest?.inpatientAcceptance), nowrap: true },
    { key: 'emergency', header: '救急受入', render: (r) => acceptance(r.latest?.emergencyAcceptance), nowrap: true },
    { key: 'outpatient', header: '外来受入', render: (r) => acceptance(r.latest?.outpatientAcceptance), nowrap: true },
    { key: 'vacant', header: '空床数', render: (r) => count(r.latest?.vacantTotal), numeric: true, nowrap: true },
    { key: 'secured', header: '確保病床数', render: (r) => count(r.latest?.securedTotal), numeric: true, nowrap: true },
    {
      key: 'ventilators',
      header: '人工呼吸器（使用中／保有）',
      render: (r) => (r.latest ? `${r.latest.ventilatorsInUse}／${r.latest.ventilatorsTotal}` : '—'),
      numeric: true,
      nowrap: true,
    },
  ];
}

/** The shared frame of the report and the full-column view: URL-driven criteria, search form, export. */
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
  const variables = { filter: toBedReportFilter(criteria), orderBy: toBedReportOrder(criteria), first: BED_REPORT_SCREEN_LIMIT };
  return { criteria, search, variables, resultsHeading, formKey: location.search };
}

/** 地域病床見える化: each hospital's latest 空床・受入状況, newest problems visible at a glance. */
export function BedReportPage() {
  usePageTitle('地域病床見える化');
  const { criteria, search, variables, resultsHeading, formKey } = useBedReportSearch();
  const result = useQuery(BedReportPage_Report, { variables });
  const live = useLiveBedReport({ prefectureCode: variables.filter?.prefectureCode ?? null, refetch: () => result.refetch() });
  const problem = describeApiError(result.error);
  const connection = result.data?.bedReport;
  const rows = useMemo(() => connection?.edges.map((e) => readBedReportRow(e.node)) ?? [], [connection]);
  const staleCount = rows.filter((r) => r.stale).length;

  return (
    <>
      <h1>地域病床見える化</h1>
      <p className="page-lead">
        医療機関の空床状況、患者受入状況を確認します。医療機関名をクリックすると詳細と履歴を表示します。
        <Link to={`/beds/all-columns?${toBedReportParams(criteria)}`}>地域病床見える化（全項目表示）</Link>
      </p>
      <BedReportSearchForm key={formKey} initial={criteria} fieldErrors={fieldErrorMap(problem)} onSearch={search} />
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
          columns={columns(connection?.staleAfterHours)}
          rows={rows}
          rowKey={(r) => r.facility.id}
          empty="条件に該当する医療機関はありません。条件を変えて検索してください。"
        />
      </BedReportResults>
    </>
  );
}
