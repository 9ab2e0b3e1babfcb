import { setImmediate as nextTurn } from 'node:timers/promises';
import { stringify } from 'csv-stringify/sync';
import type { EntityManager } from 'typeorm';
import type { ReferenceCatalog } from '../facilities/reference-catalog';
import { ACCEPTANCE_LABELS, AcceptanceStatus, BED_CATEGORIES, BED_MEASURES, STAFFING_LABELS, StaffingStatus } from './bed-categories';
import type { BedReportRow } from './bed-report-row';
import { type BedReportSearch, type BedReportSort, searchBedReport } from './bed-report.search';
import { encodeCp932 } from './sjis-encoding';

/**
 * The CSV of 地域病床見える化 (seed 3-2, エクスポートビュー「詳細のみ」): one header row, then
 * one row per facility, the same rows as the report for the same filter.
 *
 * Rules for Excel on Japanese Windows:
 * - Records end with CRLF; a line break inside a cell is LF; a cell is quoted when it holds a
 *   comma, a quote or a line break, quotes doubled (RFC 4180, by csv-stringify).
 * - Formula injection: a text cell starting with = + - @ tab or CR (or full-width ＝＋－＠,
 *   which Japanese Excel also takes as a formula) gets a leading apostrophe.
 * - Codes keep leading zeros: a digits-only code (都道府県 "01", 二次医療圏 "0101", 医療機関
 *   コード, 郵便番号) is written as ="0101", Excel's text-literal formula. This is the only
 *   form Excel opens by double-click without dropping the zeros (quoting alone does not stop
 *   it converting "0101" to 101). It does not reopen the injection hole: the wrapper is applied
 *   only by us, only to code columns, and only to values that are digits and nothing else; any
 *   other value in those columns goes through the text rule. Tools other than Excel see the
 *   literal ="0101" (documented for API users; `codes=plain` writes bare digits instead).
 */

export type CsvEncoding = 'sjis' | 'utf8';

interface CsvContext {
  reference: ReferenceCatalog;
  plainCodes: boolean;
}

const FORMULA_START = /^[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]/;

/** A free-text cell: neutralised against formula injection, line breaks as LF. */
export function textCell(value: string | null | undefined): string {
  if (value == null || value === '') return '';
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return safe.replace(/\r\n?/g, '\n');
}

/** A code cell: digits-only codes as ="…" so Excel keeps leading zeros; anything else as text. */
export function codeCell(value: string | null | undefined, plain = false): string {
  if (value == null || value === '') return '';
  if (/^\d+$/.test(value)) return plain ? value : `="${value}"`;
  return textCell(value);
}

const numberCell = (value: number | null | undefined) => (value == null ? '' : String(value));

/** 2026/11/24 09:05 in Japan time, which Excel reads as a date-time. */
export function japanTime(date: Date): string {
  const jst = new Date(date.getTime() + 9 * 3600_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${jst.getUTCFullYear()}/${pad(jst.getUTCMonth() + 1)}/${pad(jst.getUTCDate())} ${pad(jst.getUTCHours())}:${pad(jst.getUTCMinutes())}`;
}

interface Column {
  header: string;
  value: (row: BedReportRow, ctx: CsvContext) => string;
}

const status = (value: AcceptanceStatus | undefined) => ACCEPTANCE_LABELS[value ?? AcceptanceStatus.UNANSWERED];

/** Every item of the latest snapshot, in the order of the full-column view. */
export const BED_REPORT_COLUMNS: Column[] = [
  { header: '都道府県コード', value: (r, c) => codeCell(r.facility.prefectureCode, c.plainCodes) },
  { header: '都道府県', value: (r, c) => textCell(c.reference.prefecture(r.facility.prefectureCode)?.name) },
  { header: '二次医療圏コード', value: (r, c) => codeCell(r.facility.areaCode, c.plainCodes) },
  { header: '二次医療圏', value: (r, c) => textCell(c.reference.area(r.facility.areaCode)?.name) },
  { header: '医療機関コード', value: (r, c) => codeCell(r.facility.code, c.plainCodes) },
  { header: '医療機関名', value: (r) => textCell(r.facility.name) },
  { header: '郵便番号', value: (r, c) => codeCell(r.facility.postalCode, c.plainCodes) },
  { header: '住所', value: (r) => textCell([r.facility.address, r.facility.building].filter(Boolean).join(' ')) },
  { header: '電話番号', value: (r) => textCell(r.facility.phone) },
  { header: '最終更新日時', value: (r) => (r.lastUpdated ? japanTime(r.lastUpdated) : '') },
  { header: '更新遅れ', value: (r) => (r.stale ? (r.lastUpdated ? '更新遅れ' : '未報告') : '') },
  { header: '外来受入', value: (r) => status(r.latest?.outpatientAcceptance) },
  { header: '入院受入', value: (r) => status(r.latest?.inpatientAcceptance) },
  { header: '救急受入', value: (r) => status(r.latest?.emergencyAcceptance) },
  { header: '職員の充足状況', value: (r) => STAFFING_LABELS[r.latest?.staffing ?? StaffingStatus.UNANSWERED] },
  { header: '確保病床数(合計)', value: (r) => numberCell(r.latest?.securedTotal) },
  { header: '空床数(合計)', value: (r) => numberCell(r.latest?.vacantTotal) },
  ...BED_CATEGORIES.flatMap((category) =>
    BED_MEASURES.map(
      (measure): Column => ({
        header: `${category.label} ${measure.label}`,
        value: (r) => numberCell(r.latest ? r.latest[`${category.key}${measure.key}`] : null),
      }),
    ),
  ),
  { header: '人工呼吸器 保有台数', value: (r) => numberCell(r.latest?.ventilatorsTotal) },
  { header: '人工呼吸器 使用中', value: (r) => numberCell(r.latest?.ventilatorsInUse) },
  { header: 'ECMO 保有台数', value: (r) => numberCell(r.latest?.ecmoTotal) },
  { header: 'ECMO 使用中', value: (r) => numberCell(r.latest?.ecmoInUse) },
  { header: '備考', value: (r) => textCell(r.latest?.note) },
];

const CSV_OPTIONS = { record_delimiter: 'windows', eof: true } as const;

export interface ExportProgress {
  rows: number;
  bytes: number;
  substitutions: number;
}

/** Rows per read (one keyset page). */
export const EXPORT_BATCH_ROWS = 250;
/**
 * Rows per encoded chunk. Formatting, quoting and encoding a slice is synchronous; slices are
 * small and the generator gives the event loop a turn after each, so no request waits behind a
 * whole batch.
 */
export const EXPORT_SLICE_ROWS = 50;

/**
 * The CSV as a stream of encoded chunks, read in keyset batches through the report's own
 * search (same filter, same order), so memory stays constant whatever the row count and the
 * consumer's pace (an async generator runs only when the response asks for more) is the pace.
 * Run it inside a REPEATABLE READ transaction for one consistent picture.
 */
export async function* bedReportCsvChunks(
  db: EntityManager,
  args: {
    filter: BedReportSearch;
    sort?: BedReportSort | null;
    staleBefore: Date;
    encoding: CsvEncoding;
    reference: ReferenceCatalog;
    plainCodes?: boolean;
    batchRows?: number;
  },
  progress: ExportProgress,
): AsyncGenerator<Buffer> {
  const ctx: CsvContext = { reference: args.reference, plainCodes: args.plainCodes ?? false };
  const encode = (text: string): Buffer => {
    if (args.encoding === 'utf8') return Buffer.from(text, 'utf8');
    const encoded = encodeCp932(text);
    progress.substitutions += encoded.substitutions;
    return encoded.bytes;
  };
  const emit = (chunk: Buffer) => {
    progress.bytes += chunk.length;
    return chunk;
  };
  const header = encode(stringify([BED_REPORT_COLUMNS.map((c) => c.header)], CSV_OPTIONS));
  yield emit(args.encoding === 'utf8' ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), header]) : header);
  let after: string | null = null;
  for (;;) {
    const page = await searchBedReport(db, { filter: args.filter, sort: args.sort, first: args.batchRows ?? EXPORT_BATCH_ROWS, after, staleBefore: args.staleBefore });
    for (let start = 0; start < page.edges.length; start += EXPORT_SLICE_ROWS) {
      const records = page.edges.slice(start, start + EXPORT_SLICE_ROWS).map(({ node }) => BED_REPORT_COLUMNS.map((c) => c.value(node, ctx)));
      progress.rows += records.length;
      yield emit(encode(stringify(records, CSV_OPTIONS)));
      await nextTurn();
    }
    if (!page.pageInfo.hasNextPage) return;
    after = page.pageInfo.endCursor;
  }
}
