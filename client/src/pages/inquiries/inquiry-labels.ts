import type { InquiryCategory, InquiryStatus } from '../../gql/graphql';

/** Labels of the server's InquiryCategory / InquiryStatus (server/src/inquiries/inquiry.entity.ts). */
export const CATEGORY_LABEL: Record<InquiryCategory, string> = {
  ACCOUNT: 'ログイン・アカウント',
  BED_STATUS: '病床状況の報告',
  RECRUITMENT: '人材募集登録',
  REPORT: 'レポート・地域病床見える化',
  SYSTEM: 'システム操作全般',
  OTHER: 'その他',
};
export const CATEGORIES = Object.keys(CATEGORY_LABEL) as InquiryCategory[];

export const STATUS_LABEL: Record<InquiryStatus, string> = { OPEN: '未回答', ANSWERED: '回答済', CLOSED: '完了' };
export const STATUSES = Object.keys(STATUS_LABEL) as InquiryStatus[];

const dateTime = new Intl.DateTimeFormat('ja-JP', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Tokyo' });
const date = new Intl.DateTimeFormat('ja-JP', { dateStyle: 'medium', timeZone: 'Asia/Tokyo' });
export const formatDateTime = (iso: string) => dateTime.format(new Date(iso));
export const formatDate = (iso: string) => date.format(new Date(iso));
