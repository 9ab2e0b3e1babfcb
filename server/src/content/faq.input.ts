import { Field, InputType, Int } from 'type-graphql';

@InputType('FaqEntryInput', { description: 'FAQ の登録・編集 (G-MIS office)' })
export class FaqEntryInput {
  @Field(() => String, { description: '*質問 (up to 500 characters)' }) question!: string;
  @Field(() => String, { description: '*回答 (up to 20,000 characters)' }) answer!: string;
  @Field(() => String, { description: '*分類 (up to 50 characters)' }) category!: string;
  @Field(() => Int, { nullable: true, description: '表示順 (0..1,000,000, ascending; default 0)' }) sortOrder?: number | null;
  @Field(() => Boolean, { nullable: true, description: 'Readable without signing in (default false).' }) isPublic?: boolean | null;
}

@InputType('FaqFilter')
export class FaqFilter {
  @Field(() => String, { nullable: true, description: 'Partial match on 質問 and 回答.' }) text?: string | null;
  @Field(() => String, { nullable: true, description: 'Exact 分類.' }) category?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Office only: true = published, false = drafts; others always see published.' })
  published?: boolean | null;
}
