import { AuditAction, recordAudit } from '../audit/audit-log';
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
import { ConnectionType, type Page, encodeCursor, parseFirst } from '../graphql/connection';
import { badUserInput, forbidden } from '../graphql/errors';
import { fromGlobalId } from '../graphql/node';
import { Facility } from '../facilities/facility.entity';
import { MAX_HISTORY_ENTRIES } from './posting.loaders';
import { KeyNetFeedConnection, type KeyNetFeedEvent, MAX_FEED_PAGE, feedItem, readKeyNetFeed } from './key-net-feed';
import { canPostFor, keyNetDocument, maskForViewer } from './masking';
import { Posting, PostingStatus } from './posting.entity';
import {
  CreatePostingInput,
  PostingFilter,
  PostingInput,
  PostingOrder,
  PublicPostingFilter,
  PublicPostingOrder,
  UpdatePostingInput,
} from './posting.input';
import { createPosting, updatePosting } from './posting-registration';
import { MAX_POSTING_PAGE, searchManagedPostings, searchPublicPostings } from './posting.search';
import { requiredPostingFields, validatePostingFields } from './posting-validation';
import { CsvExport, MAX_EXPORT_ROWS, postingsCsv } from './posting-export';
import { KeyNetDocument, PostingView } from './posting.view';
import { type Audience, EVERYONE } from '../auth/access-policy';
import { Role } from '../auth/viewer';
import { Cost } from '../graphql/cost';

@ObjectType('PostingConnection')
export class PostingConnection extends ConnectionType('Posting', PostingView) {}

@ObjectType('PostingFieldChange', { description: '変更された項目と変更前後の値' })
class PostingFieldChange {
  @Field(() => String) field!: string;
  @Field(() => String, { nullable: true }) before!: string | null;
  @Field(() => String, { nullable: true }) after!: string | null;
}

@ObjectType('PostingChange', { description: '変更履歴の1件 (誰が・いつ・何を)' })
class PostingChangeEntry {
  @Field(() => Int) version!: number;
  @Field(() => String, { description: 'CREATED / UPDATED' }) action!: string;
  @Field(() => Int, { nullable: true, description: '変更したアカウント' }) accountId!: number | null;
  @Field(() => String, { nullable: true }) role!: string | null;
  @Field(() => Date) changedAt!: Date;
  // Each entry names at most the 19 tracked fields (posting-history.ts).
  @Cost({ listSize: 19 })
  @Field(() => [PostingFieldChange])
  changes!: PostingFieldChange[];
}

@ObjectType('CreatePostingPayload')
class CreatePostingPayload {
  @Field(() => PostingView) posting!: PostingView;
  @Field(() => Boolean, { description: 'false: 同じ登録キーの再送で、既存の募集を返した' }) created!: boolean;
}

@ObjectType('UpdatePostingPayload')
class UpdatePostingPayload {
  @Field(() => PostingView) posting!: PostingView;
}

@ArgsType()
class PostingsArgs {
  @Field(() => PostingFilter, { nullable: true }) filter?: PostingFilter | null;
  @Field(() => PostingOrder, { defaultValue: PostingOrder.UPDATED_AT_DESC }) orderBy!: PostingOrder;
  @Field(() => Int, { description: `Page size, 1..${MAX_POSTING_PAGE}.` }) first!: number;
  @Field(() => String, { nullable: true }) after?: string | null;
}

@ArgsType()
class PublicPostingsArgs {
  @Field(() => PublicPostingFilter, { nullable: true }) filter?: PublicPostingFilter | null;
  @Field(() => PublicPostingOrder, { defaultValue: PublicPostingOrder.PUBLISHED_AT_DESC }) orderBy!: PublicPostingOrder;
  @Field(() => Int, { description: `Page size, 1..${MAX_POSTING_PAGE}.` }) first!: number;
  @Field(() => String, { nullable: true }) after?: string | null;
}

@ArgsType()
class ExportPostingsArgs {
  @Field(() => PostingFilter, { nullable: true }) filter?: PostingFilter | null;
  @Field(() => PostingOrder, { defaultValue: PostingOrder.UPDATED_AT_DESC }) orderBy!: PostingOrder;
}

@ArgsType()
class ExportPublicPostingsArgs {
  @Field(() => PublicPostingFilter, { nullable: true }) filter?: PublicPostingFilter | null;
  @Field(() => PublicPostingOrder, { defaultValue: PublicPostingOrder.PUBLISHED_AT_DESC }) orderBy!: PublicPostingOrder;
}

/** The facility filter's database id (a Facility global id), or null when no facility is given. */
function facilityFilterId(facilityId: string | null | undefined): number | null {
  if (!facilityId) return null;
  const { type, localId } = fromGlobalId(facilityId);
  if (type !== 'Facility' || !/^\d{1,9}$/.test(localId))
    throw badUserInput('施設IDが正しくありません。', [{ field: 'facilityId', message: '施設IDが正しくありません。' }]);
  return Number(localId);
}

/** A posting's database id from its global id, or null when the id is of another type. */
export function postingDbId(id: string): number | null {
  const { type, localId } = fromGlobalId(id);
  return type === 'Posting' && /^\d{1,9}$/.test(localId) ? Number(localId) : null;
}

/** A page of postings as this viewer may see them (the masking rule applied to every row). */
function viewPage(ctx: Context, page: Page<Posting>): Page<PostingView> {
  for (const edge of page.edges) ctx.loaders.postingById.prime(edge.node.dbId, edge.node);
  const edges = page.edges.flatMap((edge) => {
    const view = maskForViewer(ctx.viewer, edge.node);
    return view ? [{ cursor: edge.cursor, node: view }] : [];
  });
  return {
    edges,
    pageInfo: page.pageInfo,
    get totalCount() {
      return page.totalCount;
    },
  };
}

function facilityName(ctx: Context, facilityDbId: number): () => Promise<string | null> {
  return async () => (await ctx.loaders.facilityById.load(facilityDbId))?.name ?? null;
}

/** Exports go in the audit log (who, which list, which filter, how many rows; never the rows). */
function recordExport(ctx: Context, subject: string, filter: object, rows: number): Promise<void> {
  return recordAudit(ctx.db, {
    action: AuditAction.EXPORTED,
    actorAccountId: ctx.viewer.accountId ?? null,
    subject,
    details: { filter, rows },
  });
}

/**
 * 人材募集 management screens: the posting facility, its prefecture and the office. 保健所
 * aggregator IDs have no recruitment screens; the public Key-Net view is for everyone.
 */
const POSTING_MANAGERS: readonly Audience[] = [Role.FACILITY, Role.HEALTH_CENTER_RECRUITMENT, Role.PREFECTURE, Role.OFFICE];
/** Who registers and edits postings: a facility for itself, a 保健所 recruitment ID for its facilities. */
const POSTING_EDITORS: readonly Audience[] = [Role.FACILITY, Role.HEALTH_CENTER_RECRUITMENT];
/** One posting: managers, analysts and anonymous readers (the masking rule decides what each sees). */
const POSTING_READERS: readonly Audience[] = [...POSTING_MANAGERS, Role.ANALYST, 'ANONYMOUS'];

@Resolver(() => PostingView)
export class PostingResolver {
  @Authorized(POSTING_MANAGERS)
  @Query(() => PostingConnection, { description: 'データ一覧: 自施設 (施設)・自都道府県 (都道府県)・全件 (事務局) の人材募集' })
  async postings(@Args(() => PostingsArgs) args: PostingsArgs, @Ctx() ctx: Context): Promise<Page<PostingView>> {
    const first = parseFirst(args.first, MAX_POSTING_PAGE);
    const filter = { ...args.filter, facilityDbId: facilityFilterId(args.filter?.facilityId) };
    return viewPage(ctx, await searchManagedPostings(ctx.db.manager, ctx.viewer, filter, args.orderBy, first, args.after));
  }

  @Authorized(EVERYONE)
  @Query(() => PostingConnection, { description: 'Key-Net 公開一覧: 公開中の人材募集 (マスキング適用済み)' })
  async publicPostings(@Args(() => PublicPostingsArgs) args: PublicPostingsArgs, @Ctx() ctx: Context): Promise<Page<PostingView>> {
    const first = parseFirst(args.first, MAX_POSTING_PAGE);
    return viewPage(ctx, await searchPublicPostings(ctx.db.manager, args.filter ?? {}, args.orderBy, first, args.after));
  }

  @Authorized(POSTING_MANAGERS)
  @Query(() => CsvExport, { description: 'データ一覧のエクスポート (検索条件・並び順は一覧と同じ。最大5,000件)' })
  async exportPostings(@Args(() => ExportPostingsArgs) args: ExportPostingsArgs, @Ctx() ctx: Context): Promise<CsvExport> {
    const page = await searchManagedPostings(
      ctx.db.manager,
      ctx.viewer,
      { ...args.filter, facilityDbId: facilityFilterId(args.filter?.facilityId) },
      args.orderBy,
      MAX_EXPORT_ROWS,
      null,
    );
    await recordExport(ctx, 'exportPostings', args.filter ?? {}, page.edges.length);
    return postingsCsv(
      '人材募集_データ一覧',
      page,
      (p) => maskForViewer(ctx.viewer, p),
      (id) => facilityName(ctx, id)(),
    );
  }

  @Authorized(EVERYONE)
  @Query(() => CsvExport, { description: 'Key-Net 公開一覧のエクスポート (マスキング適用済み。最大5,000件)' })
  async exportPublicPostings(
    @Args(() => ExportPublicPostingsArgs) args: ExportPublicPostingsArgs,
    @Ctx() ctx: Context,
  ): Promise<CsvExport> {
    const page = await searchPublicPostings(ctx.db.manager, args.filter ?? {}, args.orderBy, MAX_EXPORT_ROWS, null);
    await recordExport(ctx, 'exportPublicPostings', args.filter ?? {}, page.edges.length);
    return postingsCsv(
      '人材募集_公開一覧',
      page,
      (p) => maskForViewer(ctx.viewer, p),
      (id) => facilityName(ctx, id)(),
    );
  }

  @Authorized(POSTING_READERS)
  @Query(() => PostingView, { nullable: true, description: '人材募集1件 (閲覧者に応じてマスキング)' })
  async posting(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<PostingView | null> {
    const dbId = postingDbId(id);
    const posting = dbId === null ? null : await ctx.loaders.postingById.load(dbId);
    return posting ? maskForViewer(ctx.viewer, posting) : null;
  }

  @Authorized(POSTING_MANAGERS)
  @Query(() => Facility, {
    nullable: true,
    description: '閲覧者が人材募集を登録する施設 (新規ボタンと入力画面の必須項目に使う)。登録できない閲覧者には null',
  })
  async postingFacility(@Ctx() ctx: Context): Promise<Facility | null> {
    const facility = ctx.viewer.facilityId === null ? null : await ctx.loaders.facilityById.load(ctx.viewer.facilityId);
    return facility && canPostFor(ctx.viewer, facility) ? facility : null;
  }

  @Authorized(POSTING_EDITORS)
  @Query(() => KeyNetDocument, { description: '入力中の内容が Key-Net でどう見えるか (マスキング適用)。入力の検証も行う。' })
  async previewKeyNetPosting(@Arg('posting', () => PostingInput) input: PostingInput, @Ctx() ctx: Context): Promise<KeyNetDocument> {
    const facility = ctx.viewer.facilityId === null ? null : await ctx.loaders.facilityById.load(ctx.viewer.facilityId);
    if (!facility || !canPostFor(ctx.viewer, facility)) throw forbidden();
    const content = validatePostingFields(input, facility.kind);
    const draft = Object.assign(new Posting(), content, {
      dbId: 0,
      facilityId: facility.dbId,
      facilityPrefectureCode: facility.prefectureCode,
      status: PostingStatus.PUBLISHED,
      version: 1,
      createdAt: new Date(),
      updatedAt: new Date(),
      publishedAt: null,
      closedAt: null,
    });
    const document = await keyNetDocument(draft, async () => facility.name);
    document.postingId = '';
    return document;
  }

  @Authorized(POSTING_EDITORS)
  @Mutation(() => CreatePostingPayload, { description: '人材募集の登録 (保存)。同じ登録キーの再送は新しい募集を作らない。' })
  async createPosting(
    @Arg('input', () => CreatePostingInput) input: CreatePostingInput,
    @Ctx() ctx: Context,
  ): Promise<CreatePostingPayload> {
    const { posting, created } = await createPosting(ctx.db, ctx.viewer, {
      idempotencyKey: input.idempotencyKey,
      status: input.status,
      fields: input.posting,
    });
    return { posting: maskForViewer(ctx.viewer, posting)!, created };
  }

  @Authorized(POSTING_EDITORS)
  @Mutation(() => UpdatePostingPayload, { description: '人材募集の編集 (保存)。編集開始時の版が古ければ CONFLICT。' })
  async updatePosting(
    @Arg('input', () => UpdatePostingInput) input: UpdatePostingInput,
    @Ctx() ctx: Context,
  ): Promise<UpdatePostingPayload> {
    const dbId = postingDbId(input.id);
    if (dbId === null) throw badUserInput('IDの形式が正しくありません。', [{ field: 'id', message: 'IDの形式が正しくありません。' }]);
    const posting = await updatePosting(ctx.db, ctx.viewer, {
      postingDbId: dbId,
      version: input.version,
      status: input.status,
      fields: input.posting,
    });
    return { posting: maskForViewer(ctx.viewer, posting)! };
  }

  @FieldResolver(() => Facility, { nullable: true, description: '登録施設。マスキング対象' })
  async facility(@Root() view: PostingView, @Ctx() ctx: Context): Promise<Facility | null> {
    return view.facilityDbId === null ? null : ctx.loaders.facilityById.load(view.facilityDbId);
  }

  @FieldResolver(() => String, { nullable: true, description: '医療機関名。マスキング対象' })
  async facilityName(@Root() view: PostingView, @Ctx() ctx: Context): Promise<string | null> {
    return view.facilityDbId === null ? null : facilityName(ctx, view.facilityDbId)();
  }

  @Cost({ listSize: (args) => Math.min(MAX_HISTORY_ENTRIES, Math.max(1, Number(args.first ?? 20) || 20)) })
  @FieldResolver(() => [PostingChangeEntry], {
    nullable: true,
    description: '変更履歴 (新しい順に first 件、最大100件)。全項目を見られる閲覧者のみ',
  })
  async history(
    @Root() view: PostingView,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
    @Ctx() ctx: Context,
  ): Promise<PostingChangeEntry[] | null> {
    const size = parseFirst(first, MAX_HISTORY_ENTRIES);
    if (!view.source) return null;
    const rows = (await ctx.loaders.postingHistory.load(view.dbId)).slice(0, size);
    // History values are JSON primitives: strings as they are, numbers and booleans in their JSON spelling.
    const text = (value: unknown) => (value == null ? null : typeof value === 'string' ? value : JSON.stringify(value));
    return rows.map((row) => ({
      version: row.version,
      action: row.action,
      accountId: row.accountId,
      role: row.role,
      changedAt: row.changedAt,
      changes: row.changes.map((c) => ({ field: c.field, before: text(c.before), after: text(c.after) })),
    }));
  }

  @FieldResolver(() => KeyNetDocument, { nullable: true, description: 'Key-Net での見え方 (マスキング適用)。全項目を見られる閲覧者のみ' })
  async keyNetPreview(@Root() view: PostingView, @Ctx() ctx: Context): Promise<KeyNetDocument | null> {
    return view.source ? keyNetDocument(view.source, facilityName(ctx, view.source.facilityId)) : null;
  }
}

@Resolver(() => Facility)
export class FacilityPostingsResolver {
  @FieldResolver(() => PostingConnection, {
    description: 'この施設の人材募集 (新しい順)。全項目を見られない閲覧者には、公開中でマスキングを希望していない募集だけ',
  })
  async postings(
    @Root() facility: Facility,
    @Arg('first', () => Int, { defaultValue: 10 }) first: number,
    @Ctx() ctx: Context,
  ): Promise<Page<PostingView>> {
    const size = parseFirst(first, 50);
    const page = await ctx.loaders.postingsOfFacility(size).load(facility.dbId);
    return viewPage(ctx, {
      edges: page.rows.map((p) => ({ cursor: encodeCursor(['UPDATED_AT_DESC', p.updatedAt.toISOString(), p.dbId]), node: p })),
      pageInfo: { hasNextPage: page.hasNextPage, hasPreviousPage: false, startCursor: null, endCursor: null },
      totalCount: Promise.resolve(page.totalCount),
    });
  }

  @FieldResolver(() => [String], { description: '人材募集の入力で必須の項目 (保健所は就業場所も必須)' })
  postingRequiredFields(@Root() facility: Facility): string[] {
    return requiredPostingFields(facility.kind);
  }
}

@Resolver()
export class KeyNetFeedResolver {
  // Only already-masked public documents: what Key-Net itself publishes.
  @Authorized(EVERYONE)
  @Query(() => KeyNetFeedConnection, { description: 'Key-Net 連携フィード: 公開内容の変更を発生順に (after のカーソルから)' })
  async keyNetFeed(
    @Arg('first', () => Int) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: Context,
  ): Promise<Page<KeyNetFeedEvent>> {
    const page = await readKeyNetFeed(ctx.db.manager, parseFirst(first, MAX_FEED_PAGE), after);
    return {
      edges: page.edges.map((e) => ({ cursor: e.cursor, node: feedItem(e.node) })),
      pageInfo: page.pageInfo,
      get totalCount() {
        return page.totalCount;
      },
    };
  }
}
