import { AuditAction, recordAudit } from '../audit/audit-log';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import express from 'express';
import type { Logger } from 'pino';
import type { DataSource, EntityManager } from 'typeorm';
import type { ViewerResolver } from '../app';
import type { Viewer } from '../auth/viewer';
import type { Config } from '../config';
import { DomainError, ErrorCode, badUserInput } from '../graphql/errors';
import { AcceptanceStatus } from './bed-categories';
import { scopedPrefecture } from './bed-access';
import { BedReportSortField, SortDirection } from './bed-snapshot.input';
import { type BedReportSearch, type BedReportSort, validateBedReportSearch } from './bed-report.search';
import crypto from 'node:crypto';
import type { BedReportRow } from './bed-report-row';
import { bedReportRowBatches, edxlHaveChunks, fhirBundleChunks } from './bed-report.standards';
import { bedReportCsvChunks, type CsvEncoding, type ExportProgress } from './bed-report.csv';
import type { ReferenceCatalog } from '../facilities/reference-catalog';

export const BED_REPORT_CSV_PATH = '/api/exports/bed-report.csv';
/** The same export, counted but not sent: browsers cannot read HTTP trailers, so the dashboard asks here. */
export const BED_REPORT_SUMMARY_PATH = '/api/exports/bed-report.summary';
/** Trailer sent after the last byte: how many characters were substituted (see sjis-encoding.ts). */
export const SUBSTITUTION_TRAILER = 'X-Substitution-Count';
export const ROW_COUNT_TRAILER = 'X-Row-Count';
/** The same filtered report in standard exchange formats (bed-report.standards.ts). */
export const BED_REPORT_EDXL_HAVE_PATH = '/api/exports/bed-report.edxl-have.xml';
export const BED_REPORT_FHIR_PATH = '/api/exports/bed-report.fhir.json';

const HTTP_STATUS: Partial<Record<ErrorCode, number>> = {
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
};

interface ExportRequest {
  filter: BedReportSearch;
  sort: BedReportSort;
  encoding: CsvEncoding;
  plainCodes: boolean;
}

const single = (value: unknown): string | undefined => (typeof value === 'string' ? value : Array.isArray(value) && typeof value[0] === 'string' ? value[0] : undefined);
const list = (value: unknown): string[] =>
  (Array.isArray(value) ? value : value === undefined ? [] : [value]).flatMap((v) => (typeof v === 'string' ? v.split(',') : [])).filter(Boolean);

/** The query string → the same filter the GraphQL report takes (same names), checked the same way. */
export function parseExportQuery(query: Record<string, unknown>): ExportRequest {
  const problems: { field: string; message: string }[] = [];
  const statuses = (field: string) => {
    const values = list(query[field]);
    const unknown = values.filter((v) => !(v in AcceptanceStatus));
    if (unknown.length) problems.push({ field, message: `受入状況は ${Object.keys(AcceptanceStatus).join(', ')} で指定してください。` });
    return values.length ? (values as AcceptanceStatus[]) : null;
  };
  const encoding = single(query.encoding) ?? 'sjis';
  if (encoding !== 'sjis' && encoding !== 'utf8') problems.push({ field: 'encoding', message: '文字コードは sjis または utf8 で指定してください。' });
  const view = single(query.view) ?? 'details';
  if (view !== 'details') problems.push({ field: 'view', message: 'エクスポートビューは「詳細のみ」(details) のみ指定できます。' });
  const orderBy = single(query.orderBy) ?? BedReportSortField.FACILITY_CODE;
  if (!(orderBy in BedReportSortField)) problems.push({ field: 'orderBy', message: `並び順は ${Object.keys(BedReportSortField).join(', ')} で指定してください。` });
  const direction = single(query.direction) ?? SortDirection.ASC;
  if (!(direction in SortDirection)) problems.push({ field: 'direction', message: '並び順の方向は ASC または DESC で指定してください。' });
  const staleOnly = single(query.staleOnly);
  if (staleOnly !== undefined && staleOnly !== 'true' && staleOnly !== 'false') problems.push({ field: 'staleOnly', message: 'true または false で指定してください。' });
  const codes = single(query.codes) ?? 'excel';
  if (codes !== 'excel' && codes !== 'plain') problems.push({ field: 'codes', message: 'codes は excel または plain で指定してください。' });
  const filter: BedReportSearch = {
    prefectureCode: single(query.prefectureCode) || null,
    secondaryMedicalAreaCode: single(query.secondaryMedicalAreaCode) || null,
    name: single(query.name) || null,
    search: single(query.search) || null,
    outpatientAcceptance: statuses('outpatientAcceptance'),
    inpatientAcceptance: statuses('inpatientAcceptance'),
    emergencyAcceptance: statuses('emergencyAcceptance'),
    staleOnly: staleOnly === 'true',
  };
  if (problems.length) throw badUserInput('エクスポートの条件が正しくありません。', problems);
  return { filter, sort: { field: orderBy as BedReportSortField, direction: direction as SortDirection }, encoding: encoding as CsvEncoding, plainCodes: codes === 'plain' };
}

/** RFC 6266 / RFC 5987: an ASCII fallback name and the real (Japanese) name percent-encoded as UTF-8. */
export function contentDisposition(fileName: string, asciiFallback: string): string {
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${asciiFallback}"; filename*=UTF-8''${encoded}`;
}

function exportFileNames(now: Date): { fileName: string; ascii: string } {
  const jst = new Date(now.getTime() + 9 * 3600_000).toISOString();
  const stamp = `${jst.slice(0, 10).replace(/-/g, '')}-${jst.slice(11, 16).replace(':', '')}`;
  return { fileName: `地域病床見える化_${stamp}.csv`, ascii: `bed-report_${stamp}.csv` };
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

  /** Viewer, access rule and filter, all checked before any byte is sent (once streaming, an error can only cut the download). */
  const prepare = async (req: express.Request, res: express.Response): Promise<(ExportRequest & { filter: BedReportSearch; viewer: Viewer }) | null> => {
    const viewer = await deps.resolveViewer(req, deps.db);
    try {
      const request = parseExportQuery(req.query as Record<string, unknown>);
      const { scope, prefectureCode } = scopedPrefecture(viewer, request.filter.prefectureCode);
      const filter = { ...request.filter, prefectureCode, facilityId: scope.facilityId };
      validateBedReportSearch(filter);
      return { ...request, filter, viewer };
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      const code = error.extensions.code as ErrorCode;
      // The same body shape as the app's other HTTP errors (and GraphQL's): errors[].extensions.code.
      res.status(HTTP_STATUS[code] ?? 400).json({ errors: [{ message: error.message, extensions: { code, fieldErrors: error.extensions.fieldErrors } }] });
      return null;
    }
  };
  /** Every export reads one consistent picture of the report, and writes nothing. */
  const inReadOnlySnapshot = (read: (m: EntityManager) => Promise<void>) =>
    deps.db.transaction('REPEATABLE READ', async (m) => {
      await m.query('SET TRANSACTION READ ONLY');
      await read(m);
    });
  const csvArguments = (request: ExportRequest, staleBefore: Date) => ({
    filter: request.filter,
    sort: request.sort,
    staleBefore,
    encoding: request.encoding,
    reference: deps.reference,
    plainCodes: request.plainCodes,
  });
  const staleBeforeAt = (now: Date) => new Date(now.getTime() - deps.config.bedReportStaleHours * 3600_000);

  // Exports in progress in this process; each holds a pooled connection until its client has the
  // last byte, so beyond the limit a request is turned away (429) rather than queued on the pool.
  let running = 0;
  const tryStart = (res: express.Response): boolean => {
    if (running >= deps.config.exportConcurrency) {
      res.setHeader('Retry-After', '10');
      res.status(429).json({
        errors: [{ message: 'エクスポートが混み合っています。しばらくしてからもう一度お試しください。', extensions: { code: ErrorCode.TOO_MANY_REQUESTS } }],
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
      for await (const _chunk of bedReportCsvChunks(m, csvArguments(request, staleBeforeAt(new Date())), progress)) {
        // counted, not kept
      }
    });
    res.setHeader('Cache-Control', 'no-store');
    res.json({ rows: progress.rows, bytes: progress.bytes, substitutions: progress.substitutions, encoding: request.encoding });
  });

  router.get(BED_REPORT_CSV_PATH, async (req, res) => {
    const request = await prepare(req, res);
    if (!request || !tryStart(res)) return;
    const { filter } = request;
    // Audited before the first byte: a download that is cut off was still an export.
    await recordAudit(deps.db, {
      action: AuditAction.EXPORTED,
      actorAccountId: request.viewer.accountId ?? null,
      subject: 'bed-report.csv',
      details: { filter, encoding: request.encoding },
    });
    const now = new Date();
    const staleBefore = staleBeforeAt(now);
    const { fileName, ascii } = exportFileNames(now);
    const progress: ExportProgress = { rows: 0, bytes: 0, substitutions: 0 };

    res.status(200);
    res.setHeader('Content-Type', `text/csv; charset=${request.encoding === 'sjis' ? 'Shift_JIS' : 'utf-8'}`);
    res.setHeader('Content-Disposition', contentDisposition(fileName, ascii));
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Trailer', `${SUBSTITUTION_TRAILER}, ${ROW_COUNT_TRAILER}`);

    try {
      await inReadOnlySnapshot(async (m) => {
        const chunks = bedReportCsvChunks(m, csvArguments(request, staleBefore), progress);
        async function* withTrailers() {
          yield* chunks;
          res.addTrailers({ [SUBSTITUTION_TRAILER]: String(progress.substitutions), [ROW_COUNT_TRAILER]: String(progress.rows) });
        }
        await streamToClient(withTrailers(), res);
      });
      req.log.info({ export: 'bed-report.csv', ...progress, encoding: request.encoding }, 'bed report exported');
    } catch (error) {
      // Headers are gone: the response is cut off (no final chunk), so the client sees a failed
      // download rather than a file that looks complete.
      req.log.warn({ err: error, export: 'bed-report.csv', ...progress }, 'bed report export aborted');
      res.destroy();
    }
  });
  /** EDXL-HAVE and FHIR: the same preparation, limits and streaming as the CSV, in UTF-8. */
  const standardExport = (path: string, kind: string, contentType: string, chunks: (batches: AsyncIterable<BedReportRow[]>, req: express.Request, now: Date) => AsyncIterable<string>) =>
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
          const batches = bedReportRowBatches(m, { filter: request.filter, sort: request.sort, staleBefore: staleBeforeAt(now) });
          await streamToClient(chunks(batches, req, now), res);
        });
        req.log.info({ export: kind }, 'bed report exported');
      } catch (error) {
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
