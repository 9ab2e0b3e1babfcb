import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { Link } from 'react-router';
import { describeApiError, fieldErrorMap } from '../../components/api-errors';
import { type Column, DataTable } from '../../components/DataTable';
import { usePageTitle } from '../../components/use-page-title';
import { getFragmentData, graphql } from '../../gql';
import type { BedFacility_ContactFragment, BedSnapshot_DetailsFragment } from '../../gql/graphql';
import { DataAsOf, REPORT_FETCH_POLICY, useBedReportSearch, useFetchedAt } from './BedReportPage';
import { BedColumnChooser, type ColumnGroup } from './BedColumnChooser';
import { useColumnChoice } from './use-column-choice';
import { useLiveBedReport } from './use-live-bed-report';
import { BedReportResults } from './BedReportResults';
import {
  acceptance,
  BedFacility_Contact,
  type BedReportRow,
  BedSnapshot_Details,
  count,
  facilityNameColumn,
  LastUpdated,
  readBedReportRow,
  staffing,
} from './BedReportRow';
import { BedReportSearchForm } from './BedReportSearchForm';
import { BED_CATEGORIES, BED_CATEGORY_LABEL, BED_MEASURES } from './bed-labels';
import { toBedReportParams } from './bed-report-params';

const BedReportAllColumnsPage_Report = graphql(`
  query BedReportAllColumnsPage_Report($filter: BedReportFilter, $orderBy: BedReportOrder, $first: Int!) {
    bedReport(filter: $filter, orderBy: $orderBy, first: $first) {
      totalCount
      staleAfterHours
      edges {
        node {
          ...BedReportRow_Row
          facility {
            id
            ...BedFacility_Contact
          }
          latest {
            id
            ...BedSnapshot_Details
          }
        }
      }
    }
  }
`);

type Row = BedReportRow & { contact: BedFacility_ContactFragment; details: BedSnapshot_DetailsFragment | null };

/** Every item of the latest report, in the CSV export's column order except the hospital's name, which comes first and stays in view. */
function columns(staleAfterHours?: number): Column<Row>[] {
  return [
    facilityNameColumn,
    { key: 'code', header: '医療機関コード', render: (r) => r.facility.code, nowrap: true, numeric: true, width: 9, sortable: true },
    { key: 'prefecture', header: '都道府県', render: (r) => r.contact.prefecture.name, nowrap: true, width: 7 },
    {
      key: 'areaCode',
      header: '二次医療圏コード',
      render: (r) => r.facility.secondaryMedicalArea.code,
      nowrap: true,
      numeric: true,
      width: 8,
    },
    { key: 'area', header: '二次医療圏', render: (r) => r.facility.secondaryMedicalArea.name, width: 9, sortable: true },
    { key: 'postal', header: '郵便番号', render: (r) => `〒${r.contact.formattedPostalCode}`, nowrap: true, width: 8 },
    { key: 'address', header: '住所', render: (r) => [r.contact.address, r.contact.building].filter(Boolean).join(' '), width: 16 },
    { key: 'phone', header: '電話番号', render: (r) => r.contact.phone ?? '', nowrap: true, width: 9 },
    {
      key: 'updated',
      header: '最終更新日時',
      render: (r) => <LastUpdated row={r} staleAfterHours={staleAfterHours} />,
      width: 12,
      sortable: true,
      sortDescFirst: true,
    },
    { key: 'outpatient', header: '外来受入', render: (r) => acceptance(r.latest?.outpatientAcceptance), nowrap: true, width: 7 },
    { key: 'inpatient', header: '入院受入', render: (r) => acceptance(r.latest?.inpatientAcceptance), nowrap: true, width: 7 },
    { key: 'emergency', header: '救急受入', render: (r) => acceptance(r.latest?.emergencyAcceptance), nowrap: true, width: 7 },
    { key: 'staffing', header: '職員の充足状況', render: (r) => staffing(r.details?.staffing), nowrap: true, width: 8 },
    {
      key: 'securedTotal',
      header: '確保病床数(合計)',
      render: (r) => count(r.latest?.securedTotal),
      numeric: true,
      sortable: true,
      sortDescFirst: true,
    },
    {
      key: 'vacantTotal',
      header: '空床数(合計)',
      render: (r) => count(r.latest?.vacantTotal),
      numeric: true,
      sortable: true,
      sortDescFirst: true,
    },
    ...BED_CATEGORIES.flatMap((category) =>
      BED_MEASURES.map((measure): Column<Row> => ({
        key: `${category}-${measure.key}`,
        header: `${BED_CATEGORY_LABEL[category]} ${measure.label}`,
        render: (r) => count(r.details?.beds.find((b) => b.category === category)?.[measure.key]),
        numeric: true,
        sortable: measure.key === 'vacant',
        sortDescFirst: true,
      })),
    ),
    { key: 'ventilatorsTotal', header: '人工呼吸器 保有台数', render: (r) => count(r.latest?.ventilatorsTotal), numeric: true },
    { key: 'ventilatorsInUse', header: '人工呼吸器 使用中', render: (r) => count(r.latest?.ventilatorsInUse), numeric: true },
    { key: 'ecmoTotal', header: 'ECMO 保有台数', render: (r) => count(r.details?.ecmoTotal), numeric: true },
    { key: 'ecmoInUse', header: 'ECMO 使用中', render: (r) => count(r.details?.ecmoInUse), numeric: true },
    { key: 'note', header: '備考', render: (r) => <span className="pre-line">{r.details?.note ?? ''}</span>, width: 16 },
  ];
}

/** The column chooser's groups: the facility, its acceptance, one group per 病床区分, and devices with 備考. */
const COLUMN_GROUPS: ColumnGroup[] = [
  { label: '医療機関', keys: ['code', 'prefecture', 'areaCode', 'area', 'postal', 'address', 'phone', 'updated'] },
  { label: '受入状況・合計', keys: ['outpatient', 'inpatient', 'emergency', 'staffing', 'securedTotal', 'vacantTotal'] },
  ...BED_CATEGORIES.map((category) => ({
    label: BED_CATEGORY_LABEL[category],
    keys: BED_MEASURES.map((measure) => `${category}-${measure.key}`),
  })),
  { label: '人工呼吸器・ECMO・備考', keys: ['ventilatorsTotal', 'ventilatorsInUse', 'ecmoTotal', 'ecmoInUse', 'note'] },
];

/** 地域病床見える化（全項目表示）: every item of the latest report per facility, one wide table. */
export function BedReportAllColumnsPage() {
  usePageTitle('地域病床見える化（全項目表示）');
  const { criteria, search, sortFor, variables, resultsHeading, formKey } = useBedReportSearch();
  const result = useQuery(BedReportAllColumnsPage_Report, { variables, fetchPolicy: REPORT_FETCH_POLICY });
  useLiveBedReport({
    prefectureCode: variables.filter.prefectureCode ?? null,
    areaCode: variables.filter.secondaryMedicalAreaCode ?? null,
    refetch: () => result.refetch(),
  });
  const problem = describeApiError(result.error);
  const connection = (result.data ?? result.previousData)?.bedReport;
  const fetchedAt = useFetchedAt(result.data);
  const { hidden, setHidden } = useColumnChoice();
  const rows = useMemo(
    () =>
      connection?.edges.map(({ node }): Row => ({
        ...readBedReportRow(node),
        contact: getFragmentData(BedFacility_Contact, node.facility),
        details: getFragmentData(BedSnapshot_Details, node.latest) ?? null,
      })) ?? [],
    [connection],
  );
  const tableColumns = useMemo(() => columns(connection?.staleAfterHours), [connection?.staleAfterHours]);
  return (
    <>
      <p className="breadcrumb">
        <Link to={`/beds?${toBedReportParams(criteria)}`}>地域病床見える化</Link> ＞ 全項目表示
      </p>
      <h1>地域病床見える化（全項目表示）</h1>
      <p className="page-lead">最新の報告のすべての項目を、医療機関ごとに1行で表示します。表は横にスクロールできます。</p>
      <BedReportSearchForm key={formKey} initial={criteria} fieldErrors={fieldErrorMap(problem)} onSearch={search} />
      <BedReportResults
        headingId="bed-all-results-heading"
        heading="レポート（全項目）"
        headingRef={resultsHeading}
        criteria={criteria}
        problem={problem}
        loading={result.loading}
        counts={connection ? { totalCount: connection.totalCount, shown: rows.length } : null}
        notes={<DataAsOf at={fetchedAt} />}
      >
        <BedColumnChooser columns={tableColumns} groups={COLUMN_GROUPS} hidden={hidden} onChange={setHidden} />
        <DataTable
          caption="地域病床見える化（全項目）"
          captionHidden
          columns={tableColumns}
          rows={rows}
          rowKey={(r) => r.facility.id}
          stackOnSmallScreens={false}
          sort={sortFor(tableColumns)}
          hiddenColumns={hidden}
          empty="条件に該当する医療機関はありません。条件を変えて検索してください。"
        />
      </BedReportResults>
    </>
  );
}
