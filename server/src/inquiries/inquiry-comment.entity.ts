import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Field, ObjectType, registerEnumType } from 'type-graphql';

export enum InquiryMessageKind {
  QUESTION = 'QUESTION',
  COMMENT = 'COMMENT',
  ANSWER = 'ANSWER',
}

registerEnumType(InquiryMessageKind, {
  name: 'InquiryMessageKind',
  valuesConfig: {
    QUESTION: { description: 'お問合せ本文 (the first message)' },
    COMMENT: { description: '追加質問・コメント (from the asking organisation)' },
    ANSWER: { description: '回答 (from the G-MIS office)' },
  },
});

/** One message of an inquiry's thread after the first: a follow-up comment or an office answer. */
@Entity({ name: 'inquiry_comment' })
export class InquiryComment {
  @PrimaryGeneratedColumn('identity', { name: 'id', type: 'integer' })
  dbId!: number;

  @Column({ name: 'inquiry_id', type: 'integer' })
  inquiryId!: number;

  @Column({ type: 'text' })
  kind!: InquiryMessageKind.COMMENT | InquiryMessageKind.ANSWER;

  @Column({ name: 'author_account_id', type: 'integer' })
  authorAccountId!: number;

  @Column({ name: 'author_role', type: 'text' })
  authorRole!: string;

  @Column({ type: 'text' })
  body!: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** A message as the thread shows it: the inquiry's own body first, then comments and answers in order. */
@ObjectType('InquiryMessage', { description: 'お問合せのやり取り (one message of the thread)' })
export class InquiryMessage {
  /** inquiry id for the first message, comment id otherwise. */
  inquiryId!: number;
  commentId!: number | null;

  @Field(() => InquiryMessageKind)
  kind!: InquiryMessageKind;

  @Field(() => String, { description: 'Plain text; may be empty when the message only carries files.' })
  body!: string;

  @Field(() => Boolean, { description: 'true when written by the G-MIS office.' })
  fromOffice!: boolean;

  authorAccountId!: number;

  @Field(() => Date)
  createdAt!: Date;
}
