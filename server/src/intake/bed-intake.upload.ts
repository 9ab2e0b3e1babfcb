import { randomUUID } from 'node:crypto';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { DataSource } from 'typeorm';
import { AuditAction, recordAudit } from '../audit/audit-log';
import type { Viewer } from '../auth/viewer';
import { ErrorCode } from '../graphql/errors';
import { CsvWriter, UTF8_BOM, type CsvColumn } from '../shared/csv.writer';
import { EmptyFileError, type SheetInfo, sheetRows } from './bed-intake.read';
import { IntakeFileError, type IntakeMode, type IntakeRowResult, type IntakeSummary, runBedIntake } from './bed-intake';

/**
 * The life of one 一括取込 upload (table bed_intake): the file is stored as it arrives (chunks of
 * INTAKE_CHUNK_BYTES, so neither the request nor a later read holds it whole), checked or applied
 * from there, and every changed or failed row's outcome is stored for the result CSV.
 *
 * - A dry run keeps the file INTAKE_CHECKED_LIFETIME_MS for 取込実行, which applies exactly that
 *   file, once, for the account that checked it, refusing rows of facilities that reported since the
 *   check. The file is deleted when it is applied (or expires); the outcomes stay for the download
 *   until INTAKE_RESULT_LIFETIME_MS after the apply.
 * - A direct apply (an API client posting the file with mode=apply) goes the same way without the
 *   check in between.
 * - Applying is audited (BED_INTAKE_APPLIED: who, file, counts) in one transaction with the upload's
 *   final counts, after the rows (each row is its own transaction, as the intake's rules say).
 */

export const INTAKE_CHUNK_BYTES = 256 * 1024;
/** How long a checked file waits for 取込実行. */
export const INTAKE_CHECKED_LIFETIME_MS = 30 * 60_000;
/** How long the result of an apply can be downloaded. */
export const INTAKE_RESULT_LIFETIME_MS = 60 * 60_000;
/** How long an expired upload's row is kept (without its file) so that its id is answered as expired rather than unknown. */
const EXPIRED_KEPT_MS = 24 * 3600_000;
/** Outcomes read at a time: a first report's row has a line per column (about 45), so 50 rows are some 2,000 lines. */
const RESULT_PAGE_ROWS = 50;
const RESULT_SLICE_LINES = 200;

export interface IntakeUploadDependencies {
  db: DataSource;
  now?: () => Date;
  /** A failure of the service (not of the file) on one row. */
  onUnexpected?: (error: unknown) => void;
  /** Changed rows, and failed rows, an answer lists (INTAKE_LISTED_ROWS unless said). */
  listedRows?: number;
}

/** An upload whose file is stored, ready to be checked or applied. */
export interface StoredUpload {
  id: string;
  fileName: string;
  receivedAt: Date;
  bytes: number;
}

/** The whole answer of one upload: the file as read, and the summary of its rows. */
export interface BedIntakeAnswer extends IntakeSummary {
  /** The upload: 取込実行 of a dry run's file, and the result CSV (…/{intakeId}/result.csv). */
  intakeId: string;
  /** Until when the checked file can be applied (dry run), or the result downloaded (apply). */
  expiresAt: string;
  fileName: string;
  format: SheetInfo['format'];
  encoding: SheetInfo['encoding'];
}

/** An upload id that cannot be used (unknown, another account's, expired, already applied): said in Japanese. */
export class IntakeUploadRefused extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    readonly reason: 'UNKNOWN' | 'EXPIRED' | 'APPLIED' | 'NOT_CHECKED',
    message: string,
  ) {
    super(message);
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const CHECK_AGAIN = 'もう一度ファイルを選んで「確認する」からやり直してください。';

const clock = (deps: IntakeUploadDependencies) => deps.now?.() ?? new Date();

/**
 * Stores an upload's bytes as they arrive. Returns null when `limitReached` says the file was cut at
 * the size limit (nothing of it is kept). Expired uploads are cleared on the way.
 */
export async function storeUpload(
  deps: IntakeUploadDependencies,
  args: { viewer: Viewer; fileName: string; mode: IntakeMode; file: AsyncIterable<Buffer>; limitReached: () => boolean },
): Promise<StoredUpload | null> {
  const { db } = deps;
  const now = clock(deps);
  await db.query(`DELETE FROM bed_intake_chunk c USING bed_intake i WHERE i.id = c.intake_id AND i.expires_at < $1`, [now]);
  await db.query(`DELETE FROM bed_intake WHERE expires_at < $1`, [new Date(now.getTime() - EXPIRED_KEPT_MS)]);
  const id = randomUUID();
  const lifetime = args.mode === 'dry-run' ? INTAKE_CHECKED_LIFETIME_MS : INTAKE_RESULT_LIFETIME_MS;
  await db.query(
    `INSERT INTO bed_intake (id, account_id, file_name, mode, received_at, applied_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [
      id,
      args.viewer.accountId,
      args.fileName.slice(0, 255),
      args.mode,
      now,
      args.mode === 'apply' ? now : null,
      new Date(now.getTime() + lifetime),
    ],
  );
  let bytes = 0;
  let seq = 0;
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  const flush = async () => {
    if (pendingBytes === 0) return;
    await db.query(`INSERT INTO bed_intake_chunk (intake_id, seq, bytes) VALUES ($1, $2, $3)`, [id, seq++, Buffer.concat(pending)]);
    pending = [];
    pendingBytes = 0;
  };
  try {
    for await (const chunk of args.file) {
      bytes += chunk.length;
      pending.push(chunk);
      pendingBytes += chunk.length;
      if (pendingBytes >= INTAKE_CHUNK_BYTES) await flush();
    }
    await flush();
  } catch (error) {
    await discardUpload(deps, id);
    throw error;
  }
  if (args.limitReached()) {
    await discardUpload(deps, id);
    return null;
  }
  return { id, fileName: args.fileName, receivedAt: now, bytes };
}

/** Forgets an upload that could not be read (its file, outcomes and row). */
export async function discardUpload(deps: IntakeUploadDependencies, id: string): Promise<void> {
  await deps.db.query(`DELETE FROM bed_intake WHERE id = $1`, [id]);
}

/** The stored file, chunk by chunk, as it was uploaded. */
async function* storedFile(db: DataSource, id: string): AsyncGenerator<Buffer> {
  for (let seq = 0; ; seq += 1) {
    const [chunk] = await db.query(`SELECT bytes FROM bed_intake_chunk WHERE intake_id = $1 AND seq = $2`, [id, seq]);
    if (!chunk) return;
    yield chunk.bytes as Buffer;
  }
}

async function storeOutcomes(db: DataSource, id: string, results: IntakeRowResult[]): Promise<void> {
  await db.query(
    `INSERT INTO bed_intake_outcome (intake_id, row, facility_code, facility_name, status, changes, errors)
     SELECT $1, o.row, o."facilityCode", o."facilityName", o.status, o.changes, o.errors
       FROM jsonb_to_recordset($2::jsonb) AS o(row int, "facilityCode" text, "facilityName" text, status text, changes jsonb, errors jsonb)`,
    [id, JSON.stringify(results)],
  );
}

/** Reads the stored file and checks (dry run) or stores (apply) its rows; the outcomes are stored as they come. */
async function runStored(
  deps: IntakeUploadDependencies,
  upload: StoredUpload,
  viewer: Viewer,
  mode: IntakeMode,
  reportedAfter: Date | null,
): Promise<{ summary: IntakeSummary; info: SheetInfo }> {
  const info: SheetInfo = { format: 'csv', encoding: null };
  try {
    const rows = await sheetRows(storedFile(deps.db, upload.id), info);
    const summary = await runBedIntake(deps.db, rows, {
      viewer,
      mode,
      now: deps.now,
      reportedAfter,
      onUnexpected: deps.onUnexpected,
      listedRows: deps.listedRows,
      onOutcomes: (results) => storeOutcomes(deps.db, upload.id, results),
    });
    return { summary, info };
  } catch (error) {
    const message = unreadable(error, info);
    throw message === null ? error : new IntakeFileError(message);
  }
}

/** What the readers throw for a file they cannot read, as a message for the person who uploaded it (null: not the file's fault). */
function unreadable(error: unknown, info: SheetInfo): string | null {
  if (error instanceof IntakeFileError) return null;
  if (error instanceof EmptyFileError) return error.message;
  const e = error as { code?: unknown; message?: unknown; lines?: unknown; severity?: unknown };
  // The database's errors (pg's carry a severity) are the service's, not the file's.
  if (typeof e?.severity === 'string') return null;
  if (typeof e?.code === 'string' && e.code.startsWith('CSV_')) {
    return `CSV として読み取れません${typeof e.lines === 'number' ? `（${e.lines}行目付近）` : ''}。エクスポートしたファイルの形式で保存してください。`;
  }
  if (info.format === 'xlsx')
    return 'Excel ファイル (.xlsx) として読み取れません。Excel で「Excel ブック (*.xlsx)」として保存してください。';
  return null;
}

const answerOf = (upload: StoredUpload, summary: IntakeSummary, info: SheetInfo, expiresAt: Date): BedIntakeAnswer => ({
  intakeId: upload.id,
  expiresAt: expiresAt.toISOString(),
  fileName: upload.fileName,
  format: info.format,
  encoding: info.encoding,
  ...summary,
});

/**
 * Dry run of a stored upload: what each row would change and every error. The file stays for
 * 取込実行 (applyUpload with claimCheckedUpload) until the answer's expiresAt. A file that cannot
 * be read is forgotten and the error rethrown.
 */
export async function checkUpload(deps: IntakeUploadDependencies, upload: StoredUpload, viewer: Viewer): Promise<BedIntakeAnswer> {
  let run: { summary: IntakeSummary; info: SheetInfo };
  try {
    run = await runStored(deps, upload, viewer, 'dry-run', null);
  } catch (error) {
    await discardUpload(deps, upload.id);
    throw error;
  }
  const { summary, info } = run;
  // TypeORM answers an UPDATE with [rows, affected].
  const [[updated]] = await deps.db.query(
    `UPDATE bed_intake SET format = $2, encoding = $3, rows = $4, changed = $5, unchanged = $6, failed = $7, checked_at = $8
      WHERE id = $1 RETURNING expires_at`,
    [upload.id, info.format, info.encoding, summary.rows, summary.changed, summary.unchanged, summary.failed, clock(deps)],
  );
  return answerOf(upload, summary, info, updated.expires_at as Date);
}

/**
 * Takes a checked upload for 取込実行: the account's own, checked, not expired and not applied
 * yet. Claimed in one statement, so a double click or two tabs apply it once.
 */
export async function claimCheckedUpload(deps: IntakeUploadDependencies, viewer: Viewer, id: string): Promise<StoredUpload> {
  const unknown = new IntakeUploadRefused(
    404,
    ErrorCode.NOT_FOUND,
    'UNKNOWN',
    `確認したファイルが見つかりません（確認したアカウントでのみ取り込めます）。${CHECK_AGAIN}`,
  );
  if (!UUID.test(id) || viewer.accountId === null) throw unknown;
  const now = clock(deps);
  const [[claimed]] = await deps.db.query(
    `UPDATE bed_intake SET applied_at = $3, mode = 'apply', rows = 0, changed = 0, unchanged = 0, failed = 0
      WHERE id = $1 AND account_id = $2 AND checked_at IS NOT NULL AND applied_at IS NULL AND expires_at > $3
      RETURNING file_name, received_at, (SELECT coalesce(sum(length(bytes)), 0)::int FROM bed_intake_chunk WHERE intake_id = $1) AS bytes`,
    [id, viewer.accountId, now],
  );
  if (claimed) {
    // The dry run's outcomes make way for the apply's.
    await deps.db.query(`DELETE FROM bed_intake_outcome WHERE intake_id = $1`, [id]);
    return { id, fileName: claimed.file_name, receivedAt: claimed.received_at, bytes: claimed.bytes };
  }
  const [found] = await deps.db.query(`SELECT account_id, checked_at, applied_at, expires_at FROM bed_intake WHERE id = $1`, [id]);
  if (!found || found.account_id !== viewer.accountId) throw unknown;
  if (found.applied_at) throw new IntakeUploadRefused(409, ErrorCode.CONFLICT, 'APPLIED', 'この確認結果のファイルはすでに取り込みました。');
  if (!found.checked_at)
    throw new IntakeUploadRefused(409, ErrorCode.CONFLICT, 'NOT_CHECKED', `このファイルはまだ確認が終わっていません。${CHECK_AGAIN}`);
  throw new IntakeUploadRefused(
    409,
    ErrorCode.CONFLICT,
    'EXPIRED',
    `確認してから${INTAKE_CHECKED_LIFETIME_MS / 60_000}分が過ぎたため、確認したファイルは削除されました。${CHECK_AGAIN}`,
  );
}

/**
 * Stores each changed row of an upload (claimed, or received with mode=apply), then, in one
 * transaction, its counts, the deletion of its file and the audit entry — also when the run is cut
 * short, so the log says what was stored.
 */
export async function applyUpload(
  deps: IntakeUploadDependencies,
  upload: StoredUpload,
  viewer: Viewer,
  options: { reportedAfter: Date | null; clientAddress?: string | null },
): Promise<BedIntakeAnswer> {
  let run: { summary: IntakeSummary; info: SheetInfo } | null = null;
  const expiresAt = new Date(clock(deps).getTime() + INTAKE_RESULT_LIFETIME_MS);
  try {
    run = await runStored(deps, upload, viewer, 'apply', options.reportedAfter);
    return answerOf(upload, run.summary, run.info, expiresAt);
  } finally {
    const counts = await deps.db.query(
      `SELECT count(*) FILTER (WHERE status = 'STORED')::int AS stored, count(*) FILTER (WHERE status = 'ERROR')::int AS failed
         FROM bed_intake_outcome WHERE intake_id = $1`,
      [upload.id],
    );
    const summary = run?.summary ?? null;
    await deps.db.transaction(async (m) => {
      await m.query(
        `UPDATE bed_intake SET format = $2, encoding = $3, rows = $4, changed = $5, unchanged = $6, failed = $7, expires_at = $8 WHERE id = $1`,
        [
          upload.id,
          run?.info.format ?? null,
          run?.info.encoding ?? null,
          summary?.rows ?? 0,
          summary?.changed ?? counts[0].stored,
          summary?.unchanged ?? 0,
          summary?.failed ?? counts[0].failed,
          expiresAt,
        ],
      );
      await m.query(`DELETE FROM bed_intake_chunk WHERE intake_id = $1`, [upload.id]);
      await recordAudit(m, {
        action: AuditAction.BED_INTAKE_APPLIED,
        actorAccountId: viewer.accountId,
        subject: upload.fileName || '(名前なし)',
        clientAddress: options.clientAddress ?? null,
        details: {
          intakeId: upload.id,
          fileName: upload.fileName,
          bytes: upload.bytes,
          checked: options.reportedAfter !== null,
          ...(summary
            ? { rows: summary.rows, changed: summary.changed, unchanged: summary.unchanged, failed: summary.failed }
            : { interrupted: true, changed: counts[0].stored, failed: counts[0].failed }),
        },
      });
    });
  }
}

interface OutcomeRow {
  row: number;
  facility_code: string;
  facility_name: string | null;
  status: IntakeRowResult['status'];
  changes: IntakeRowResult['changes'];
  errors: IntakeRowResult['errors'];
}

const STATUS_LABEL: Record<IntakeRowResult['status'], string> = {
  CHANGED: '変更あり',
  STORED: '取込済',
  UNCHANGED: '変更なし',
  ERROR: 'エラー',
};

/** One line of the result CSV: a change or an error of one row. */
interface ResultLine {
  outcome: OutcomeRow;
  column: string;
  before: string;
  after: string;
  error: string;
}

const RESULT_COLUMNS: CsvColumn<ResultLine>[] = [
  { header: '行', kind: 'number', value: (l) => l.outcome.row },
  { header: '医療機関コード', kind: 'code', value: (l) => l.outcome.facility_code },
  { header: '医療機関名', value: (l) => l.outcome.facility_name },
  { header: '結果', value: (l) => STATUS_LABEL[l.outcome.status] },
  { header: '項目', value: (l) => l.column },
  { header: '変更前', value: (l) => l.before },
  { header: '変更後', value: (l) => l.after },
  { header: 'エラー', value: (l) => l.error },
];

/** The upload's file name, for the result CSV's name; throws IntakeUploadRefused unless it is the account's and not expired. */
export async function resultOwner(deps: IntakeUploadDependencies, viewer: Viewer, id: string): Promise<{ fileName: string }> {
  const [found] =
    UUID.test(id) && viewer.accountId !== null
      ? await deps.db.query(`SELECT file_name, expires_at FROM bed_intake WHERE id = $1 AND account_id = $2`, [id, viewer.accountId])
      : [];
  if (!found) throw new IntakeUploadRefused(404, ErrorCode.NOT_FOUND, 'UNKNOWN', '取込結果が見つかりません。');
  if ((found.expires_at as Date).getTime() <= clock(deps).getTime())
    throw new IntakeUploadRefused(409, ErrorCode.CONFLICT, 'EXPIRED', `取込結果の保存期間が過ぎました。${CHECK_AGAIN}`);
  return { fileName: found.file_name };
}

/**
 * The result CSV of an upload (UTF-8 with BOM): one line per change and per error of every row that
 * changes or fails — 行, 医療機関コード, 医療機関名, 結果, 項目, 変更前, 変更後, エラー — read page by page.
 */
export async function* resultCsv(deps: IntakeUploadDependencies, id: string): AsyncGenerator<string> {
  const writer = new CsvWriter(RESULT_COLUMNS, undefined);
  yield UTF8_BOM + writer.header();
  for (let after = 0; ;) {
    const page: OutcomeRow[] = await deps.db.query(
      `SELECT row, facility_code, facility_name, status, changes, errors FROM bed_intake_outcome
        WHERE intake_id = $1 AND row > $2 ORDER BY row LIMIT $3`,
      [id, after, RESULT_PAGE_ROWS],
    );
    if (page.length === 0) return;
    const lines: ResultLine[] = [];
    for (const outcome of page) {
      for (const c of outcome.changes) lines.push({ outcome, column: c.column, before: c.before, after: c.after, error: '' });
      for (const e of outcome.errors)
        lines.push({ outcome, column: e.column, before: '', after: '', error: e.cell ? `${e.cell}: ${e.message}` : e.message });
    }
    // csv-stringify writes a few hundred lines in a few milliseconds: a turn between slices of them.
    for (let at = 0; at < lines.length; at += RESULT_SLICE_LINES) {
      yield writer.rows(lines.slice(at, at + RESULT_SLICE_LINES));
      await nextTurn();
    }
    after = page[page.length - 1].row;
  }
}
