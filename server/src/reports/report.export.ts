import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { create as contentDisposition } from 'content-disposition';
import express from 'express';
import { AuditAction, recordAudit } from '../audit/audit-log';
import type { RouteDependencies } from '../domain';
import { DomainError, ErrorCode } from '../graphql/errors';
import type { FieldProblem } from '../shared/field-problems';
import {
  allReportPages,
  type CsvProgress,
  type ReportEncoding,
  reportColumns,
  reportCsvChunks,
  reportJsonChunks,
  type ReportPage,
  type RunAs,
} from './report-run';
import { reportIdOf, visibleReportsById } from './saved-report';

/** GET /api/exports/reports/<report id>.csv?encoding=sjis|utf8&variables=<JSON> and …/<report id>.json?variables=<JSON>. */
export const REPORT_EXPORT_PATH = '/api/exports/reports/:file';

const HTTP_STATUS: Partial<Record<string, number>> = {
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.QUERY_TOO_COMPLEX]: 400,
  [ErrorCode.BROKEN_DOCUMENT]: 422,
  [ErrorCode.TOO_MANY_REQUESTS]: 429,
};

/** The report's name as a file name (characters Windows refuses in names replaced). */
function fileNames(name: string, id: number, extension: string, now: Date): { fileName: string; ascii: string } {
  const jst = new Date(now.getTime() + 9 * 3600_000).toISOString();
  const stamp = `${jst.slice(0, 10).replace(/-/g, '')}-${jst.slice(11, 16).replace(':', '')}`;
  // eslint-disable-next-line no-control-regex -- control characters are refused in file names too
  const safe = name.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_');
  return { fileName: `${safe}_${stamp}.${extension}`, ascii: `report-${id}_${stamp}.${extension}` };
}

/**
 * A saved report as CSV (the service's one CSV writer; Shift-JIS (CP932) by default like the bed
 * export, UTF-8 with BOM on request) or JSON, with the report's headings, streamed page by page
 * through the result's connection: no row cap, one page in memory. The same sign-in as /graphql,
 * and the report runs with the permissions of whoever downloads it (report-run.ts). Every error
 * before the first byte is typed like GraphQL's (a broken report: 422 BROKEN_DOCUMENT with the
 * reason); the export is audited before the first byte.
 */
export function createReportExportRouter(deps: RouteDependencies): express.Router {
  const router = express.Router();
  let running = 0;

  const sendError = (res: express.Response, code: string, message: string, fieldErrors?: FieldProblem[]) =>
    res.status(HTTP_STATUS[code] ?? 400).json({ errors: [{ message, extensions: { code, fieldErrors } }] });

  router.get(REPORT_EXPORT_PATH, async (req, res) => {
    const match = /^(.+)\.(csv|json)$/.exec(req.params.file);
    if (!match) return sendError(res, ErrorCode.NOT_FOUND, 'エクスポートが見つかりません。');
    const [, id, kind] = match;
    const viewer = await deps.resolveViewer(req, deps.db);
    if (viewer.accountId === null) return sendError(res, ErrorCode.UNAUTHENTICATED, 'ログインしてください。');
    const encodingParam = typeof req.query.encoding === 'string' ? req.query.encoding : 'sjis';
    if (encodingParam !== 'sjis' && encodingParam !== 'utf8') {
      return sendError(res, ErrorCode.BAD_USER_INPUT, '文字コードは sjis か utf8 です。', [
        { field: 'encoding', message: 'sjis か utf8 を指定してください。' },
      ]);
    }
    const encoding: ReportEncoding = encodingParam;
    let variables: unknown = null;
    if (typeof req.query.variables === 'string' && req.query.variables !== '') {
      try {
        variables = JSON.parse(req.query.variables);
      } catch {
        return sendError(res, ErrorCode.BAD_USER_INPUT, '変数は JSON で指定してください。', [
          { field: 'variables', message: 'JSON で指定してください。' },
        ]);
      }
    }
    if (running >= deps.config.exportConcurrency) {
      res.setHeader('Retry-After', '10');
      return sendError(res, ErrorCode.TOO_MANY_REQUESTS, 'エクスポートが混み合っています。しばらくしてからもう一度お試しください。');
    }
    running += 1;
    res.once('close', () => {
      running -= 1;
    });

    const as: RunAs = { operations: deps.operations, viewer, limits: deps.config.graphqlLimits, clientAddress: req.ip };
    let pages: AsyncGenerator<ReportPage>;
    let first: IteratorResult<ReportPage>;
    let report;
    try {
      const reportId = reportIdOf(id);
      [report] = await visibleReportsById(deps.db, viewer, [reportId]);
      if (!report) return sendError(res, ErrorCode.NOT_FOUND, 'レポートが見つかりません。');
      pages = allReportPages(as, report, variables);
      // The first page before any byte: a broken report or bad variables is a typed answer, not a cut download.
      first = await pages.next();
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      return sendError(res, String(error.extensions.code), error.message, error.extensions.fieldErrors as FieldProblem[] | undefined);
    }
    await recordAudit(deps.db, {
      action: AuditAction.REPORT_EXPORTED,
      actorAccountId: viewer.accountId,
      subject: `report:${report.dbId}`,
      clientAddress: req.ip,
      details: { name: report.name, format: kind, encoding: kind === 'csv' ? encoding : 'utf8', variables },
    });
    const rest = pages;
    const firstPage = first;
    async function* everyPage(): AsyncGenerator<ReportPage> {
      if (!firstPage.done) yield firstPage.value;
      yield* rest;
    }
    const now = new Date();
    const { fileName, ascii } = fileNames(report.name, report.dbId, kind, now);
    const progress: CsvProgress = { rows: 0, bytes: 0, substitutions: 0 };
    res.status(200);
    res.setHeader(
      'Content-Type',
      kind === 'json' ? 'application/json; charset=utf-8' : `text/csv; charset=${encoding === 'sjis' ? 'Shift_JIS' : 'utf-8'}`,
    );
    res.setHeader('Content-Disposition', contentDisposition(fileName, { fallback: ascii }));
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    const columns = reportColumns(deps.operations.schema, deps.config.graphqlLimits, report);
    const chunks =
      kind === 'json' ? reportJsonChunks(everyPage(), columns, progress) : reportCsvChunks(everyPage(), columns, encoding, progress);
    const source = Readable.from(chunks, { objectMode: true, highWaterMark: 1 });
    try {
      await pipeline(source, res);
      req.log.info({ export: `report:${report.dbId}`, kind, ...progress }, 'report exported');
    } catch (error) {
      // Headers are gone: the response is cut off, so the client sees a failed download rather than a file that looks complete.
      req.log.warn({ err: error, export: `report:${report.dbId}`, ...progress }, 'report export aborted');
      res.destroy();
    }
  });
  return router;
}
