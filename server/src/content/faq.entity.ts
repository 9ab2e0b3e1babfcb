import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Field, Int, ObjectType } from 'type-graphql';
import { Node } from '../graphql/node';

/** よくある質問 (FAQ). Written by the office; readable once published (anonymously when public). */
@Entity({ name: 'faq_entry' })
@ObjectType('FaqEntry', { implements: Node, description: 'よくある質問 (FAQ)' })
export class FaqEntry extends Node {
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

  @Column({ type: 'boolean' })
  @Field(() => Boolean, { description: '公開中' })
  published!: boolean;

  @Column({ name: 'is_public', type: 'boolean' })
  @Field(() => Boolean, { description: 'Readable without signing in (when published).' })
  isPublic!: boolean;

  @Column({ name: 'search_key', type: 'text', select: false })
  searchKey!: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  @Field(() => Date)
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  @Field(() => Date)
  updatedAt!: Date;
}
