import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../graphql/node';
import { PublishableText } from './publishable-text.entity';

export enum NoticeImportance {
  NORMAL = 'NORMAL',
  IMPORTANT = 'IMPORTANT',
}

registerEnumType(NoticeImportance, {
  name: 'NoticeImportance',
  description: '重要度',
  valuesConfig: { NORMAL: { description: '通常' }, IMPORTANT: { description: '重要' } },
});

/** お知らせ (事務連絡など). Shown newest first from its publish date on, once published. */
@Entity({ name: 'notice' })
@ObjectType('Notice', { implements: Node, description: 'お知らせ' })
export class Notice extends PublishableText {
  @PrimaryGeneratedColumn('identity', { name: 'id', type: 'integer' })
  dbId!: number;

  @Column({ type: 'text' })
  @Field(() => String, { description: '件名 (plain text)' })
  title!: string;

  @Column({ type: 'text' })
  @Field(() => String, { description: '本文 (plain text with a small Markdown subset; clients never render it as HTML)' })
  body!: string;

  @Column({ type: 'text' })
  @Field(() => NoticeImportance)
  importance!: NoticeImportance;

  @Column({ name: 'publish_date', type: 'timestamptz' })
  @Field(() => Date, { description: '掲載日時: readers see the notice from this time on (when published).' })
  publishDate!: Date;
}
