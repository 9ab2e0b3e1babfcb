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
  mode: IntakeMode;
  fileName: string;
  format: 'csv' | 'xlsx';
  encoding: 'utf8' | 'sjis' | null;
  rows: number;
  changed: number;
  unchanged: number;
  failed: number;
  results: IntakeRowResult[];
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

/**
 * Sends the file for a dry run or to apply it (multipart, same-origin cookie; the
 * apollo-require-preflight header makes it CSRF-proof, as for attachments). Rejects with the
 * server's Japanese message.
 */
export async function sendIntake(file: File, mode: IntakeMode): Promise<IntakeAnswer> {
  const body = new FormData();
  body.append('file', file, file.name);
  let response: Response;
  try {
    response = await fetch(`${INTAKE_PATH}?mode=${mode}`, {
      method: 'POST',
      body,
      credentials: 'same-origin',
      headers: { 'apollo-require-preflight': 'true' },
    });
  } catch {
    throw new Error('サーバーに接続できませんでした。通信環境を確認してから、もう一度操作してください。');
  }
  const payload = (await response.json().catch(() => null)) as (IntakeAnswer & { errors?: { message: string }[] }) | null;
  if (!response.ok || !payload || payload.errors) {
    throw new Error(payload?.errors?.[0]?.message ?? 'ファイルを取り込めませんでした。時間をおいてもう一度お試しください。');
  }
  return payload;
}

/** One CSV cell: quoted when needed, and a leading = + - @ neutralised so Excel never runs it. */
function cell(value: string | number): string {
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The result as a CSV (UTF-8 with BOM, which Excel opens as Unicode): one line per change and per
 * error — 行, 医療機関コード, 医療機関名, 結果, 項目, 変更前, 変更後, エラー — after a line of counts.
 */
export function resultCsv(answer: IntakeAnswer): Blob {
  const lines: (string | number)[][] = [['行', '医療機関コード', '医療機関名', '結果', '項目', '変更前', '変更後', 'エラー']];
  for (const r of answer.results) {
    const head = [r.row, r.facilityCode, r.facilityName ?? '', STATUS_LABEL[r.status]];
    for (const c of r.changes) lines.push([...head, c.column, c.before, c.after, '']);
    for (const e of r.errors) lines.push([...head, e.column, '', '', e.cell ? `${e.cell}: ${e.message}` : e.message]);
  }
  const text = lines.map((line) => line.map(cell).join(',')).join('\r\n') + '\r\n';
  return new Blob(['\uFEFF', text], { type: 'text/csv;charset=utf-8' });
}
