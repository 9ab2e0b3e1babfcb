import { Field, ObjectType } from 'type-graphql';
import { Facility } from '../facilities/facility.entity';
import { BedSnapshot } from './bed-snapshot.entity';
import { Cost } from '../graphql/cost';
import type { Staleness } from './bed-staleness';

/**
 * One row of 地域病床見える化: a facility and its latest report. Every field is a plain property
 * set by the search, so the row needs no per-field middleware (simpleResolvers); its facility and
 * latest report come from the report's one page query, so they are read with their parent's row (cost).
 */
@ObjectType('BedReportRow', { simpleResolvers: true, description: '地域病床見える化の1行: 医療機関と最新の報告' })
export class BedReportRow {
  @Cost({ inRow: true })
  @Field(() => Facility)
  facility!: Facility;

  @Cost({ inRow: true })
  @Field(() => BedSnapshot, { nullable: true, description: '最新の報告 (未報告なら null)' })
  latest!: BedSnapshot | null;

  @Field(() => Date, { nullable: true, description: '最終更新日時 (未報告なら null)' })
  lastUpdated!: Date | null;

  @Field(() => Boolean, {
    description: '更新遅れ: 未報告、最終更新が閾値 (既定24時間) より古い、または直近に過ぎた報告期限の報告期間より前',
  })
  stale!: boolean;
}

export function toBedReportRow(facility: Facility, latest: BedSnapshot | null, staleness: Staleness): BedReportRow {
  const lastUpdated = latest?.reportedAt ?? null;
  return { facility, latest, lastUpdated, stale: lastUpdated === null || lastUpdated < staleness.before(facility.prefectureCode) };
}
