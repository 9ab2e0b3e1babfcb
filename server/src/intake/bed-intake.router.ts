import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import busboy from 'busboy';
import express from 'express';
import type { DataSource } from 'typeorm';
import type { Viewer, ViewerResolver } from '../auth/viewer';
import { bedReadScope } from '../beds/bed-access';
import { DomainError, ErrorCode } from '../graphql/errors';
import { CSRF_HEADERS } from '../inquiries/attachment-upload';
import { csvRows, isZip, type SheetInfo, type SheetRow, xlsxRows } from './bed-intake.read';
import { IntakeFileError, type IntakeMode, type IntakeSummary, runBedIntake } from './bed-intake';

export const BED_INTAKE_PATH = '/api/intake/bed-reports';
/** An 8,000-row export is about 3 MB as CSV and 1 MB as .xlsx; a 20,000-row file fits well within this. */
export const BED_INTAKE_MAX_BYTES = 20 * 1024 * 1024;

export interface BedIntakeDependencies {
  db: DataSource;
  resolveViewer: ViewerResolver;
}

class Refused extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** The whole answer of one upload: the file as read, and the summary of its rows. */
export interface BedIntakeAnswer extends IntakeSummary {
  fileName: string;
  format: SheetInfo['format'];
  encoding: SheetInfo['encoding'];
}

/** The rows of an uploaded file, CSV or .xlsx told apart by its first bytes (an .xlsx is a zip). */
async function sheetRows(file: Readable, info: SheetInfo): Promise<AsyncIterable<SheetRow>> {
  const iterator = file[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  const first = await iterator.next();
  if (first.done || first.value.length === 0) throw new Refused(400, ErrorCode.BAD_USER_INPUT, 'ファイルが空です。');
  async function* all(): AsyncGenerator<Buffer> {
    yield first.value as Buffer;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
  }
  if (isZip(first.value)) {
    info.format = 'xlsx';
    return xlsxRows(Readable.from(all(), { objectMode: false }));
  }
  info.format = 'csv';
  return csvRows(all(), info);
}

/** What the readers throw for a file they cannot read, as a message for the person who uploaded it. */
function unreadable(error: unknown, info: SheetInfo): string | null {
  const e = error as { code?: unknown; message?: unknown; lines?: unknown };
  if (typeof e?.code === 'string' && e.code.startsWith('CSV_')) {
    return `CSV として読み取れません${typeof e.lines === 'number' ? `（${e.lines}行目付近）` : ''}。エクスポートしたファイルの形式で保存してください。`;
  }
  if (info.format === 'xlsx')
    return 'Excel ファイル (.xlsx) として読み取れません。Excel で「Excel ブック (*.xlsx)」として保存してください。';
  return null;
}

/**
 * POST /api/intake/bed-reports?mode=dry-run|apply — 一括取込 (bed-intake.ts): multipart/form-data with
 * one part "file", a CSV (UTF-8 or Shift-JIS) or an .xlsx in the bed report export's columns. The
 * file streams through the reader into the intake batch by batch (nothing holds the whole file).
 * `dry-run` answers what each row would change and every error; `apply` stores each changed row
 * (one transaction per row) and answers the same list with what was stored. For the prefecture and
 * the とりまとめ団体, within their prefecture (bed-access.ts, BED_BULK_INTAKE).
 */
export function createBedIntakeRouter(deps: BedIntakeDependencies): express.Router {
  const router = express.Router();
  const sendError = (res: express.Response, status: number, code: ErrorCode, message: string) =>
    res
      .status(status)
      .setHeader('Cache-Control', 'no-store')
      .json({ errors: [{ message, extensions: { code } }] });

  router.post(BED_INTAKE_PATH, async (req, res) => {
    if (!CSRF_HEADERS.some((name) => typeof req.headers[name] === 'string' && req.headers[name].length > 0)) {
      return sendError(res, 403, ErrorCode.FORBIDDEN, `アップロードには ${CSRF_HEADERS[0]} ヘッダーが必要です。`);
    }
    const viewer: Viewer = await deps.resolveViewer(req, deps.db);
    try {
      bedReadScope(viewer);
      if (viewer.role !== 'PREFECTURE' && viewer.role !== 'HEALTH_CENTER_AGGREGATOR') {
        return sendError(res, 403, ErrorCode.FORBIDDEN, '一括取込は都道府県・とりまとめ団体のアカウントで行います。');
      }
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      const code = error.extensions.code as ErrorCode;
      return sendError(res, code === ErrorCode.UNAUTHENTICATED ? 401 : 403, code, error.message);
    }
    const mode: IntakeMode | null = req.query.mode === 'apply' ? 'apply' : req.query.mode === 'dry-run' ? 'dry-run' : null;
    if (!mode) return sendError(res, 400, ErrorCode.BAD_USER_INPUT, 'mode は dry-run または apply で指定してください。');
    if (!req.is('multipart/form-data')) return sendError(res, 415, ErrorCode.BAD_USER_INPUT, 'multipart/form-data で送信してください。');
    const tooLarge = `ファイルは${BED_INTAKE_MAX_BYTES / 1024 / 1024}MB以内にしてください。`;
    // Refused before anything is read (or stored): a body far larger than the limit.
    const declared = Number(req.headers['content-length'] ?? NaN);
    if (Number.isFinite(declared) && declared > BED_INTAKE_MAX_BYTES + 64 * 1024) {
      res.setHeader('Connection', 'close');
      return sendError(res, 413, ErrorCode.BAD_USER_INPUT, tooLarge);
    }
    let parser: busboy.Busboy;
    try {
      parser = busboy({
        headers: req.headers,
        defParamCharset: 'utf8',
        limits: { files: 1, fileSize: BED_INTAKE_MAX_BYTES, fields: 0, parts: 2, headerPairs: 20 },
      });
    } catch {
      return sendError(res, 400, ErrorCode.BAD_USER_INPUT, 'multipart の形式が正しくありません。');
    }
    const info: SheetInfo = { format: 'csv', encoding: null };
    let fileName = '';
    let truncated = false;
    // Set by the parser's file handler (a holder, so the compiler sees it may have been set).
    const upload: { work: Promise<IntakeSummary> | null } = { work: null };
    parser.on('file', (field, file, fileInfo) => {
      if (field !== 'file' || upload.work) {
        file.resume();
        return;
      }
      fileName = fileInfo.filename ?? '';
      file.on('limit', () => {
        truncated = true;
      });
      const work = sheetRows(file, info)
        .then((rows) =>
          runBedIntake(deps.db, rows, { viewer, mode, onUnexpected: (error) => req.log.error({ err: error }, 'bed intake row failed') }),
        )
        .finally(() => file.resume()); // the rest of the request is drained so it can be answered
      work.catch(() => undefined); // answered below, once the body is consumed
      upload.work = work;
    });
    try {
      await pipeline(req, parser);
    } catch (error) {
      req.log.info({ err: error }, 'bed intake: malformed request');
      if (!upload.work) return sendError(res, 400, ErrorCode.BAD_USER_INPUT, 'multipart の形式が正しくありません。');
    }
    if (!upload.work) return sendError(res, 400, ErrorCode.BAD_USER_INPUT, 'ファイルを選択してください。');
    let summary: IntakeSummary;
    try {
      summary = await upload.work;
    } catch (error) {
      if (error instanceof Refused) return sendError(res, error.status, error.code, error.message);
      if (error instanceof IntakeFileError) return sendError(res, 400, ErrorCode.BAD_USER_INPUT, error.message);
      const message = unreadable(error, info);
      if (message) return sendError(res, 400, ErrorCode.BAD_USER_INPUT, message);
      throw error;
    }
    if (truncated) {
      // Only the part before the limit was read (and, when applying, stored): say so rather than answer as if complete.
      return sendError(res, 413, ErrorCode.BAD_USER_INPUT, `${tooLarge}（途中までの${summary.rows}行を読み取りました）`);
    }
    req.log.info(
      { intake: 'bed-reports', mode, format: info.format, rows: summary.rows, changed: summary.changed, failed: summary.failed },
      'bed intake',
    );
    const answer: BedIntakeAnswer = { fileName, format: info.format, encoding: info.encoding, ...summary };
    res.status(200).setHeader('Cache-Control', 'no-store').json(answer);
  });
  return router;
}
