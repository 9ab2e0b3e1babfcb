import { Column } from 'typeorm';
import { Field, ObjectType } from 'type-graphql';
import { Node } from '../graphql/node';

/**
 * What FAQ entries and notices share: the office publishes them, public ones are readable without
 * signing in, and their text is searched through a width-folded key. Columns and fields only; each
 * entity keeps its own table and id.
 */
@ObjectType()
export abstract class PublishableText extends Node {
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
