import type { EntityManager } from 'typeorm';
import { Field, Int, ObjectType } from 'type-graphql';
import { SecondaryMedicalArea } from '../facilities/secondary-medical-area.entity';
import type { ReferenceCatalog } from '../facilities/reference-catalog';
import { filteredBedReportQuery } from './bed-report.search';
import type { BedReportQuery } from './bed-report.query';
import { Cost } from '../graphql/cost';

/**
 * Totals of 地域病床見える化 for one set of facilities: what a health centre coordinating
 * admissions asks first (how many beds are free, and whose figures can be trusted).
 * "Reported" facilities have a latest report newer than the stale threshold; 更新遅れ ones have
 * an older one; 未報告 ones none at all, so reported + stale + unreported = facilities.
 */
@ObjectType('BedReportTotals', { simpleResolvers: true, description: '地域病床見える化の集計 (二次医療圏ごと、または全体)' })
export class BedReportTotals {
  @Cost({ inRow: true })
  @Field(() => SecondaryMedicalArea, { nullable: true, description: '二次医療圏 (全体の集計では null)' })
  area!: SecondaryMedicalArea | null;
  @Field(() => Int, { description: '対象医療機関数' }) facilities!: number;
  @Field(() => Int, { description: '閾値内に報告済みの医療機関数' }) reported!: number;
  @Field(() => Int, { description: '更新遅れの医療機関数 (報告はあるが古い)' }) stale!: number;
  @Field(() => Int, { description: '未報告の医療機関数' }) unreported!: number;
  @Field(() => Int, { description: '確保病床数の合計 (最新の報告)' }) securedTotal!: number;
  @Field(() => Int, { description: '空床数の合計 (最新の報告)' }) vacantTotal!: number;
}

@ObjectType('BedReportSummary', { simpleResolvers: true, description: '地域病床見える化の集計: 全体と二次医療圏ごと' })
export class BedReportSummary {
  // The summary is one statement; its totals and their areas (from memory) come with it.
  @Cost({ inRow: true })
  @Field(() => BedReportTotals, { description: '条件に合う医療機関全体' }) overall!: BedReportTotals;
  // 330 二次医療圏 nationwide (the largest prefecture, 北海道, has 21).
  @Cost({ listSize: 330, inRow: true })
  @Field(() => [BedReportTotals], { description: '二次医療圏ごと (コード順)' }) areas!: BedReportTotals[];
}

interface TotalsRow {
  area_code: string | null;
  grouped: number;
  facilities: string;
  reported: string;
  stale: string;
  unreported: string;
  secured_total: string;
  vacant_total: string;
}

/**
 * The overall and per-area totals of the report's facilities, in one statement whatever the
 * number of areas (GROUP BY ROLLUP: one row per area plus the grand total).
 */
export async function bedReportSummary(
  db: EntityManager,
  args: { query: BedReportQuery; staleBefore: Date; reference: ReferenceCatalog },
): Promise<BedReportSummary> {
  const rows = await filteredBedReportQuery(db, args.query.filter, args.staleBefore)
    .select('f.area_code', 'area_code')
    .addSelect('GROUPING(f.area_code)', 'grouped')
    .addSelect('count(*)', 'facilities')
    .addSelect('count(*) FILTER (WHERE s.reported_at >= :staleBefore)', 'reported')
    .addSelect('count(*) FILTER (WHERE s.reported_at < :staleBefore)', 'stale')
    .addSelect('count(*) FILTER (WHERE s.id IS NULL)', 'unreported')
    .addSelect('COALESCE(sum(s.secured_total), 0)', 'secured_total')
    .addSelect('COALESCE(sum(s.vacant_total), 0)', 'vacant_total')
    .setParameter('staleBefore', args.staleBefore)
    .groupBy('ROLLUP(f.area_code)')
    .orderBy('f.area_code', 'ASC', 'NULLS LAST')
    .getRawMany<TotalsRow>();
  const toTotals = (row: TotalsRow | undefined, area: SecondaryMedicalArea | null): BedReportTotals => ({
    area,
    facilities: Number(row?.facilities ?? 0),
    reported: Number(row?.reported ?? 0),
    stale: Number(row?.stale ?? 0),
    unreported: Number(row?.unreported ?? 0),
    securedTotal: Number(row?.secured_total ?? 0),
    vacantTotal: Number(row?.vacant_total ?? 0),
  });
  const overall = rows.find((row) => Number(row.grouped) === 1);
  const areas = rows
    .filter((row) => Number(row.grouped) === 0 && row.area_code !== null)
    .map((row) => toTotals(row, args.reference.area(row.area_code!)));
  return { overall: toTotals(overall, null), areas };
}
