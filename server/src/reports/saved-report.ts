import { GraphQLJSON } from 'graphql-scalars';
import { Field, InputType, ObjectType, registerEnumType } from 'type-graphql';
import type { EntityManager } from 'typeorm';
import type { Viewer } from '../auth/viewer';
import { badUserInput } from '../graphql/errors';
import { fromGlobalId, Node, rowIdOf, toGlobalId } from '../graphql/node';
import { runnableParameter, runnableReportSql, viewerParameters, visibleFolderSql } from './report-access';

/** Reports in one folder; also the most a folder lists. */
export const MAX_FOLDER_REPORTS = 500;
export const MAX_REPORT_COLUMNS = 100;
export const MAX_REPORT_VARIABLES = 50;

export enum ReportColumnFormat {
  TEXT = 'TEXT',
  INTEGER = 'INTEGER',
  DECIMAL = 'DECIMAL',
  DATE = 'DATE',
  DATE_TIME = 'DATE_TIME',
  BOOLEAN = 'BOOLEAN',
  PERCENT = 'PERCENT',
  LABEL = 'LABEL',
}

registerEnumType(ReportColumnFormat, {
  name: 'ReportColumnFormat',
  description: '列の表示形式 (CSV・表での書き方)',
  valuesConfig: {
    TEXT: { description: '文字列' },
    INTEGER: { description: '整数' },
    DECIMAL: { description: '小数' },
    DATE: { description: '日付 (日本時間 YYYY-MM-DD)' },
    DATE_TIME: { description: '日時 (日本時間 YYYY-MM-DD HH:mm:ss)' },
    BOOLEAN: { description: 'はい / いいえ' },
    PERCENT: { description: '割合 (0.071 を表では 7.1% と示す。値は小数のまま)' },
    LABEL: { description: '選択肢の表示名 (BEFORE_DUE を表では 期限前 と示す。値は API の値のまま)' },
  },
});

/** Built-in reports: they open a screen of the dashboard rather than run a saved document. */
export enum BuiltInReport {
  BED_REPORT_ALL_COLUMNS = 'BED_REPORT_ALL_COLUMNS',
  BED_REPORT = 'BED_REPORT',
}

registerEnumType(BuiltInReport, {
  name: 'BuiltInReport',
  description: '組み込みレポート (画面で開く)',
  valuesConfig: {
    BED_REPORT_ALL_COLUMNS: { description: '地域病床見える化（全項目表示） /beds/all-columns' },
    BED_REPORT: { description: '地域病床見える化 /beds' },
  },
});

export enum ReportProblemCode {
  SCHEMA_CHANGED = 'SCHEMA_CHANGED',
  TOO_COSTLY = 'TOO_COSTLY',
}

registerEnumType(ReportProblemCode, {
  name: 'ReportProblemCode',
  description: '保存済みレポートが実行できない理由',
  valuesConfig: {
    SCHEMA_CHANGED: { description: 'スキーマの変更により、保存したクエリが現在のスキーマに合わない' },
    TOO_COSTLY: { description: 'コストの規則の変更により、保存したクエリが上限を超える' },
  },
});

@ObjectType('ReportColumn', { description: 'レポートの列: 結果のパスと見出し' })
export class ReportColumn {
  @Field(() => String, {
    description: '結果の中のパス (応答のキーをドットでつなぐ。リストは要素に入る: bedReport.edges.node.facility.name は行ごとの医療機関名)',
  })
  path!: string;

  @Field(() => String, { description: '見出し' }) heading!: string;
  @Field(() => ReportColumnFormat) format!: ReportColumnFormat;
  @Field(() => String, {
    nullable: true,
    description:
      '値の型 (GraphQL の型名: ReportingStatus, Float, String)。選択肢の表示名 (LABEL) はこの列挙型の表示名で示す。クエリがスキーマに合わないとき null',
  })
  valueType!: string | null;
}

@InputType('ReportColumnInput')
export class ReportColumnInput {
  @Field(() => String) path!: string;
  @Field(() => String) heading!: string;
  @Field(() => ReportColumnFormat, { defaultValue: ReportColumnFormat.TEXT }) format!: ReportColumnFormat;
}

@ObjectType('ReportVariable', { description: 'レポートの変数 (絞り込みフォームの1項目)' })
export class ReportVariable {
  @Field(() => String, { description: '変数名 ($なし)' }) name!: string;
  @Field(() => String, { description: 'GraphQL の型 (書かれたとおり: Int!, [String!], BedReportFilter)' }) type!: string;
  @Field(() => String, { description: '型名 (リスト・必須を除いたもの)' }) namedType!: string;
  @Field(() => Boolean, { description: '必須 (型が ! でデフォルト値がない)' }) required!: boolean;
  @Field(() => Boolean, { description: 'リスト' }) list!: boolean;
  @Field(() => [String], { nullable: true, description: '列挙型のときの値' }) enumValues!: string[] | null;
  @Field(() => GraphQLJSON, { nullable: true, description: 'デフォルト値 (レポートの既定値、なければクエリに書かれた値)' })
  defaultValue!: unknown;
  @Field(() => String, {
    description:
      '項目名 (絞り込みフォームに表示): 作成者が付けたもの、なければ変数を渡す引数の名前から (prefectureCode → 都道府県コード)、どちらもなければ変数名',
  })
  label!: string;
}

@InputType('ReportVariableLabelInput', { description: '絞り込みフォームの項目名' })
export class ReportVariableLabelInput {
  @Field(() => String, { description: '変数名 ($なし)' }) name!: string;
  @Field(() => String, { description: '項目名 (1〜40文字)' }) label!: string;
}

@ObjectType('ReportProblem', { description: '保存済みレポートが壊れている理由' })
export class ReportProblem {
  @Field(() => ReportProblemCode) code!: ReportProblemCode;
  @Field(() => String, { description: '理由 (例: スキーマ変更によりフィールド Facility.name が存在しません)' }) message!: string;
}

@ObjectType('SavedReport', { implements: Node, description: '保存済みレポート: GraphQL のクエリと列・既定の変数' })
export class SavedReport extends Node {
  dbId!: number;
  folderDbId!: number;
  createdByAccountId!: number | null;
  pagingVariable!: string | null;
  defaultVariableValues!: Record<string, unknown>;
  /** The author's label per variable (the rest take the derived one). */
  variableLabels!: Record<string, string>;
  /** The root fields its query calls ('Query.bedReport'): who may run it (report-access.ts). */
  rootFields!: string[];

  @Field(() => String, { description: 'レポート名' }) name!: string;
  @Field(() => String, { nullable: true, description: 'GraphQL のクエリ (組み込みレポートは null)' }) document!: string | null;
  @Field(() => String, { nullable: true, description: 'クエリの sha256 (16進): この hash の信頼済みドキュメントとして実行される' })
  documentHash!: string | null;

  /** The stored columns (path, heading, format); the field `columns` adds each one's value type (saved-report.resolver.ts). */
  columns!: ReportColumn[];
  @Field(() => BuiltInReport, { nullable: true, description: '組み込みレポート (画面で開く)。保存したクエリなら null' })
  builtIn!: BuiltInReport | null;

  @Field(() => Date) updatedAt!: Date;
}

export const REPORT_COLUMNS = `r.id, r.folder_id, r.name, r.document_hash, d.document, r.columns, r.default_variables, r.variable_labels,
  r.paging_variable, r.built_in, r.created_by, r.updated_at, r.root_fields`;
export const REPORT_FROM = `saved_report r LEFT JOIN report_document d ON d.hash = r.document_hash`;

export function reportFromRow(row: Record<string, unknown>): SavedReport {
  return Object.assign(new SavedReport(), {
    dbId: row.id as number,
    id: toGlobalId('SavedReport', row.id as number),
    folderDbId: row.folder_id as number,
    name: row.name as string,
    document: (row.document as string | null) ?? null,
    documentHash: (row.document_hash as string | null) ?? null,
    columns: (row.columns as ReportColumn[]).map((c) => Object.assign(new ReportColumn(), { ...c, valueType: null })),
    defaultVariableValues: (row.default_variables as Record<string, unknown>) ?? {},
    variableLabels: (row.variable_labels as Record<string, string>) ?? {},
    pagingVariable: (row.paging_variable as string | null) ?? null,
    builtIn: (row.built_in as BuiltInReport | null) ?? null,
    createdByAccountId: (row.created_by as number | null) ?? null,
    rootFields: (row.root_fields as string[] | undefined) ?? [],
    updatedAt: row.updated_at as Date,
  });
}

export function reportIdOf(globalId: string, field = 'id'): number {
  const { type, localId } = fromGlobalId(globalId);
  if (type !== 'SavedReport')
    throw badUserInput('レポートのIDが正しくありません。', [{ field, message: 'レポートのIDが正しくありません。' }]);
  return rowIdOf(localId, field);
}

type Query = Pick<EntityManager, 'query'>;

/** The reports the viewer may run in each of `folderIds` (already known to be visible), in their order, then by name. */
export async function reportsInFolders(m: Query, viewer: Viewer, folderIds: readonly number[]): Promise<Map<number, SavedReport[]>> {
  const rows = await m.query(
    `SELECT ${REPORT_COLUMNS} FROM ${REPORT_FROM} WHERE r.folder_id = ANY($1::int[]) AND ${runnableReportSql('r', 2)}
     ORDER BY r.folder_id, r.sort_order, r.name, r.id`,
    [folderIds, runnableParameter(viewer)],
  );
  const byFolder = new Map<number, SavedReport[]>(folderIds.map((id) => [id, []]));
  for (const row of rows) {
    const list = byFolder.get(row.folder_id);
    if (list && list.length < MAX_FOLDER_REPORTS) list.push(reportFromRow(row));
  }
  return byFolder;
}

/**
 * Reports by id whose folder the viewer may see and whose query the viewer may run (others are
 * left out, as if missing); `unrunnable: true` keeps those the viewer may see but not run, for a
 * caller that refuses them with FORBIDDEN.
 */
export async function visibleReportsById(
  m: Query,
  viewer: Viewer,
  ids: readonly number[],
  options: { unrunnable?: boolean } = {},
): Promise<SavedReport[]> {
  const rows = await m.query(
    `SELECT ${REPORT_COLUMNS} FROM ${REPORT_FROM} JOIN report_folder f ON f.id = r.folder_id
     WHERE r.id = ANY($1::int[]) AND ${visibleFolderSql('f', 2)} AND ($5::boolean OR ${runnableReportSql('r', 6)})`,
    [ids, ...viewerParameters(viewer), options.unrunnable === true, runnableParameter(viewer)],
  );
  return rows.map(reportFromRow);
}
