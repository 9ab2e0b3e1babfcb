import { ENUM_LABELS } from '../../../common/enum-labels';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../graphql/node';

export enum InquiryCategory {
  ACCOUNT = 'ACCOUNT',
  BED_STATUS = 'BED_STATUS',
  RECRUITMENT = 'RECRUITMENT',
  REPORT = 'REPORT',
  SYSTEM = 'SYSTEM',
  OTHER = 'OTHER',
}

/** The words shown for each value: common/enum-labels.ts, shared with the dashboard. */
export const INQUIRY_CATEGORY_LABELS: Record<InquiryCategory, string> = ENUM_LABELS.InquiryCategory;

registerEnumType(InquiryCategory, {
  name: 'InquiryCategory',
  description: 'お問合せの分類',
  valuesConfig: Object.fromEntries(Object.entries(INQUIRY_CATEGORY_LABELS).map(([k, v]) => [k, { description: v }])),
});

export enum InquiryStatus {
  OPEN = 'OPEN',
  ANSWERED = 'ANSWERED',
  CLOSED = 'CLOSED',
}

export const INQUIRY_STATUS_LABELS: Record<InquiryStatus, string> = {
  OPEN: '未回答',
  ANSWERED: '回答済',
  CLOSED: '完了',
};

registerEnumType(InquiryStatus, {
  name: 'InquiryStatus',
  description: 'お問合せの状態',
  valuesConfig: {
    OPEN: { description: '未回答 (new, or the asker added a follow-up question)' },
    ANSWERED: { description: '回答済 (the office answered the latest question)' },
    CLOSED: { description: '完了 (closed by the office)' },
  },
});

/** An inquiry (お問合せ) from an account to the G-MIS office. Readable by its organisation and the office. */
@Entity({ name: 'inquiry' })
@ObjectType('Inquiry', { implements: Node, description: 'お問合せ' })
export class Inquiry extends Node {
  @PrimaryGeneratedColumn('identity', { name: 'id', type: 'integer' })
  dbId!: number;

  @Column({ type: 'text' })
  @Field(() => String, { description: '件名 (plain text)' })
  subject!: string;

  @Column({ type: 'text' })
  @Field(() => String, { description: '内容 (plain text; clients render it as text, never as HTML)' })
  body!: string;

  @Column({ type: 'text', nullable: true })
  @Field(() => InquiryCategory, { nullable: true })
  category!: InquiryCategory | null;

  @Column({ type: 'text' })
  @Field(() => InquiryStatus)
  status!: InquiryStatus;

  @Column({ name: 'asker_account_id', type: 'integer' })
  askerAccountId!: number;

  @Column({ name: 'asker_role', type: 'text' })
  askerRole!: string;

  @Column({ name: 'organisation_key', type: 'text' })
  organisationKey!: string;

  @Column({ name: 'facility_id', type: 'integer', nullable: true })
  facilityId!: number | null;

  @Column({ name: 'prefecture_code', type: 'char', length: 2, nullable: true })
  @Field(() => String, { nullable: true, description: 'Prefecture of the asking organisation.' })
  prefectureCode!: string | null;

  @Column({ name: 'search_key', type: 'text', select: false })
  searchKey!: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  @Field(() => Date)
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  @Field(() => Date, { description: 'Time of the latest message or status change.' })
  updatedAt!: Date;

  @Column({ name: 'answered_at', type: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true, description: 'Time of the latest answer.' })
  answeredAt!: Date | null;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true })
  closedAt!: Date | null;
}
