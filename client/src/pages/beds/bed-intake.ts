import { postMultipart } from '../../components/post-multipart';

/** What POST /api/intake/bed-reports answers (server/src/intake/bed-intake.router.ts, BedIntakeAnswer). */
export type IntakeMode = 'dry-run' | 'apply';
export type IntakeRowStatus = 'CHANGED' | 'STORED' | 'UNCHANGED' | 'ERROR';

export interface IntakeError {
  row: number;
  column: string;
  cell: string | null;
  message: string;
}

export interface IntakeRowResult {
  row: number;
  facilityCode: string;
  facilityName: string | null;
  status: IntakeRowStatus;
  changes: { column: string; before: string; after: string }[];
  errors: IntakeError[];
}

export interface IntakeAnswer {
  /** The upload: 取込実行 of a dry run's file (applyChecked), and the result CSV (resultCsvUrl). */
  intakeId: string;
  /** Until when the checked file can be applied (dry run), or the result downloaded (apply). */
  expiresAt: string;
  mode: IntakeMode;
  fileName: string;
  format: 'csv' | 'xlsx';
  encoding: 'utf8' | 'sjis' | null;
  rows: number;
  changed: number;
  unchanged: number;
  failed: number;
  /** The first changed and the first failed rows (up to the server's INTAKE_LISTED_ROWS each). */
  results: IntakeRowResult[];
  /** Some changed or failed rows are not listed; the result CSV has them all. */
  truncated: boolean;
}

export const INTAKE_PATH = '/api/intake/bed-reports';
/** The server's limit (BED_INTAKE_MAX_BYTES). */
export const INTAKE_MAX_BYTES = 20 * 1024 * 1024;

export const STATUS_LABEL: Record<IntakeRowStatus, string> = {
  CHANGED: '変更あり',
  STORED: '取込済',
  UNCHANGED: '変更なし',
  ERROR: 'エラー',
};

const post = (url: string, body: FormData | null) =>
  postMultipart<IntakeAnswer>(url, body, 'ファイルを取り込めませんでした。時間をおいてもう一度お試しください。');

/**
 * Sends the file for a dry run (multipart, same-origin cookie; the apollo-require-preflight header
 * makes it CSRF-proof, as for attachments). The server keeps the checked file for 取込実行. Rejects
 * with the server's Japanese message.
 */
export function checkIntake(file: File): Promise<IntakeAnswer> {
  const body = new FormData();
  body.append('file', file, file.name);
  return post(`${INTAKE_PATH}?mode=dry-run`, body);
}

/** 取込実行: applies the file the server checked (not sent again). Rejects with the server's Japanese message (e.g. expired). */
export function applyChecked(intakeId: string): Promise<IntakeAnswer> {
  return post(`${INTAKE_PATH}?mode=apply&intakeId=${encodeURIComponent(intakeId)}`, null);
}

/**
 * The result as CSV (UTF-8 with BOM), made by the server from every changed or failed row: one line
 * per change and per error — 行, 医療機関コード, 医療機関名, 結果, 項目, 変更前, 変更後, エラー.
 */
export const resultCsvUrl = (intakeId: string) => `${INTAKE_PATH}/${encodeURIComponent(intakeId)}/result.csv`;
