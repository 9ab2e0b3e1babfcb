import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import busboy from 'busboy';
import { create as contentDisposition } from 'content-disposition';
import express from 'express';
import type { DataSource } from 'typeorm';
import type { Viewer, ViewerResolver } from '../auth/viewer';
import { bedReadScope } from '../beds/bed-access';
import { DomainError, ErrorCode } from '../graphql/errors';
import { CSRF_HEADERS } from '../inquiries/attachment-upload';
import { IntakeFileError, type IntakeMode } from './bed-intake';
import {
  applyUpload,
  type BedIntakeAnswer,
  checkUpload,
  claimCheckedUpload,
  discardUpload,
  IntakeUploadRefused,
  resultCsv,
  resultOwner,
  type StoredUpload,
  storeUpload,
} from './bed-intake.upload';

export type { BedIntakeAnswer } from './bed-intake.upload';

export const BED_INTAKE_PATH = '/api/intake/bed-reports';
/** An 8,000-row export is about 3 MB as CSV and 1 MB as .xlsx; a 20,000-row file fits well within this. */
export const BED_INTAKE_MAX_BYTES = 20 * 1024 * 1024;

export interface BedIntakeDependencies {
  db: DataSource;
  resolveViewer: ViewerResolver;
  now?: () => Date;
}

/**
 * POST /api/intake/bed-reports?mode=dry-run|apply — 一括取込 (bed-intake.ts, bed-intake.upload.ts):
 * multipart/form-data with one part "file", a CSV (UTF-8 or Shift-JIS) or an .xlsx in the bed report
 * export's columns. The file is stored as it arrives, then read from there batch by batch (nothing
 * holds the whole file). `dry-run` answers what each row would change and every error, and an
 * `intakeId`; `apply` stores each changed row (one transaction per row) and answers what was stored.
 *
 * POST /api/intake/bed-reports?mode=apply&intakeId=… (no body) — 取込実行 of a checked file: applies
 * the file of that dry run, without sending it again (the same account, within its expiresAt, once).
 *
 * GET /api/intake/bed-reports/{intakeId}/result.csv — every changed or failed row of that upload
 * (the answers list only the first INTAKE_LISTED_ROWS of each).
 *
 * For the prefecture and the とりまとめ団体, within their prefecture (bed-access.ts, BED_BULK_INTAKE).
 */
export function createBedIntakeRouter(deps: BedIntakeDependencies): express.Router {
  const router = express.Router();
  const sendError = (res: express.Response, status: number, code: ErrorCode, message: string, extra: Record<string, unknown> = {}) =>
    res
      .status(status)
      .setHeader('Cache-Control', 'no-store')
      .json({ errors: [{ message, extensions: { code, ...extra } }] });
  const uploads = (req: express.Request) => ({
    db: deps.db,
    now: deps.now,
    onUnexpected: (error: unknown) => req.log.error({ err: error }, 'bed intake row failed'),
  });

  /** The signed-in prefecture or とりまとめ団体, or null when the answer has been sent. */
  const intakeViewer = async (req: express.Request, res: express.Response): Promise<Viewer | null> => {
    const viewer: Viewer = await deps.resolveViewer(req, deps.db);
    try {
      bedReadScope(viewer);
      if (viewer.role !== 'PREFECTURE' && viewer.role !== 'HEALTH_CENTER_AGGREGATOR') {
        sendError(res, 403, ErrorCode.FORBIDDEN, '一括取込は都道府県・とりまとめ団体のアカウントで行います。');
        return null;
      }
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      const code = error.extensions.code as ErrorCode;
      sendError(res, code === ErrorCode.UNAUTHENTICATED ? 401 : 403, code, error.message);
      return null;
    }
    return viewer;
  };

  /** Answers a refusal of the file or of the upload id; rethrows anything else (the app's error handler answers). */
  const refuse = (res: express.Response, error: unknown) => {
    if (error instanceof IntakeUploadRefused) return sendError(res, error.status, error.code, error.message, { reason: error.reason });
    if (error instanceof IntakeFileError) return sendError(res, 400, ErrorCode.BAD_USER_INPUT, error.message);
    throw error;
  };

  router.post(BED_INTAKE_PATH, async (req, res) => {
    if (!CSRF_HEADERS.some((name) => typeof req.headers[name] === 'string' && req.headers[name].length > 0)) {
      return sendError(res, 403, ErrorCode.FORBIDDEN, `アップロードには ${CSRF_HEADERS[0]} ヘッダーが必要です。`);
    }
    const viewer = await intakeViewer(req, res);
    if (!viewer) return;
    const mode: IntakeMode | null = req.query.mode === 'apply' ? 'apply' : req.query.mode === 'dry-run' ? 'dry-run' : null;
    if (!mode) return sendError(res, 400, ErrorCode.BAD_USER_INPUT, 'mode は dry-run または apply で指定してください。');
    const intakeId = typeof req.query.intakeId === 'string' ? req.query.intakeId : null;

    let answer: BedIntakeAnswer;
    if (intakeId !== null) {
      // 取込実行 of a checked file: nothing to read from the request.
      if (mode !== 'apply') return sendError(res, 400, ErrorCode.BAD_USER_INPUT, 'intakeId は mode=apply と一緒に指定してください。');
      req.resume();
      try {
        const upload = await claimCheckedUpload(uploads(req), viewer, intakeId);
        answer = await applyUpload(uploads(req), upload, viewer, { reportedAfter: upload.receivedAt, clientAddress: req.ip });
      } catch (error) {
        return refuse(res, error);
      }
    } else {
      const received = await receive(req, res, viewer, mode);
      if (!received) return;
      try {
        answer =
          mode === 'dry-run'
            ? await checkUpload(uploads(req), received, viewer)
            : await applyUpload(uploads(req), received, viewer, { reportedAfter: null, clientAddress: req.ip });
      } catch (error) {
        return refuse(res, error);
      }
    }
    req.log.info(
      {
        intake: 'bed-reports',
        intakeId: answer.intakeId,
        mode,
        format: answer.format,
        rows: answer.rows,
        changed: answer.changed,
        failed: answer.failed,
      },
      'bed intake',
    );
    res.status(200).setHeader('Cache-Control', 'no-store').json(answer);
  });

  /** Reads the multipart body and stores its file part; null when an error has been answered. */
  async function receive(req: express.Request, res: express.Response, viewer: Viewer, mode: IntakeMode): Promise<StoredUpload | null> {
    if (!req.is('multipart/form-data')) {
      sendError(res, 415, ErrorCode.BAD_USER_INPUT, 'multipart/form-data で送信してください。');
      return null;
    }
    const tooLarge = `ファイルは${BED_INTAKE_MAX_BYTES / 1024 / 1024}MB以内にしてください。`;
    // Refused before anything is read (or stored): a body far larger than the limit.
    const declared = Number(req.headers['content-length'] ?? NaN);
    if (Number.isFinite(declared) && declared > BED_INTAKE_MAX_BYTES + 64 * 1024) {
      res.setHeader('Connection', 'close');
      sendError(res, 413, ErrorCode.BAD_USER_INPUT, tooLarge);
      return null;
    }
    let parser: busboy.Busboy;
    try {
      parser = busboy({
        headers: req.headers,
        defParamCharset: 'utf8',
        limits: { files: 1, fileSize: BED_INTAKE_MAX_BYTES, fields: 0, parts: 2, headerPairs: 20 },
      });
    } catch {
      sendError(res, 400, ErrorCode.BAD_USER_INPUT, 'multipart の形式が正しくありません。');
      return null;
    }
    // Set by the parser's file handler (a holder, so the compiler sees it may have been set).
    const upload: { work: Promise<StoredUpload | null> | null } = { work: null };
    parser.on('file', (field, file: Readable, fileInfo) => {
      if (field !== 'file' || upload.work) {
        file.resume();
        return;
      }
      let truncated = false;
      file.on('limit', () => {
        truncated = true;
      });
      const work = storeUpload(uploads(req), {
        viewer,
        fileName: fileInfo.filename ?? '',
        mode,
        file,
        limitReached: () => truncated,
      }).finally(() => file.resume()); // the rest of the request is drained so it can be answered
      work.catch(() => undefined); // answered below, once the body is consumed
      upload.work = work;
    });
    try {
      await pipeline(req, parser);
    } catch (error) {
      req.log.info({ err: error }, 'bed intake: malformed request');
      if (!upload.work) {
        sendError(res, 400, ErrorCode.BAD_USER_INPUT, 'multipart の形式が正しくありません。');
        return null;
      }
    }
    if (!upload.work) {
      sendError(res, 400, ErrorCode.BAD_USER_INPUT, 'ファイルを選択してください。');
      return null;
    }
    const stored = await upload.work;
    if (!stored) {
      // Nothing of a file cut at the limit is read, let alone stored.
      sendError(res, 413, ErrorCode.BAD_USER_INPUT, tooLarge);
      return null;
    }
    if (stored.bytes === 0) {
      await discardUpload(uploads(req), stored.id);
      sendError(res, 400, ErrorCode.BAD_USER_INPUT, 'ファイルが空です。');
      return null;
    }
    return stored;
  }

  router.get(`${BED_INTAKE_PATH}/:intakeId/result.csv`, async (req, res) => {
    const viewer = await intakeViewer(req, res);
    if (!viewer) return;
    let fileName: string;
    try {
      ({ fileName } = await resultOwner(uploads(req), viewer, req.params.intakeId));
    } catch (error) {
      return refuse(res, error);
    }
    const name = `取込結果_${fileName.replace(/\.[^.]+$/, '') || '一括取込'}.csv`;
    res.status(200);
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', contentDisposition(name, { fallback: 'intake-result.csv' }));
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    try {
      await pipeline(Readable.from(resultCsv(uploads(req), req.params.intakeId)), res);
    } catch (error) {
      if (!res.headersSent) throw error;
      req.log.warn({ err: error, intakeId: req.params.intakeId }, 'bed intake result download aborted');
      res.destroy();
    }
  });
  return router;
}
