import type { EntityManager } from 'typeorm';
import { Field, Int, ObjectType } from 'type-graphql';
import { SecondaryMedicalArea } from '../facilities/secondary-medical-area.entity';
import { Cost } from '../graphql/cost';
import { BED_CATEGORIES } from './bed-categories';
import { BedCategoryTotals, COUNT_SUMS, type CountSumsRow, countSumsOf } from './bed-report.totals';

/** The chart reaches back at most eight weeks: a longer range is the export's job. */
export const MAX_HISTORY_DAYS = 56;
export const DEFAULT_HISTORY_DAYS = 28;
/** Days are Japanese calendar days, whatever the server's time zone. */
const TIME_ZONE = 'Asia/Tokyo';

@ObjectType('BedAreaDay', {
  simpleResolvers: true,
  description: '二次医療圏の1日分の病床数 (その日の終わりの時点で各医療機関の最新の報告)',
})
export class BedAreaDay {
  @Field(() => String, { description: '日付 (日本時間、YYYY-MM-DD)' }) date!: string;
  @Field(() => Int, { description: 'その日までに報告のあった医療機関数' }) facilitiesReporting!: number;
  @Field(() => Int, { description: '確保病床数の合計' }) securedTotal!: number;
  @Field(() => Int, { description: '即応病床数の合計' }) immediateTotal!: number;
  @Field(() => Int, { description: '空床数の合計' }) vacantTotal!: number;
  @Cost({ listSize: BED_CATEGORIES.length, inRow: true })
  @Field(() => [BedCategoryTotals], { description: '病床区分ごとの確保・即応・空床数' })
  categories!: BedCategoryTotals[];
}

@ObjectType('BedAreaHistory', { simpleResolvers: true, description: '二次医療圏の病床数の推移 (古い日から順)' })
export class BedAreaHistory {
  @Cost({ inRow: true })
  @Field(() => SecondaryMedicalArea)
  area!: SecondaryMedicalArea;
  @Cost({ listSize: MAX_HISTORY_DAYS, inRow: true })
  @Field(() => [BedAreaDay], { description: '1日1件、古い日から今日まで' })
  days!: BedAreaDay[];
}

/** The Japanese calendar date of an instant, as YYYY-MM-DD. */
export function japaneseDate(at: Date): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}

/**
 * Daily totals of one 二次医療圏 for the last `days` Japanese days up to today: for each day, each
 * facility's latest report made before that day ended (so a report is carried forward until the
 * next one), summed. One statement whatever the number of days or facilities: a day series
 * crossed with the area's facilities, each pair one probe of bed_snapshot_facility_latest_idx.
 * The days are dates counted back from today over an integer series, whose length the planner
 * knows (measured: 45 ms for 56 days of a 252-facility area over 660,000 snapshots, against
 * 255–310 ms for a series of timestamps, whose length it guesses as 1,000).
 * `facilityId` limits it to one facility (a facility account reads its own figures only).
 */
export async function bedAreaHistory(
  db: EntityManager,
  args: { areaCode: string; facilityId: number | null; days: number; now: Date },
): Promise<BedAreaDay[]> {
  const last = japaneseDate(args.now);
  const sums = COUNT_SUMS.map((sum) => `${sum.sql} AS ${sum.alias}`).join(',\n      ');
  const rows: CountSumsRow[] = await db.query(
    `SELECT to_char(d.day, 'YYYY-MM-DD') AS day, count(s.id) AS reporting,
      ${sums}
     FROM (SELECT $1::date - n AS day FROM generate_series(0, $2::integer - 1) AS n) d
     LEFT JOIN facility f ON f.area_code = $3 AND ($4::integer IS NULL OR f.id = $4)
     LEFT JOIN LATERAL (
       SELECT l.* FROM bed_snapshot l
       WHERE l.facility_id = f.id AND l.reported_at < (d.day + 1)::timestamp AT TIME ZONE '${TIME_ZONE}'
       ORDER BY l.reported_at DESC, l.id DESC LIMIT 1
     ) s ON true
     GROUP BY d.day
     ORDER BY d.day`,
    [last, args.days, args.areaCode, args.facilityId],
  );
  return rows.map((row) => ({ date: String(row.day), facilitiesReporting: Number(row.reporting), ...countSumsOf(row) }));
}
