import { setImmediate as nextTurn } from 'node:timers/promises';
import type { EntityManager } from 'typeorm';
import type { ReferenceCatalog } from '../facilities/reference-catalog';
import { type CsvColumn, CsvWriter } from '../shared/csv.writer';
import { ACCEPTANCE_LABELS, AcceptanceStatus, BED_CATEGORIES, BED_MEASURES, STAFFING_LABELS, StaffingStatus } from './bed-categories';
import type { BedReportRow } from './bed-report-row';
import { bedReportRows } from './bed-report.search';
import type { Staleness } from './bed-staleness';
import type { BedReportQuery } from './bed-report.query';
import { encodeCp932 } from './sjis-encoding';
import { type BedReportTotals, bedReportSummary } from './bed-report.totals';

/**
 * The CSV of 地域病床見える化 (エクスポートビュー「詳細のみ」): one header row, then
 * one row per facility, the same rows as the report for the same filter. Quoting, line
 * breaks, formula injection and codes (="0101", or bare digits with `codes=plain`) follow the
 * service's one CSV writer, `shared/csv.writer.ts`.
 */

export type CsvEncoding = 'sjis' | 'utf8';
/** エクスポートビュー: 「詳細のみ」 one row per facility, 「サマリー」 the totals. */
export type CsvView = 'details' | 'summary';

/** 2026/11/24 09:05 in Japan time, which Excel reads as a date-time. */
export function japanTime(date: Date): string {
  const jst = new Date(date.getTime() + 9 * 3600_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${jst.getUTCFullYear()}/${pad(jst.getUTCMonth() + 1)}/${pad(jst.getUTCDate())} ${pad(jst.getUTCHours())}:${pad(jst.getUTCMinutes())}`;
}

type Column = CsvColumn<BedReportRow, ReferenceCatalog>;

const status = (value: AcceptanceStatus | undefined) => ACCEPTANCE_LABELS[value ?? AcceptanceStatus.UNANSWERED];

/** Every item of the latest snapshot, in the order of the full-column view. */
export const BED_REPORT_COLUMNS: Column[] = [
  { header: '都道府県コード', kind: 'code', value: (r) => r.facility.prefectureCode },
  { header: '都道府県', value: (r, reference) => reference.prefecture(r.facility.prefectureCode)?.name },
  { header: '二次医療圏コード', kind: 'code', value: (r) => r.facility.areaCode },
  { header: '二次医療圏', value: (r, reference) => reference.area(r.facility.areaCode)?.name },
  { header: '医療機関コード', kind: 'code', value: (r) => r.facility.code },
  { header: '医療機関名', value: (r) => r.facility.name },
  { header: '郵便番号', kind: 'code', value: (r) => r.facility.postalCode },
  { header: '住所', value: (r) => [r.facility.address, r.facility.building].filter(Boolean).join(' ') },
  { header: '電話番号', value: (r) => r.facility.phone },
  { header: '最終更新日時', value: (r) => (r.lastUpdated ? japanTime(r.lastUpdated) : '') },
  { header: '更新遅れ', value: (r) => (r.stale ? (r.lastUpdated ? '更新遅れ' : '未報告') : '') },
  { header: '外来受入', value: (r) => status(r.latest?.outpatientAcceptance) },
  { header: '入院受入', value: (r) => status(r.latest?.inpatientAcceptance) },
  { header: '救急受入', value: (r) => status(r.latest?.emergencyAcceptance) },
  { header: '職員の充足状況', value: (r) => STAFFING_LABELS[r.latest?.staffing ?? StaffingStatus.UNANSWERED] },
  { header: '確保病床数(合計)', kind: 'number', value: (r) => r.latest?.securedTotal },
  { header: '空床数(合計)', kind: 'number', value: (r) => r.latest?.vacantTotal },
  ...BED_CATEGORIES.flatMap((category) =>
    BED_MEASURES.map((measure): Column => ({
      header: `${category.label} ${measure.label}`,
      kind: 'number',
      value: (r) => (r.latest ? r.latest[`${category.key}${measure.key}`] : null),
    })),
  ),
  { header: '人工呼吸器 保有台数', kind: 'number', value: (r) => r.latest?.ventilatorsTotal },
  { header: '人工呼吸器 使用中', kind: 'number', value: (r) => r.latest?.ventilatorsInUse },
  { header: 'ECMO 保有台数', kind: 'number', value: (r) => r.latest?.ecmoTotal },
  { header: 'ECMO 使用中', kind: 'number', value: (r) => r.latest?.ecmoInUse },
  { header: '備考', value: (r) => r.latest?.note },
];

type SummaryColumn = CsvColumn<BedReportTotals>;
const levelOf = (t: BedReportTotals) => (t.area ? '二次医療圏' : t.prefecture ? '都道府県' : '全体');

/**
 * 「サマリー」: the report's totals as rows — the whole result first, then each prefecture followed
 * by its 二次医療圏 — with the same counts as bedReportSummary.
 */
export const BED_SUMMARY_COLUMNS: SummaryColumn[] = [
  { header: '集計単位', value: levelOf },
  { header: '都道府県コード', kind: 'code', value: (t) => t.prefecture?.code },
  { header: '都道府県', value: (t) => t.prefecture?.name },
  { header: '二次医療圏コード', kind: 'code', value: (t) => t.area?.code },
  { header: '二次医療圏', value: (t) => t.area?.name },
  { header: '対象医療機関数', kind: 'number', value: (t) => t.facilities },
  { header: '報告済', kind: 'number', value: (t) => t.reported },
  { header: '更新遅れ', kind: 'number', value: (t) => t.stale },
  { header: '未報告', kind: 'number', value: (t) => t.unreported },
  { header: '確保病床数(合計)', kind: 'number', value: (t) => t.securedTotal },
  { header: '即応病床数(合計)', kind: 'number', value: (t) => t.immediateTotal },
  { header: '空床数(合計)', kind: 'number', value: (t) => t.vacantTotal },
  ...BED_CATEGORIES.flatMap((category, index) =>
    (['secured', 'immediate', 'vacant'] as const).map((measure): SummaryColumn => ({
      header: `${category.label} ${BED_MEASURES.find((m) => m.column === measure)!.label}`,
      kind: 'number',
      value: (t) => t.categories[index][measure],
    })),
  ),
];

/** The summary's rows in reading order: overall, then each prefecture and its areas. */
export function summaryRows(summary: {
  overall: BedReportTotals;
  prefectures: BedReportTotals[];
  areas: BedReportTotals[];
}): BedReportTotals[] {
  return [
    summary.overall,
    ...summary.prefectures.flatMap((p) => [p, ...summary.areas.filter((a) => a.prefecture?.code === p.prefecture?.code)]),
  ];
}

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
 * search (`bedReportRows`: same filter, same order), so memory stays constant whatever the row
 * count. Run it inside a REPEATABLE READ transaction for one consistent picture.
 */
export async function* bedReportCsvChunks(
  db: EntityManager,
  args: {
    query: BedReportQuery;
    staleness: Staleness;
    encoding: CsvEncoding;
    reference: ReferenceCatalog;
    plainCodes?: boolean;
    /** 「詳細のみ」 (the default) or 「サマリー」. */
    view?: CsvView;
    batchRows?: number;
  },
  progress: ExportProgress,
): AsyncGenerator<Buffer> {
  const codes = args.plainCodes ? 'plain' : 'excel';
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
  const bom = (chunk: Buffer) => (args.encoding === 'utf8' ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), chunk]) : chunk);
  if (args.view === 'summary') {
    // A few hundred rows at most (one statement): written in one chunk.
    const rows = summaryRows(await bedReportSummary(db, { query: args.query, staleness: args.staleness, reference: args.reference }));
    progress.rows += rows.length;
    yield emit(bom(encode(new CsvWriter(BED_SUMMARY_COLUMNS, undefined, { codes }).document(rows))));
    return;
  }
  const writer = new CsvWriter(BED_REPORT_COLUMNS, args.reference, { codes });
  yield emit(bom(encode(writer.header())));
  for await (const batch of bedReportRows(db, args.query, {
    batchRows: args.batchRows ?? EXPORT_BATCH_ROWS,
    staleness: args.staleness,
  })) {
    for (let start = 0; start < batch.length; start += EXPORT_SLICE_ROWS) {
      const rows = batch.slice(start, start + EXPORT_SLICE_ROWS);
      progress.rows += rows.length;
      yield emit(encode(writer.rows(rows)));
      await nextTurn();
    }
  }
}
