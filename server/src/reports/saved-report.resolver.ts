import { GraphQLJSON } from 'graphql-scalars';
import { Arg, Authorized, Ctx, Field, FieldResolver, ID, InputType, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { AuditAction, recordAudit } from '../audit/audit-log';
import { PageInfo } from '../graphql/connection';
import type { Context } from '../graphql/context';
import { Cost } from '../graphql/cost';
import { notFound } from '../graphql/errors';
import type { NodeLoader } from '../graphql/node.resolver';
import { canEditFolder, REPORT_BUILDERS, REPORT_READERS } from './report-access';
import { ReportFolder } from './report-folder';
import { type ReportPage, previewPage, reportColumns, reportProblem, runnableDocument, runSavedReportPage, type RunAs } from './report-run';
import { deleteReport, moveReport, saveReport } from './saved-report.editing';
import {
  MAX_REPORT_COLUMNS,
  MAX_REPORT_VARIABLES,
  ReportColumn,
  ReportColumnInput,
  ReportProblem,
  ReportVariable,
  ReportVariableLabelInput,
  reportIdOf,
  SavedReport,
} from './saved-report';
import { type ReportVariableShape, storedDocumentAnalysis } from './report-document';
import { ReportSubscription } from './report-subscription';

@InputType('SaveReportInput')
class SaveReportInput {
  @Field(() => ID, { nullable: true, description: '変更するレポート (省略: 新規作成)' }) id?: string | null;
  @Field(() => ID, { description: '保存先のフォルダ' }) folderId!: string;
  @Field(() => String, { description: 'レポート名 (1〜100文字)' }) name!: string;
  @Field(() => String, { description: 'GraphQL のクエリ (query 1つ。mutation・subscription は保存できない)' }) document!: string;
  @Field(() => [ReportColumnInput], { description: '列 (1〜100、表示順)' }) columns!: ReportColumnInput[];
  @Field(() => GraphQLJSON, { nullable: true, description: '既定の変数 (クエリの変数名 → 値)' }) defaultVariables?: unknown;
  @Field(() => [ReportVariableLabelInput], {
    nullable: true,
    description: '絞り込みフォームの項目名 (変数ごと)。省略した変数は引数の名前から付けた項目名になる',
  })
  variableLabels?: ReportVariableLabelInput[] | null;
}

@ObjectType('ReportResult', { description: 'レポートの実行結果の1ページ' })
export class ReportResult {
  @Cost({ listSize: MAX_REPORT_COLUMNS })
  @Field(() => [ReportColumn], { simple: true, description: '列 (表示順)' })
  columns!: ReportColumn[];

  @Field(() => [GraphQLJSON], {
    simple: true,
    description: '行: 列の順のセルの配列 (文字列・数値・真偽値・null)。日付・日時は日本時間の文字列',
  })
  rows!: unknown[];

  @Field(() => PageInfo, { simple: true, description: '次のページ: runReport の after に endCursor を渡す' })
  pageInfo!: PageInfo;

  @Cost({ listSize: MAX_REPORT_VARIABLES, inRow: true })
  @Field(() => [ReportVariable], {
    simple: true,
    description: 'クエリの変数と項目名 (絞り込みフォームの項目。プレビューでは保存前の項目名)',
  })
  variables!: ReportVariable[];
}

/** The variables of a report's query with their labels: the report's own, else the one derived from their use. */
function variablesOf(
  shapes: readonly ReportVariableShape[],
  labels: Readonly<Record<string, string>>,
  defaults: Readonly<Record<string, unknown>>,
) {
  return shapes.map((v) =>
    Object.assign(new ReportVariable(), { ...v, label: labels[v.name] ?? v.label, defaultValue: defaults[v.name] ?? v.defaultValue }),
  );
}

function resultOf(page: ReportPage, after: string | null | undefined, variables: ReportVariable[]): ReportResult {
  return Object.assign(new ReportResult(), {
    variables,
    columns: page.columns,
    rows: page.rows,
    pageInfo: { hasNextPage: page.hasNextPage, hasPreviousPage: Boolean(after), startCursor: null, endCursor: page.endCursor },
  });
}

const runAs = (ctx: Context): RunAs => ({
  operations: ctx.operations,
  viewer: ctx.viewer,
  limits: ctx.config.graphqlLimits,
  clientAddress: ctx.clientAddress,
});

async function visibleReport(ctx: Context, id: string): Promise<SavedReport> {
  const report = await ctx.loaders.savedReportById.load(reportIdOf(id));
  if (!report) throw notFound('レポートが見つかりません。');
  return report;
}

/** node(id:) for SavedReport (reports.module.ts): reports in visible folders only. */
export const loadSavedReportNode: NodeLoader = async (id, ctx) =>
  /^[1-9]\d{0,9}$/.test(id) ? ctx.loaders.savedReportById.load(Number(id)) : null;

@Resolver(() => SavedReport)
export class SavedReportResolver {
  @Authorized(REPORT_READERS)
  @Query(() => SavedReport, {
    description:
      '保存済みレポート; NOT_FOUND when missing, its folder is not visible, or its query calls a root field the viewer may not call.',
  })
  savedReport(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<SavedReport> {
    return visibleReport(ctx, id);
  }

  @Authorized(REPORT_READERS)
  @Query(() => ReportResult, {
    description:
      'レポートの実行 (1ページ): 実行する人の権限で動く (マスキング・範囲はその人のもの)。壊れたレポートは BROKEN_DOCUMENT。最初のページは監査ログに残る',
  })
  async runReport(
    @Arg('id', () => ID) id: string,
    @Arg('variables', () => GraphQLJSON, { nullable: true, description: '変数 (既定の変数に上書き)' }) variables: unknown,
    @Arg('after', () => String, { nullable: true, description: '次のページ (前のページの pageInfo.endCursor)' }) after: string | null,
    @Ctx() ctx: Context,
  ): Promise<ReportResult> {
    const report = await visibleReport(ctx, id);
    if (!after) {
      runnableDocument(ctx.operations.schema, ctx.config.graphqlLimits, report);
      await recordAudit(ctx.db, {
        action: AuditAction.REPORT_RUN,
        actorAccountId: ctx.viewer.accountId,
        subject: `report:${report.dbId}`,
        clientAddress: ctx.clientAddress,
        details: { name: report.name, variables: variables ?? null },
      });
    }
    const page = await runSavedReportPage(runAs(ctx), report, variables, after);
    return resultOf(page, after, variablesOf(page.variables, report.variableLabels, report.defaultVariableValues));
  }

  @Authorized(REPORT_BUILDERS)
  @Query(() => ReportResult, {
    description: 'プレビュー: 保存前のクエリの最初のページ (保存と同じ検査)。columns 省略: 結果のすべての値が列になる (列の選択肢)',
  })
  async previewReport(
    @Arg('document', () => String) document: string,
    @Arg('variables', () => GraphQLJSON, { nullable: true }) variables: unknown,
    @Arg('columns', () => [ReportColumnInput], { nullable: true }) columns: ReportColumnInput[] | null,
    @Ctx() ctx: Context,
  ): Promise<ReportResult> {
    const page = await previewPage(runAs(ctx), document, variables, columns);
    return resultOf(page, null, variablesOf(page.document.variables, {}, {}));
  }

  @Authorized(REPORT_BUILDERS)
  @Mutation(() => SavedReport, {
    description:
      'レポートの保存 (id 省略で新規)。クエリはスキーマとコストの規則で検査される: 誤りは BAD_USER_INPUT (fieldErrors: document, columns.N.path, defaultVariables)、高すぎるものは QUERY_TOO_COMPLEX',
  })
  saveReport(@Arg('input', () => SaveReportInput) input: SaveReportInput, @Ctx() ctx: Context): Promise<SavedReport> {
    return saveReport(ctx.db, ctx.operations.schema, ctx.config.graphqlLimits, ctx.viewer, input, ctx.clientAddress);
  }

  @Authorized(REPORT_BUILDERS)
  @Mutation(() => SavedReport, {
    description:
      'レポートを別のフォルダへ移動 (移動先は編集できるフォルダ: reportFolderDestinations)。移動先の共有範囲の人が参照できるようになる。監査ログに残る',
  })
  moveReport(@Arg('id', () => ID) id: string, @Arg('folderId', () => ID) folderId: string, @Ctx() ctx: Context): Promise<SavedReport> {
    return moveReport(ctx.db, ctx.viewer, id, folderId, ctx.clientAddress);
  }

  @Authorized(REPORT_BUILDERS)
  @Mutation(() => ID, { description: 'レポートの削除 (削除したレポートのID)。購読も削除される。監査ログに残る' })
  deleteReport(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<string> {
    return deleteReport(ctx.db, ctx.viewer, id, ctx.clientAddress);
  }

  @FieldResolver(() => ReportFolder, { description: '入っているフォルダ' })
  async folder(@Root() report: SavedReport, @Ctx() ctx: Context): Promise<ReportFolder> {
    const folder = await ctx.loaders.reportFolderById.load(report.folderDbId);
    if (!folder) throw notFound('フォルダが見つかりません。');
    return folder;
  }

  @Cost({ listSize: MAX_REPORT_COLUMNS, inRow: true })
  @FieldResolver(() => [ReportColumn], { description: '列 (表示順)' })
  columns(@Root() report: SavedReport, @Ctx() ctx: Context): ReportColumn[] {
    return reportColumns(ctx.operations.schema, ctx.config.graphqlLimits, report);
  }

  @FieldResolver(() => GraphQLJSON, { description: '既定の変数 (変数名 → 値)' })
  defaultVariables(@Root() report: SavedReport): Record<string, unknown> {
    return report.defaultVariableValues;
  }

  @Cost({ listSize: MAX_REPORT_VARIABLES })
  @FieldResolver(() => [ReportVariable], { description: 'クエリの変数 (絞り込みフォームの項目。ページ送りの変数は含まない)' })
  variables(@Root() report: SavedReport, @Ctx() ctx: Context): ReportVariable[] {
    if (report.document === null) return [];
    const analysis = storedDocumentAnalysis(ctx.operations.schema, report.document, ctx.config.graphqlLimits, report.defaultVariableValues);
    if (!analysis.ok) return [];
    return variablesOf(analysis.value.variables, report.variableLabels, report.defaultVariableValues);
  }

  @FieldResolver(() => ReportProblem, { nullable: true, description: '壊れている理由 (実行できるなら null)' })
  problem(@Root() report: SavedReport, @Ctx() ctx: Context): ReportProblem | null {
    const problem = reportProblem(ctx.operations.schema, ctx.config.graphqlLimits, report);
    return problem && Object.assign(new ReportProblem(), problem);
  }

  @FieldResolver(() => Boolean, { description: 'このレポートを編集・移動・削除できる' })
  async canEdit(@Root() report: SavedReport, @Ctx() ctx: Context): Promise<boolean> {
    if (report.builtIn) return false;
    const folder = await ctx.loaders.reportFolderById.load(report.folderDbId);
    return folder !== null && canEditFolder(ctx.viewer, folder);
  }

  @FieldResolver(() => ReportSubscription, { nullable: true, description: '自分の購読 (なければ null)' })
  mySubscription(@Root() report: SavedReport, @Ctx() ctx: Context): Promise<ReportSubscription | null> {
    return ctx.loaders.mySubscriptionByReport.load(report.dbId);
  }

  @FieldResolver(() => String, { nullable: true, description: '作成者の表示名 (組み込みレポートは null)' })
  async createdBy(@Root() report: SavedReport, @Ctx() ctx: Context): Promise<string | null> {
    if (report.createdByAccountId === null) return null;
    const account = await ctx.loaders.accountById.load(report.createdByAccountId);
    return account?.displayName ?? null;
  }
}
