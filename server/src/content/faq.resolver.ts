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
import { canReadFaqEntry } from './content-access';
import { createFaqEntry, faqIdOf, setFaqPublished, updateFaqEntry } from './faq.editing';
import { FaqEntry } from './faq.entity';
import { FaqEntryInput, FaqFilter } from './faq.input';
import { faqCategories, MAX_CONTENT_PAGE, searchFaqEntries } from './faq.search';
import { EVERYONE } from '../auth/access-policy';
import { Role } from '../auth/viewer';

@ObjectType('FaqEntryConnection')
export class FaqEntryConnection extends ConnectionType('FaqEntry', FaqEntry) {}

@ArgsType()
class FaqEntriesArgs {
  @Field(() => FaqFilter, { nullable: true }) filter?: FaqFilter | null;
  @Field(() => Int, { description: `Page size, 1..${MAX_CONTENT_PAGE}.` }) first!: number;
  @Field(() => String, { nullable: true }) after?: string | null;
}

async function loadReadable(ctx: Context, id: number): Promise<FaqEntry | null> {
  const entry = await ctx.loaders.faqEntryById.load(id);
  return entry && canReadFaqEntry(ctx.viewer, entry) ? entry : null;
}

/** node(id:) for FaqEntry (content.module.ts): readable ones only. */
export const loadFaqEntryNode: NodeLoader = async (id, ctx) => (/^[1-9]\d{0,9}$/.test(id) ? loadReadable(ctx, Number(id)) : null);

@Resolver(() => FaqEntry)
export class FaqResolver {
  @Authorized(EVERYONE)
  @Query(() => FaqEntryConnection, { description: 'FAQ一覧 (表示順)' })
  async faqEntries(@Args(() => FaqEntriesArgs) args: FaqEntriesArgs, @Ctx() ctx: Context) {
    return searchFaqEntries(ctx.db.manager, ctx.viewer, args.filter ?? {}, parseFirst(args.first, MAX_CONTENT_PAGE), args.after);
  }

  @Authorized(EVERYONE)
  @Query(() => FaqEntry, { description: 'FAQ詳細; NOT_FOUND when missing or not readable.' })
  async faqEntry(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<FaqEntry> {
    const entry = await loadReadable(ctx, faqIdOf(id));
    if (!entry) throw notFound('FAQが見つかりません。');
    return entry;
  }

  @Authorized(EVERYONE)
  @Query(() => [String], { description: 'FAQ の分類 (for the list filter).' })
  faqCategories(@Ctx() ctx: Context): Promise<string[]> {
    return faqCategories(ctx.db.manager, ctx.viewer);
  }

  @Authorized([Role.OFFICE])
  @Mutation(() => FaqEntry, { description: 'FAQ の新規登録 (unpublished until publishFaqEntry).' })
  createFaqEntry(@Arg('input', () => FaqEntryInput) input: FaqEntryInput, @Ctx() ctx: Context): Promise<FaqEntry> {
    return createFaqEntry(ctx.db, ctx.viewer, input);
  }

  @Authorized([Role.OFFICE])
  @Mutation(() => FaqEntry, { description: 'FAQ の編集' })
  updateFaqEntry(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => FaqEntryInput) input: FaqEntryInput,
    @Ctx() ctx: Context,
  ): Promise<FaqEntry> {
    return updateFaqEntry(ctx.db, ctx.viewer, id, input);
  }

  @Authorized([Role.OFFICE])
  @Mutation(() => FaqEntry, { description: 'FAQ を公開する' })
  publishFaqEntry(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<FaqEntry> {
    return setFaqPublished(ctx.db, ctx.viewer, id, true);
  }

  @Authorized([Role.OFFICE])
  @Mutation(() => FaqEntry, { description: 'FAQ を非公開にする' })
  unpublishFaqEntry(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<FaqEntry> {
    return setFaqPublished(ctx.db, ctx.viewer, id, false);
  }

  @FieldResolver(() => ID)
  id(@Root() entry: FaqEntry): string {
    return toGlobalId('FaqEntry', entry.dbId);
  }
}
