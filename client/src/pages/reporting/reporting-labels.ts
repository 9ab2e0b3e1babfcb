import { ENUM_LABELS, formatPercent } from '../../../../common/enum-labels';
import type { ReportingMode, ReportingStatus } from '../../gql/graphql';

export const MODE_LABEL: Record<ReportingMode, string> = ENUM_LABELS.ReportingMode;
export const MODES = Object.keys(MODE_LABEL) as ReportingMode[];
export const STATUS_LABEL: Record<ReportingStatus, string> = ENUM_LABELS.ReportingStatus;
/** The cadences the server accepts for 警戒 and 災害 (divisors of a day). */
export const CADENCE_HOURS = [1, 2, 3, 4, 6, 8, 12];

/** 期限内の割合 as 92.5%, or — when no period was judged. */
export const formatShare = (share: number | null | undefined) => (share == null ? '—' : formatPercent(share));

const dueParts = new Intl.DateTimeFormat('ja-JP', {
  timeZone: 'Asia/Tokyo',
  month: 'numeric',
  day: 'numeric',
  weekday: 'short',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/**
 * A due time as health-centre staff read it, whatever the browser's language and time zone:
 * Japan time, 24-hour, with the date and weekday so that a due time after midnight is not
 * mistaken for today's (12月2日(水) 00:00).
 */
export function formatDue(iso: string): string {
  const part = Object.fromEntries(dueParts.formatToParts(new Date(iso)).map((p) => [p.type, p.value]));
  return `${part.month}月${part.day}日(${part.weekday}) ${part.hour}:${part.minute}`;
}
