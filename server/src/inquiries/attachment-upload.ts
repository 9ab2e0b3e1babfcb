import crypto from 'node:crypto';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import busboy from 'busboy';
import express from 'express';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import type { Viewer } from '../auth/viewer';
import type { Config } from '../config';
import { toGlobalId } from '../graphql/node';
import { Attachment } from './attachment.entity';
import type { AttachmentStorage } from './attachment-storage';
import { localIdsOf } from './attachment.link';
import { detectAllowedType, safeFileName, SIGNATURE_BYTES } from './file-signature';
import { Inquiry } from './inquiry.entity';
import { canReadInquiry } from './inquiry-access';
import { canReadNotice } from '../content/content-access';
import { Notice } from '../content/notice.entity';

/**
 * Requests must carry one of these headers. A cross-site form or <img> cannot set a custom
 * header without a CORS preflight (which this service never grants), so a request that has one
 * comes from our own dashboard or an API client: the same rule Apollo's CSRF prevention uses.
 */
export const CSRF_HEADERS = ['apollo-require-preflight', 'x-gmis-csrf'] as const;

class UploadRejected extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export interface AttachmentRouterDependencies {
  db: DataSource;
  config: Config;
  storage: AttachmentStorage;
  resolveViewer: (req: express.Request, db: DataSource) => Promise<Viewer>;
}

function hasCsrfHeader(req: express.Request): boolean {
  return CSRF_HEADERS.some((name) => typeof req.headers[name] === 'string' && req.headers[name].length > 0);
}

/** Errors in the same shape as the API's other HTTP-level errors: `{ errors: [{ message, extensions: { code } }] }`. */
function sendError(res: express.Response, status: number, code: string, message: string): void {
  res
    .status(status)
    .setHeader('Cache-Control', 'no-store')
    .json({ errors: [{ message, extensions: { code } }] });
}

/** Uploads not attached within a day are dropped; an account may hold only so many at once. */
export const PENDING_UPLOAD_TTL = '1 day';
export const MAX_PENDING_UPLOADS = 50;

/** Reads up to `bytes` leading bytes of a stream, returning them and an iterator over the rest. */
async function readHead(stream: Readable, bytes: number): Promise<{ head: Buffer; rest: AsyncIterator<Buffer> }> {
  const iterator = stream[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  const pieces: Buffer[] = [];
  let length = 0;
  while (length < bytes) {
    const next = await iterator.next();
    if (next.done) break;
    pieces.push(next.value);
    length += next.value.length;
  }
  return { head: Buffer.concat(pieces), rest: iterator };
}

/**
 * POST /api/attachments (multipart/form-data, one part named "file") and
 * GET /api/attachments/:id. Uploads stream through busboy into the storage inside one
 * transaction, hashing and counting as they go; the size limit aborts at the limit, and the type
 * is checked from the first bytes before anything is stored.
 */
export function createAttachmentRouter(deps: AttachmentRouterDependencies): express.Router {
  const { db, config, storage, resolveViewer } = deps;
  const router = express.Router();

  router.post('/', async (req, res) => {
    const log: Logger = req.log;
    if (!hasCsrfHeader(req)) {
      sendError(res, 403, 'FORBIDDEN', `アップロードには ${CSRF_HEADERS[0]} ヘッダーが必要です。`);
      return;
    }
    const viewer = await resolveViewer(req, db);
    if (viewer.accountId === null) {
      sendError(res, 401, 'UNAUTHENTICATED', 'ログインしてください。');
      return;
    }
    if (!req.is('multipart/form-data')) {
      sendError(res, 415, 'BAD_USER_INPUT', 'multipart/form-data で送信してください。');
      return;
    }
    // A body far larger than the limit is refused before reading it (multipart framing needs a little room).
    const declared = Number(req.headers['content-length'] ?? NaN);
    if (Number.isFinite(declared) && declared > config.attachmentMaxBytes + 64 * 1024) {
      res.setHeader('Connection', 'close');
      sendError(res, 413, 'BAD_USER_INPUT', tooLargeMessage(config.attachmentMaxBytes));
      return;
    }

    let parser: busboy.Busboy;
    try {
      parser = busboy({
        headers: req.headers,
        // Japanese file names arrive as UTF-8 in modern browsers; busboy's default would read them as latin1.
        defParamCharset: 'utf8',
        // busboy flags a file that reaches fileSize as truncated, so it reads one byte more than we accept.
        limits: { files: 1, fileSize: config.attachmentMaxBytes + 1, fields: 0, parts: 2, fieldSize: 1024, headerPairs: 20 },
      });
    } catch {
      sendError(res, 400, 'BAD_USER_INPUT', 'multipart の形式が正しくありません。');
      return;
    }

    let stored: Promise<Attachment> | null = null;
    parser.on('file', (field, file, info) => {
      if (field !== 'file' || stored) {
        file.resume();
        return;
      }
      stored = storeUpload(file, info.filename, viewer).catch((error) => {
        file.resume(); // keep parsing so the request completes and the error can be answered
        throw error;
      });
      stored.catch(() => undefined); // handled after the request body is consumed
    });

    try {
      await pipeline(req, parser);
    } catch (error) {
      log.info({ err: error }, 'attachment upload: malformed request');
      if (!res.headersSent) sendError(res, 400, 'BAD_USER_INPUT', 'multipart の形式が正しくありません。');
      return;
    }
    if (!stored) {
      sendError(res, 400, 'BAD_USER_INPUT', 'ファイルを選択してください。');
      return;
    }
    try {
      const attachment = await (stored as Promise<Attachment>);
      res.status(201).setHeader('Cache-Control', 'no-store');
      res.json({
        id: toGlobalId('Attachment', attachment.dbId),
        fileName: attachment.fileName,
        contentType: attachment.contentType,
        sizeBytes: attachment.sizeBytes,
        sha256: attachment.sha256.toString('hex'),
      });
    } catch (error) {
      if (error instanceof UploadRejected) {
        sendError(res, error.status, error.code, error.message);
      } else {
        // The app's error handler answers: 503 with Retry-After when the database is unavailable, else a logged 500.
        throw error;
      }
    }
  });

  async function storeUpload(file: Readable & { truncated?: boolean }, rawName: string | undefined, viewer: Viewer): Promise<Attachment> {
    const fileName = safeFileName(rawName ?? '');
    const { head, rest } = await readHead(file, SIGNATURE_BYTES);
    if (head.length === 0) throw new UploadRejected(400, 'BAD_USER_INPUT', '空のファイルは添付できません。');
    const detection = detectAllowedType(fileName, head);
    if (!detection.ok) throw new UploadRejected(415, 'BAD_USER_INPUT', detection.message);

    return db.transaction(async (m) => {
      // Housekeeping on the uploader's own rows only (bounded work): stale unattached uploads go,
      // and a full quota of unattached ones refuses more, so storage cannot be filled by uploading alone.
      await m.query(
        `DELETE FROM attachment WHERE uploaded_by_account_id = $1 AND attached_at IS NULL AND created_at < now() - $2::interval`,
        [viewer.accountId, PENDING_UPLOAD_TTL],
      );
      const [{ pending }] = await m.query(
        `SELECT count(*)::int AS pending FROM attachment WHERE uploaded_by_account_id = $1 AND attached_at IS NULL`,
        [viewer.accountId],
      );
      if (pending >= MAX_PENDING_UPLOADS) {
        throw new UploadRejected(
          429,
          'TOO_MANY_REQUESTS',
          '未添付のファイルが多すぎます。アップロード済みのファイルを添付してから、もう一度お試しください。',
        );
      }
      // Size and checksum are known only at the end: the row starts with placeholders that no
      // other transaction can see, and is completed before commit.
      const [row] = await m.query(
        `INSERT INTO attachment (file_name, content_type, size_bytes, sha256, uploaded_by_account_id)
         VALUES ($1, $2, 1, $3, $4) RETURNING id`,
        [fileName, detection.type.contentType, Buffer.alloc(32), viewer.accountId],
      );
      const hash = crypto.createHash('sha256');
      let size = 0;
      async function* content(): AsyncIterable<Buffer> {
        for (let piece: Buffer | null = head; piece;) {
          hash.update(piece);
          size += piece.length;
          yield piece;
          const next = await rest.next();
          piece = next.done ? null : next.value;
        }
      }
      await storage.save(m, row.id, content());
      if (file.truncated || size > config.attachmentMaxBytes)
        throw new UploadRejected(413, 'BAD_USER_INPUT', tooLargeMessage(config.attachmentMaxBytes));
      await m.query(`UPDATE attachment SET size_bytes = $1, sha256 = $2 WHERE id = $3`, [size, hash.digest(), row.id]);
      return m.getRepository(Attachment).findOneByOrFail({ dbId: row.id });
    });
  }

  router.get('/:id', async (req, res) => {
    const viewer = await resolveViewer(req, db);
    const [id] = localIdsOf('Attachment', [req.params.id], 'id', []);
    const attachment = id === undefined ? null : await db.getRepository(Attachment).findOneBy({ dbId: id });
    // Whatever the reason (missing, another organisation's, not yet published), the answer is the same 404.
    if (!attachment || !(await mayDownload(viewer, attachment))) {
      sendError(res, 404, 'NOT_FOUND', 'ファイルが見つかりません。');
      return;
    }
    res.attachment(attachment.fileName); // RFC 6266 with an RFC 5987 filename* for non-ASCII names
    res.setHeader('Content-Type', attachment.contentType);
    res.setHeader('Content-Length', String(attachment.sizeBytes));
    res.setHeader('X-Content-Type-Options', 'nosniff');
    // Should a browser ever render it inline: no scripts, no subresources, a unique origin.
    res.setHeader('Content-Security-Policy', "default-src 'none'; sandbox");
    res.setHeader('Cache-Control', 'private, no-store');
    res.setHeader('Repr-Digest', `sha-256=:${attachment.sha256.toString('base64')}:`);
    try {
      await pipeline(storage.open(attachment.dbId), res);
    } catch (error) {
      req.log.warn({ err: error, attachment: attachment.dbId }, 'attachment download interrupted');
      res.destroy();
    }
  });

  async function mayDownload(viewer: Viewer, attachment: Attachment): Promise<boolean> {
    if (attachment.inquiryId !== null) {
      const inquiry = await db.getRepository(Inquiry).findOneBy({ dbId: attachment.inquiryId });
      return inquiry !== null && canReadInquiry(viewer, inquiry);
    }
    if (attachment.noticeId !== null) {
      const notice = await db.getRepository(Notice).findOneBy({ dbId: attachment.noticeId });
      return notice !== null && canReadNotice(viewer, notice, new Date());
    }
    // Not attached yet: only its uploader sees it.
    return viewer.accountId !== null && viewer.accountId === attachment.uploadedByAccountId;
  }

  return router;
}

function tooLargeMessage(limit: number): string {
  return `ファイルサイズが上限（${(limit / (1024 * 1024)).toLocaleString('ja-JP', { maximumFractionDigits: 1 })}MB）を超えています。`;
}
