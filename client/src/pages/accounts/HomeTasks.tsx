import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { graphql } from '../../gql';
import { screenPath } from '../../screens';
import type { Viewer } from '../../viewer';
import { formatDateTime, number } from '../beds/bed-labels';
import { LoadingStatus } from '../../components/StatusLine';
import { STATUS_LABEL } from '../reporting/reporting-labels';
import { useRefetchOnReturn } from '../../components/use-refetch-on-return';
import { useDueLine } from '../reporting/use-due-line';

const HomeTasks_Query = graphql(`
  query HomeTasks_Query($facilityId: ID!, $reportsBeds: Boolean!, $readsBeds: Boolean!, $inquiryStatus: InquiryStatus!) {
    unreadNoticeCount
    inquiries(filter: { status: $inquiryStatus }, first: 3) {
      totalCount
      edges {
        node {
          id
          subject
        }
      }
    }
    ownBeds: bedFacilityStatus(facilityId: $facilityId) @include(if: $reportsBeds) {
      lastUpdated
      stale
    }
    ownCompliance: reportingCompliance @include(if: $reportsBeds) {
      schedule {
        modeLabel
        currentPeriod {
          due
        }
        nextPeriod {
          due
        }
      }
      facilities {
        status
        last28Days {
          periods
          onTime
          late
          missed
        }
      }
    }
    bedReportSummary @include(if: $readsBeds) {
      overall {
        facilities
        reported
        stale
        unreported
        securedTotal
        vacantTotal
      }
    }
  }
`);

/**
 * Once 今期's due time has passed, the time the hospital reports by next, worded as the 警戒・災害
 * banner and 報告期限の設定 word it (次の報告期限 12月2日(水) 12:00) and switching at the same moment.
 * The card keeps 今期's status and due time above it: whether this period was met is what the card
 * is for, and a missed period must not read as a future one.
 */
function NextDueDetail({
  schedule,
  refetch,
}: {
  schedule: { currentPeriod: { due: string }; nextPeriod: { due: string } };
  refetch: () => unknown;
}) {
  const dueLine = useDueLine(schedule, refetch);
  if (dueLine.label !== '次の報告期限') return null;
  return (
    <span className="home-task__detail" data-testid="home-next-due">
      {dueLine.label} {dueLine.due}
    </span>
  );
}

const japanDate = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Tokyo' });
/** Whether an instant falls on today's date in Japan, where every hospital reports. */
const isTodayInJapan = (iso: string, now: Date) => japanDate.format(new Date(iso)) === japanDate.format(now);

/**
 * 「対応が必要なこと」: what is waiting for the signed-in role, first thing on the home screen.
 * Which parts apply follows the role's own menus from the server: a hospital that reports beds is
 * told whether today's report is done; a reader of 地域病床見える化 sees its area's vacant beds and
 * how many hospitals are 更新遅れ or 未報告; the office sees unanswered inquiries, everyone else
 * inquiries that have an answer, and everyone their unread notices.
 */
export function HomeTasks({ viewer, now = new Date() }: { viewer: Viewer; now?: Date }) {
  const has = (key: string) => viewer.menus.some((menu) => menu.key === key);
  const reportsBeds = has('BED_STATUS') && viewer.facilityId !== null;
  const readsBeds = has('BED_REPORT');
  const answersInquiries = has('INQUIRY_INBOX');
  const result = useQuery(HomeTasks_Query, {
    variables: {
      facilityId: viewer.facilityId ?? '',
      reportsBeds,
      readsBeds,
      inquiryStatus: answersInquiries ? 'OPEN' : 'ANSWERED',
    },
    fetchPolicy: 'cache-and-network',
  });
  // 報告期限の遵守 shows the prefecture's due time, which another account may change while this
  // screen stays open: ask again when the reader comes back, on the same events as the 警戒・災害
  // banner above it, so the two agree. Only where the card is shown (hospitals that report beds);
  // other roles' home screens ask once, as before.
  useRefetchOnReturn(result.refetch, reportsBeds);
  const data = result.data;
  return (
    <section className="home-tasks" aria-labelledby="home-tasks-heading">
      <h2 id="home-tasks-heading">対応が必要なこと</h2>
      {!data ? (
        result.error ? (
          <p className="error-text" role="alert">
            状況を読み込めませんでした。時間をおいて再読み込みしてください。
          </p>
        ) : (
          <LoadingStatus />
        )
      ) : (
        <ul className="home-tasks__list">
          {reportsBeds ? (
            <li
              className="home-task"
              data-task="bed-status"
              data-state={data.ownBeds?.lastUpdated && isTodayInJapan(data.ownBeds.lastUpdated, now) ? 'done' : 'todo'}
            >
              <span className="home-task__label">本日の病床状況報告</span>
              {data.ownBeds?.lastUpdated && isTodayInJapan(data.ownBeds.lastUpdated, now) ? (
                <>
                  <span className="home-task__value">報告済み</span>
                  <span className="home-task__detail">報告日時 {formatDateTime(data.ownBeds.lastUpdated)}</span>
                </>
              ) : (
                <>
                  <span className="home-task__value home-task__value--alert">未報告</span>
                  <span className="home-task__detail">前回の報告 {formatDateTime(data.ownBeds?.lastUpdated)}</span>
                </>
              )}
              <Link className="home-task__action" to={screenPath('bedStatusReport')}>
                病床状況を報告する
              </Link>
            </li>
          ) : null}
          {reportsBeds && data.ownCompliance?.facilities[0] ? (
            <li className="home-task" data-task="reporting-compliance" data-state={data.ownCompliance.facilities[0].status}>
              <span className="home-task__label">報告期限の遵守（直近28日）</span>
              <span className="home-task__value">
                期限内 {number.format(data.ownCompliance.facilities[0].last28Days.onTime)} /{' '}
                {number.format(data.ownCompliance.facilities[0].last28Days.periods)}回
              </span>
              <span className="home-task__detail">
                <span className="home-task__count">遅延 {number.format(data.ownCompliance.facilities[0].last28Days.late)}回</span>・
                <span className="home-task__count">未報告 {number.format(data.ownCompliance.facilities[0].last28Days.missed)}回</span>
              </span>
              <span className="home-task__detail">
                今期（{data.ownCompliance.schedule.modeLabel}）: {STATUS_LABEL[data.ownCompliance.facilities[0].status]}・期限{' '}
                {formatDateTime(data.ownCompliance.schedule.currentPeriod.due)}
              </span>
              <NextDueDetail schedule={data.ownCompliance.schedule} refetch={result.refetch} />
            </li>
          ) : null}
          {readsBeds && data.bedReportSummary ? (
            <li className="home-task" data-task="bed-summary">
              <span className="home-task__label">管内の空床数</span>
              <span className="home-task__value">
                {number.format(data.bedReportSummary.overall.vacantTotal)}床（確保病床{' '}
                {number.format(data.bedReportSummary.overall.securedTotal)}床）
              </span>
              <span className="home-task__detail">
                <span className="home-task__count">{number.format(data.bedReportSummary.overall.facilities)}施設のうち</span>{' '}
                <span className="home-task__count">報告済 {number.format(data.bedReportSummary.overall.reported)}</span>・
                <strong className="home-task__count">更新遅れ {number.format(data.bedReportSummary.overall.stale)}</strong>・
                <strong className="home-task__count">未報告 {number.format(data.bedReportSummary.overall.unreported)}</strong>
              </span>
              <Link className="home-task__action" to={`${screenPath('bedReport')}?stale=1`}>
                更新遅れ・未報告の医療機関を見る
              </Link>
            </li>
          ) : null}
          <li className="home-task" data-task="inquiries">
            <span className="home-task__label">{answersInquiries ? '未回答のお問合せ' : '回答が届いたお問合せ'}</span>
            <span className={`home-task__value${data.inquiries.totalCount ? ' home-task__value--alert' : ''}`}>
              {number.format(data.inquiries.totalCount)}件
            </span>
            {data.inquiries.edges.length ? (
              <ul className="home-task__links">
                {data.inquiries.edges.map(({ node }) => (
                  <li key={node.id}>
                    <Link to={screenPath('inquiry', { id: node.id })}>{node.subject}</Link>
                  </li>
                ))}
              </ul>
            ) : null}
            <Link className="home-task__action" to={screenPath('inquiries')}>
              お問合せ一覧へ
            </Link>
          </li>
          <li className="home-task" data-task="notices">
            <span className="home-task__label">未読のお知らせ</span>
            <span className={`home-task__value${data.unreadNoticeCount ? ' home-task__value--alert' : ''}`}>
              {number.format(data.unreadNoticeCount)}件
            </span>
            <Link className="home-task__action" to={screenPath('notices')}>
              お知らせを読む
            </Link>
          </li>
        </ul>
      )}
    </section>
  );
}
