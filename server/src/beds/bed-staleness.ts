import type { EntityManager } from 'typeorm';

/**
 * Since when a report counts as fresh under each prefecture's reporting schedule. The reporting
 * domain provides it (reporting/reporting.module.ts) through the context, so beds never imports
 * reporting: reporting reads bed reports, beds only asks this question.
 */
export interface ReportingFreshness {
  freshSince(db: Pick<EntityManager, 'query'>, now: Date): Promise<FreshSince>;
}

export interface FreshSince {
  /** For a prefecture that has not set a schedule (the default: daily by 12:00). */
  byDefault: Date;
  byPrefecture: ReadonlyMap<string, Date>;
}

declare module '../graphql/context' {
  interface DomainContext {
    reportingFreshness: ReportingFreshness;
  }
}

/**
 * When a facility's latest report is 更新遅れ. The one place the rule is worked out: a report is
 * stale when it is older than the fixed age (GMIS_BED_REPORT_STALE_HOURS) or older than the
 * opening of its prefecture's latest reporting period whose due time has passed (it missed that
 * deadline: in 災害 every 2 h, a report from before the last due period is stale however young).
 * A due time counts only if it fell while the setting that defines it was in force: right after
 * a switch to 災害 the last due time is still the old setting's, until the first one of 災害.
 */
export class Staleness {
  constructor(
    private readonly fixed: Date,
    private readonly fresh: FreshSince,
  ) {}

  /** Reports before this are 更新遅れ for a facility of the prefecture. */
  before(prefectureCode: string): Date {
    const period = this.fresh.byPrefecture.get(prefectureCode) ?? this.fresh.byDefault;
    return period > this.fixed ? period : this.fixed;
  }

  /**
   * The same threshold in SQL for the facility's prefecture column: with `staleParameters` bound,
   * `<reported_at> < ${staleness.sql('f.prefecture_code')}` is the rule.
   */
  sql(prefectureColumn: string): string {
    return `GREATEST(CAST(:staleFixed AS timestamptz), COALESCE(CAST(CAST(:stalePeriods AS jsonb) ->> CAST(${prefectureColumn} AS text) AS timestamptz), CAST(:staleDefault AS timestamptz)))`;
  }

  get parameters(): { staleFixed: Date; staleDefault: Date; stalePeriods: string } {
    return {
      staleFixed: this.fixed,
      staleDefault: this.fresh.byDefault,
      stalePeriods: JSON.stringify(Object.fromEntries([...this.fresh.byPrefecture].map(([code, at]) => [code, at.toISOString()]))),
    };
  }

  /** The fixed age alone, for callers without a schedule (and tests of the fixed rule). */
  static fixedHours(staleHours: number, now: Date): Staleness {
    const fixed = new Date(now.getTime() - staleHours * 3600_000);
    return new Staleness(fixed, { byDefault: fixed, byPrefecture: new Map() });
  }
}

/** The staleness rule at `now` for the report and its exports, the feed and the totals. */
export async function stalenessAt(
  args: { db: Pick<EntityManager, 'query'>; staleHours: number; freshness: ReportingFreshness },
  now: Date = new Date(),
): Promise<Staleness> {
  const fixed = new Date(now.getTime() - args.staleHours * 3600_000);
  return new Staleness(fixed, await args.freshness.freshSince(args.db, now));
}
