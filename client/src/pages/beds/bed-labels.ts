import { ENUM_LABELS } from '../../../../common/enum-labels';
import type { AcceptanceStatus, BedCategory, BedReportSortField, SortDirection, StaffingStatus } from '../../gql/graphql';

/** 受入状況 as G-MIS words it; the Record type makes a new status a compile error here. */
export const ACCEPTANCE_LABEL: Record<AcceptanceStatus, string> = ENUM_LABELS.AcceptanceStatus;
export const ACCEPTANCE_STATUSES = Object.keys(ACCEPTANCE_LABEL) as AcceptanceStatus[];
export const isAcceptanceStatus = (value: string): value is AcceptanceStatus =>
  Object.prototype.hasOwnProperty.call(ACCEPTANCE_LABEL, value);

export const STAFFING_LABEL: Record<StaffingStatus, string> = ENUM_LABELS.StaffingStatus;

export const STAFFING_STATUSES = Object.keys(STAFFING_LABEL) as StaffingStatus[];
export const isStaffingStatus = (value: string): value is StaffingStatus => Object.prototype.hasOwnProperty.call(STAFFING_LABEL, value);
export const isBedCategory = (value: string): value is BedCategory => Object.prototype.hasOwnProperty.call(BED_CATEGORY_LABEL, value);

/** What the report can be ordered by; the direction is chosen separately (a header click turns it). */
export const SORT_LABEL: Record<BedReportSortField, string> = ENUM_LABELS.BedReportSortField;
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
export const BED_CATEGORY_LABEL: Record<BedCategory, string> = ENUM_LABELS.BedCategory;
export const BED_CATEGORIES = Object.keys(BED_CATEGORY_LABEL) as BedCategory[];
export const BED_MEASURES = [
  { key: 'secured', label: '確保病床数' },
  { key: 'immediate', label: '即応病床数' },
  { key: 'inpatients', label: '入院患者数' },
  { key: 'severe', label: 'うち重症者数' },
  { key: 'vacant', label: '空床数' },
] as const;
