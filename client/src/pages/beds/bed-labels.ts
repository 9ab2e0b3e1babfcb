import type { AcceptanceStatus, BedCategory, BedReportSortField, SortDirection, StaffingStatus } from '../../gql/graphql';

/** 受入状況 as G-MIS words it; the Record type makes a new status a compile error here. */
export const ACCEPTANCE_LABEL: Record<AcceptanceStatus, string> = {
  NORMAL: '通常',
  LIMITED: '制限',
  SUSPENDED: '停止',
  UNANSWERED: '未回答',
};
export const ACCEPTANCE_STATUSES = Object.keys(ACCEPTANCE_LABEL) as AcceptanceStatus[];
export const isAcceptanceStatus = (value: string): value is AcceptanceStatus =>
  Object.prototype.hasOwnProperty.call(ACCEPTANCE_LABEL, value);

export const STAFFING_LABEL: Record<StaffingStatus, string> = {
  NORMAL: '通常',
  SHORTAGE: '欠員あり',
  DEPLETED: '枯渇',
  UNANSWERED: '未回答',
};

export const STAFFING_STATUSES = Object.keys(STAFFING_LABEL) as StaffingStatus[];
export const isStaffingStatus = (value: string): value is StaffingStatus => Object.prototype.hasOwnProperty.call(STAFFING_LABEL, value);
export const isBedCategory = (value: string): value is BedCategory => Object.prototype.hasOwnProperty.call(BED_CATEGORY_LABEL, value);

/** What the report can be ordered by; the direction is chosen separately (a header click turns it). */
export const SORT_LABEL: Record<BedReportSortField, string> = {
  FACILITY_CODE: '医療機関コード',
  FACILITY_NAME: '医療機関名',
  AREA: '二次医療圏',
  LAST_UPDATED: '最終更新',
  VACANT_TOTAL: '空床数（合計）',
  SECURED_TOTAL: '確保病床数（合計）',
  VACANT_GENERAL: '空床数 一般病床',
  VACANT_ICU_HCU: '空床数 ICU・HCU',
  VACANT_INFECTIOUS: '空床数 感染症病床',
  VACANT_PSYCHIATRIC: '空床数 精神病床',
  VACANT_PEDIATRIC: '空床数 小児病床',
  VACANT_NEGATIVE_PRESSURE: '空床数 陰圧室',
};
export const SORT_FIELDS = Object.keys(SORT_LABEL) as BedReportSortField[];
export const isSortField = (value: string): value is BedReportSortField => Object.prototype.hasOwnProperty.call(SORT_LABEL, value);
/** Dates and counts read best newest/largest first; names and codes in their natural order. */
export const sortDirection = (field: BedReportSortField): SortDirection =>
  field === 'FACILITY_CODE' || field === 'FACILITY_NAME' || field === 'AREA' ? 'ASC' : 'DESC';
export const isSortDirection = (value: string): value is SortDirection => value === 'ASC' || value === 'DESC';

const JAPAN_DATE_TIME = {
  timeZone: 'Asia/Tokyo',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
} as const;
const dateTime = new Intl.DateTimeFormat('ja-JP', JAPAN_DATE_TIME);
const dateTimeWithSeconds = new Intl.DateTimeFormat('ja-JP', { ...JAPAN_DATE_TIME, second: '2-digit' });
export const formatDateTime = (iso: string | null | undefined) => (iso ? dateTime.format(new Date(iso)) : '—');
/** Report times to the second on the hospital's own screen: two reports a minute apart (or less) must read as two times. */
export const formatReportTime = (iso: string) => dateTimeWithSeconds.format(new Date(iso));
export const number = new Intl.NumberFormat('ja-JP');

/** 病床区分, in the order the server lists them. */
export const BED_CATEGORY_LABEL: Record<BedCategory, string> = {
  GENERAL: '一般病床',
  ICU_HCU: 'ICU・HCU',
  INFECTIOUS: '感染症病床',
  PSYCHIATRIC: '精神病床',
  PEDIATRIC: '小児病床',
  NEGATIVE_PRESSURE: '陰圧室',
};
export const BED_CATEGORIES = Object.keys(BED_CATEGORY_LABEL) as BedCategory[];
export const BED_MEASURES = [
  { key: 'secured', label: '確保病床数' },
  { key: 'immediate', label: '即応病床数' },
  { key: 'inpatients', label: '入院患者数' },
  { key: 'severe', label: 'うち重症者数' },
  { key: 'vacant', label: '空床数' },
] as const;
