import { Arg, Authorized, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { ConnectionType, decodeCursor, encodeCursor, LazyEdge, type Page, parseFirst } from '../graphql/connection';
import type { Context } from '../graphql/context';
import { Cost } from '../graphql/cost';
import { badUserInput, notFound } from '../graphql/errors';
import type { NodeLoader } from '../graphql/node.resolver';
import { canEditFolder, REPORT_BUILDERS, REPORT_READERS, ReportSharing } from './report-access';
import {
  createFolder,
  deleteFolder,
  type DestinationFolder,
  destinationFolders,
  destinationPage,
  folderIdOf,
  isDestinationKey,
  MAX_FOLDER_CHILDREN,
  MAX_DESTINATION_PAGE,
  MAX_FOLDER_DEPTH,
  moveFolder,
  renameFolder,
  ReportFolder,
  shareFolder,
  visibleTopFolders,
} from './report-folder';
import { MAX_FOLDER_REPORTS, SavedReport } from './saved-report';

@InputType('CreateReportFolderInput')
class CreateReportFolderInput {
  @Field(() => String, { description: 'フォルダ名 (1〜80文字)' }) name!: string;
  @Field(() => ID, { nullable: true, description: '親フォルダ (省略: すべてのフォルダの直下)' }) parentId?: string | null;
  @Field(() => ReportSharing, {
    nullable: true,
    description: '共有範囲: すべてのフォルダの直下では必須 (OWNER は個人フォルダ)。サブフォルダは親フォルダの範囲を引き継ぐ (省略可)',
  })
  sharing?: ReportSharing | null;
}

@ObjectType('ReportFolderDestination', { description: '移動先・保存先にできるフォルダとそのパス' })
class ReportFolderDestination {
  @Cost({ inRow: true })
  @Field(() => ReportFolder, { simple: true })
  folder!: ReportFolder;

  @Field(() => [String], { simple: true, description: 'パス: 最上位のフォルダから順に、このフォルダまでの名前 (共有 / 東京都 / 病床)' })
  path!: string[];

  @Field(() => [ID], { simple: true, description: 'パスのフォルダのID (path と同じ順)' })
  pathIds!: string[];
}

@ObjectType('ReportFolderDestinationConnection', {
  description:
    '移動先・保存先の1ページ: pageInfo.hasNextPage なら続きがある (after に endCursor を渡す)。totalCount は条件に合うすべての数',
})
class ReportFolderDestinationConnection extends ConnectionType('ReportFolderDestination', ReportFolderDestination) {}

const MAX_DESTINATION_TEXT = 100;

/** A folder the viewer may see, through the request's loader (its reports' canEdit reads it again), or NOT_FOUND. */
async function loadReadable(ctx: Context, id: number): Promise<ReportFolder> {
  const folder = await ctx.loaders.reportFolderById.load(id);
  if (!folder) throw notFound('フォルダが見つかりません。');
  return folder;
}

/** node(id:) for ReportFolder (reports.module.ts): visible ones only. */
export const loadReportFolderNode: NodeLoader = async (id, ctx) =>
  /^[1-9]\d{0,9}$/.test(id) ? ctx.loaders.reportFolderById.load(Number(id)) : null;

@Resolver(() => ReportFolder)
export class ReportFolderResolver {
  @Authorized(REPORT_READERS)
  @Cost({ listSize: MAX_FOLDER_CHILDREN })
  @Query(() => [ReportFolder], {
    description: 'フォルダの一覧: parentId のフォルダの中 (省略: すべてのフォルダ)。見えるものだけ、システム・共有・個人の順に名前順',
  })
  async reportFolders(
    @Arg('parentId', () => ID, { nullable: true }) parentId: string | null,
    @Ctx() ctx: Context,
  ): Promise<ReportFolder[]> {
    if (!parentId) return visibleTopFolders(ctx.db.manager, ctx.viewer);
    const parent = await loadReadable(ctx, folderIdOf(parentId, 'parentId'));
    return ctx.loaders.reportFolderChildren.load(parent.dbId);
  }

  @Authorized(REPORT_BUILDERS)
  @Query(() => ReportFolderDestinationConnection, {
    description:
      '移動先・保存先: 自分が編集できるフォルダ (どの階層でも)。システム・共有・個人の順に、パスの名前順。text: パスのどれかのフォルダ名に含む文字 (全角・半角、大文字・小文字、空白は区別しない)',
  })
  async reportFolderDestinations(
    @Arg('first', () => Int, { description: `1〜${MAX_DESTINATION_PAGE}` }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Arg('text', () => String, { nullable: true, description: `絞り込む文字 (${MAX_DESTINATION_TEXT}文字まで。省略: すべて)` })
    text: string | null,
    @Ctx() ctx: Context,
  ): Promise<Page<ReportFolderDestination>> {
    const limit = parseFirst(first, MAX_DESTINATION_PAGE);
    if (text != null && text.length > MAX_DESTINATION_TEXT) {
      throw badUserInput(`絞り込む文字は${MAX_DESTINATION_TEXT}文字までです。`, [
        { field: 'text', message: `${MAX_DESTINATION_TEXT}文字以内で入力してください。` },
      ]);
    }
    const from = after ? decodeCursor(after, isDestinationKey) : null;
    const page = destinationPage(await destinationFolders(ctx.db.manager, ctx.viewer), { first: limit, after: from, text: text ?? null });
    for (const { folder } of page.rows) ctx.loaders.reportFolderById.prime(folder.dbId, folder);
    const cursorOf = (d: DestinationFolder) => encodeCursor([d.folder.dbId]);
    const edges = page.rows.map((d) => new LazyEdge(Object.assign(new ReportFolderDestination(), d), cursorOf));
    return {
      edges,
      pageInfo: {
        hasNextPage: page.hasMore,
        hasPreviousPage: from !== null,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
      totalCount: Promise.resolve(page.totalCount),
    };
  }

  @Authorized(REPORT_READERS)
  @Query(() => ReportFolder, { description: 'フォルダ; NOT_FOUND when missing or not visible.' })
  reportFolder(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<ReportFolder> {
    return loadReadable(ctx, folderIdOf(id));
  }

  @Authorized(REPORT_BUILDERS)
  @Mutation(() => ReportFolder, { description: 'フォルダの新規作成' })
  createReportFolder(
    @Arg('input', () => CreateReportFolderInput) input: CreateReportFolderInput,
    @Ctx() ctx: Context,
  ): Promise<ReportFolder> {
    return createFolder(ctx.db, ctx.viewer, input);
  }

  @Authorized(REPORT_BUILDERS)
  @Mutation(() => ReportFolder, { description: 'フォルダ名の変更' })
  renameReportFolder(@Arg('id', () => ID) id: string, @Arg('name', () => String) name: string, @Ctx() ctx: Context): Promise<ReportFolder> {
    return renameFolder(ctx.db, ctx.viewer, id, name);
  }

  @Authorized(REPORT_BUILDERS)
  @Mutation(() => ReportFolder, {
    description: 'フォルダの移動 (中のフォルダ・レポートごと)。parentId 省略: すべてのフォルダの直下。移動先の共有範囲になる',
  })
  moveReportFolder(
    @Arg('id', () => ID) id: string,
    @Arg('parentId', () => ID, { nullable: true }) parentId: string | null,
    @Ctx() ctx: Context,
  ): Promise<ReportFolder> {
    return moveFolder(ctx.db, ctx.viewer, id, parentId, ctx.clientAddress);
  }

  @Authorized(REPORT_BUILDERS)
  @Mutation(() => ReportFolder, { description: '最上位のフォルダの共有範囲の変更 (中のフォルダも同じ範囲になる)。監査ログに残る' })
  shareReportFolder(
    @Arg('id', () => ID) id: string,
    @Arg('sharing', () => ReportSharing) sharing: ReportSharing,
    @Ctx() ctx: Context,
  ): Promise<ReportFolder> {
    return shareFolder(ctx.db, ctx.viewer, id, sharing, ctx.clientAddress);
  }

  @Authorized(REPORT_BUILDERS)
  @Mutation(() => ID, {
    description: '空のフォルダの削除 (削除したフォルダのID)。中にフォルダやレポートがあれば CONFLICT で、何も削除しない',
  })
  deleteReportFolder(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<string> {
    return deleteFolder(ctx.db, ctx.viewer, id, ctx.clientAddress);
  }

  @FieldResolver(() => ReportFolder, { nullable: true, description: '親フォルダ (すべてのフォルダの直下なら null)' })
  parent(@Root() folder: ReportFolder, @Ctx() ctx: Context): Promise<ReportFolder | null> | null {
    return folder.parentDbId === null ? null : ctx.loaders.reportFolderById.load(folder.parentDbId);
  }

  @Cost({ listSize: MAX_FOLDER_DEPTH })
  @FieldResolver(() => [ReportFolder], { description: '上位のフォルダ (最上位から順に、このフォルダを含まない): パンくずリスト' })
  ancestors(@Root() folder: ReportFolder, @Ctx() ctx: Context): Promise<ReportFolder[]> | ReportFolder[] {
    return folder.parentDbId === null ? [] : ctx.loaders.reportFolderAncestors.load(folder.dbId);
  }

  @Cost({ listSize: MAX_FOLDER_CHILDREN })
  @FieldResolver(() => [ReportFolder], { description: '中のフォルダ (見えるもの)' })
  children(@Root() folder: ReportFolder, @Ctx() ctx: Context): Promise<ReportFolder[]> {
    return ctx.loaders.reportFolderChildren.load(folder.dbId);
  }

  @Cost({ listSize: MAX_FOLDER_REPORTS })
  @FieldResolver(() => [SavedReport], { description: '中のレポート (表示順、名前順)' })
  reports(@Root() folder: ReportFolder, @Ctx() ctx: Context): Promise<SavedReport[]> {
    return ctx.loaders.reportsInFolder.load(folder.dbId);
  }

  @FieldResolver(() => Boolean, { description: 'このフォルダを編集できる (名前の変更・移動・削除、中にフォルダやレポートを作る)' })
  canEdit(@Root() folder: ReportFolder, @Ctx() ctx: Context): boolean {
    return canEditFolder(ctx.viewer, folder);
  }
}
