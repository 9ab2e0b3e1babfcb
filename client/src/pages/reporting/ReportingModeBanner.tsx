import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { ReportingModeBanner_QueryQuery } from '../../gql/graphql';
import type { Viewer } from '../../viewer';
import { useDueLine } from './use-due-line';
import { useRefetchOnReturn } from '../../components/use-refetch-on-return';

const ReportingModeBanner_Query = graphql(`
  query ReportingModeBanner_Query {
    reportingSchedule {
      mode
      modeLabel
      cadenceHours
      prefecture {
        name
      }
      currentPeriod {
        due
      }
      nextPeriod {
        due
      }
    }
  }
`);

/** Roles that belong to one prefecture: their screens carry the prefecture's 警戒 / 災害 banner. */
const PREFECTURE_ROLES = new Set(['HEALTH_CENTER_RECRUITMENT', 'HEALTH_CENTER_AGGREGATOR', 'FACILITY', 'PREFECTURE']);

/**
 * The banner every screen of a prefecture's users shows while the prefecture is in 警戒 or 災害:
 * the mode, how often hospitals report now, and the next due time. Nothing in 平時.
 */
export function ReportingModeBanner({ viewer }: { viewer: Viewer }) {
  const applies = viewer.role !== null && PREFECTURE_ROLES.has(viewer.role);
  const { data, refetch } = useQuery(ReportingModeBanner_Query, {
    skip: !applies,
    fetchPolicy: 'cache-and-network',
    pollInterval: 300_000,
  });
  // Another account's change shows when the reader comes back to the page, not at the next poll;
  // the reader's own save asks again at once (refetchQueries on 報告期限の設定).
  useRefetchOnReturn(refetch, applies);
  const schedule = applies ? data?.reportingSchedule : undefined;
  if (!schedule || schedule.mode === 'NORMAL') return null;
  return <RaisedModeBanner schedule={schedule} refetch={refetch} />;
}

function RaisedModeBanner({
  schedule,
  refetch,
}: {
  schedule: NonNullable<ReportingModeBanner_QueryQuery['reportingSchedule']>;
  refetch: () => unknown;
}) {
  const dueLine = useDueLine(schedule, refetch);
  return (
    <section className={`mode-banner mode-banner--${schedule.mode.toLowerCase()}`} aria-label="運用モード" data-mode={schedule.mode}>
      <p className="mode-banner__inner">
        <strong className="mode-banner__mode">{schedule.modeLabel}モード</strong>
        <span>
          {schedule.prefecture.name}は{schedule.modeLabel}モードです。病床状況を{schedule.cadenceHours}時間ごとに報告してください。
        </span>
        <span className="mode-banner__due">
          {dueLine.label} {dueLine.due}
        </span>
      </p>
    </section>
  );
}
