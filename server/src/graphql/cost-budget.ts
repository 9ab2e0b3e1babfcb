import type { DataSource } from 'typeorm';
import { PER_REQUEST_SQL_TAG } from '../db/query-recorder';

/** Each client's leaky bucket (the per-request limit, maxCost, is cost.ts's). */
export interface BucketLimits {
  /** Bucket size per client: how much can be spent in a burst. */
  budget: number;
  /** Points per second the bucket drains (the sustained rate). */
  restoreRate: number;
}

/** How the ledger batches and forgets (see CostBudgetLedger); tests shorten or lengthen them. */
export interface LedgerTiming {
  /** Spends made without asking PostgreSQL are written this often (one statement for every key). */
  flushMs: number;
  /** A bucket level read longer ago than this is not trusted for the fast path. */
  freshMs: number;
  /** Past this many buckets in memory, a new client's arrival drops the idle ones. */
  sweepAbove: number;
  /** This process's clock in ms (tests move it by hand instead of waiting). */
  now?: () => number;
}

const DEFAULT_TIMING: LedgerTiming = { flushMs: 250, freshMs: 1000, sweepAbove: 10_000 };

interface KnownBucket {
  /** Level as PostgreSQL last returned it, and when (this process's clock). */
  level: number;
  readAt: number;
  /** Spent here since, not yet written. */
  unwritten: number;
}

/**
 * Each client's leaky bucket lives in PostgreSQL (api_cost_budget), so every server process
 * shares it. Asking PostgreSQL on every request made the budget the busiest row of the database
 * (one client's parallel requests all update it): bench, 50 connections, 230 → 308 req/s without it.
 *
 * So while a client's bucket, as last read here (at most `freshMs` ago) plus what this process
 * has spent since, is at most half full, a spend is granted here and written in the next batch
 * (`flushMs`). Anywhere nearer the limit, for an unknown or stale bucket, every spend is the
 * atomic statement in PostgreSQL, as before: refusals, Retry-After and the throttle status come
 * from the shared row. What other processes spent unseen is at most half a budget each.
 */
export class CostBudgetLedger {
  private readonly known = new Map<string, KnownBucket>();
  private db: DataSource | null = null;
  private timer: NodeJS.Timeout | null = null;
  private writing: Promise<void> | null = null;

  constructor(
    readonly limits: BucketLimits,
    private readonly timing: LedgerTiming = DEFAULT_TIMING,
    private readonly onWriteError: (error: unknown) => void = () => {},
  ) {}

  private now(): number {
    return (this.timing.now ?? Date.now)();
  }

  /** Spends `cost` from `key`'s bucket: the points left, or null (nothing spent) when it does not fit. */
  async spend(db: DataSource, key: string, cost: number): Promise<number | null> {
    this.db = db;
    const now = this.now();
    const bucket = this.known.get(key);
    if (bucket && now - bucket.readAt <= this.timing.freshMs) {
      const level = this.drained(bucket, now) + bucket.unwritten;
      if (level + cost <= this.limits.budget / 2) {
        bucket.unwritten += cost;
        this.scheduleWrite();
        return Math.floor(this.limits.budget - level - cost);
      }
    }
    // This key's batched spends first, so the check below sees them.
    if (bucket?.unwritten) await this.write([key]);
    const level = await spendInDatabase(db, key, cost, this.limits);
    if (level === null) return null;
    this.remember(key, level, now);
    return Math.floor(this.limits.budget - level);
  }

  /** Points left in a bucket right now, from PostgreSQL (for the throttle status of a refused request). */
  async available(db: DataSource, key: string): Promise<number> {
    const rows: { level: number }[] = await db.query(
      `${PER_REQUEST_SQL_TAG} SELECT GREATEST(0, level - EXTRACT(EPOCH FROM clock_timestamp() - updated_at) * $2) AS level
         FROM api_cost_budget WHERE client_key = $1`,
      [key, this.limits.restoreRate],
    );
    return rows.length === 0 ? this.limits.budget : Math.floor(Math.max(0, this.limits.budget - Number(rows[0].level)));
  }

  /** Writes every batched spend now (at shutdown, so none is lost). */
  async flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.writing;
    await this.write([...this.known.keys()]);
  }

  private drained(bucket: KnownBucket, now: number): number {
    return Math.max(0, bucket.level - ((now - bucket.readAt) / 1000) * this.limits.restoreRate);
  }

  /** Buckets held in memory now (each client seen in the last `freshMs`, or with spends unwritten). */
  get trackedBuckets(): number {
    return this.known.size;
  }

  private remember(key: string, level: number, readAt: number): void {
    const bucket = this.known.get(key);
    if (bucket) {
      bucket.level = level;
      bucket.readAt = readAt;
      return;
    }
    // Many clients asking once each (anonymous callers by address) never start a batch write,
    // which is where idle buckets are dropped otherwise.
    if (this.known.size >= this.timing.sweepAbove) this.forgetIdle();
    this.known.set(key, { level, readAt, unwritten: 0 });
  }

  private scheduleWrite(): void {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.writing = this.write([...this.known.keys()]).catch((error) => {
        // Kept for the next batch; the database being away also refuses requests (SERVICE_UNAVAILABLE).
        this.onWriteError(error);
        this.scheduleWrite();
      });
    }, this.timing.flushMs);
    this.timer.unref();
  }

  /** One statement for all given keys' unwritten spends; granted already, so added without a cap. */
  private async write(keys: string[]): Promise<void> {
    const db = this.db;
    const due = keys.flatMap((key) => {
      const bucket = this.known.get(key);
      return bucket && bucket.unwritten > 0 ? [{ key, amount: bucket.unwritten }] : [];
    });
    if (!db || due.length === 0) {
      this.forgetIdle();
      return;
    }
    for (const { key } of due) this.known.get(key)!.unwritten = 0;
    const readAt = this.now();
    try {
      const rows: { client_key: string; level: number }[] = await db.query(
        `${PER_REQUEST_SQL_TAG} INSERT INTO api_cost_budget AS b (client_key, level, updated_at)
         SELECT key, amount, clock_timestamp() FROM unnest($1::text[], $2::double precision[]) AS spent(key, amount)
         ON CONFLICT (client_key) DO UPDATE
           SET level = GREATEST(0, b.level - EXTRACT(EPOCH FROM clock_timestamp() - b.updated_at) * $3) + excluded.level,
               updated_at = clock_timestamp()
         RETURNING client_key, level`,
        [due.map((d) => d.key), due.map((d) => d.amount), this.limits.restoreRate],
      );
      // The level returned already holds what was written; spends made meanwhile stay unwritten.
      for (const row of rows) this.remember(row.client_key, Number(row.level), readAt);
    } catch (error) {
      for (const { key, amount } of due) this.known.get(key)!.unwritten += amount;
      throw error;
    }
    this.forgetIdle();
  }

  /** Buckets not read for a while are dropped: the next spend reads them again. */
  private forgetIdle(): void {
    const now = this.now();
    for (const [key, bucket] of this.known) {
      if (bucket.unwritten === 0 && now - bucket.readAt > this.timing.freshMs) this.known.delete(key);
    }
  }
}

/**
 * One atomic statement: the bucket first drains by the time since its last use, then takes the
 * cost only if it still fits. Returns the new level, or null (nothing spent) when it does not fit.
 */
async function spendInDatabase(db: DataSource, key: string, cost: number, limits: BucketLimits): Promise<number | null> {
  const rows: { level: number }[] = await db.query(
    `${PER_REQUEST_SQL_TAG} INSERT INTO api_cost_budget AS b (client_key, level, updated_at)
     VALUES ($1, $2, clock_timestamp())
     ON CONFLICT (client_key) DO UPDATE
       SET level = GREATEST(0, b.level - EXTRACT(EPOCH FROM clock_timestamp() - b.updated_at) * $3) + $2,
           updated_at = clock_timestamp()
       WHERE GREATEST(0, b.level - EXTRACT(EPOCH FROM clock_timestamp() - b.updated_at) * $3) + $2 <= $4
     RETURNING level`,
    [key, cost, limits.restoreRate, limits.budget],
  );
  return rows.length === 0 ? null : Number(rows[0].level);
}
