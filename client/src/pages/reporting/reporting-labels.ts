import type { ReportingMode, ReportingStatus } from '../../gql/graphql';

export const MODE_LABEL: Record<ReportingMode, string> = { NORMAL: '平時', ALERT: '警戒', DISASTER: '災害' };
export const MODES = Object.keys(MODE_LABEL) as ReportingMode[];
export const STATUS_LABEL: Record<ReportingStatus, string> = { REPORTED: '報告済', BEFORE_DUE: '期限前', OVERDUE: '期限超過' };
/** The cadences the server accepts for 警戒 and 災害 (divisors of a day). */
export const CADENCE_HOURS = [1, 2, 3, 4, 6, 8, 12];

const percent = new Intl.NumberFormat('ja-JP', { style: 'percent', maximumFractionDigits: 1 });
/** 期限内の割合 as 92.5%, or — when no period was judged. */
export const formatShare = (share: number | null | undefined) => (share == null ? '—' : percent.format(share));
