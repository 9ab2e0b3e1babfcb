import type { FormattedExecutionResult, GraphQLSchema } from 'graphql';
import type { Viewer } from '../auth/viewer';
import { encodeCp932 } from '../beds/sjis-encoding';
import type { GraphQLLimits } from '../config';
import { badUserInput, DomainError, ErrorCode } from '../graphql/errors';
import type { OperationRunner } from '../graphql/operation-runner';
import { CsvWriter, type CsvColumn, type CsvValue, UTF8_BOM } from '../shared/csv.writer';
import { enumLabel, formatPercent, formatReportDate } from '../../../common/enum-labels';
import { type AnalysedDocument, type ReportVariableShape, storedDocumentAnalysis } from './report-document';
import { checkedColumns, checkedDocument, checkedVariables, type ReportColumnValue } from './saved-report.editing';
import { ReportColumn, ReportColumnFormat, ReportProblemCode, type SavedReport } from './saved-report';

/**
 * Running a report: its operation goes through /graphql's own Apollo server (OperationRunner) as
 * the RUNNER's viewer — a saved report by the hash of its trusted document, a preview by its
 * text — so the runner's access rules, masking, cost limit and budget apply, never the author's.
 * The rows are the list items of the result's connection (or first list); paging follows that
 * connection's cursor.
 */

type Limits = Pick<GraphQLLimits, 'maxTokens' | 'maxDepth' | 'maxAliases' | 'maxDirectives' | 'maxCost'>;
export type Cell = string | number | boolean | null;

export interface ReportPage {
  columns: ReportColumn[];
  rows: Cell[][];
  hasNextPage: boolean;
  endCursor: string | null;
}

export interface RunAs {
  operations: OperationRunner;
  viewer: Viewer;
  limits: Limits;
  clientAddress?: string;
}

/** Why a saved report cannot run now, in the reader's words; null when it can. */
export function reportProblem(
  schema: GraphQLSchema,
  limits: Limits,
  report: SavedReport,
): { code: ReportProblemCode; message: string } | null {
  if (report.document === null) return null;
  const analysis = storedDocumentAnalysis(schema, report.document, limits, report.defaultVariableValues);
  if (analysis.ok) return null;
  const [problem] = analysis.problems;
  if (problem.kind === 'TOO_COSTLY') return { code: ReportProblemCode.TOO_COSTLY, message: `コストの上限の変更により、${problem.message}` };
  return { code: ReportProblemCode.SCHEMA_CHANGED, message: `スキーマ変更により${problem.message}` };
}

function brokenReport(message: string): DomainError {
  return new DomainError(ErrorCode.BROKEN_DOCUMENT, `このレポートは実行できません: ${message}`);
}

/** The stored document read for running, or BROKEN_DOCUMENT with the reason. */
export function runnableDocument(schema: GraphQLSchema, limits: Limits, report: SavedReport): AnalysedDocument {
  if (report.builtIn || report.document === null) {
    throw badUserInput('組み込みレポートは画面で開きます。', [{ field: 'id', message: '組み込みレポートは画面で開きます。' }]);
  }
  const problem = reportProblem(schema, limits, report);
  if (problem) throw brokenReport(problem.message);
  const analysis = storedDocumentAnalysis(schema, report.document, limits, report.defaultVariableValues);
  if (!analysis.ok) throw brokenReport(analysis.problems[0].message);
  return analysis.value;
}

/** The columns with the GraphQL type of each one's value as the document reads it now (null: not in its result). */
export function typedColumns(columns: readonly ReportColumn[], document: Pick<AnalysedDocument, 'leafTypes'> | null): ReportColumn[] {
  return columns.map((c) =>
    Object.assign(new ReportColumn(), {
      path: c.path,
      heading: c.heading,
      format: c.format,
      valueType: document?.leafTypes.get(c.path) ?? null,
    }),
  );
}

/** A saved report's columns, typed by its stored document against the current schema (a broken or built-in report: untyped). */
export function reportColumns(schema: GraphQLSchema, limits: Limits, report: SavedReport): ReportColumn[] {
  if (report.document === null) return typedColumns(report.columns, null);
  const analysis = storedDocumentAnalysis(schema, report.document, limits, report.defaultVariableValues);
  return typedColumns(report.columns, analysis.ok ? analysis.value : null);
}

/** Every item at `keys` below `value`, lists entered (and flattened) wherever they are met. */
function collect(value: unknown, keys: readonly string[]): unknown[] {
  if (Array.isArray(value)) return value.flatMap((item) => collect(item, keys));
  if (keys.length === 0) return [value];
  if (value === null || typeof value !== 'object') return [];
  return collect((value as Record<string, unknown>)[keys[0]], keys.slice(1));
}

const JST_OFFSET_MS = 9 * 3600_000;
const pad = (n: number) => String(n).padStart(2, '0');

function japanDateParts(text: string): { date: string; time: string } | null {
  if (!/^\d{4}-\d{2}-\d{2}T/.test(text)) return null;
  const at = new Date(text);
  if (Number.isNaN(at.getTime())) return null;
  const jst = new Date(at.getTime() + JST_OFFSET_MS);
  return {
    date: `${jst.getUTCFullYear()}-${pad(jst.getUTCMonth() + 1)}-${pad(jst.getUTCDate())}`,
    time: `${pad(jst.getUTCHours())}:${pad(jst.getUTCMinutes())}:${pad(jst.getUTCSeconds())}`,
  };
}

/** One value as its column's format says (dates in Japan time); several values (a list in the path) joined with 、. */
/** A leaf value as text: strings as they are, numbers and booleans as written, a JSON scalar's object as JSON. */
const asText = (value: unknown): string => (typeof value === 'string' ? value : (JSON.stringify(value) ?? ''));

export function cellOf(values: readonly unknown[], format: ReportColumnFormat): Cell {
  const present = values.filter((v) => v !== null && v !== undefined);
  if (present.length === 0) return null;
  if (present.length > 1) return present.map((v) => String(cellOf([v], format))).join('、');
  const [value] = present;
  switch (format) {
    case ReportColumnFormat.INTEGER:
    case ReportColumnFormat.DECIMAL:
    case ReportColumnFormat.PERCENT: {
      const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
      return Number.isFinite(n) ? n : asText(value);
    }
    case ReportColumnFormat.BOOLEAN:
      return typeof value === 'boolean' ? value : asText(value);
    case ReportColumnFormat.DATE: {
      const parts = typeof value === 'string' ? japanDateParts(value) : null;
      return parts ? parts.date : asText(value);
    }
    case ReportColumnFormat.DATE_TIME: {
      const parts = typeof value === 'string' ? japanDateParts(value) : null;
      return parts ? `${parts.date} ${parts.time}` : asText(value);
    }
    default:
      return typeof value === 'object' ? JSON.stringify(value) : (value as string | number | boolean);
  }
}

/** The rows of one result: an item of the row list each (or one row), a cell per column. */
export function rowsOf(
  data: unknown,
  document: Pick<AnalysedDocument, 'rowPath'>,
  columns: readonly Pick<ReportColumn, 'path' | 'format'>[],
): Cell[][] {
  const rowPath = document.rowPath;
  const prefix = rowPath ? `${rowPath.join('.')}.` : null;
  const items = rowPath ? collect(data, rowPath) : [data];
  return items.map((item) =>
    columns.map((column) => {
      const inRow = prefix !== null && column.path.startsWith(prefix);
      const values = inRow ? collect(item, column.path.slice(prefix.length).split('.')) : collect(data, column.path.split('.'));
      return cellOf(values, column.format);
    }),
  );
}

function pageInfoOf(data: unknown, document: Pick<AnalysedDocument, 'connectionPath'>): { hasNextPage: boolean; endCursor: string | null } {
  if (!document.connectionPath) return { hasNextPage: false, endCursor: null };
  const [info] = collect(data, [...document.connectionPath, 'pageInfo']) as ({ hasNextPage?: boolean; endCursor?: string | null } | null)[];
  return { hasNextPage: info?.hasNextPage === true, endCursor: info?.endCursor ?? null };
}

/** The first error of a run as the same typed error (a document the schema refuses: BROKEN_DOCUMENT). */
function failureOf(result: FormattedExecutionResult, saved: boolean): Error | null {
  const [first] = result.errors ?? [];
  if (!first) return null;
  const code = typeof first.extensions?.code === 'string' ? first.extensions.code : ErrorCode.INTERNAL_SERVER_ERROR;
  if (code === 'GRAPHQL_VALIDATION_FAILED' && saved) return brokenReport(`スキーマ変更により${first.message}`);
  if (code === ErrorCode.INTERNAL_SERVER_ERROR) return new Error(first.message);
  const { code: _code, ...extensions } = first.extensions ?? {};
  return new DomainError(
    (Object.values(ErrorCode) as string[]).includes(code) ? (code as ErrorCode) : ErrorCode.BAD_USER_INPUT,
    first.message,
    {
      ...extensions,
      ...(first.path ? { reportPath: first.path } : {}),
    },
  );
}

function withVariables(
  schema: GraphQLSchema,
  document: AnalysedDocument,
  defaults: Record<string, unknown>,
  given: unknown,
  after: string | null | undefined,
): Record<string, unknown> {
  const variables = { ...defaults, ...checkedVariables(schema, document.text, document, given, 'variables') };
  const missing = document.variables.filter((v) => v.required && (variables[v.name] === undefined || variables[v.name] === null));
  if (missing.length) {
    throw badUserInput(
      `必須の変数を入力してください: ${missing.map((v) => v.name).join(', ')}`,
      missing.map((v) => ({ field: `variables.${v.name}`, message: '入力してください。' })),
    );
  }
  if (after) {
    if (!document.pagingVariable)
      throw badUserInput('このレポートにページ送りはありません。', [{ field: 'after', message: 'ページ送りはありません。' }]);
    variables[document.pagingVariable] = after;
  }
  return variables;
}

/** One page of a saved report, run as `as.viewer`. */
export async function runSavedReportPage(
  as: RunAs,
  report: SavedReport,
  given: unknown,
  after: string | null | undefined,
): Promise<ReportPage & { variables: ReportVariableShape[] }> {
  const schema = as.operations.schema;
  const document = runnableDocument(schema, as.limits, report);
  const variables = withVariables(schema, document, report.defaultVariableValues, given, after);
  const result = await as.operations.run({
    viewer: as.viewer,
    documentHash: report.documentHash!,
    variables,
    clientAddress: as.clientAddress,
  });
  const failure = failureOf(result, true);
  if (failure) throw failure;
  return {
    columns: typedColumns(report.columns, document),
    rows: rowsOf(result.data, document, report.columns),
    ...pageInfoOf(result.data, document),
    variables: document.variables,
  };
}

/** The first page of a document not saved yet (the builder's プレビュー), checked as saving would check it. */
export async function previewPage(
  as: RunAs,
  text: string,
  given: unknown,
  columnValues: readonly ReportColumnValue[] | null | undefined,
): Promise<ReportPage & { document: AnalysedDocument }> {
  const schema = as.operations.schema;
  const givenObject = given && typeof given === 'object' && !Array.isArray(given) ? (given as Record<string, unknown>) : {};
  const document = checkedDocument(schema, as.limits, text, givenObject);
  const variables = withVariables(schema, document, {}, given, null);
  // Without chosen columns, every leaf of the result is a column (the column picker's choices).
  const columns = columnValues?.length
    ? checkedColumns(document, columnValues)
    : checkedColumns(
        document,
        [...document.leafPaths].slice(0, 100).map((path) => ({ path, heading: path, format: ReportColumnFormat.TEXT })),
      );
  const result = await as.operations.run({ viewer: as.viewer, document: document.text, variables, clientAddress: as.clientAddress });
  const failure = failureOf(result, false);
  if (failure) throw failure;
  return { columns, rows: rowsOf(result.data, document, columns), ...pageInfoOf(result.data, document), document };
}

/**
 * Every page of a saved report, page by page through its connection (no row cap): the export
 * and the mailed subscription read it this way, one page in memory at a time.
 */
export async function* allReportPages(
  as: RunAs,
  report: SavedReport,
  given: unknown,
  wait: (seconds: number) => Promise<void> = waitSeconds,
): AsyncGenerator<ReportPage> {
  let after: string | null = null;
  let waits = 0;
  for (;;) {
    let page: ReportPage;
    try {
      page = await runSavedReportPage(as, report, given, after);
      waits = 0;
    } catch (error) {
      // Past the first page the download has begun: a spent cost budget is waited out (it
      // restores by the second) rather than cutting the file short. Other failures cut it.
      const retryAfter = budgetWait(error);
      if (after === null || retryAfter === null || waits >= MAX_BUDGET_WAITS) throw error;
      waits += 1;
      await wait(retryAfter);
      continue;
    }
    yield page;
    if (!page.hasNextPage || !page.endCursor || page.endCursor === after) return;
    after = page.endCursor;
  }
}

/** The longest a long export waits for its budget between two pages, and how many times in a row. */
const MAX_BUDGET_WAIT_SECONDS = 60;
const MAX_BUDGET_WAITS = 10;

function budgetWait(error: unknown): number | null {
  if (!(error instanceof DomainError) || error.extensions.code !== ErrorCode.TOO_MANY_REQUESTS) return null;
  const seconds = Number(error.extensions.retryAfter);
  return Number.isFinite(seconds) && seconds > 0 && seconds <= MAX_BUDGET_WAIT_SECONDS ? seconds : null;
}

const waitSeconds = (seconds: number) => new Promise<void>((resolve) => setTimeout(resolve, seconds * 1000));

export type ReportEncoding = 'sjis' | 'utf8';

/**
 * One cell as the table shows it (client/src/pages/reports/report-columns.ts), so a person opening
 * the CSV in Excel reads what the screen said: a LABEL cell in the words of its column's enum
 * (common/enum-labels.ts; 期限前, not BEFORE_DUE), a PERCENT cell as 7.1% (not 0.071), a date as
 * 2026/12/02 00:30 (not 2026-12-02 00:30:00), a boolean as はい / いいえ. Several values (a list in
 * the path) were joined with 、 by cellOf; each is written so.
 * The API's own values stay in runReport's rows and the JSON export.
 */
function csvValue(cell: Cell, column: ReportColumn): CsvValue {
  if (typeof cell === 'boolean') return cell ? 'はい' : 'いいえ';
  if (column.format === ReportColumnFormat.PERCENT && typeof cell === 'number') return formatPercent(cell);
  if ((column.format === ReportColumnFormat.DATE || column.format === ReportColumnFormat.DATE_TIME) && typeof cell === 'string') {
    return formatReportDate(cell);
  }
  if (column.format === ReportColumnFormat.LABEL && typeof cell === 'string') {
    return cell
      .split('、')
      .map((value) => enumLabel(column.valueType, value) ?? value)
      .join('、');
  }
  return cell;
}

function csvColumns(columns: readonly ReportColumn[]): CsvColumn<Cell[]>[] {
  return columns.map((column, i) => ({
    header: column.heading,
    // Text columns keep the leading zeros of codes (都道府県 "01", 医療機関コード) as the bed export does.
    kind:
      column.format === ReportColumnFormat.INTEGER || column.format === ReportColumnFormat.DECIMAL
        ? 'number'
        : column.format === ReportColumnFormat.TEXT
          ? 'code'
          : 'text',
    value: (row: Cell[]) => csvValue(row[i], column),
  }));
}

export interface CsvProgress {
  rows: number;
  bytes: number;
  substitutions: number;
}

/** The report as CSV through the service's one CSV writer, encoded chunk by chunk (CP932 by default, or UTF-8 with BOM). */
export async function* reportCsvChunks(
  pages: AsyncIterable<ReportPage>,
  columns: readonly ReportColumn[],
  encoding: ReportEncoding,
  progress: CsvProgress,
): AsyncGenerator<Buffer> {
  const writer = new CsvWriter(csvColumns(columns), undefined);
  const encode = (text: string): Buffer => {
    if (encoding === 'utf8') return Buffer.from(text, 'utf8');
    const encoded = encodeCp932(text);
    progress.substitutions += encoded.substitutions;
    return Buffer.from(encoded.bytes);
  };
  const first = encode((encoding === 'utf8' ? UTF8_BOM : '') + writer.header());
  progress.bytes += first.length;
  yield first;
  for await (const page of pages) {
    // In slices, so that encoding never holds the event loop for long.
    for (let i = 0; i < page.rows.length; i += 200) {
      const slice = page.rows.slice(i, i + 200);
      const chunk = encode(writer.rows(slice));
      progress.rows += slice.length;
      progress.bytes += chunk.length;
      if (chunk.length) yield chunk;
    }
  }
}

/** The report as JSON: `{ "columns": [...], "rows": [[...], ...] }`, written page by page. */
export async function* reportJsonChunks(
  pages: AsyncIterable<ReportPage>,
  columns: readonly ReportColumn[],
  progress: CsvProgress,
): AsyncGenerator<Buffer> {
  const head = Buffer.from(
    `{"columns":${JSON.stringify(columns.map(({ path, heading, format, valueType }) => ({ path, heading, format, valueType })))},"rows":[`,
    'utf8',
  );
  progress.bytes += head.length;
  yield head;
  let first = true;
  for await (const page of pages) {
    if (!page.rows.length) continue;
    const text = (first ? '' : ',') + page.rows.map((row) => JSON.stringify(row)).join(',');
    first = false;
    const chunk = Buffer.from(text, 'utf8');
    progress.rows += page.rows.length;
    progress.bytes += chunk.length;
    yield chunk;
  }
  const tail = Buffer.from(']}', 'utf8');
  progress.bytes += tail.length;
  yield tail;
}
