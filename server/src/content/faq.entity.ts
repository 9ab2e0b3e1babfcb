import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Field, Int, ObjectType } from 'type-graphql';
import { Node } from '../graphql/node';
import { PublishableText } from './publishable-text.entity';

/** よくある質問 (FAQ). Written by the office; readable once published (anonymously when public). */
@Entity({ name: 'faq_entry' })
@ObjectType('FaqEntry', { implements: Node, description: 'よくある質問 (FAQ)' })
export class FaqEntry extends PublishableText {
  @PrimaryGeneratedColumn('identity', { name: 'id', type: 'integer' })
  dbId!: number;

  @Column({ type: 'text' })
  @Field(() => String, { description: '質問 (plain text)' })
  question!: string;

  @Column({ type: 'text' })
  @Field(() => String, { description: '回答 (plain text with a small Markdown subset; clients never render it as HTML)' })
  answer!: string;

  @Column({ type: 'text' })
  @Field(() => String, { description: '分類' })
  category!: string;

  @Column({ name: 'sort_order', type: 'integer' })
  @Field(() => Int, { description: '表示順 (ascending)' })
  sortOrder!: number;
}
