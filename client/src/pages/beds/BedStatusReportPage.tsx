import { useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { Link, Navigate } from 'react-router';
import { describeApiError } from '../../components/api-errors';
import { type Column, DataTable } from '../../components/DataTable';
import { ErrorMessage } from '../../components/ErrorMessage';
import { LoadingStatus } from '../../components/StatusLine';
import { usePageTitle } from '../../components/use-page-title';
import { type FragmentType, graphql } from '../../gql';
import type { ReportSource } from '../../gql/graphql';
import { BedStatusReport_Snapshot, BedStatusReportForm, type SavedReport } from './BedStatusReportForm';
import { type BedHistoryRow, HISTORY_FIGURE_COLUMNS, readBedHistoryRow, ReportTimeWithCorrection } from './BedHistoryRows';
import { formatReportTime, number } from './bed-labels';
import { SOURCE_LABEL } from './bed-status-fields';
import './bed-status-report.css';

/** Reports listed under the form: enough to see today's and yesterday's at a glance. */
export const RECENT_REPORTS = 5;

const BedStatusReportPage_Viewer = graphql(`
  query BedStatusReportPage_Viewer {
    viewer {
      role
      facility {
        id
        name
      }
    }
  }
`);

const BedStatusReportPage_Status = graphql(`
  query BedStatusReportPage_Status($facilityId: ID!, $recent: Int!) {
    bedFacilityStatus(facilityId: $facilityId) {
      lastUpdated
      stale
      latest {
        id
        source
        ...BedStatusReport_Snapshot
      }
    }
    bedSnapshots(facilityId: $facilityId, first: $recent) {
      totalCount
      edges {
        node {
          id
          ...BedSnapshot_HistoryRow
          source
          correctable
          ...BedStatusReport_Snapshot
        }
      }
    }
  }
`);

type RecentReport = BedHistoryRow & {
  source: ReportSource;
  correctable: boolean;
  snapshot: FragmentType<typeof BedStatusReport_Snapshot>;
};

/**
 * 病床状況報告 (the hospital's own screen): the report form prefilled with the last report, and
 * the latest reports below it. Only a facility account reports here; a prefecture reports for
 * its hospitals through the API.
 */
export function BedStatusReportPage() {
  usePageTitle('病床状況報告');
  const viewer = useQuery(BedStatusReportPage_Viewer);
  const account = viewer.data?.viewer;
  const facility = account?.role === 'FACILITY' ? account.facility : null;
  const status = useQuery(BedStatusReportPage_Status, {
    variables: { facilityId: facility?.id ?? '', recent: RECENT_REPORTS },
    skip: !facility,
    notifyOnNetworkStatusChange: false,
  });
  const [lastSaved, setLastSaved] = useState<SavedReport | null>(null);
  /** The report being corrected (訂正), chosen in 最近の報告. */
  const [correcting, setCorrecting] = useState<RecentReport | null>(null);
  const correctionHeading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (correcting) correctionHeading.current?.focus();
  }, [correcting]);

  if (viewer.data && !account) return <Navigate to="/login" replace />;

  const current = status.data?.bedFacilityStatus;
  const recent =
    status.data?.bedSnapshots.edges.map(({ node }): RecentReport => ({
      ...readBedHistoryRow(node),
      source: node.source,
      correctable: node.correctable,
      snapshot: node,
    })) ?? [];
  const columns: Column<RecentReport>[] = [
    {
      key: 'reportedAt',
      header: '報告日時',
      rowHeader: true,
      nowrap: true,
      // One element, so the badge stays beside the time when rows stack as cards on phones.
      render: (r) => (
        <ReportTimeWithCorrection row={r}>
          <time dateTime={r.reportedAt}>{formatReportTime(r.reportedAt)}</time>
          {r.id === lastSaved?.id ? (
            <>
              {' '}
              <span className="badge bed-status-badge--new">今回</span>
            </>
          ) : null}
        </ReportTimeWithCorrection>
      ),
    },
    ...HISTORY_FIGURE_COLUMNS,
    { key: 'source', header: '報告元', render: (r) => SOURCE_LABEL[r.source], nowrap: true },
    {
      key: 'correct',
      header: '訂正',
      nowrap: true,
      // A report a later correction replaced is corrected through that correction.
      render: (r) =>
        r.correctable && !r.superseded ? (
          <button
            type="button"
            className="button button--secondary button--small"
            aria-label={`${formatReportTime(r.reportedAt)}の報告を訂正`}
            onClick={() => setCorrecting(r)}
          >
            訂正
          </button>
        ) : (
          '—'
        ),
    },
  ];

  return (
    <div className="bed-status-page">
      <p className="breadcrumb">
        <Link to="/">ホーム</Link> ＞ 病床状況報告
      </p>
      <h1>病床状況報告</h1>
      <ErrorMessage problem={describeApiError(viewer.error ?? status.error)} />
      <LoadingStatus loading={viewer.loading || status.loading} />
      {account && !facility ? (
        <p className="message message--error" role="alert">
          病床状況報告は医療機関のアカウントで行います。このアカウントでは報告できません。
        </p>
      ) : null}
      {facility && status.data && current ? (
        <>
          <dl className="bed-status-summary">
            <div>
              <dt>医療機関</dt>
              <dd>{facility.name}</dd>
            </div>
            <div>
              <dt>前回の報告</dt>
              <dd>
                {current.lastUpdated ? (
                  <>
                    <time dateTime={current.lastUpdated}>{formatReportTime(current.lastUpdated)}</time>
                    {current.latest ? `（${SOURCE_LABEL[current.latest.source]}）` : null}
                    {current.stale ? <span className="badge badge--stale">更新遅れ</span> : null}
                  </>
                ) : (
                  'まだ報告がありません'
                )}
              </dd>
            </div>
          </dl>
          <p className="page-lead">
            {current.latest
              ? '前回の報告内容を表示しています。変わった項目を直して「保存」、変更がなければ「前回から変更なし」で報告してください。'
              : '初めての報告です。すべての項目を入力して「保存」してください。'}
            「<span className="bed-status-required bed-status-required--inline">*</span>」は必須入力項目です。
          </p>
          {lastSaved?.corrected && !correcting ? (
            <div className="message message--success" role="status">
              <p className="message__title">報告を訂正しました。</p>
              <p>
                <time dateTime={lastSaved.reportedAt}>{formatReportTime(lastSaved.reportedAt)}</time>
                の報告として記録しました（空床数 合計{number.format(lastSaved.vacantTotal)}床）。
              </p>
            </div>
          ) : null}
          {correcting ? (
            <section className="bed-status-correction" aria-labelledby="bed-status-correction">
              <h2 id="bed-status-correction" tabIndex={-1} ref={correctionHeading}>
                報告の訂正（{formatReportTime(correcting.reportedAt)}の報告）
              </h2>
              <p className="page-lead">
                誤っていた項目を直して「訂正を保存」してください。訂正は{formatReportTime(correcting.reportedAt)}
                の報告として記録され、「訂正あり」と表示されます。
              </p>
              <BedStatusReportForm
                key={correcting.id}
                latest={correcting.snapshot}
                correctionOf={correcting.id}
                onCancel={() => setCorrecting(null)}
                onSaved={(saved) => {
                  setLastSaved(saved);
                  // The report form comes back once it can start from the reports as corrected.
                  void status.refetch().finally(() => setCorrecting(null));
                }}
              />
            </section>
          ) : (
            <BedStatusReportForm
              key={facility.id}
              latest={current.latest ?? null}
              onSaved={(saved) => {
                setLastSaved(saved);
                void status.refetch();
              }}
            />
          )}
          <section className="bed-status-recent" aria-labelledby="bed-status-recent">
            <h2 id="bed-status-recent" tabIndex={-1}>
              最近の報告
            </h2>
            <p className="bed-status-recent__count">
              新しい順に最大{RECENT_REPORTS}件（全{number.format(status.data.bedSnapshots.totalCount)}件）
            </p>
            <DataTable
              caption={`最近の報告（新しい順、最大${RECENT_REPORTS}件／全${number.format(status.data.bedSnapshots.totalCount)}件）`}
              captionHidden
              columns={columns}
              rows={recent}
              rowKey={(r) => r.id}
              empty="報告がまだありません。"
            />
            <p>
              <Link to={`/beds/facilities/${facility.id}`}>報告の履歴をすべて見る</Link>
            </p>
          </section>
        </>
      ) : null}
    </div>
  );
}
