import { Field, ID, InputType } from 'type-graphql';
import { NoticeImportance } from './notice.entity';

@InputType('NoticeInput', { description: 'お知らせの登録・編集 (G-MIS office)' })
export class NoticeInput {
  @Field(() => String, { description: '*件名 (up to 200 characters)' }) title!: string;
  @Field(() => String, { description: '*本文 (up to 20,000 characters)' }) body!: string;
  @Field(() => NoticeImportance, { nullable: true, description: 'default NORMAL' }) importance?: NoticeImportance | null;
  @Field(() => Date, { nullable: true, description: '掲載日時 (default: now)' }) publishDate?: Date | null;
  @Field(() => Boolean, { nullable: true, description: 'Readable without signing in (default false).' }) isPublic?: boolean | null;
  @Field(() => [ID], { nullable: true, description: 'Files uploaded by the editor through POST /api/attachments.' })
  attachmentIds?: string[] | null;
}

@InputType('NoticeFilter')
export class NoticeFilter {
  @Field(() => String, { nullable: true, description: 'Partial match on 件名 and 本文.' }) text?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Only notices the viewer has not opened yet.' }) unreadOnly?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'Office only: true = published, false = drafts.' }) published?: boolean | null;
}
