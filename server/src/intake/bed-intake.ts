import { performance } from 'node:perf_hooks';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { type DataSource, In } from 'typeorm';
import type { Viewer } from '../auth/viewer';
import { mayIntakeFor } from '../beds/bed-access';
import {
  ACCEPTANCE_LABELS,
  AcceptanceStatus,
  BED_CATEGORIES,
  BED_COUNT_FIELDS,
  BED_MEASURES,
  bedCountProperty,
  type BedCountColumns,
  STAFFING_LABELS,
  StaffingStatus,
} from '../beds/bed-categories';
import { japanTime } from '../beds/bed-report.csv';
import { type BedReportContent, isReportingKind, reportSourceOf, storeBedReport, validateBedReport } from '../beds/bed-reporting';
import { BedCategory } from '../beds/bed-snapshot.entity';
import type { BedReportInput } from '../beds/bed-snapshot.input';
import { Facility } from '../facilities/facility.entity';
import { DomainError, type FieldProblem } from '../graphql/errors';
import type { SheetRow } from './bed-intake.read';

/**
 * 一括取込: a prefecture or a とりまとめ団体 uploads the bed report's own export (CSV or .xlsx,
 * beds/bed-report.csv.ts's columns), edited, and each row becomes a report of its facility.
 *
 * - The file is read as it streams, in batches (facilities and their latest reports looked up once
 *   per batch). Reading and checking give the event loop a turn whenever they have run for
 *   INTAKE_SLICE_MS, so other requests wait at most about that long however big the file.
 * - Memory does not grow with the file: each batch's rows that change or fail go to `onOutcomes`
 *   (the upload keeps them in the database for the result CSV) and only the first
 *   INTAKE_LISTED_ROWS changed and failed rows are kept for the answer; the rest are counted.
 * - A row is read on top of the facility's latest report: a column the file leaves out keeps its
 *   value; read-only columns (names, totals, 更新遅れ) are ignored. The report rules are the beds
 *   domain's one validator, its problems named by the file's column.
 * - 最終更新日時, when present, must still be the facility's latest report time: a hospital that
 *   reported after the export would otherwise have its new report overwritten by the file's old values.
 * - A row identical to the latest report is 変更なし and stores nothing, so applying the same file
 *   twice stores nothing the second time. Each row is its own transaction (all of a row or none of it).
 * - A dry run does everything but the write. Applying a checked file (`reportedAfter`) also refuses a
 *   row whose facility reported after the check: what was checked is what is stored.
 */

export type IntakeMode = 'dry-run' | 'apply';
export type IntakeRowStatus = 'CHANGED' | 'STORED' | 'UNCHANGED' | 'ERROR';

export interface IntakeError {
  row: number;
  /** The column's header, or '' for the row as a whole. */
  column: string;
  /** The cell, A1-style (e.g. AF12), when the problem is one cell's. */
  cell: string | null;
  message: string;
}

export interface IntakeChange {
  column: string;
  before: string;
  after: string;
}

export interface IntakeRowResult {
  row: number;
  facilityCode: string;
  facilityName: string | null;
  status: IntakeRowStatus;
  changes: IntakeChange[];
  errors: IntakeError[];
}

export interface IntakeSummary {
  mode: IntakeMode;
  /** Data rows read (blank rows not counted). */
  rows: number;
  /** Rows that change the facility's report (dry run), or were stored (apply). */
  changed: number;
  unchanged: number;
  failed: number;
  /**
   * Rows that change or fail, in file order (unchanged rows are only counted): the first
   * INTAKE_LISTED_ROWS changed rows and the first INTAKE_LISTED_ROWS failed rows.
   */
  results: IntakeRowResult[];
  /** true when some changed or failed rows are not in `results` (the result CSV has them all). */
  truncated: boolean;
}

/** A problem with the file as a whole (no header, too many rows): nothing of it is taken in after it. */
export class IntakeFileError extends Error {}

/** Rows looked up together: the lookups' answers are handled in one go, so a batch is kept small enough for that to be short. */
export const INTAKE_BATCH_ROWS = 125;
export const INTAKE_MAX_ROWS = 20_000;
/** Changed rows, and failed rows, that an answer lists (each); the result CSV has every row. */
export const INTAKE_LISTED_ROWS = 500;
/** Longest stretch of reading or checking before the event loop gets a turn (the README's stall target is 50 ms). */
export const INTAKE_SLICE_MS = 8;
const CODE_HEADER = '医療機関コード';
const UPDATED_HEADER = '最終更新日時';

type Content = BedReportContent;
interface EditableColumn {
  header: string;
  /** The validator's field name (validateBedReport), to name its problems by column. */
  field: string;
  read: (text: string) => { value: Content[keyof Content] } | { problem: string };
  get: (content: Content) => Content[keyof Content];
  set: (content: Content, value: Content[keyof Content]) => void;
  show: (value: Content[keyof Content]) => string;
  /** What a blank cell means for a facility not yet reported (0, 未回答, no note); for a reported one only a note may be blank. */
  blank: Content[keyof Content];
}

const count = (header: string) => (text: string) => {
  const plain = text.normalize('NFKC').replace(/,/g, '').trim();
  return /^\d{1,9}$/.test(plain) ? { value: Number(plain) } : { problem: `${header}は0以上の整数で入力してください（「${text}」）。` };
};
const labelled = <T extends string>(header: string, labels: Record<T, string>) => {
  const byLabel = new Map(Object.entries(labels).map(([value, label]) => [label as string, value as T]));
  return (text: string) => {
    const value = byLabel.get(text.normalize('NFKC').trim()) ?? byLabel.get(text.trim());
    return value
      ? { value }
      : { problem: `${header}は「${[...byLabel.keys()].join('」「')}」のいずれかで入力してください（「${text}」）。` };
  };
};

const EDITABLE: EditableColumn[] = [
  ...(
    [
      ['外来受入', 'outpatientAcceptance'],
      ['入院受入', 'inpatientAcceptance'],
      ['救急受入', 'emergencyAcceptance'],
    ] as const
  ).map(([header, key]): EditableColumn => ({
    header,
    field: key,
    read: labelled(header, ACCEPTANCE_LABELS),
    get: (c) => c[key],
    set: (c, v) => {
      c[key] = v as AcceptanceStatus;
    },
    show: (v) => ACCEPTANCE_LABELS[v as AcceptanceStatus],
    blank: AcceptanceStatus.UNANSWERED,
  })),
  {
    header: '職員の充足状況',
    field: 'staffing',
    read: labelled('職員の充足状況', STAFFING_LABELS),
    get: (c) => c.staffing,
    set: (c, v) => {
      c.staffing = v as StaffingStatus;
    },
    show: (v) => STAFFING_LABELS[v as StaffingStatus],
    blank: StaffingStatus.UNANSWERED,
  },
  ...BED_CATEGORIES.flatMap((category) =>
    BED_MEASURES.map((measure): EditableColumn => {
      const header = `${category.label} ${measure.label}`;
      const property = bedCountProperty(category.key, measure.key);
      return {
        header,
        field: `beds.${category.key}.${measure.column}`,
        read: count(header),
        get: (c) => c[property],
        set: (c, v) => {
          c[property] = v as number;
        },
        show: String,
        blank: 0,
      };
    }),
  ),
  ...(
    [
      ['人工呼吸器 保有台数', 'ventilatorsTotal'],
      ['人工呼吸器 使用中', 'ventilatorsInUse'],
      ['ECMO 保有台数', 'ecmoTotal'],
      ['ECMO 使用中', 'ecmoInUse'],
    ] as const
  ).map(([header, key]): EditableColumn => ({
    header,
    field: key,
    read: count(header),
    get: (c) => c[key],
    set: (c, v) => {
      c[key] = v as number;
    },
    show: String,
    blank: 0,
  })),
  {
    header: '備考',
    field: 'note',
    // The CSV export guards formulas with a leading apostrophe; it is not part of the note.
    read: (text) => ({ value: text.replace(/^'(?=[=+\-@\t\r\uff1d\uff0b\uff0d\uff20])/, '') }),
    get: (c) => c.note,
    set: (c, v) => {
      c.note = v === '' ? null : (v as string | null);
    },
    show: (v) => (v as string | null) ?? '',
    blank: null,
  },
];
const EDITABLE_BY_HEADER = new Map(EDITABLE.map((c) => [c.header, c]));
const HEADER_OF_FIELD = new Map(EDITABLE.map((c) => [c.field, c.header]));

/** Spreadsheet column letters: 0 → A, 26 → AA. */
function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** The latest report of a facility, as the batch reads it (the content columns only, no entity). */
interface LatestReport {
  reportedAt: Date;
  content: Content;
}

/** Every key of a report's content, for a field-by-field comparison. */
const CONTENT_KEYS = Object.keys(emptyContent()) as (keyof Content)[];
const LATEST_COLUMNS = [
  ...BED_COUNT_FIELDS.map((f) => [f.column, f.property] as const),
  ['outpatient_acceptance', 'outpatientAcceptance'],
  ['inpatient_acceptance', 'inpatientAcceptance'],
  ['emergency_acceptance', 'emergencyAcceptance'],
  ['staffing', 'staffing'],
  ['ventilators_total', 'ventilatorsTotal'],
  ['ventilators_in_use', 'ventilatorsInUse'],
  ['ecmo_total', 'ecmoTotal'],
  ['ecmo_in_use', 'ecmoInUse'],
  ['note', 'note'],
] as const;
const LATEST_SQL = `SELECT DISTINCT ON (facility_id) facility_id, reported_at, ${LATEST_COLUMNS.map(([column]) => column).join(', ')}
  FROM bed_snapshot WHERE facility_id = ANY($1::int[]) ORDER BY facility_id, reported_at DESC, id DESC`;

function latestOf(row: Record<string, unknown>): LatestReport {
  const content = {} as Record<keyof Content, unknown>;
  for (const [column, property] of LATEST_COLUMNS) content[property] = row[column];
  return { reportedAt: row.reported_at as Date, content: content as Content };
}

function sameContent(a: Content, b: Content): boolean {
  for (const key of CONTENT_KEYS) if (a[key] !== b[key]) return false;
  return true;
}

function emptyContent(): Content {
  const counts = Object.fromEntries(BED_COUNT_FIELDS.map((f) => [f.property, 0])) as BedCountColumns;
  return {
    ...counts,
    outpatientAcceptance: AcceptanceStatus.UNANSWERED,
    inpatientAcceptance: AcceptanceStatus.UNANSWERED,
    emergencyAcceptance: AcceptanceStatus.UNANSWERED,
    staffing: StaffingStatus.UNANSWERED,
    ventilatorsTotal: 0,
    ventilatorsInUse: 0,
    ecmoTotal: 0,
    ecmoInUse: 0,
    note: null,
  };
}

function inputOf(content: Content): BedReportInput {
  return {
    beds: BED_CATEGORIES.map((c) => ({
      category: c.key as BedCategory,
      secured: content[`${c.key}Secured`],
      immediate: content[`${c.key}Immediate`],
      inpatients: content[`${c.key}Inpatients`],
      severe: content[`${c.key}Severe`],
      vacant: content[`${c.key}Vacant`],
    })),
    outpatientAcceptance: content.outpatientAcceptance,
    inpatientAcceptance: content.inpatientAcceptance,
    emergencyAcceptance: content.emergencyAcceptance,
    staffing: content.staffing,
    ventilatorsTotal: content.ventilatorsTotal,
    ventilatorsInUse: content.ventilatorsInUse,
    ecmoTotal: content.ecmoTotal,
    ecmoInUse: content.ecmoInUse,
    note: content.note,
    idempotencyKey: null,
  };
}

/** 2026/11/24 09:05 however Excel rewrote it (2026/11/24 9:05, 2026-11-24 09:05:00), or null. */
function minuteOf(text: string): string | null {
  const m = /^(\d{4})[/-](\d{1,2})[/-](\d{1,2})[ T]+(\d{1,2}):(\d{2})/.exec(text.normalize('NFKC').trim());
  if (!m) return null;
  const pad = (s: string) => s.padStart(2, '0');
  return `${m[1]}/${pad(m[2])}/${pad(m[3])} ${pad(m[4])}:${m[5]}`;
}

/** 医療機関コード as written by the export (="0101…" in CSV) or as Excel left it (a number that lost its leading zero). */
function facilityCodeOf(text: string): string {
  const plain = text
    .normalize('NFKC')
    .trim()
    .replace(/^="(.*)"$/, '$1');
  return /^\d{9}$/.test(plain) ? `0${plain}` : plain;
}

interface Header {
  code: number;
  updated: number | null;
  editable: { index: number; column: EditableColumn }[];
}

function readHeader(cells: string[]): Header {
  const names = cells.map((c) => c.replace(/^\uFEFF/, '').trim());
  const code = names.indexOf(CODE_HEADER);
  if (code < 0)
    throw new IntakeFileError(
      `1行目に「${CODE_HEADER}」の列がありません。地域病床見える化のエクスポート（詳細のみ）の形式で作成してください。`,
    );
  const editable: Header['editable'] = [];
  const seen = new Set<string>();
  names.forEach((name, index) => {
    if (!name) return;
    if (seen.has(name)) throw new IntakeFileError(`1行目の列「${name}」が重複しています。`);
    seen.add(name);
    const column = EDITABLE_BY_HEADER.get(name);
    if (column) editable.push({ index, column });
  });
  if (editable.length === 0) throw new IntakeFileError('取り込める項目の列（病床数・受入状況など）が1つもありません。');
  const updated = names.indexOf(UPDATED_HEADER);
  return { code, updated: updated < 0 ? null : updated, editable };
}

interface Pending {
  row: number;
  cells: string[];
}

export interface IntakeOptions {
  viewer: Viewer;
  mode: IntakeMode;
  now?: () => Date;
  batchRows?: number;
  /** Applying a checked file: a facility that reported after this time has its row refused. */
  reportedAfter?: Date | null;
  /** Receives each batch's rows that change or fail, in file order, before the next batch is read (the result CSV's rows). */
  onOutcomes?: (results: IntakeRowResult[]) => Promise<void>;
  /** Called for a failure of the service (not of the file) on one row; the row is reported as failed. */
  onUnexpected?: (error: unknown) => void;
  /** Changed rows, and failed rows, the answer lists (INTAKE_LISTED_ROWS unless said). */
  listedRows?: number;
}

/**
 * Gives the event loop a turn once the synchronous work since the last turn has run for
 * INTAKE_SLICE_MS. A fixed number of rows between turns is not enough: a row costs several times
 * more on a loaded machine, and what a turn is for is the other requests' latency.
 */
class Slices {
  private started = performance.now();

  async next(): Promise<void> {
    if (performance.now() - this.started < INTAKE_SLICE_MS) return;
    await nextTurn();
    this.started = performance.now();
  }

  /** After an await that went to the database: the loop has had its turn. */
  restart(): void {
    this.started = performance.now();
  }
}

interface IntakeRun {
  db: DataSource;
  header: Header;
  /** 医療機関コード (as a number: compact for 20,000 rows) → the row it was first seen on. */
  seenCodes: Map<number, number>;
  options: IntakeOptions;
  summary: IntakeSummary;
  listed: { changed: number; failed: number };
  slices: Slices;
}

/** Reads the rows of an uploaded sheet and checks (dry run) or stores (apply) each as a report. */
export async function runBedIntake(db: DataSource, rows: AsyncIterable<SheetRow>, options: IntakeOptions): Promise<IntakeSummary> {
  const summary: IntakeSummary = { mode: options.mode, rows: 0, changed: 0, unchanged: 0, failed: 0, results: [], truncated: false };
  const batchRows = options.batchRows ?? INTAKE_BATCH_ROWS;
  const slices = new Slices();
  let run: IntakeRun | null = null;
  let batch: Pending[] = [];
  for await (const { row, cells } of rows) {
    await slices.next();
    if (cells.every((c) => c.trim() === '')) continue;
    if (!run) {
      run = { db, header: readHeader(cells), seenCodes: new Map(), options, summary, listed: { changed: 0, failed: 0 }, slices };
      continue;
    }
    summary.rows += 1;
    if (summary.rows > INTAKE_MAX_ROWS)
      throw new IntakeFileError(`1ファイルの行数は${INTAKE_MAX_ROWS.toLocaleString('ja-JP')}行までです。`);
    batch.push({ row, cells });
    if (batch.length >= batchRows) {
      await takeBatch(run, batch);
      batch = [];
    }
  }
  if (!run) throw new IntakeFileError('ファイルに行がありません。');
  if (batch.length) await takeBatch(run, batch);
  return summary;
}

async function takeBatch(run: IntakeRun, batch: Pending[]): Promise<void> {
  const { db, header, options, summary, slices } = run;
  const codes = [...new Set(batch.map((p) => facilityCodeOf(p.cells[header.code] ?? '')).filter((c) => /^\d{10}$/.test(c)))];
  const facilities = new Map(
    (codes.length ? await db.getRepository(Facility).findBy({ code: In(codes) }) : []).map((f) => [f.code, f] as const),
  );
  const ids = [...facilities.values()].map((f) => f.dbId);
  // Raw rows, not entities: building 250 BedSnapshot entities was one of the longest synchronous stretches.
  const latest = new Map<number, LatestReport>();
  if (ids.length) for (const row of await db.query(LATEST_SQL, [ids])) latest.set(row.facility_id as number, latestOf(row));
  slices.restart();

  const results: CheckedRow[] = [];
  for (const pending of batch) {
    await slices.next();
    results.push(checkRow(run, pending, facilities, latest));
  }
  if (options.mode === 'apply') {
    // Rows of a batch are different facilities (a repeated code is refused above), so their
    // transactions are independent: a few run at once on the pool's connections.
    const pending = results.filter((result) => result.status === 'CHANGED' && result.store);
    for (let at = 0; at < pending.length; at += STORE_CONCURRENCY) {
      await Promise.all(pending.slice(at, at + STORE_CONCURRENCY).map((result) => storeRow(db, result, options)));
    }
    slices.restart();
  }
  const outcomes: IntakeRowResult[] = [];
  for (const { store: _store, ...reported } of results) {
    if (reported.status === 'UNCHANGED') {
      summary.unchanged += 1;
      continue;
    }
    const failed = reported.status === 'ERROR';
    if (failed) summary.failed += 1;
    else summary.changed += 1;
    outcomes.push(reported);
    const listed = failed ? run.listed.failed++ : run.listed.changed++;
    if (listed < (options.listedRows ?? INTAKE_LISTED_ROWS)) summary.results.push(reported);
    else summary.truncated = true;
  }
  if (outcomes.length && options.onOutcomes) {
    await options.onOutcomes(outcomes);
    slices.restart();
  }
}

/** Rows of one batch stored at once (each its own transaction, on its own pooled connection). */
const STORE_CONCURRENCY = 4;

type CheckedRow = IntakeRowResult & { store?: { facility: Facility; content: Content } };

/** Stores one checked row in its own transaction; the row's result says what happened. */
async function storeRow(db: DataSource, result: CheckedRow, options: IntakeOptions): Promise<void> {
  try {
    const { facility, content } = result.store!;
    const stored = await db.transaction((m) =>
      storeBedReport(m, {
        viewer: options.viewer,
        facility,
        content,
        idempotencyKey: null,
        source: reportSourceOf(options.viewer, facility),
        now: options.now?.() ?? new Date(),
        duplicateWhen: 'unchanged',
      }),
    );
    result.status = stored.duplicate ? 'UNCHANGED' : 'STORED';
  } catch (error) {
    result.status = 'ERROR';
    const message = error instanceof DomainError ? error.message : 'サーバー内部でエラーが発生しました。この行は取り込まれていません。';
    if (!(error instanceof DomainError)) options.onUnexpected?.(error);
    result.errors.push({ row: result.row, column: '', cell: null, message });
  }
}

function checkRow(
  run: IntakeRun,
  { row, cells }: Pending,
  facilities: Map<string, Facility>,
  latestOf: Map<number, LatestReport>,
): CheckedRow {
  const { header, seenCodes, options } = run;
  const cellAt = (index: number) => `${columnLetter(index)}${row}`;
  const rawCode = cells[header.code] ?? '';
  const facilityCode = facilityCodeOf(rawCode);
  const result: CheckedRow = {
    row,
    facilityCode,
    facilityName: null,
    status: 'ERROR',
    changes: [],
    errors: [],
  };
  const fail = (column: string, index: number | null, message: string) => {
    result.errors.push({ row, column, cell: index === null ? null : cellAt(index), message });
    return result;
  };
  if (!/^\d{10}$/.test(facilityCode))
    return fail(CODE_HEADER, header.code, `医療機関コードは10桁の数字で入力してください（「${rawCode}」）。`);
  const earlier = seenCodes.get(Number(facilityCode));
  if (earlier !== undefined)
    return fail(CODE_HEADER, header.code, `同じ医療機関コードが${earlier}行目にもあります。1つの医療機関は1行にしてください。`);
  seenCodes.set(Number(facilityCode), row);
  const facility = facilities.get(facilityCode);
  if (!facility) return fail(CODE_HEADER, header.code, '医療機関コードに該当する医療機関がありません。');
  result.facilityName = facility.name;
  if (!mayIntakeFor(options.viewer, facility)) return fail(CODE_HEADER, header.code, '他の都道府県の医療機関は取り込めません。');
  if (!isReportingKind(facility.kind))
    return fail(CODE_HEADER, header.code, 'この施設類型は病床状況の報告対象ではありません（病院・診療所のみ）。');

  const latest = latestOf.get(facility.dbId) ?? null;
  if (header.updated !== null) {
    const text = (cells[header.updated] ?? '').trim();
    const current = latest ? japanTime(latest.reportedAt) : null;
    const inFile = text === '' ? null : minuteOf(text);
    if (text !== '' && inFile === null) {
      fail(UPDATED_HEADER, header.updated, `最終更新日時を読み取れません（「${text}」）。エクスポートしたときの値のままにしてください。`);
    } else if (inFile !== current) {
      fail(
        UPDATED_HEADER,
        header.updated,
        current
          ? `この医療機関には${current}の報告があります（ファイルは${text || '未報告'}の時点）。最新の状態をエクスポートし直してから編集してください。`
          : 'ファイルの最終更新日時の報告が見つかりません。最新の状態をエクスポートし直してください。',
      );
    }
  }
  const before = latest ? latest.content : null;
  const content = before ? { ...before } : emptyContent();
  // A facility never reported, left as the export wrote it (counts blank, statuses 未回答): nothing to take in.
  const blankRow = header.editable.every(({ index, column }) => {
    const text = (cells[index] ?? '').trim();
    return text === '' || (typeof column.blank === 'string' && text === column.show(column.blank));
  });
  if (!latest && blankRow && result.errors.length === 0) {
    result.status = 'UNCHANGED';
    return result;
  }
  for (const { index, column } of header.editable) {
    const text = cells[index] ?? '';
    if (text.trim() === '') {
      if (latest && column.field !== 'note') {
        fail(column.header, index, `${column.header}が空欄です。値を入力してください。`);
      } else {
        column.set(content, column.blank);
      }
      continue;
    }
    const read = column.read(text);
    if ('problem' in read) fail(column.header, index, read.problem);
    else column.set(content, read.value);
  }
  if (result.errors.length) return result;

  let checked: Content;
  try {
    checked = validateBedReport(inputOf(content));
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    const problems = (error.extensions.fieldErrors as FieldProblem[] | undefined) ?? [{ field: '', message: error.message }];
    for (const problem of problems) {
      const column = HEADER_OF_FIELD.get(problem.field) ?? '';
      const entry = header.editable.find((e) => e.column.header === column);
      fail(column, entry ? entry.index : null, problem.message);
    }
    return result;
  }
  if (before && sameContent(before, checked)) {
    result.status = 'UNCHANGED';
    return result;
  }
  if (latest && options.reportedAfter && latest.reportedAt.getTime() > options.reportedAfter.getTime()) {
    return fail(
      '',
      null,
      `確認のあと（${japanTime(latest.reportedAt)}）にこの医療機関の報告がありました。この行は取り込んでいません。最新の状態をエクスポートし直してから編集してください。`,
    );
  }
  for (const { column } of header.editable) {
    const old = before ? column.get(before) : null;
    const now = column.get(checked);
    if (old !== now)
      result.changes.push({ column: column.header, before: old === null && !before ? '' : column.show(old), after: column.show(now) });
  }
  result.status = 'CHANGED';
  result.store = { facility, content: checked };
  return result;
}
