import { z } from 'zod';
import type { Viewer } from '../auth/viewer';
import { type Checked, fieldProblems } from '../shared/field-problems';
import { AcceptanceStatus, BED_CATEGORIES, type BedCategoryKey, MAX_COUNT, StaffingStatus } from './bed-categories';
import { scopedPrefecture } from './bed-access';

/**
 * 地域病床見える化's one query value: which facilities (filter) in which order (sort), checked by
 * one validator whichever door the request came through — the GraphQL report and its summary,
 * the CSV and standard-format exports, the live feed. The dashboard keeps the same shape in its
 * URL through the schema's generated BedReportFilter/BedReportOrder types.
 *
 * The check has the two stages the GraphQL API has: first the types (a status is one of the
 * enum's values, staleOnly a boolean), then the formats types cannot express (code patterns,
 * lengths), only once the types are right. So an export's query string with a wrong status is
 * answered the way GraphQL answers the same mistake, before any code format is judged.
 */

export enum BedReportSortField {
  FACILITY_CODE = 'FACILITY_CODE',
  FACILITY_NAME = 'FACILITY_NAME',
  AREA = 'AREA',
  LAST_UPDATED = 'LAST_UPDATED',
  VACANT_TOTAL = 'VACANT_TOTAL',
  SECURED_TOTAL = 'SECURED_TOTAL',
  VACANT_GENERAL = 'VACANT_GENERAL',
  VACANT_ICU_HCU = 'VACANT_ICU_HCU',
  VACANT_INFECTIOUS = 'VACANT_INFECTIOUS',
  VACANT_PSYCHIATRIC = 'VACANT_PSYCHIATRIC',
  VACANT_PEDIATRIC = 'VACANT_PEDIATRIC',
  VACANT_NEGATIVE_PRESSURE = 'VACANT_NEGATIVE_PRESSURE',
}

/** The 空床数 sort of each bed category (one per category of bed-categories.ts). */
export const VACANT_SORT_FIELDS: Record<BedCategoryKey, BedReportSortField> = {
  general: BedReportSortField.VACANT_GENERAL,
  icuHcu: BedReportSortField.VACANT_ICU_HCU,
  infectious: BedReportSortField.VACANT_INFECTIOUS,
  psychiatric: BedReportSortField.VACANT_PSYCHIATRIC,
  pediatric: BedReportSortField.VACANT_PEDIATRIC,
  negativePressure: BedReportSortField.VACANT_NEGATIVE_PRESSURE,
};

export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}

export const PREFECTURE_CODE = /^(0[1-9]|[1-3][0-9]|4[0-7])$/;
export const SECONDARY_MEDICAL_AREA_CODE = /^\d{4}$/;
/** Longest name or free-text search; a longer one is a mistake (or an attempt to make LIKE work hard). */
export const MAX_TEXT_QUERY = 100;

const listOf = (values: object) => Object.values(values).join(', ');
const text = (message: string) =>
  z
    .string({ error: message })
    .nullish()
    .transform((v) => v ?? null);
const STATUS_MESSAGE = `受入状況は ${listOf(AcceptanceStatus)} で指定してください。`;
const statuses = z
  .array(z.enum(AcceptanceStatus, { error: STATUS_MESSAGE }), { error: STATUS_MESSAGE })
  .nullish()
  .transform((v) => v ?? null);

const CATEGORY_MESSAGE = `病床区分は ${BED_CATEGORIES.map((c) => c.key).join(', ')} で指定してください。`;
const STAFFING_MESSAGE = `職員の充足状況は ${listOf(StaffingStatus)} で指定してください。`;
const MIN_VACANT_MESSAGE = `空床数の下限は 0〜${MAX_COUNT} の整数で指定してください。`;
const minimum = z
  .number({ error: MIN_VACANT_MESSAGE })
  .int({ error: MIN_VACANT_MESSAGE })
  .min(0, { error: MIN_VACANT_MESSAGE })
  .max(MAX_COUNT, { error: MIN_VACANT_MESSAGE });
const categoryKey = z.enum(BED_CATEGORIES.map((c) => c.key) as [BedCategoryKey, ...BedCategoryKey[]], { error: CATEGORY_MESSAGE });

const MESSAGES = {
  prefectureCode: '都道府県コードは 01〜47 の2桁で指定してください。',
  secondaryMedicalAreaCode: '二次医療圏コードは4桁の数字で指定してください。',
  text: `${MAX_TEXT_QUERY}文字以内で指定してください。`,
  nul: 'NUL文字（U+0000）は指定できません。',
  staleOnly: 'true または false で指定してください。',
  orderBy: `並び順は ${listOf(BedReportSortField)} で指定してください。`,
  direction: '並び順の方向は ASC または DESC で指定してください。',
};

const filterSchema = z.object({
  prefectureCode: text(MESSAGES.prefectureCode),
  secondaryMedicalAreaCode: text(MESSAGES.secondaryMedicalAreaCode),
  name: text(MESSAGES.text),
  search: text(MESSAGES.text),
  outpatientAcceptance: statuses,
  inpatientAcceptance: statuses,
  emergencyAcceptance: statuses,
  staffing: z
    .array(z.enum(StaffingStatus, { error: STAFFING_MESSAGE }), { error: STAFFING_MESSAGE })
    .nullish()
    .transform((v) => v ?? null),
  /** 空床数 (合計) がこの数以上. */
  minVacantTotal: minimum.nullish().transform((v) => v ?? null),
  /** 区分ごとの空床数の下限 (すべて満たす). A category named twice keeps its larger minimum. */
  minVacant: z
    .array(z.object({ category: categoryKey, atLeast: minimum }, { error: MIN_VACANT_MESSAGE }), { error: MIN_VACANT_MESSAGE })
    .nullish()
    .transform((list) => {
      if (!list?.length) return null;
      const byCategory = new Map<BedCategoryKey, number>();
      for (const m of list) byCategory.set(m.category, Math.max(m.atLeast, byCategory.get(m.category) ?? 0));
      // In the fixed category order, so equal filters are equal values (and statements).
      return BED_CATEGORIES.filter((c) => byCategory.has(c.key)).map((c) => ({ category: c.key, atLeast: byCategory.get(c.key)! }));
    }),
  staleOnly: z
    .boolean({ error: MESSAGES.staleOnly })
    .nullish()
    .transform((v) => v ?? false),
});

const sortSchema = z.object({
  field: z.enum(BedReportSortField, { error: MESSAGES.orderBy }),
  direction: z
    .enum(SortDirection, { error: MESSAGES.direction })
    .nullish()
    .transform((v) => v ?? SortDirection.ASC),
});

export type BedReportSort = z.output<typeof sortSchema>;
export const DEFAULT_BED_REPORT_SORT: BedReportSort = { field: BedReportSortField.FACILITY_CODE, direction: SortDirection.ASC };

const querySchema = z
  .object({
    filter: filterSchema.nullish().transform((f) => f ?? filterSchema.parse({})),
    orderBy: sortSchema.nullish().transform((s) => s ?? DEFAULT_BED_REPORT_SORT),
  })
  .check((ctx) => {
    // Second stage: runs only when every type above was right (zod skips object checks after a failed member).
    const { filter } = ctx.value;
    const problem = (field: keyof typeof filter, message: string) =>
      ctx.issues.push({ code: 'custom', path: ['filter', field], message, input: filter[field] });
    if (filter.prefectureCode !== null && !PREFECTURE_CODE.test(filter.prefectureCode)) problem('prefectureCode', MESSAGES.prefectureCode);
    if (filter.secondaryMedicalAreaCode !== null && !SECONDARY_MEDICAL_AREA_CODE.test(filter.secondaryMedicalAreaCode)) {
      problem('secondaryMedicalAreaCode', MESSAGES.secondaryMedicalAreaCode);
    }
    for (const field of ['name', 'search'] as const) {
      if ((filter[field]?.length ?? 0) > MAX_TEXT_QUERY) problem(field, MESSAGES.text);
      // PostgreSQL text cannot hold a NUL: refused here rather than by the database mid-export.
      else if (filter[field]?.includes('\u0000')) problem(field, MESSAGES.nul);
    }
  });

/** Any value in any field: the validator, not the caller's type, decides what is acceptable (a query string holds only strings). */
type Unchecked<T> = { [K in keyof T]?: unknown };
export type BedReportFilterInput = Unchecked<z.input<typeof filterSchema>> & { prefectureCode?: string | null };
/** A request as either door receives it: GraphQL's BedReportFilter/BedReportOrder, or an export's query string read into that shape. */
export interface BedReportQueryInput {
  filter?: BedReportFilterInput | null;
  orderBy?: Unchecked<z.input<typeof sortSchema>> | null;
}

export type BedReportFilter = z.output<typeof filterSchema> & {
  /** Set by the access rule, never by the caller: a facility account reads its own row only. */
  facilityId: number | null;
};

export interface BedReportQuery {
  readonly filter: Readonly<BedReportFilter>;
  readonly sort: Readonly<BedReportSort>;
}

/** Problems are named as the GraphQL input names its fields (and the export its parameters): a filter field by its own name, the sort as orderBy/direction. */
const fieldOf = (path: readonly PropertyKey[]): string => {
  if (path[0] === 'orderBy') return path[1] === 'direction' ? 'direction' : 'orderBy';
  return String(path[1] ?? path[0] ?? 'filter');
};

/**
 * The query one viewer may run: the access rule first (bed-access.ts: another prefecture is
 * FORBIDDEN, a prefecture-scoped viewer gets their own by default, a facility itself only), then
 * the one validator. Access errors are thrown as the rule throws them; input problems are returned.
 */
export function bedReportQueryFor(viewer: Viewer, input: BedReportQueryInput): Checked<BedReportQuery> {
  const { scope, prefectureCode } = scopedPrefecture(viewer, input.filter?.prefectureCode);
  const parsed = querySchema.safeParse({ ...input, filter: { ...input.filter, prefectureCode } });
  if (!parsed.success) return { ok: false, problems: fieldProblems(parsed.error.issues, fieldOf) };
  return { ok: true, value: { filter: { ...parsed.data.filter, facilityId: scope.facilityId }, sort: parsed.data.orderBy } };
}
