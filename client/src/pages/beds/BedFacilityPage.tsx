import { useQuery } from '@apollo/client/react';
import { lazy, Suspense, useMemo } from 'react';
import { Link, useParams } from 'react-router';
import { describeApiError } from '../../components/api-errors';
import { type Column, DataTable } from '../../components/DataTable';
import { ErrorMessage } from '../../components/ErrorMessage';
import { LoadingStatus } from '../../components/StatusLine';
import { usePageTitle } from '../../components/use-page-title';
import { getFragmentData, graphql } from '../../gql';
import type { BedSnapshot_DetailsFragment } from '../../gql/graphql';
import { type BedHistoryRow, HISTORY_FIGURE_COLUMNS, readBedHistoryRow, ReportTimeWithCorrection } from './BedHistoryRows';
import { acceptance, BedFacility_Contact, BedSnapshot_Details, LastUpdated, readBedReportRow } from './BedReportRow';
import { BED_CATEGORY_LABEL, formatDateTime, number, STAFFING_LABEL } from './bed-labels';

// The chart library loads with the chart, not with the dashboard.
const BedHistoryChart = lazy(() => import('./BedHistoryChart').then((m) => ({ default: m.BedHistoryChart })));

/** Reports shown in the chart and the list (about two weeks of several reports a day). */
export const HISTORY_LENGTH = 100;

const BedFacilityPage_Detail = graphql(`
  query BedFacilityPage_Detail($facilityId: ID!, $first: Int!) {
    bedFacilityStatus(facilityId: $facilityId) {
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
    bedSnapshots(facilityId: $facilityId, first: $first) {
      totalCount
      edges {
        node {
          id
          ...BedSnapshot_HistoryRow
          note
        }
      }
    }
  }
`);

type Bed = BedSnapshot_DetailsFragment['beds'][number];
type HistoryRow = BedHistoryRow & { note: string | null };

const BED_COLUMNS: Column<Bed>[] = [
  { key: 'label', header: '病床区分', render: (b) => BED_CATEGORY_LABEL[b.category], rowHeader: true },
  { key: 'secured', header: '確保病床数', render: (b) => number.format(b.secured), numeric: true },
  { key: 'immediate', header: '即応病床数', render: (b) => number.format(b.immediate), numeric: true },
  { key: 'inpatients', header: '入院患者数', render: (b) => number.format(b.inpatients), numeric: true },
  { key: 'severe', header: 'うち重症者数', render: (b) => number.format(b.severe), numeric: true },
  { key: 'vacant', header: '空床数', render: (b) => number.format(b.vacant), numeric: true },
];

const HISTORY_COLUMNS: Column<HistoryRow>[] = [
  {
    key: 'reportedAt',
    header: '報告日時',
    render: (s) => <ReportTimeWithCorrection row={s}>{formatDateTime(s.reportedAt)}</ReportTimeWithCorrection>,
    rowHeader: true,
    nowrap: true,
  },
  ...HISTORY_FIGURE_COLUMNS,
  { key: 'note', header: '備考', render: (s) => <span className="pre-line">{s.note ?? ''}</span>, minWidth: '12em' },
];

/** 医療機関の詳細, opened from a 医療機関名 of the report: facility information, current status, history chart and list. */
export function BedFacilityPage() {
  const { facilityId = '' } = useParams();
  const result = useQuery(BedFacilityPage_Detail, { variables: { facilityId, first: HISTORY_LENGTH } });
  const status = result.data?.bedFacilityStatus;
  const detail = useMemo(
    () =>
      status && {
        ...readBedReportRow(status),
        contact: getFragmentData(BedFacility_Contact, status.facility),
        details: getFragmentData(BedSnapshot_Details, status.latest) ?? null,
      },
    [status],
  );
  usePageTitle(detail ? `${detail.facility.name}｜地域病床見える化` : '医療機関の病床状況');
  const problem = describeApiError(result.error);
  const history = useMemo(
    () => result.data?.bedSnapshots.edges.map(({ node }): HistoryRow => ({ ...readBedHistoryRow(node), note: node.note })) ?? [],
    [result.data],
  );

  return (
    <>
      <p className="breadcrumb">
        <Link to="/beds">地域病床見える化</Link> ＞ 医療機関の詳細
      </p>
      <h1>{detail ? detail.facility.name : '医療機関の病床状況'}</h1>
      <ErrorMessage problem={problem} />
      <LoadingStatus loading={result.loading} />
      {detail ? (
        <>
          <section aria-labelledby="bed-facility-info">
            <h2 id="bed-facility-info">医療機関情報</h2>
            <dl className="detail-list">
              <dt>医療機関コード</dt>
              <dd>{detail.facility.code}</dd>
              <dt>所在地</dt>
              <dd>
                〒{detail.contact.formattedPostalCode} {detail.contact.prefecture.name}
                {detail.contact.address}
                {detail.contact.building ? ` ${detail.contact.building}` : ''}
              </dd>
              <dt>二次医療圏</dt>
              <dd>{detail.facility.secondaryMedicalArea.name}</dd>
              <dt>電話番号</dt>
              <dd>{detail.contact.phone ?? '—'}</dd>
            </dl>
          </section>
          <section aria-labelledby="bed-facility-current">
            <h2 id="bed-facility-current">現在の状況</h2>
            <dl className="detail-list">
              <dt>最終更新</dt>
              <dd>
                <LastUpdated row={detail} />
              </dd>
              <dt>入院受入</dt>
              <dd>{acceptance(detail.latest?.inpatientAcceptance)}</dd>
              <dt>救急受入</dt>
              <dd>{acceptance(detail.latest?.emergencyAcceptance)}</dd>
              <dt>外来受入</dt>
              <dd>{acceptance(detail.latest?.outpatientAcceptance)}</dd>
              <dt>職員の充足状況</dt>
              <dd>{STAFFING_LABEL[detail.details?.staffing ?? 'UNANSWERED']}</dd>
              <dt>人工呼吸器（使用中／保有）</dt>
              <dd>{detail.latest ? `${detail.latest.ventilatorsInUse}／${detail.latest.ventilatorsTotal}台` : '—'}</dd>
              <dt>ECMO（使用中／保有）</dt>
              <dd>{detail.details ? `${detail.details.ecmoInUse}／${detail.details.ecmoTotal}台` : '—'}</dd>
              <dt>備考</dt>
              <dd className="pre-line">{detail.details?.note ?? '—'}</dd>
            </dl>
            {detail.details ? (
              <DataTable caption="病床区分ごとの状況" columns={BED_COLUMNS} rows={detail.details.beds} rowKey={(b) => b.category} />
            ) : (
              <p className="status">この医療機関はまだ報告していません。</p>
            )}
          </section>
          <section aria-labelledby="bed-facility-history">
            <h2 id="bed-facility-history">報告の履歴</h2>
            <Suspense fallback={<p className="status">推移を読み込んでいます…</p>}>
              <BedHistoryChart points={history.filter((s) => !s.superseded)} />
            </Suspense>
            <DataTable
              caption={`過去の報告（新しい順、最大${HISTORY_LENGTH}件／全${number.format(result.data?.bedSnapshots.totalCount ?? 0)}件）`}
              columns={HISTORY_COLUMNS}
              rows={history}
              rowKey={(s) => s.id}
              empty="報告がまだありません。"
            />
          </section>
        </>
      ) : null}
    </>
  );
}
