import { AuditAction, recordAudit } from '../audit/audit-log';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import express from 'express';
import { create as contentDisposition } from 'content-disposition';
import type { Logger } from 'pino';
import type { DataSource, EntityManager } from 'typeorm';
import type { ViewerResolver } from '../auth/viewer';
import type { Viewer } from '../auth/viewer';
import type { Config } from '../config';
import { z } from 'zod';
import { DomainError, ErrorCode } from '../graphql/errors';
import { type Checked, type FieldProblem, fieldProblems } from '../shared/field-problems';
import { type BedReportQuery, type BedReportQueryInput, bedReportQueryFor } from './bed-report.query';
import { type ReportingFreshness, stalenessAt } from './bed-staleness';
import { bedReportRows } from './bed-report.search';
import crypto from 'node:crypto';
import type { BedReportRow } from './bed-report-row';
import { edxlHaveChunks, fhirBundleChunks } from './bed-report.standards';
import { writeBedReportXlsx } from './bed-report.xlsx';
import { bedReportCsvChunks, type CsvEncoding, type CsvView, EXPORT_BATCH_ROWS, type ExportProgress } from './bed-report.csv';
import type { ReferenceCatalog } from '../facilities/reference-catalog';
import { BedCategory } from './bed-snapshot.entity';

export const BED_REPORT_CSV_PATH = '/api/exports/bed-report.csv';
/** The same export, counted but not sent: browsers cannot read HTTP trailers, so the dashboard asks here. */
export const BED_REPORT_SUMMARY_PATH = '/api/exports/bed-report.summary';
/** Trailer sent after the last byte: how many characters were substituted (see sjis-encoding.ts). */
export const SUBSTITUTION_TRAILER = 'X-Substitution-Count';
export const ROW_COUNT_TRAILER = 'X-Row-Count';
/** The same filtered report in standard exchange formats (bed-report.standards.ts). */
export const BED_REPORT_EDXL_HAVE_PATH = '/api/exports/bed-report.edxl-have.xml';
export const BED_REPORT_FHIR_PATH = '/api/exports/bed-report.fhir.json';
/** The 「詳細のみ」 columns as an Excel workbook (bed-report.xlsx.ts): the layout 一括取込 reads back. */
export const BED_REPORT_XLSX_PATH = '/api/exports/bed-report.xlsx';
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const HTTP_STATUS: Partial<Record<ErrorCode, number>> = {
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
};

/** How an export is written (the rows themselves are the report's query). */
interface ExportOptions {
  encoding: CsvEncoding;
  plainCodes: boolean;
  view: CsvView;
}

/** An export request once checked: its options, the viewer and the query that viewer may run. */
interface ExportRequest extends ExportOptions {
  query: BedReportQuery;
  viewer: Viewer;
}

const single = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : Array.isArray(value) && typeof value[0] === 'string' ? value[0] : undefined;
const list = (value: unknown): string[] =>
  (Array.isArray(value) ? value : value === undefined ? [] : [value])
    .flatMap((v) => (typeof v === 'string' ? v.split(',') : []))
    .filter(Boolean);
/** 'true'/'false' as booleans; anything else is handed on as typed, for the validator to refuse. */
const flag = (value: string | undefined): boolean | string | undefined => (value === 'true' ? true : value === 'false' ? false : value);

/** Digits as a number; anything else is handed on as typed, for the validator to refuse. */
const count = (value: string | undefined): number | string | null =>
  value === undefined || value === '' ? null : /^\d{1,9}$/.test(value) ? Number(value) : value;
/**
 * minVacant=GENERAL:3,ICU_HCU:1 — the GraphQL BedCategory names, each with its minimum. A name
 * that is not one of the enum's own keys (an unknown or inherited one) is handed on as written.
 */
const minimums = (values: string[]): { category: unknown; atLeast: unknown }[] | null =>
  values.length
    ? values.map((value) => {
        const [name, atLeast] = value.split(':', 2);
        return {
          category: Object.hasOwn(BedCategory, name) ? BedCategory[name as keyof typeof BedCategory] : name,
          atLeast: count(atLeast) ?? atLeast,
        };
      })
    : null;

const optionsSchema = z.object({
  encoding: z.enum(['sjis', 'utf8'], { error: '文字コードは sjis または utf8 で指定してください。' }).default('sjis'),
  view: z
    .enum(['details', 'summary'], { error: 'エクスポートビューは「詳細のみ」(details) または「サマリー」(summary) で指定してください。' })
    .default('details'),
  codes: z.enum(['excel', 'plain'], { error: 'codes は excel または plain で指定してください。' }).default('excel'),
});

/**
 * The query string, read into the report's own query shape (the same names as the GraphQL
 * filter, lists comma-separated, orderBy and direction side by side) and the export's options.
 * Reading only: the report's one validator (bed-report.query.ts) judges the values.
 */
export function readExportQuery(query: Record<string, unknown>): { input: BedReportQueryInput; options: Checked<ExportOptions> } {
  const orderBy = single(query.orderBy);
  const direction = single(query.direction);
  const statuses = (name: string) => {
    const values = list(query[name]);
    return values.length ? values : null;
  };
  const filter: Required<NonNullable<BedReportQueryInput['filter']>> = {
    prefectureCode: single(query.prefectureCode) || null,
    secondaryMedicalAreaCode: single(query.secondaryMedicalAreaCode) || null,
    name: single(query.name) || null,
    search: single(query.search) || null,
    outpatientAcceptance: statuses('outpatientAcceptance'),
    inpatientAcceptance: statuses('inpatientAcceptance'),
    emergencyAcceptance: statuses('emergencyAcceptance'),
    staffing: statuses('staffing'),
    minVacantTotal: count(single(query.minVacantTotal)),
    minVacant: minimums(list(query.minVacant)),
    staleOnly: flag(single(query.staleOnly)),
  };
  const parsed = optionsSchema.safeParse({ encoding: single(query.encoding), view: single(query.view), codes: single(query.codes) });
  return {
    input: { filter, orderBy: orderBy === undefined && direction === undefined ? null : { field: orderBy ?? 'FACILITY_CODE', direction } },
    options: parsed.success
      ? { ok: true, value: { encoding: parsed.data.encoding, plainCodes: parsed.data.codes === 'plain', view: parsed.data.view } }
      : { ok: false, problems: fieldProblems(parsed.error.issues, (path) => String(path[0])) },
  };
}

function exportFileNames(now: Date, extension = 'csv'): { fileName: string; ascii: string } {
  const jst = new Date(now.getTime() + 9 * 3600_000).toISOString();
  const stamp = `${jst.slice(0, 10).replace(/-/g, '')}-${jst.slice(11, 16).replace(':', '')}`;
  return { fileName: `地域病床見える化_${stamp}.${extension}`, ascii: `bed-report_${stamp}.${extension}` };
}

/**
 * Streams generated chunks to the client, inside the caller's transaction. highWaterMark 1: at
 * most one encoded batch waits in memory for a slow client.
 *
 * When the client goes away, `pipeline` rejects at once, while the generator may still have a page
 * query in flight on the transaction's connection (measured: the source closes 3–30 ms later); the
 * transaction must not roll back and release that connection under it. So the source is awaited
 * until it has closed, i.e. until the generator has finished.
 */
async function streamToClient(chunks: AsyncIterable<unknown>, res: express.Response): Promise<void> {
  const source = Readable.from(chunks, { objectMode: true, highWaterMark: 1 });
  try {
    await pipeline(source, res);
  } finally {
    // 'close', not events.once: that rejects on the 'error' a destroyed source emits first.
    if (!source.closed) await new Promise((resolve) => source.once('close', resolve));
  }
}

export interface BedReportExportDependencies {
  db: DataSource;
  /** Prefecture and area names of the CSV columns (facilities/reference-catalog.ts). */
  reference: ReferenceCatalog;
  config: Config;
  log: Logger;
  resolveViewer: ViewerResolver;
  /** The reporting schedules' part of the 更新遅れ rule (bed-staleness.ts). */
  freshness: ReportingFreshness;
}

/**
 * GET /api/exports/bed-report.csv?prefectureCode=&secondaryMedicalAreaCode=&name=&search=
 *   &inpatientAcceptance=NORMAL,LIMITED&…&orderBy=&direction=&encoding=sjis|utf8&codes=excel|plain
 *
 * The same viewer resolver as GraphQL, the same access rule (bed-access.ts) and the same search
 * as the report; no row cap. Shift-JIS (CP932) by default, UTF-8 with BOM on request. The
 * number of substituted characters arrives as the X-Substitution-Count trailer (and in the log).
 */
export function createBedReportExportRouter(deps: BedReportExportDependencies): express.Router {
  const router = express.Router();

  const sendError = (res: express.Response, code: ErrorCode, message: string, fieldErrors?: FieldProblem[]) =>
    // The same body shape as the app's other HTTP errors (and GraphQL's): errors[].extensions.code.
    res.status(HTTP_STATUS[code] ?? 400).json({ errors: [{ message, extensions: { code, fieldErrors } }] });

  /**
   * Viewer, access rule and query, all checked once, before any byte is sent (once streaming, an
   * error can only cut the download); every batch then reads with the checked query.
   */
  const prepare = async (req: express.Request, res: express.Response): Promise<ExportRequest | null> => {
    const viewer = await deps.resolveViewer(req, deps.db);
    try {
      const { input, options } = readExportQuery(req.query);
      const query = bedReportQueryFor(viewer, input);
      if (!options.ok || !query.ok) {
        const problems = [...(options.ok ? [] : options.problems), ...(query.ok ? [] : query.problems)];
        sendError(res, ErrorCode.BAD_USER_INPUT, 'エクスポートの条件が正しくありません。', problems);
        return null;
      }
      return { ...options.value, query: query.value, viewer };
    } catch (error) {
      // The access rule's refusals (UNAUTHENTICATED, FORBIDDEN).
      if (!(error instanceof DomainError)) throw error;
      sendError(res, error.extensions.code as ErrorCode, error.message, error.extensions.fieldErrors as FieldProblem[] | undefined);
      return null;
    }
  };
  /** Every export reads one consistent picture of the report, and writes nothing. */
  const inReadOnlySnapshot = (read: (m: EntityManager) => Promise<void>) =>
    deps.db.transaction('REPEATABLE READ', async (m) => {
      await m.query('SET TRANSACTION READ ONLY');
      await read(m);
    });
  const stalenessOf = (m: EntityManager, now: Date) =>
    stalenessAt({ db: m, staleHours: deps.config.bedReportStaleHours, freshness: deps.freshness }, now);
  const csvArguments = async (m: EntityManager, request: ExportRequest, now: Date) => ({
    query: request.query,
    staleness: await stalenessOf(m, now),
    encoding: request.encoding,
    reference: deps.reference,
    plainCodes: request.plainCodes,
    view: request.view,
  });

  // Exports in progress in this process; each holds a pooled connection until its client has the
  // last byte, so beyond the limit a request is turned away (429) rather than queued on the pool.
  let running = 0;
  const tryStart = (res: express.Response): boolean => {
    if (running >= deps.config.exportConcurrency) {
      res.setHeader('Retry-After', '10');
      res.status(429).json({
        errors: [
          {
            message: 'エクスポートが混み合っています。しばらくしてからもう一度お試しください。',
            extensions: { code: ErrorCode.TOO_MANY_REQUESTS },
          },
        ],
      });
      return false;
    }
    running += 1;
    res.once('close', () => {
      running -= 1;
    });
    return true;
  };

  router.get(BED_REPORT_SUMMARY_PATH, async (req, res) => {
    const request = await prepare(req, res);
    if (!request || !tryStart(res)) return;
    const progress: ExportProgress = { rows: 0, bytes: 0, substitutions: 0 };
    await inReadOnlySnapshot(async (m) => {
      for await (const _chunk of bedReportCsvChunks(m, await csvArguments(m, request, new Date()), progress)) {
        // counted, not kept
      }
    });
    res.setHeader('Cache-Control', 'no-store');
    res.json({ rows: progress.rows, bytes: progress.bytes, substitutions: progress.substitutions, encoding: request.encoding });
  });

  router.get(BED_REPORT_CSV_PATH, async (req, res) => {
    const request = await prepare(req, res);
    if (!request || !tryStart(res)) return;
    const { filter } = request.query;
    // Audited before the first byte: a download that is cut off was still an export.
    await recordAudit(deps.db, {
      action: AuditAction.EXPORTED,
      actorAccountId: request.viewer.accountId ?? null,
      subject: 'bed-report.csv',
      details: { filter, encoding: request.encoding, view: request.view },
    });
    const now = new Date();
    const { fileName, ascii } = exportFileNames(now);
    const progress: ExportProgress = { rows: 0, bytes: 0, substitutions: 0 };

    res.status(200);
    res.setHeader('Content-Type', `text/csv; charset=${request.encoding === 'sjis' ? 'Shift_JIS' : 'utf-8'}`);
    // RFC 6266: the ASCII name for old clients, the Japanese name as an RFC 5987 filename* (UTF-8).
    res.setHeader('Content-Disposition', contentDisposition(fileName, { fallback: ascii }));
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Trailer', `${SUBSTITUTION_TRAILER}, ${ROW_COUNT_TRAILER}`);

    try {
      await inReadOnlySnapshot(async (m) => {
        const chunks = bedReportCsvChunks(m, await csvArguments(m, request, now), progress);
        async function* withTrailers() {
          yield* chunks;
          res.addTrailers({ [SUBSTITUTION_TRAILER]: String(progress.substitutions), [ROW_COUNT_TRAILER]: String(progress.rows) });
        }
        await streamToClient(withTrailers(), res);
      });
      req.log.info({ export: 'bed-report.csv', ...progress, encoding: request.encoding }, 'bed report exported');
    } catch (error) {
      // Nothing sent yet (the first read failed): the app's error handler answers (503 when the database is unavailable).
      if (!res.headersSent) throw error;
      // Headers are gone: the response is cut off (no final chunk), so the client sees a failed
      // download rather than a file that looks complete.
      req.log.warn({ err: error, export: 'bed-report.csv', ...progress }, 'bed report export aborted');
      res.destroy();
    }
  });
  router.get(BED_REPORT_XLSX_PATH, async (req, res) => {
    const request = await prepare(req, res);
    if (!request || !tryStart(res)) return;
    await recordAudit(deps.db, {
      action: AuditAction.EXPORTED,
      actorAccountId: request.viewer.accountId ?? null,
      subject: 'bed-report.xlsx',
      details: { filter: request.query.filter },
    });
    const now = new Date();
    const { fileName, ascii } = exportFileNames(now, 'xlsx');
    const progress: ExportProgress = { rows: 0, bytes: 0, substitutions: 0 };
    res.status(200);
    res.setHeader('Content-Type', XLSX_TYPE);
    res.setHeader('Content-Disposition', contentDisposition(fileName, { fallback: ascii }));
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    try {
      await inReadOnlySnapshot(async (m) =>
        writeBedReportXlsx(
          m,
          { query: request.query, staleness: await stalenessOf(m, now), reference: deps.reference, stream: res },
          progress,
        ),
      );
      req.log.info({ export: 'bed-report.xlsx', rows: progress.rows }, 'bed report exported');
    } catch (error) {
      if (!res.headersSent) throw error;
      req.log.warn({ err: error, export: 'bed-report.xlsx', rows: progress.rows }, 'bed report export aborted');
      res.destroy();
    }
  });
  /** EDXL-HAVE and FHIR: the same preparation, limits and streaming as the CSV, in UTF-8. */
  const standardExport = (
    path: string,
    kind: string,
    contentType: string,
    chunks: (batches: AsyncIterable<BedReportRow[]>, req: express.Request, now: Date) => AsyncIterable<string>,
  ) =>
    router.get(path, async (req, res) => {
      const request = await prepare(req, res);
      if (!request || !tryStart(res)) return;
      const now = new Date();
      res.status(200);
      res.setHeader('Content-Type', contentType);
      res.setHeader('Cache-Control', 'no-store');
      res.setHeader('X-Content-Type-Options', 'nosniff');
      try {
        await inReadOnlySnapshot(async (m) => {
          const batches = bedReportRows(m, request.query, { batchRows: EXPORT_BATCH_ROWS, staleness: await stalenessOf(m, now) });
          await streamToClient(chunks(batches, req, now), res);
        });
        req.log.info({ export: kind }, 'bed report exported');
      } catch (error) {
        if (!res.headersSent) throw error;
        req.log.warn({ err: error, export: kind }, 'bed report export aborted');
        res.destroy();
      }
    });
  standardExport(BED_REPORT_EDXL_HAVE_PATH, 'edxl-have', 'application/xml; charset=utf-8', (batches) => edxlHaveChunks(batches));
  standardExport(BED_REPORT_FHIR_PATH, 'fhir', 'application/fhir+json; charset=utf-8', (batches, req, now) =>
    fhirBundleChunks(batches, { now, baseUrl: `${req.protocol}://${req.get('host')}/fhir`, bundleId: crypto.randomUUID() }),
  );
  return router;
}
