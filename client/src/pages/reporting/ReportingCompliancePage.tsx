import { useQuery } from '@apollo/client/react';
import { useSearchParams } from 'react-router';
import { type Column, DataTable } from '../../components/DataTable';
import { ErrorMessage } from '../../components/ErrorMessage';
import { LoadingStatus } from '../../components/StatusLine';
import { useApiProblem } from '../../components/use-field-errors';
import { usePageTitle } from '../../components/use-page-title';
import { graphql } from '../../gql';
import type { ReportingCompliancePage_QueryQuery } from '../../gql/graphql';
import { useViewer } from '../../viewer';
import { RequireSignIn } from '../accounts/RequireSignIn';
import { formatDateTime, number } from '../beds/bed-labels';
import { PrefectureParamSelect } from './PrefectureParamSelect';
import { formatShare, MODE_LABEL, STATUS_LABEL } from './reporting-labels';

const ReportingCompliancePage_Prefectures = graphql(`
  query ReportingCompliancePage_Prefectures {
    prefectures {
      code
      name
    }
  }
`);

const ReportingCompliancePage_Query = graphql(`
  query ReportingCompliancePage_Query($prefectureCode: String) {
    reportingCompliance(prefectureCode: $prefectureCode) {
      totalCount
      overdueCount
      schedule {
        mode
        dueTime
        cadenceHours
        prefecture {
          code
          name
        }
        currentPeriod {
          start
          due
        }
      }
      facilities {
        facility {
          id
          code
          name
          phone
        }
        status
        lastReportedAt
        last7Days {
          periods
          onTime
          late
          missed
        }
        last28Days {
          periods
          onTime
          late
          missed
          onTimeShare
        }
      }
      areas {
        area {
          code
          name
        }
        last7Days {
          onTimeShare
        }
        last28Days {
          periods
          onTimeShare
        }
      }
      overall {
        last7Days {
          onTimeShare
        }
        last28Days {
          onTimeShare
        }
      }
    }
  }
`);

type Compliance = ReportingCompliancePage_QueryQuery['reportingCompliance'];
type FacilityRow = Compliance['facilities'][number];
type AreaRow = Compliance['areas'][number];

const counts = (c: { onTime: number; late: number; missed: number }) => `${c.onTime} / ${c.late} / ${c.missed}`;

// The long headers take two lines (wrapHeader), so the seven columns fit a 1366px screen without
// scrolling sideways: the counts under them are short. The widths (em, 72.5 in all) are for a long
// table's fixed layout (300 hospitals or more), within the 1,230px the page leaves a table at 1366.
const FACILITY_COLUMNS: Column<FacilityRow>[] = [
  {
    key: 'status',
    header: '今期の状況',
    nowrap: true,
    width: 7.5,
    render: (r) => (
      <span className={`status-badge status-badge--${r.status.toLowerCase().replace('_', '-')}`}>{STATUS_LABEL[r.status]}</span>
    ),
  },
  { key: 'name', header: '医療機関名', rowHeader: true, minWidth: '12em', width: 16, render: (r) => r.facility.name },
  {
    key: 'phone',
    header: '電話番号',
    nowrap: true,
    width: 8.5,
    render: (r) => (r.facility.phone ? <a href={`tel:${r.facility.phone}`}>{r.facility.phone}</a> : '—'),
  },
  { key: 'last', header: '最終報告', nowrap: true, width: 10.5, render: (r) => formatDateTime(r.lastReportedAt) },
  {
    key: 'week',
    header: '直近7日 期限内/遅延/未報告',
    wrapHeader: true,
    nowrap: true,
    numeric: true,
    width: 11,
    render: (r) => counts(r.last7Days),
  },
  {
    key: 'month',
    header: '直近28日 期限内/遅延/未報告',
    wrapHeader: true,
    nowrap: true,
    numeric: true,
    width: 11,
    render: (r) => counts(r.last28Days),
  },
  {
    key: 'share',
    header: '28日 期限内の割合',
    wrapHeader: true,
    nowrap: true,
    numeric: true,
    width: 8,
    render: (r) => formatShare(r.last28Days.onTimeShare),
  },
];

const AREA_COLUMNS: Column<AreaRow>[] = [
  { key: 'area', header: '二次医療圏', rowHeader: true, render: (r) => r.area?.name ?? '—' },
  { key: 'week', header: '直近7日 期限内の割合', numeric: true, render: (r) => formatShare(r.last7Days.onTimeShare) },
  { key: 'month', header: '直近28日 期限内の割合', numeric: true, render: (r) => formatShare(r.last28Days.onTimeShare) },
];

/** 報告状況: each hospital's status in the current period (overdue first) and compliance, for health centres and prefectures. */
export function ReportingCompliancePage() {
  usePageTitle('報告状況');
  return (
    <RequireSignIn>
      <ReportingCompliance />
    </RequireSignIn>
  );
}

function ReportingCompliance() {
  const viewer = useViewer();
  const [params] = useSearchParams();
  const choosesPrefecture = viewer.role === 'OFFICE' || viewer.role === 'ANALYST';
  const prefectureCode = choosesPrefecture ? (params.get('prefectureCode') ?? '13') : null;
  const prefectures = useQuery(ReportingCompliancePage_Prefectures, { skip: !choosesPrefecture });
  const result = useQuery(ReportingCompliancePage_Query, { variables: { prefectureCode }, fetchPolicy: 'cache-and-network' });
  const problem = useApiProblem(result.error);
  const data = result.data?.reportingCompliance;
  const exportHref = (encoding: 'sjis' | 'utf8') =>
    `/api/exports/reporting-compliance.csv?${new URLSearchParams({ ...(prefectureCode ? { prefectureCode } : {}), encoding }).toString()}`;
  return (
    <>
      <h1>報告状況</h1>
      <p className="page-lead">
        今期の報告期限までに病床状況を報告していない医療機関を先頭に表示します。件数は 期限内 / 遅延 / 未報告 の報告期間の数です。
      </p>
      {choosesPrefecture ? (
        <PrefectureParamSelect
          id="compliance-prefecture"
          label="都道府県"
          value={prefectureCode}
          prefectures={prefectures.data?.prefectures}
        />
      ) : null}
      <ErrorMessage problem={problem} />
      {!data ? (
        <LoadingStatus loading={result.loading} />
      ) : (
        <>
          <ul className="compliance-summary" aria-label="概要">
            <li>
              {data.schedule.prefecture.name}・運用モード <strong>{MODE_LABEL[data.schedule.mode]}</strong>（
              {data.schedule.cadenceHours === 24 ? `毎日 ${data.schedule.dueTime} まで` : `${data.schedule.cadenceHours}時間ごと`}）
            </li>
            <li>
              今期の報告期限 <strong>{formatDateTime(data.schedule.currentPeriod.due)}</strong>
            </li>
            <li>
              期限超過 <strong>{number.format(data.overdueCount)}</strong> / {number.format(data.totalCount)} 病院
            </li>
            <li>
              期限内の割合 直近7日 <strong>{formatShare(data.overall.last7Days.onTimeShare)}</strong>・直近28日{' '}
              <strong>{formatShare(data.overall.last28Days.onTimeShare)}</strong>
            </li>
          </ul>
          <div className="export-links">
            <a className="button button--secondary" href={exportHref('sjis')} download>
              エクスポート（CSV・Shift-JIS）
            </a>
            <a className="button button--secondary" href={exportHref('utf8')} download>
              エクスポート（CSV・UTF-8）
            </a>
          </div>
          <h2>医療機関ごとの状況</h2>
          <DataTable
            caption="医療機関ごとの報告状況"
            captionHidden
            columns={FACILITY_COLUMNS}
            rows={data.facilities}
            rowKey={(r) => r.facility.id}
            stackOnSmallScreens
            virtualizeFrom={300}
            empty="対象の病院はありません。"
          />
          <h2>二次医療圏ごとの期限内の割合</h2>
          <DataTable
            caption="二次医療圏ごとの期限内の割合"
            captionHidden
            columns={AREA_COLUMNS}
            rows={data.areas}
            rowKey={(r) => r.area?.code ?? 'all'}
            stackOnSmallScreens
          />
        </>
      )}
    </>
  );
}
