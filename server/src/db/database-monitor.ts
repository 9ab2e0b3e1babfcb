import pg from 'pg';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { parseLsn } from './lsn';

/** A read replica as the monitor and the read routing see it. */
export interface ReplicaTarget {
  /** For logs and /readyz: "replica 1 (host:port)", never the URL (it may hold a password). */
  readonly name: string;
  readonly connection: pg.ClientConfig;
}

export interface ReplicaHealth {
  readonly name: string;
  /** Reads may go to it: it answers, is a standby, and replays within the lag bound. */
  readonly inRotation: boolean;
  /** Why it is out of rotation (null when in). */
  readonly reason: string | null;
  /** How far behind the primary its replay is, from the monitor's samples (null: unknown). */
  readonly lagMs: number | null;
  /** WAL position replayed, as last seen (a lower bound of what it has now). */
  readonly replayLsn: bigint | null;
}

export interface Readiness {
  readonly ready: boolean;
  /** `ready`, or why not: `starting`, `database unreachable`, `database check overdue`, `migrations pending`. */
  readonly status: string;
  readonly pendingMigrations: number;
  readonly replicas: readonly ReplicaHealth[];
}

export interface DatabaseMonitorOptions {
  primary: pg.ClientConfig;
  replicas?: readonly ReplicaTarget[];
  /** Migrations this build knows (their `name`), and the table TypeORM records applied ones in. */
  migrationNames: readonly string[];
  migrationsTable: string;
  intervalMs: number;
  /** A check unanswered this long fails (its connection is closed and opened anew next time). */
  checkTimeoutMs: number;
  /** A replica replaying further behind than this is out of rotation. */
  maxLagMs: number;
  log: Logger;
  now?: () => number;
}

interface Sample {
  at: number;
  lsn: bigint;
}

interface ReplicaState {
  target: ReplicaTarget;
  client: pg.Client | null;
  /** Last successful check: when it started, what it saw. */
  checkedAt: number | null;
  standby: boolean;
  replayLsn: bigint | null;
  error: string | null;
  /** A request's statement failed on it at this time; only a check started later brings it back. */
  failedAt: number | null;
}

/**
 * Keeps the database's health fresh in the background, each check on a connection of its own (so
 * a check never waits behind requests for the pool, and a busy pool never fails readiness):
 *
 * - the primary: reachable, its WAL position (sampled for the replicas' lag), and whether every
 *   migration this build knows is applied (/readyz answers from this, at once);
 * - each replica: reachable, a standby, and how far its replay trails the primary. The lag is
 *   measured against the primary's own samples: a replica that has replayed the position the
 *   primary had at time t holds every write committed before t, so it is at most now − t behind.
 *   One that fails, is not a standby, or trails by more than `maxLagMs` leaves the rotation
 *   until a later check finds it well again.
 */
export class DatabaseMonitor {
  private readonly now: () => number;
  private primaryClient: pg.Client | null = null;
  private primaryCheckedAt: number | null = null;
  private primaryError: string | null = null;
  private pendingMigrations = 0;
  private samples: Sample[] = [];
  private readonly replicaStates: ReplicaState[];
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly running = new Set<Promise<void>>();
  private stopped = true;

  constructor(private readonly options: DatabaseMonitorOptions) {
    this.now = options.now ?? Date.now;
    this.replicaStates = (options.replicas ?? []).map((target) => ({
      target,
      client: null,
      checkedAt: null,
      standby: false,
      replayLsn: null,
      error: null,
      failedAt: null,
    }));
  }

  /** The monitor of a DataSource's primary, with the same connection settings as its pool. */
  static forDataSource(
    db: DataSource,
    options: Omit<DatabaseMonitorOptions, 'primary' | 'migrationNames' | 'migrationsTable'>,
  ): DatabaseMonitor {
    const pool = (db.driver as unknown as { master?: { options: pg.ClientConfig } }).master;
    if (!pool) throw new Error('DatabaseMonitor: the DataSource is not initialised');
    return new DatabaseMonitor({
      ...options,
      primary: pool.options,
      migrationNames: db.migrations.map((m) => m.name ?? m.constructor.name),
      migrationsTable: db.options.migrationsTableName ?? 'migrations',
    });
  }

  /** Checks at once, then every interval. */
  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.loop(() => this.checkPrimary());
    this.replicaStates.forEach((state) => this.loop(() => this.checkReplica(state)));
  }

  async stop(): Promise<void> {
    this.stopped = true;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    await Promise.allSettled([...this.running]);
    const clients = [this.primaryClient, ...this.replicaStates.map((s) => s.client)];
    this.primaryClient = null;
    for (const state of this.replicaStates) state.client = null;
    await Promise.allSettled(clients.flatMap((client) => (client ? [client.end()] : [])));
  }

  /** One round of every check, now (tests; start() repeats them). */
  async checkNow(): Promise<void> {
    await Promise.all([this.checkPrimary(), ...this.replicaStates.map((state) => this.checkReplica(state))]);
  }

  readiness(): Readiness {
    const replicas = this.replicaHealth();
    const answer = (ready: boolean, status: string): Readiness => ({ ready, status, pendingMigrations: this.pendingMigrations, replicas });
    if (this.primaryError) return answer(false, 'database unreachable');
    if (this.primaryCheckedAt === null) return answer(false, 'starting');
    // A check that neither answered nor timed out would leave an old answer standing: don't trust it.
    if (this.now() - this.primaryCheckedAt > 2 * (this.options.intervalMs + this.options.checkTimeoutMs))
      return answer(false, 'database check overdue');
    if (this.pendingMigrations > 0) return answer(false, 'migrations pending');
    return answer(true, 'ready');
  }

  replicaHealth(): ReplicaHealth[] {
    return this.replicaStates.map((state) => {
      const lagMs = this.lagOf(state);
      const reason = this.outOfRotationReason(state, lagMs);
      return { name: state.target.name, inRotation: reason === null, reason, lagMs, replayLsn: state.replayLsn };
    });
  }

  /** A request's statement failed on this replica: out of rotation until a check started later succeeds. */
  reportReplicaFailure(name: string, error: unknown): void {
    const state = this.replicaStates.find((s) => s.target.name === name);
    if (!state) return;
    if (state.failedAt === null)
      this.options.log.warn({ replica: name, err: error }, 'replica failed a read: out of rotation, reads go to the primary');
    state.failedAt = this.now();
  }

  private outOfRotationReason(state: ReplicaState, lagMs: number | null): string | null {
    if (state.failedAt !== null) return 'failed a read';
    if (state.error) return state.error;
    if (state.checkedAt === null) return 'not checked yet';
    if (!state.standby) return 'not a standby';
    if (lagMs === null) return 'lag unknown';
    if (lagMs > this.options.maxLagMs) return `lagging ${lagMs} ms`;
    return null;
  }

  /** now − the time of the newest primary sample the replica has replayed (null: none known). */
  private lagOf(state: ReplicaState): number | null {
    if (state.replayLsn === null || state.checkedAt === null) return null;
    for (let i = this.samples.length - 1; i >= 0; i -= 1) {
      if (this.samples[i].lsn <= state.replayLsn) return Math.max(0, this.now() - this.samples[i].at);
    }
    return null;
  }

  private loop(check: () => Promise<void>): void {
    if (this.stopped) return;
    const run = check().finally(() => {
      this.running.delete(run);
      if (this.stopped) return;
      const timer = setTimeout(() => {
        this.timers.delete(timer);
        this.loop(check);
      }, this.options.intervalMs);
      timer.unref();
      this.timers.add(timer);
    });
    this.running.add(run);
  }

  private async connect(config: pg.ClientConfig): Promise<pg.Client> {
    const { Client: _poolClient, max: _max, ...connection } = config as pg.ClientConfig & { Client?: unknown; max?: unknown };
    const timeout = this.options.checkTimeoutMs;
    const client = new pg.Client({
      ...connection,
      application_name: `${connection.application_name ?? 'gmis-graphql'}-health`,
      connectionTimeoutMillis: timeout,
      statement_timeout: timeout,
      query_timeout: timeout,
    });
    client.on('error', () => undefined); // a dropped connection is noticed by the next check
    await client.connect();
    return client;
  }

  /** Runs `read` on the cached client, connecting first; any failure closes the client for a fresh one next time. */
  private async withClient<T>(
    get: () => pg.Client | null,
    set: (client: pg.Client | null) => void,
    config: pg.ClientConfig,
    read: (client: pg.Client) => Promise<T>,
  ): Promise<T> {
    let client = get();
    try {
      if (!client) {
        client = await this.connect(config);
        set(client);
      }
      return await read(client);
    } catch (error) {
      set(null);
      // end() would wait for the unanswered statement; the socket is dropped instead.
      (client as unknown as { connection?: { stream?: { destroy(): void } } } | null)?.connection?.stream?.destroy();
      throw error;
    }
  }

  private async checkPrimary(): Promise<void> {
    const started = this.now();
    try {
      const { lsn, pending } = await this.withClient(
        () => this.primaryClient,
        (client) => (this.primaryClient = client),
        this.options.primary,
        async (client) => {
          const [row] = (
            await client.query<{ lsn: string | null; migrations: boolean }>(
              `SELECT CASE WHEN pg_is_in_recovery() THEN NULL ELSE pg_current_wal_lsn()::text END AS lsn, to_regclass($1) IS NOT NULL AS migrations`,
              [this.options.migrationsTable],
            )
          ).rows;
          const applied = row.migrations
            ? (await client.query<{ name: string }>(`SELECT name FROM ${client.escapeIdentifier(this.options.migrationsTable)}`)).rows
            : [];
          const names = new Set(applied.map((r) => r.name));
          return { lsn: row.lsn, pending: this.options.migrationNames.filter((name) => !names.has(name)).length };
        },
      );
      if (this.primaryError) this.options.log.info('database reachable again');
      this.primaryError = null;
      this.primaryCheckedAt = started;
      this.pendingMigrations = pending;
      if (lsn !== null) this.sample(started, parseLsn(lsn));
    } catch (error) {
      if (!this.primaryError) this.options.log.warn({ err: error }, 'database check failed: not ready');
      this.primaryError = error instanceof Error ? error.message : String(error);
    }
  }

  private sample(at: number, lsn: bigint) {
    this.samples.push({ at, lsn });
    // Enough history to measure any lag up to the bound, and one sample beyond it.
    const horizon = at - this.options.maxLagMs - 2 * this.options.intervalMs;
    while (this.samples.length > 2 && this.samples[1].at < horizon) this.samples.shift();
  }

  private async checkReplica(state: ReplicaState): Promise<void> {
    const started = this.now();
    try {
      const row = await this.withClient(
        () => state.client,
        (client) => (state.client = client),
        state.target.connection,
        async (client) =>
          (
            await client.query<{ standby: boolean; replay: string | null }>(
              `SELECT pg_is_in_recovery() AS standby, pg_last_wal_replay_lsn()::text AS replay`,
            )
          ).rows[0],
      );
      const wasOut = this.outOfRotationReason(state, this.lagOf(state));
      state.error = null;
      state.standby = row.standby;
      state.replayLsn = row.replay === null ? null : parseLsn(row.replay);
      state.checkedAt = started;
      if (state.failedAt !== null && state.failedAt < started) state.failedAt = null;
      if (wasOut !== null && this.outOfRotationReason(state, this.lagOf(state)) === null) {
        this.options.log.info({ replica: state.target.name }, 'replica in rotation');
      }
    } catch (error) {
      if (!state.error) this.options.log.warn({ replica: state.target.name, err: error }, 'replica check failed: out of rotation');
      // /readyz shows the reason; the details (addresses, driver text) go to the log only.
      state.error = 'unreachable';
    }
  }
}
