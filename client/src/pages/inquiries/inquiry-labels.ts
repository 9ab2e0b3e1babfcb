import { ENUM_LABELS } from '../../../../common/enum-labels';
import type { InquiryCategory, InquiryStatus } from '../../gql/graphql';

/** Labels of the server's InquiryCategory / InquiryStatus (server/src/inquiries/inquiry.entity.ts). */
export const CATEGORY_LABEL: Record<InquiryCategory, string> = ENUM_LABELS.InquiryCategory;
export const CATEGORIES = Object.keys(CATEGORY_LABEL) as InquiryCategory[];

export const STATUS_LABEL: Record<InquiryStatus, string> = ENUM_LABELS.InquiryStatus;
export const STATUSES = Object.keys(STATUS_LABEL) as InquiryStatus[];

const dateTime = new Intl.DateTimeFormat('ja-JP', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Tokyo' });
const date = new Intl.DateTimeFormat('ja-JP', { dateStyle: 'medium', timeZone: 'Asia/Tokyo' });
export const formatDateTime = (iso: string) => dateTime.format(new Date(iso));
export const formatDate = (iso: string) => date.format(new Date(iso));
