import { Field, ID, InputType } from 'type-graphql';
import type { FieldProblem } from '../graphql/errors';
import { InquiryCategory, InquiryStatus } from './inquiry.entity';

export const SUBJECT_MAX = 200;
export const BODY_MAX = 10000;
export const ATTACHMENTS_PER_MESSAGE = 10;
/** Bounds that keep a thread readable and its query cost known (the fields' @Cost list sizes). */
export const MESSAGES_PER_INQUIRY = 100;
export const ATTACHMENTS_PER_INQUIRY = 50;
export const ATTACHMENTS_PER_NOTICE = 20;

@InputType('CreateInquiryInput', { description: '新規お問合せ' })
export class CreateInquiryInput {
  @Field(() => String, { description: '*件名 (required, up to 200 characters)' })
  subject!: string;

  @Field(() => String, { description: '*内容 (required, up to 10,000 characters)' })
  body!: string;

  @Field(() => InquiryCategory, { nullable: true })
  category?: InquiryCategory | null;

  @Field(() => [ID], { nullable: true, description: 'Ids returned by POST /api/attachments, uploaded by the same account.' })
  attachmentIds?: string[] | null;
}

@InputType('AddInquiryCommentInput', { description: '追加質問・コメント (from the asking organisation)' })
export class AddInquiryCommentInput {
  @Field(() => ID) inquiryId!: string;

  @Field(() => String, { description: 'コメント; may be empty when files are attached.' })
  body!: string;

  @Field(() => [ID], { nullable: true })
  attachmentIds?: string[] | null;
}

@InputType('AnswerInquiryInput', { description: '回答 (from the G-MIS office)' })
export class AnswerInquiryInput {
  @Field(() => ID) inquiryId!: string;

  @Field(() => String, { description: '*回答 (required)' })
  body!: string;

  @Field(() => [ID], { nullable: true })
  attachmentIds?: string[] | null;
}

@InputType('InquiryFilter', { description: 'Filters for inquiries; all given conditions must hold.' })
export class InquiryFilter {
  @Field(() => InquiryStatus, { nullable: true }) status?: InquiryStatus | null;
  @Field(() => InquiryCategory, { nullable: true }) category?: InquiryCategory | null;
  @Field(() => String, { nullable: true, description: 'Prefecture of the asking organisation, e.g. "13".' })
  prefectureCode?: string | null;
  @Field(() => String, { nullable: true, description: 'Partial match on 件名 and 内容 (width- and case-insensitive).' })
  text?: string | null;
}

/** Trims and checks a required text; pushes a field problem when empty or too long. */
export function requiredText(
  value: string | null | undefined,
  field: string,
  label: string,
  max: number,
  problems: FieldProblem[],
): string {
  const text = (value ?? '').trim();
  if (!text) problems.push({ field, message: `${label}を入力してください。` });
  else if (text.length > max) problems.push({ field, message: `${label}は${max}文字以内で入力してください。` });
  return text;
}

export function optionalText(
  value: string | null | undefined,
  field: string,
  label: string,
  max: number,
  problems: FieldProblem[],
): string {
  const text = (value ?? '').trim();
  if (text.length > max) problems.push({ field, message: `${label}は${max}文字以内で入力してください。` });
  return text;
}
