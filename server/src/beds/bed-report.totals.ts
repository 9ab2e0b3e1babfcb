import type { Staleness } from './bed-staleness';
import type { EntityManager } from 'typeorm';
import { Field, Int, ObjectType } from 'type-graphql';
import { SecondaryMedicalArea } from '../facilities/secondary-medical-area.entity';
import type { ReferenceCatalog } from '../facilities/reference-catalog';
import { filteredBedReportQuery } from './bed-report.search';
import type { BedReportQuery } from './bed-report.query';
import { Cost } from '../graphql/cost';
import { Prefecture } from '../facilities/prefecture.entity';
import { BED_CATEGORIES } from './bed-categories';
import { BedCategory } from './bed-snapshot.entity';

/** One bed category's sums over a set of facilities' latest reports (or over one day's, in the history). */
@ObjectType('BedCategoryTotals', { simpleResolvers: true, description: '病床区分ごとの合計' })
export class BedCategoryTotals {
  @Field(() => BedCategory) category!: BedCategory;
  @Field(() => String, { description: '病床区分の表示名' }) label!: string;
  @Field(() => Int, { description: '確保病床数' }) secured!: number;
  @Field(() => Int, { description: '即応病床数' }) immediate!: number;
  @Field(() => Int, { description: '空床数' }) vacant!: number;
}

/**
 * Totals of 地域病床見える化 for one set of facilities: what a health centre coordinating
 * admissions asks first (how many beds are free, and whose figures can be trusted).
 * "Reported" facilities have a latest report newer than the stale threshold; 更新遅れ ones have
 * an older one; 未報告 ones none at all, so reported + stale + unreported = facilities.
 */
@ObjectType('BedReportTotals', { simpleResolvers: true, description: '地域病床見える化の集計 (二次医療圏ごと、都道府県ごと、または全体)' })
export class BedReportTotals {
  @Cost({ inRow: true })
  @Field(() => Prefecture, { nullable: true, description: '都道府県 (全体の集計では null)' })
  prefecture!: Prefecture | null;
  @Cost({ inRow: true })
  @Field(() => SecondaryMedicalArea, { nullable: true, description: '二次医療圏 (都道府県・全体の集計では null)' })
  area!: SecondaryMedicalArea | null;
  @Field(() => Int, { description: '対象医療機関数' }) facilities!: number;
  @Field(() => Int, { description: '閾値内に報告済みの医療機関数' }) reported!: number;
  @Field(() => Int, { description: '更新遅れの医療機関数 (報告はあるが古い)' }) stale!: number;
  @Field(() => Int, { description: '未報告の医療機関数' }) unreported!: number;
  @Field(() => Int, { description: '確保病床数の合計 (最新の報告)' }) securedTotal!: number;
  @Field(() => Int, { description: '即応病床数の合計 (最新の報告)' }) immediateTotal!: number;
  @Field(() => Int, { description: '空床数の合計 (最新の報告)' }) vacantTotal!: number;
  @Cost({ listSize: BED_CATEGORIES.length, inRow: true })
  @Field(() => [BedCategoryTotals], { description: '病床区分ごとの確保・即応・空床数 (区分の定めた順)' })
  categories!: BedCategoryTotals[];
}

@ObjectType('BedReportSummary', { simpleResolvers: true, description: '地域病床見える化の集計: 全体、都道府県ごと、二次医療圏ごと' })
export class BedReportSummary {
  // The summary is one statement; its totals and their areas (from memory) come with it.
  @Cost({ inRow: true })
  @Field(() => BedReportTotals, { description: '条件に合う医療機関全体' })
  overall!: BedReportTotals;
  @Cost({ listSize: 47, inRow: true })
  @Field(() => [BedReportTotals], { description: '都道府県ごと (コード順)' })
  prefectures!: BedReportTotals[];
  // 330 二次医療圏 nationwide (the largest prefecture, 北海道, has 21).
  @Cost({ listSize: 330, inRow: true })
  @Field(() => [BedReportTotals], { description: '二次医療圏ごと (コード順)' })
  areas!: BedReportTotals[];
}

/** The sums every totals row has: over the latest reports (summary) or one day's reports (history). */
export const COUNT_SUMS: readonly { alias: string; sql: string }[] = [
  { alias: 'secured_total', sql: 'COALESCE(sum(s.secured_total), 0)' },
  { alias: 'vacant_total', sql: 'COALESCE(sum(s.vacant_total), 0)' },
  { alias: 'immediate_total', sql: `COALESCE(sum(${BED_CATEGORIES.map((c) => `s.${c.column}_immediate`).join(' + ')}), 0)` },
  ...BED_CATEGORIES.flatMap((c) =>
    (['secured', 'immediate', 'vacant'] as const).map((m) => ({ alias: `${c.column}_${m}`, sql: `COALESCE(sum(s.${c.column}_${m}), 0)` })),
  ),
];

export type CountSumsRow = Record<string, string | number | null>;

/** The sums of one totals row (COUNT_SUMS's columns), as numbers. */
export function countSumsOf(
  row: CountSumsRow | undefined,
): Pick<BedReportTotals, 'securedTotal' | 'immediateTotal' | 'vacantTotal' | 'categories'> {
  const n = (alias: string) => Number(row?.[alias] ?? 0);
  return {
    securedTotal: n('secured_total'),
    immediateTotal: n('immediate_total'),
    vacantTotal: n('vacant_total'),
    categories: BED_CATEGORIES.map((c) => ({
      category: c.key as BedCategory,
      label: c.label,
      secured: n(`${c.column}_secured`),
      immediate: n(`${c.column}_immediate`),
      vacant: n(`${c.column}_vacant`),
    })),
  };
}

/** GROUPING(prefecture, area) of a ROLLUP row: 0 one area, 1 one prefecture, 3 the grand total. */
const AREA_ROW = 0;
const PREFECTURE_ROW = 1;
const OVERALL_ROW = 3;

/**
 * The overall, per-prefecture and per-area totals of the report's facilities, in one statement
 * whatever the number of areas (GROUP BY ROLLUP(prefecture, area): one row per area, one per
 * prefecture and the grand total).
 */
export async function bedReportSummary(
  db: EntityManager,
  args: { query: BedReportQuery; staleness: Staleness; reference: ReferenceCatalog },
): Promise<BedReportSummary> {
  const statement = filteredBedReportQuery(db, args.query.filter, args.staleness)
    .select('f.prefecture_code', 'prefecture_code')
    .addSelect('f.area_code', 'area_code')
    .addSelect('GROUPING(f.prefecture_code, f.area_code)', 'grouped')
    .addSelect('count(*)', 'facilities')
    .addSelect(`count(*) FILTER (WHERE s.reported_at >= ${args.staleness.sql('f.prefecture_code')})`, 'reported')
    .addSelect(`count(*) FILTER (WHERE s.reported_at < ${args.staleness.sql('f.prefecture_code')})`, 'stale')
    .addSelect('count(*) FILTER (WHERE s.id IS NULL)', 'unreported');
  for (const sum of COUNT_SUMS) statement.addSelect(sum.sql, sum.alias);
  const rows = await statement
    .setParameters(args.staleness.parameters)
    .groupBy('ROLLUP(f.prefecture_code, f.area_code)')
    .orderBy('f.prefecture_code', 'ASC', 'NULLS LAST')
    .addOrderBy('f.area_code', 'ASC', 'NULLS FIRST')
    .getRawMany<CountSumsRow>();
  const toTotals = (row: CountSumsRow | undefined, prefecture: Prefecture | null, area: SecondaryMedicalArea | null): BedReportTotals => ({
    prefecture,
    area,
    facilities: Number(row?.facilities ?? 0),
    reported: Number(row?.reported ?? 0),
    stale: Number(row?.stale ?? 0),
    unreported: Number(row?.unreported ?? 0),
    ...countSumsOf(row),
  });
  const of = (level: number) => rows.filter((row) => Number(row.grouped) === level);
  const prefectureOf = (row: CountSumsRow) => args.reference.prefecture(String(row.prefecture_code));
  return {
    overall: toTotals(of(OVERALL_ROW)[0], null, null),
    prefectures: of(PREFECTURE_ROW).map((row) => toTotals(row, prefectureOf(row), null)),
    areas: of(AREA_ROW)
      .filter((row) => row.area_code !== null)
      .map((row) => toTotals(row, prefectureOf(row), args.reference.area(String(row.area_code)))),
  };
}
