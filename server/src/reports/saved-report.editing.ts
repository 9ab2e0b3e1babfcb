import { getVariableValues, type GraphQLSchema, Kind, type OperationDefinitionNode, parse } from 'graphql';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditAction, recordAudit } from '../audit/audit-log';
import type { Viewer } from '../auth/viewer';
import type { GraphQLLimits } from '../config';
import { badUserInput, DomainError, ErrorCode, forbidden, notFound } from '../graphql/errors';
import type { FieldProblem } from '../shared/field-problems';
import { isReportBuilder } from './report-access';
import { type AnalysedDocument, analyseDocument } from './report-document';
import { rootOperationsOf } from '../graphql/root-operations';
import { editableFolder, folderIdOf } from './report-folder';
import { checkedVariableLabels, type VariableLabelValue } from './report-variable-labels';
import {
  MAX_FOLDER_REPORTS,
  MAX_REPORT_COLUMNS,
  MAX_REPORT_VARIABLES,
  REPORT_COLUMNS,
  REPORT_FROM,
  ReportColumn,
  type ReportColumnFormat,
  reportFromRow,
  reportIdOf,
  type SavedReport,
} from './saved-report';

export interface ReportColumnValue {
  path: string;
  heading: string;
  format: ReportColumnFormat;
}

export interface SaveReportValues {
  id?: string | null;
  folderId: string;
  name: string;
  document: string;
  columns: ReportColumnValue[];
  defaultVariables?: unknown;
  /** Labels of the filter form's fields; variables left out show the label derived from their use. */
  variableLabels?: VariableLabelValue[] | null;
}

type Limits = Pick<GraphQLLimits, 'maxTokens' | 'maxDepth' | 'maxAliases' | 'maxDirectives' | 'maxCost'>;

/** A document that does not validate, or one that is not a query: BAD_USER_INPUT beside `document`; too costly: QUERY_TOO_COMPLEX. */
export function checkedDocument(schema: GraphQLSchema, limits: Limits, text: string, variables: Record<string, unknown>): AnalysedDocument {
  const analysis = analyseDocument(schema, text, { limits, variables, addPaging: true });
  if (analysis.ok) return analysis.value;
  const [first] = analysis.problems;
  const fieldErrors = analysis.problems.map(({ field, message }) => ({ field, message }));
  if (first.kind === 'TOO_COSTLY') {
    throw new DomainError(ErrorCode.QUERY_TOO_COMPLEX, first.message, {
      fieldErrors,
      cost: { requestedQueryCost: first.cost, maximumQueryCost: limits.maxCost },
    });
  }
  throw badUserInput(first.message, fieldErrors);
}

/** The report's default variables: an object naming only the query's variables (not the paging one), with values of their types. */
export function checkedVariables(
  schema: GraphQLSchema,
  text: string,
  analysed: Pick<AnalysedDocument, 'pagingVariable' | 'variables'>,
  given: unknown,
  field: string,
): Record<string, unknown> {
  if (given === undefined || given === null) return {};
  if (typeof given !== 'object' || Array.isArray(given)) {
    throw badUserInput('変数は JSON のオブジェクトで指定してください。', [{ field, message: 'JSON のオブジェクトで指定してください。' }]);
  }
  const values = given as Record<string, unknown>;
  const known = new Set(analysed.variables.map((v) => v.name));
  const unknown = Object.keys(values).filter((name) => !known.has(name));
  if (unknown.length) {
    throw badUserInput(`クエリにない変数です: ${unknown.join(', ')}`, [{ field, message: `クエリにない変数です: ${unknown.join(', ')}` }]);
  }
  const operation = parse(text).definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const definitions = (operation.variableDefinitions ?? []).filter(
    (d) => d.variable.name.value !== analysed.pagingVariable && d.variable.name.value in values,
  );
  const coerced = getVariableValues(schema, definitions, values, { maxErrors: 5 });
  if (coerced.errors) {
    const message = coerced.errors.map((e) => e.message).join(' ');
    throw badUserInput(`変数の値が正しくありません: ${message}`, [{ field, message: `値が正しくありません: ${message}` }]);
  }
  return values;
}

/** Columns name leaf fields of the query's result; each problem is reported beside its column (`columns.2.path`). */
export function checkedColumns(
  analysed: Pick<AnalysedDocument, 'leafPaths' | 'leafTypes'>,
  columns: readonly ReportColumnValue[],
): ReportColumn[] {
  const problems: FieldProblem[] = [];
  if (columns.length < 1 || columns.length > MAX_REPORT_COLUMNS) {
    problems.push({ field: 'columns', message: `列を1〜${MAX_REPORT_COLUMNS}個選んでください。` });
  }
  const checked = columns.slice(0, MAX_REPORT_COLUMNS).map((column, i) => {
    const path = column.path.trim();
    const heading = column.heading.normalize('NFKC').trim();
    if (!analysed.leafPaths.has(path)) {
      problems.push({ field: `columns.${i}.path`, message: `クエリの結果に ${path || '(空)'} という値はありません。` });
    }
    if (heading.length < 1 || heading.length > 100)
      problems.push({ field: `columns.${i}.heading`, message: '見出しを1〜100文字で入力してください。' });
    return Object.assign(new ReportColumn(), { path, heading, format: column.format, valueType: analysed.leafTypes.get(path) ?? null });
  });
  if (problems.length) throw badUserInput(problems[0].message, problems);
  return checked;
}

function checkedName(value: string): string {
  const name = value.normalize('NFKC').trim();
  if (name.length < 1 || name.length > 100)
    throw badUserInput('レポート名を1〜100文字で入力してください。', [{ field: 'name', message: '1〜100文字で入力してください。' }]);
  return name;
}

/** A report the viewer may change (its folder editable, not built in), locked for the transaction. */
async function editableReport(m: EntityManager, viewer: Viewer, id: number): Promise<SavedReport> {
  const [row] = await m.query(`SELECT ${REPORT_COLUMNS} FROM ${REPORT_FROM} WHERE r.id = $1 FOR UPDATE OF r`, [id]);
  if (!row) throw notFound('レポートが見つかりません。');
  const report = reportFromRow(row);
  try {
    await editableFolder(m, viewer, report.folderDbId);
  } catch (error) {
    // A report in a folder the viewer cannot see is answered exactly like a missing one.
    if (error instanceof DomainError && error.extensions.code === ErrorCode.NOT_FOUND) throw notFound('レポートが見つかりません。');
    throw error;
  }
  if (report.builtIn) throw forbidden('組み込みレポートは変更できません。');
  return report;
}

async function checkFolderRoom(m: EntityManager, folderId: number) {
  const [{ count }] = await m.query(`SELECT count(*)::int AS count FROM saved_report WHERE folder_id = $1`, [folderId]);
  if (count >= MAX_FOLDER_REPORTS) {
    throw badUserInput(`1つのフォルダに保存できるレポートは${MAX_FOLDER_REPORTS}までです。`, [
      { field: 'folderId', message: 'レポートが多すぎます。' },
    ]);
  }
}

/**
 * 保存: creates a report (no id) or replaces one, after checking its document against the schema
 * and the cost rules, its columns against the document's result and its default variables
 * against the document's variables. The document is stored once by its hash (the trusted
 * document the report runs as). One transaction, with its audit entry.
 */
export async function saveReport(
  db: DataSource,
  schema: GraphQLSchema,
  limits: Limits,
  viewer: Viewer,
  input: SaveReportValues,
  clientAddress?: string,
): Promise<SavedReport> {
  if (!isReportBuilder(viewer)) throw forbidden();
  const name = checkedName(input.name);
  const folderId = folderIdOf(input.folderId, 'folderId');
  const reportId = input.id ? reportIdOf(input.id) : null;
  // Priced with the defaults given (before they are checked against the variables the document declares).
  const given =
    input.defaultVariables && typeof input.defaultVariables === 'object' && !Array.isArray(input.defaultVariables)
      ? (input.defaultVariables as Record<string, unknown>)
      : {};
  const analysed = checkedDocument(schema, limits, input.document, given);
  const defaults = checkedVariables(schema, analysed.text, analysed, input.defaultVariables, 'defaultVariables');
  if (analysed.variables.length > MAX_REPORT_VARIABLES) {
    throw badUserInput(`変数は${MAX_REPORT_VARIABLES}個までです。`, [
      { field: 'document', message: `変数は${MAX_REPORT_VARIABLES}個までです。` },
    ]);
  }
  const columns = checkedColumns(analysed, input.columns);
  const labels = checkedVariableLabels(
    input.variableLabels,
    analysed.variables.map((v) => v.name),
  );
  return db.transaction(async (m) => {
    const existing = reportId === null ? null : await editableReport(m, viewer, reportId);
    await editableFolder(m, viewer, folderId, 'folderId');
    if (!existing || existing.folderDbId !== folderId) await checkFolderRoom(m, folderId);
    await m.query(`INSERT INTO report_document (hash, document) VALUES ($1, $2) ON CONFLICT (hash) DO NOTHING`, [
      analysed.hash,
      analysed.text,
    ]);
    const values = [
      folderId,
      name,
      analysed.hash,
      // The value type is read from the schema each time (it may change), never stored.
      JSON.stringify(columns.map(({ path, heading, format }) => ({ path, heading, format }))),
      JSON.stringify(defaults),
      analysed.pagingVariable,
      viewer.accountId,
      JSON.stringify(labels),
      rootOperationsOf(analysed.text),
    ];
    const [{ id }] = existing
      ? (
          await m.query(
            `UPDATE saved_report SET folder_id = $1, name = $2, document_hash = $3, columns = $4::jsonb, default_variables = $5::jsonb,
               paging_variable = $6, updated_by = $7, variable_labels = $8::jsonb, root_fields = $9::text[], updated_at = now() WHERE id = $10 RETURNING id`,
            [...values, existing.dbId],
          )
        )[0]
      : await m.query(
          `INSERT INTO saved_report (folder_id, name, document_hash, columns, default_variables, paging_variable, created_by, updated_by,
             variable_labels, root_fields)
           VALUES ($1, $2, $3, $4::jsonb, $5::jsonb, $6, $7, $7, $8::jsonb, $9::text[]) RETURNING id`,
          values,
        );
    await recordAudit(m, {
      action: AuditAction.REPORT_SAVED,
      actorAccountId: viewer.accountId,
      subject: `report:${id}`,
      clientAddress,
      details: { name, folderId, documentHash: analysed.hash, created: !existing },
    });
    const [row] = await m.query(`SELECT ${REPORT_COLUMNS} FROM ${REPORT_FROM} WHERE r.id = $1`, [id]);
    return reportFromRow(row);
  });
}

/** 移動: into another folder the viewer may edit (the report is then seen by that folder's sharing). One transaction, audited. */
export async function moveReport(
  db: DataSource,
  viewer: Viewer,
  id: string,
  toFolder: string,
  clientAddress?: string,
): Promise<SavedReport> {
  const reportId = reportIdOf(id);
  const folderId = folderIdOf(toFolder, 'folderId');
  return db.transaction(async (m) => {
    const report = await editableReport(m, viewer, reportId);
    await editableFolder(m, viewer, folderId, 'folderId');
    if (report.folderDbId !== folderId) {
      await checkFolderRoom(m, folderId);
      await m.query(`UPDATE saved_report SET folder_id = $2, updated_by = $3, updated_at = now() WHERE id = $1`, [
        reportId,
        folderId,
        viewer.accountId,
      ]);
      await recordAudit(m, {
        action: AuditAction.REPORT_MOVED,
        actorAccountId: viewer.accountId,
        subject: `report:${report.dbId}`,
        clientAddress,
        details: { name: report.name, fromFolderId: report.folderDbId, toFolderId: folderId },
      });
    }
    const [row] = await m.query(`SELECT ${REPORT_COLUMNS} FROM ${REPORT_FROM} WHERE r.id = $1`, [reportId]);
    return reportFromRow(row);
  });
}

/** Deletes a report (and its mail subscriptions); its document stays, as other reports may share it. Audited. */
export async function deleteReport(db: DataSource, viewer: Viewer, id: string, clientAddress?: string): Promise<string> {
  const reportId = reportIdOf(id);
  return db.transaction(async (m) => {
    const report = await editableReport(m, viewer, reportId);
    await m.query(`DELETE FROM saved_report WHERE id = $1`, [reportId]);
    await recordAudit(m, {
      action: AuditAction.REPORT_DELETED,
      actorAccountId: viewer.accountId,
      subject: `report:${report.dbId}`,
      clientAddress,
      details: { name: report.name, folderId: report.folderDbId, documentHash: report.documentHash },
    });
    return report.id;
  });
}
