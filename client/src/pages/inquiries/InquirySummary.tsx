import { type FragmentType, getFragmentData, graphql } from '../../gql';
import type { InquirySummary_InquiryFragment } from '../../gql/graphql';
import { CATEGORY_LABEL, STATUS_LABEL } from './inquiry-labels';

/** What names an inquiry wherever it appears: a row of お問合せ一覧 and the head of its thread. */
export const InquirySummary_Inquiry = graphql(`
  fragment InquirySummary_Inquiry on Inquiry {
    id
    number
    subject
    status
    category
    organisationName
  }
`);

export type InquirySummary = InquirySummary_InquiryFragment;

export const readInquirySummary = (ref: FragmentType<typeof InquirySummary_Inquiry>): InquirySummary =>
  getFragmentData(InquirySummary_Inquiry, ref);

export const statusLabel = (inquiry: Pick<InquirySummary, 'status'>) => STATUS_LABEL[inquiry.status];
/** 分類 is optional when asking. */
export const categoryLabel = (inquiry: Pick<InquirySummary, 'category'>) => (inquiry.category ? CATEGORY_LABEL[inquiry.category] : null);

/** 問合せ番号, 状態, 分類 and 問合せ元 under the 件名 of a thread. */
export function InquiryMeta({ inquiry }: { inquiry: InquirySummary }) {
  const category = categoryLabel(inquiry);
  return (
    <p className="detail-meta">
      <span>問合せ番号 {inquiry.number}</span>
      <span>状態：{statusLabel(inquiry)}</span>
      {category ? <span>分類：{category}</span> : null}
      {inquiry.organisationName ? <span>問合せ元：{inquiry.organisationName}</span> : null}
    </p>
  );
}
