import {
  Arg,
  Args,
  ArgsType,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { Context } from '../graphql/context';
import { ConnectionType, parseFirst } from '../graphql/connection';
import { notFound } from '../graphql/errors';
import { toGlobalId } from '../graphql/node';
import type { NodeLoader } from '../graphql/node.resolver';
import { Attachment } from '../inquiries/attachment.entity';
import { canReadNotice } from './content-access';
import { readKey } from './content.loaders';
import { MAX_CONTENT_PAGE } from './faq.search';
import { createNotice, markNoticeRead, noticeIdOf, setNoticePublished, updateNotice } from './notice.editing';
import { Notice } from './notice.entity';
import { NoticeFilter, NoticeInput } from './notice.input';
import { countUnreadNotices, searchNotices } from './notice.search';
import { EVERYONE, SIGNED_IN } from '../auth/access-policy';
import { Role } from '../auth/viewer';
import { Cost } from '../graphql/cost';
import { ATTACHMENTS_PER_NOTICE } from '../inquiries/inquiry.input';

@ObjectType('NoticeConnection')
export class NoticeConnection extends ConnectionType('Notice', Notice) {}

@ArgsType()
class NoticesArgs {
  @Field(() => NoticeFilter, { nullable: true }) filter?: NoticeFilter | null;
  @Field(() => Int, { description: `Page size, 1..${MAX_CONTENT_PAGE}.` }) first!: number;
  @Field(() => String, { nullable: true }) after?: string | null;
}

async function loadReadable(ctx: Context, id: number): Promise<Notice | null> {
  const notice = await ctx.loaders.noticeById.load(id);
  return notice && canReadNotice(ctx.viewer, notice, new Date()) ? notice : null;
}

/** node(id:) for Notice (content.module.ts): readable ones only. */
export const loadNoticeNode: NodeLoader = async (id, ctx) => (/^[1-9]\d{0,9}$/.test(id) ? loadReadable(ctx, Number(id)) : null);

@Resolver(() => Notice)
export class NoticeResolver {
  @Authorized(EVERYONE)
  @Query(() => NoticeConnection, { description: 'お知らせ一覧 (newest first)' })
  async notices(@Args(() => NoticesArgs) args: NoticesArgs, @Ctx() ctx: Context) {
    return searchNotices(ctx.db.manager, ctx.viewer, args.filter ?? {}, parseFirst(args.first, MAX_CONTENT_PAGE), args.after);
  }

  @Authorized(EVERYONE)
  @Query(() => Notice, { description: 'お知らせ詳細; NOT_FOUND when missing or not readable.' })
  async notice(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Notice> {
    const notice = await loadReadable(ctx, noticeIdOf(id));
    if (!notice) throw notFound('お知らせが見つかりません。');
    return notice;
  }

  @Authorized(EVERYONE)
  @Query(() => Int, { description: 'Number of published notices the viewer has not opened (0 when signed out).' })
  unreadNoticeCount(@Ctx() ctx: Context): Promise<number> {
    return countUnreadNotices(ctx.db.manager, ctx.viewer);
  }

  @Authorized([Role.OFFICE])
  @Mutation(() => Notice, { description: 'お知らせの新規登録 (unpublished until publishNotice).' })
  createNotice(@Arg('input', () => NoticeInput) input: NoticeInput, @Ctx() ctx: Context): Promise<Notice> {
    return createNotice(ctx.db, ctx.viewer, input);
  }

  @Authorized([Role.OFFICE])
  @Mutation(() => Notice, { description: 'お知らせの編集' })
  updateNotice(@Arg('id', () => ID) id: string, @Arg('input', () => NoticeInput) input: NoticeInput, @Ctx() ctx: Context): Promise<Notice> {
    return updateNotice(ctx.db, ctx.viewer, id, input);
  }

  @Authorized([Role.OFFICE])
  @Mutation(() => Notice, { description: 'お知らせを公開する' })
  publishNotice(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Notice> {
    return setNoticePublished(ctx.db, ctx.viewer, id, true);
  }

  @Authorized([Role.OFFICE])
  @Mutation(() => Notice, { description: 'お知らせを非公開にする' })
  unpublishNotice(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Notice> {
    return setNoticePublished(ctx.db, ctx.viewer, id, false);
  }

  @Authorized(SIGNED_IN)
  @Mutation(() => Notice, { description: 'Marks a notice as read by the viewer (the detail page calls it).' })
  markNoticeRead(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Notice> {
    return markNoticeRead(ctx.db, ctx.viewer, id);
  }

  @FieldResolver(() => ID)
  id(@Root() notice: Notice): string {
    return toGlobalId('Notice', notice.dbId);
  }

  @FieldResolver(() => Boolean, { nullable: true, description: '既読: whether the viewer has opened it (null when signed out).' })
  read(@Root() notice: Notice, @Ctx() ctx: Context): Promise<boolean> | null {
    return ctx.viewer.accountId === null ? null : ctx.loaders.noticeReadByKey.load(readKey(ctx.viewer.accountId, notice.dbId));
  }

  @Cost({ listSize: ATTACHMENTS_PER_NOTICE })
  @FieldResolver(() => [Attachment])
  attachments(@Root() notice: Notice, @Ctx() ctx: Context): Promise<Attachment[]> {
    return ctx.loaders.attachmentsByNoticeId.load(notice.dbId);
  }
}
