import crypto from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { Role, type Viewer } from '../auth/viewer';
import { badUserInput, conflict, DomainError, type FieldProblem } from '../graphql/errors';
import { Facility, FacilityKind } from '../facilities/facility.entity';
import {
  AcceptanceStatus,
  BED_CATEGORIES,
  BED_COUNT_FIELDS,
  type BedCategoryKey,
  type BedCountColumns,
  MAX_COUNT,
  NOTE_MAX_LENGTH,
  StaffingStatus,
} from './bed-categories';
import { assertMayReportFor, mayReportFor } from './bed-access';
import { BedSnapshot, ReportSource } from './bed-snapshot.entity';
import { notifyBedStatusChange } from './bed-status-changes';
import type { BedReportBatchRow, BedReportInput } from './bed-snapshot.input';

/**
 * An identical report from the same facility within this window is taken as a retry (a double
 * click, a resent request) and not stored again. After it, the same numbers are a new report:
 * "nothing changed" is itself news, because it refreshes the report's age.
 */
export const RETRY_WINDOW_MS = 10 * 60 * 1000;
export const MAX_BATCH_ROWS = 1000;
/**
 * Most field problems one report can have: every count of every category, the ventilator/ECMO
 * pairs, the note and the key (the cost model sizes the batch result's error list with it).
 */
export const MAX_BED_REPORT_PROBLEMS = BED_COUNT_FIELDS.length + 4 + 2;
/** Kinds that have beds to report. */
const REPORTING_KINDS = new Set<FacilityKind>([FacilityKind.HOSPITAL, FacilityKind.CLINIC]);
export const isReportingKind = (kind: FacilityKind): boolean => REPORTING_KINDS.has(kind);

/** The validated content of a report, as stored. */
export type BedReportContent = BedCountColumns & {
  outpatientAcceptance: AcceptanceStatus;
  inpatientAcceptance: AcceptanceStatus;
  emergencyAcceptance: AcceptanceStatus;
  staffing: StaffingStatus;
  ventilatorsTotal: number;
  ventilatorsInUse: number;
  ecmoTotal: number;
  ecmoInUse: number;
  note: string | null;
};

const countProblem = (value: number): string | null =>
  !Number.isInteger(value) || value < 0
    ? '0以上の整数で入力してください。'
    : value > MAX_COUNT
      ? `${MAX_COUNT}以下で入力してください。`
      : null;

/**
 * Checks a report and returns its normalised content, or throws BAD_USER_INPUT listing every
 * problem per field (field names such as `beds.general.vacant`, for errors beside each input).
 */
export function validateBedReport(input: BedReportInput): BedReportContent {
  const problems: FieldProblem[] = [];
  const counts = Object.fromEntries(BED_COUNT_FIELDS.map((f) => [f.property, 0])) as BedCountColumns;
  const seen = new Set<BedCategoryKey>();
  const beds = input.beds ?? [];
  if (beds.length > BED_CATEGORIES.length) {
    problems.push({ field: 'beds', message: `病床区分は${BED_CATEGORIES.length}件以内で入力してください。` });
  }
  for (const bed of beds.length > BED_CATEGORIES.length ? [] : beds) {
    const category = BED_CATEGORIES.find((c) => c.key === bed.category);
    if (!category) continue; // the enum type already rejects unknown categories
    const at = `beds.${category.key}`;
    if (seen.has(category.key)) {
      problems.push({ field: at, message: `${category.label}が重複しています。` });
      continue;
    }
    seen.add(category.key);
    let valid = true;
    for (const [measure, label] of [
      ['secured', '確保病床数'],
      ['immediate', '即応病床数'],
      ['inpatients', '入院患者数'],
      ['severe', '重症者数'],
      ['vacant', '空床数'],
    ] as const) {
      const problem = countProblem(bed[measure]);
      if (problem) {
        problems.push({ field: `${at}.${measure}`, message: `${category.label}の${label}は${problem}` });
        valid = false;
      }
    }
    if (!valid) continue;
    if (bed.vacant > bed.secured)
      problems.push({ field: `${at}.vacant`, message: `${category.label}の空床数は確保病床数(${bed.secured})以下にしてください。` });
    if (bed.immediate > bed.secured)
      problems.push({ field: `${at}.immediate`, message: `${category.label}の即応病床数は確保病床数(${bed.secured})以下にしてください。` });
    if (bed.severe > bed.inpatients)
      problems.push({ field: `${at}.severe`, message: `${category.label}の重症者数は入院患者数(${bed.inpatients})以下にしてください。` });
    counts[`${category.key}Secured`] = bed.secured;
    counts[`${category.key}Immediate`] = bed.immediate;
    counts[`${category.key}Inpatients`] = bed.inpatients;
    counts[`${category.key}Severe`] = bed.severe;
    counts[`${category.key}Vacant`] = bed.vacant;
  }
  for (const [total, inUse, label] of [
    ['ventilatorsTotal', 'ventilatorsInUse', '人工呼吸器'],
    ['ecmoTotal', 'ecmoInUse', 'ECMO'],
  ] as const) {
    const totalProblem = countProblem(input[total]);
    const inUseProblem = countProblem(input[inUse]);
    if (totalProblem) problems.push({ field: total, message: `${label}の保有台数は${totalProblem}` });
    if (inUseProblem) problems.push({ field: inUse, message: `${label}の使用中台数は${inUseProblem}` });
    if (!totalProblem && !inUseProblem && input[inUse] > input[total]) {
      problems.push({ field: inUse, message: `${label}の使用中台数は保有台数(${input[total]})以下にしてください。` });
    }
  }
  // Line breaks are stored as LF whatever the client sent, so exports and screens agree.
  const note = input.note == null ? null : input.note.replace(/\r\n?/g, '\n').trim();
  if (note !== null && [...note].length > NOTE_MAX_LENGTH) {
    problems.push({ field: 'note', message: `備考は${NOTE_MAX_LENGTH}文字以内で入力してください（現在${[...note].length}文字）。` });
  }
  if (input.idempotencyKey != null && (input.idempotencyKey.length < 1 || input.idempotencyKey.length > 100)) {
    problems.push({ field: 'idempotencyKey', message: '冪等キーは1〜100文字で指定してください。' });
  }
  if (problems.length) throw badUserInput('入力内容に誤りがあります。', problems);
  return {
    ...counts,
    outpatientAcceptance: input.outpatientAcceptance ?? AcceptanceStatus.UNANSWERED,
    inpatientAcceptance: input.inpatientAcceptance ?? AcceptanceStatus.UNANSWERED,
    emergencyAcceptance: input.emergencyAcceptance ?? AcceptanceStatus.UNANSWERED,
    staffing: input.staffing ?? StaffingStatus.UNANSWERED,
    ventilatorsTotal: input.ventilatorsTotal,
    ventilatorsInUse: input.ventilatorsInUse,
    ecmoTotal: input.ecmoTotal,
    ecmoInUse: input.ecmoInUse,
    note: note === '' ? null : note,
  };
}

/** A stable fingerprint of the content (key order fixed), to recognise an identical resubmission. */
export function contentHash(content: BedReportContent): string {
  const keys = Object.keys(content).sort() as (keyof BedReportContent)[];
  return crypto
    .createHash('sha256')
    .update(JSON.stringify(keys.map((k) => [k, content[k]])))
    .digest('hex');
}

export interface RecordedReport {
  snapshot: BedSnapshot;
  /** true when this submission was recognised as a retry and nothing new was stored. */
  duplicate: boolean;
}

/** Locks key space for this domain's advisory locks (pg_advisory_xact_lock(int, int)). */
const BED_REPORT_LOCK = 0x62656473; // "beds"

/** Throws unless the viewer may report for the facility and the facility is of a kind that reports beds. */
export function assertReportable(viewer: Viewer, facility: Facility): void {
  assertMayReportFor(viewer, facility);
  if (!REPORTING_KINDS.has(facility.kind)) {
    throw badUserInput('この施設類型は病床状況の報告対象ではありません。', [
      { field: 'facilityId', message: '病院・診療所のみ報告できます。' },
    ]);
  }
}

/**
 * Who sent a report, by path: the facility itself, a とりまとめ団体 (保健所) taking in a file, or
 * the prefecture (proxy report, batch, file).
 */
export function reportSourceOf(viewer: Viewer, facility: Pick<Facility, 'dbId'>): ReportSource {
  if (viewer.facilityId !== null && viewer.facilityId === facility.dbId) return ReportSource.FACILITY;
  return viewer.role === Role.HEALTH_CENTER_AGGREGATOR ? ReportSource.HEALTH_CENTER : ReportSource.PREFECTURE;
}

/** A checked report, ready to be stored by storeBedReport. */
export interface ReportToStore {
  viewer: Viewer;
  facility: Facility;
  content: BedReportContent;
  idempotencyKey: string | null;
  source: ReportSource;
  now: Date;
  /**
   * When a report without a key counts as already stored: `retry-window` (the default) an identical
   * latest report of the last RETRY_WINDOW_MS (a resend); `unchanged` an identical latest report of
   * any age (bulk intake: re-applying a file, or a row nobody edited, stores nothing).
   */
  duplicateWhen?: 'retry-window' | 'unchanged';
  /** The report this one corrects (訂正): the new snapshot takes its reportedAt and records it. */
  corrects?: BedSnapshot;
}

/**
 * Stores one checked report as a new snapshot inside the caller's transaction. Reports of one
 * facility are serialised by an advisory lock, so two concurrent retries cannot both be stored.
 */
export async function storeBedReport(m: EntityManager, report: ReportToStore): Promise<RecordedReport> {
  const { facility, content, idempotencyKey, now } = report;
  const hash = contentHash(content);
  await m.query('SELECT pg_advisory_xact_lock($1, $2)', [BED_REPORT_LOCK, facility.dbId]);
  const repo = m.getRepository(BedSnapshot);
  if (idempotencyKey != null) {
    const earlier = await repo.findOneBy({ facilityId: facility.dbId, idempotencyKey });
    if (earlier) {
      if (earlier.contentHash !== hash) throw conflict('この冪等キーは別の内容の報告で使用済みです。');
      return { snapshot: earlier, duplicate: true };
    }
  } else if (!report.corrects) {
    const latest = await latestSnapshot(m, facility.dbId);
    const unchanged = latest !== null && latest.contentHash === hash;
    if (unchanged && (report.duplicateWhen === 'unchanged' || now.getTime() - latest.reportedAt.getTime() < RETRY_WINDOW_MS)) {
      return { snapshot: latest, duplicate: true };
    }
  }
  const inserted = await repo.insert({
    ...content,
    facilityId: facility.dbId,
    reportedAt: report.corrects?.reportedAt ?? now,
    reportedByAccountId: report.viewer.accountId,
    source: report.source,
    idempotencyKey,
    contentHash: hash,
    correctsSnapshotId: report.corrects?.dbId ?? null,
    correctedAt: report.corrects ? now : null,
  });
  const snapshot = await repo.findOneByOrFail({ dbId: inserted.identifiers[0].dbId as number });
  // Subscribers on every server process hear of it once (and only if) this transaction commits.
  await notifyBedStatusChange(m, facility, snapshot.dbId);
  return { snapshot, duplicate: false };
}

/** Stores one report as a new snapshot, in one transaction (storeBedReport). */
export async function recordBedReport(
  db: DataSource,
  args: { viewer: Viewer; facility: Facility; input: BedReportInput; source: ReportSource; now?: Date },
): Promise<RecordedReport> {
  const { viewer, facility, input, source } = args;
  assertReportable(viewer, facility);
  const content = validateBedReport(input);
  const now = args.now ?? new Date();
  return db.transaction((m) => storeBedReport(m, { viewer, facility, content, idempotencyKey: input.idempotencyKey ?? null, source, now }));
}

async function latestSnapshot(m: EntityManager, facilityId: number): Promise<BedSnapshot | null> {
  return m.getRepository(BedSnapshot).findOne({ where: { facilityId }, order: { reportedAt: 'DESC', dbId: 'DESC' } });
}

export interface BatchRowResult {
  index: number;
  facilityCode: string;
  snapshot: BedSnapshot | null;
  duplicate: boolean;
  errors: FieldProblem[];
  errorCode: string | null;
}

/**
 * A prefectural system's batch: each row is its own transaction (all or nothing per row, never a
 * partial row), and every row gets a result saying whether it was stored and, if not, why.
 */
export async function recordBedReportBatch(
  db: DataSource,
  viewer: Viewer,
  rows: BedReportBatchRow[],
  now?: Date,
  onUnexpected: (error: unknown) => void = () => {},
): Promise<BatchRowResult[]> {
  if (rows.length === 0 || rows.length > MAX_BATCH_ROWS) {
    throw badUserInput(`一括報告は1〜${MAX_BATCH_ROWS}件で送信してください。`, [
      { field: 'rows', message: `1〜${MAX_BATCH_ROWS}件で送信してください。` },
    ]);
  }
  const codes = [...new Set(rows.map((r) => r.facilityCode).filter((c) => /^\d{10}$/.test(c)))];
  const facilities = new Map(
    (codes.length ? await db.getRepository(Facility).createQueryBuilder('f').where('f.code IN (:...codes)', { codes }).getMany() : []).map(
      (f) => [f.code, f],
    ),
  );
  const results: BatchRowResult[] = [];
  for (const [index, row] of rows.entries()) {
    const result: BatchRowResult = { index, facilityCode: row.facilityCode, snapshot: null, duplicate: false, errors: [], errorCode: null };
    results.push(result);
    const facility = facilities.get(row.facilityCode);
    if (!facility) {
      result.errorCode = 'NOT_FOUND';
      result.errors = [{ field: 'facilityCode', message: '医療機関コードに該当する医療機関がありません。' }];
      continue;
    }
    if (!mayReportFor(viewer, facility)) {
      result.errorCode = 'FORBIDDEN';
      result.errors = [{ field: 'facilityCode', message: '他の都道府県の医療機関は報告できません。' }];
      continue;
    }
    try {
      const recorded = await recordBedReport(db, { viewer, facility, input: row.report, source: ReportSource.PREFECTURE, now });
      result.snapshot = recorded.snapshot;
      result.duplicate = recorded.duplicate;
    } catch (error) {
      // One broken row must not cost the others their results: it is reported, logged, and the batch goes on.
      if (!(error instanceof DomainError)) {
        onUnexpected(error);
        result.errorCode = 'INTERNAL_SERVER_ERROR';
        result.errors = [{ field: '', message: 'サーバー内部でエラーが発生しました。' }];
        continue;
      }
      result.errorCode = String(error.extensions.code);
      const fieldErrors = error.extensions.fieldErrors as FieldProblem[] | undefined;
      result.errors = fieldErrors ?? [{ field: '', message: error.message }];
    }
  }
  return results;
}
