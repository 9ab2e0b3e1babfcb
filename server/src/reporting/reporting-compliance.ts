import type { EntityManager } from 'typeorm';
import { currentPeriod, type FacilityPeriodStatus, facilityPeriodStatus, type ReportingPeriod } from './reporting-period';
import type { PrefectureSchedule } from './reporting-schedule';

type Queryable = Pick<EntityManager, 'query'>;

/** The windows compliance is reported over, in days. */
export const COMPLIANCE_WINDOWS = [7, 28] as const;

/**
 * Every judged reporting period (due time passed, within the last 28 days) of the prefectures
 * asked for, as the setting in force at the time made them (reporting_schedule_change; a
 * prefecture without history reports daily by 12:00). Same rule as reporting-period.ts, in SQL:
 * due times on the grid anchor + k·cadence (anchor: the daily due time in Japan, UTC+9), each
 * period opening half a cadence before its due time (the first one of a setting when the
 * setting took effect) and closing half a cadence after it (the last one of a setting when the
 * next took effect). $1 = now, $2 = prefecture code or null.
 */
const PERIODS = `
  segments AS (
    SELECT prefecture_code, effective_at AS seg_from,
           COALESCE(lead(effective_at) OVER (PARTITION BY prefecture_code ORDER BY effective_at), 'infinity') AS seg_to,
           due_minutes, cadence_hours
      FROM (SELECT prefecture_code, effective_at, due_minutes, cadence_hours FROM reporting_schedule_change
             UNION ALL
            SELECT p.code, '-infinity'::timestamptz, 720, 24 FROM prefecture p
             WHERE NOT EXISTS (SELECT 1 FROM reporting_schedule_change c WHERE c.prefecture_code = p.code)) s
     WHERE ($2::text IS NULL OR prefecture_code = $2)),
  grids AS (
    SELECT prefecture_code, seg_from, seg_to, (due_minutes - 540) * 60 AS anchor, cadence_hours * 3600 AS n,
           extract(epoch FROM greatest(seg_from, $1::timestamptz - interval '28 days')) AS lo,
           extract(epoch FROM least(seg_to, $1::timestamptz)) AS hi
      FROM segments
     WHERE seg_to > $1::timestamptz - interval '28 days' AND seg_from < $1::timestamptz),
  periods AS (
    SELECT g.prefecture_code,
           to_timestamp(g.anchor + k * g.n) AS due,
           CASE WHEN to_timestamp(g.anchor + (k - 1) * g.n) <= g.seg_from THEN g.seg_from
                ELSE to_timestamp(g.anchor + k * g.n - g.n / 2) END AS opens,
           least(to_timestamp(g.anchor + k * g.n + g.n / 2), g.seg_to) AS closes
      FROM grids g, generate_series(floor((g.lo - g.anchor) / g.n)::bigint + 1, floor((g.hi - g.anchor) / g.n)::bigint) AS k),
  judged AS (
    SELECT f.id AS facility_id, f.prefecture_code, f.area_code, p.due, r.first_at
      FROM facility f
      JOIN periods p ON p.prefecture_code = f.prefecture_code
      LEFT JOIN LATERAL (SELECT min(s.reported_at) AS first_at FROM bed_snapshot s
                          WHERE s.facility_id = f.id AND s.reported_at >= p.opens AND s.reported_at < p.closes) r ON true
     WHERE f.kind = 'HOSPITAL' AND ($3::text IS NULL OR f.area_code = $3) AND ($4::int IS NULL OR f.id = $4))`;

const COUNTS = COMPLIANCE_WINDOWS.map(
  (days) => `
    count(j.due) FILTER (WHERE j.due > $1::timestamptz - interval '${days} days') AS periods_${days},
    count(j.due) FILTER (WHERE j.due > $1::timestamptz - interval '${days} days' AND j.first_at <= j.due) AS on_time_${days},
    count(j.due) FILTER (WHERE j.due > $1::timestamptz - interval '${days} days' AND j.first_at > j.due) AS late_${days}`,
).join(',');

export interface ComplianceCounts {
  periods: number;
  onTime: number;
  late: number;
  missed: number;
}

export interface FacilityComplianceRow {
  facilityId: number;
  status: FacilityPeriodStatus;
  lastReportedAt: Date | null;
  windows: Record<(typeof COMPLIANCE_WINDOWS)[number], ComplianceCounts>;
}

export interface AreaComplianceRow {
  /** null: the prefecture's own row. */
  areaCode: string | null;
  windows: Record<(typeof COMPLIANCE_WINDOWS)[number], ComplianceCounts>;
}

type CountRow = Record<string, string | number | null>;

const windowsOf = (row: CountRow) =>
  Object.fromEntries(
    COMPLIANCE_WINDOWS.map((days) => {
      const periods = Number(row[`periods_${days}`] ?? 0);
      const onTime = Number(row[`on_time_${days}`] ?? 0);
      const late = Number(row[`late_${days}`] ?? 0);
      return [days, { periods, onTime, late, missed: periods - onTime - late }];
    }),
  ) as FacilityComplianceRow['windows'];

export interface ComplianceScope {
  prefectureCode: string;
  areaCode?: string | null;
  facilityId?: number | null;
}

const STATUS_ORDER: Record<FacilityPeriodStatus, number> = { OVERDUE: 0, BEFORE_DUE: 1, REPORTED: 2 };

/**
 * Per hospital of a prefecture (or one area, or one hospital): its status in the current period
 * and its periods on time / late / missed over the last 7 and 28 days. One statement; overdue
 * hospitals first, then those still before the due time, then those that reported.
 */
export async function facilityCompliance(
  db: Queryable,
  schedule: PrefectureSchedule,
  scope: ComplianceScope,
  now: Date,
): Promise<{ period: ReportingPeriod; rows: FacilityComplianceRow[] }> {
  const rows: (CountRow & { facility_id: number; code: string; latest_at: Date | null })[] = await db.query(
    `WITH ${PERIODS}
     SELECT f.id AS facility_id, f.code,
            (SELECT max(s.reported_at) FROM bed_snapshot s WHERE s.facility_id = f.id) AS latest_at, ${COUNTS}
       FROM facility f LEFT JOIN judged j ON j.facility_id = f.id
      WHERE f.kind = 'HOSPITAL' AND f.prefecture_code = $2 AND ($3::text IS NULL OR f.area_code = $3) AND ($4::int IS NULL OR f.id = $4)
      GROUP BY f.id`,
    [now, scope.prefectureCode, scope.areaCode ?? null, scope.facilityId ?? null],
  );
  const period = currentPeriod(schedule, now);
  const result = rows.map((row) => ({
    facilityId: row.facility_id,
    code: row.code,
    status: facilityPeriodStatus(period, row.latest_at, now),
    lastReportedAt: row.latest_at,
    windows: windowsOf(row),
  }));
  result.sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || a.code.localeCompare(b.code));
  return { period, rows: result.map(({ code: _code, ...row }) => row) };
}

/**
 * The share of periods reported on time per 二次医療圏 of a prefecture and for the prefecture
 * itself, over the last 7 and 28 days: one statement (GROUPING SETS), the prefecture's row last.
 */
export async function areaCompliance(db: Queryable, scope: ComplianceScope, now: Date): Promise<AreaComplianceRow[]> {
  const rows: (CountRow & { area_code: string | null; grouped: number })[] = await db.query(
    `WITH ${PERIODS}
     SELECT j.area_code, GROUPING(j.area_code) AS grouped, ${COUNTS}
       FROM judged j
      GROUP BY GROUPING SETS ((j.prefecture_code, j.area_code), (j.prefecture_code))
      ORDER BY grouped, j.area_code`,
    [now, scope.prefectureCode, scope.areaCode ?? null, scope.facilityId ?? null],
  );
  return rows.map((row) => ({ areaCode: Number(row.grouped) === 1 ? null : row.area_code, windows: windowsOf(row) }));
}
