import { AsyncLocalStorage } from 'node:async_hooks';
import pg from 'pg';
import type { Logger } from 'pino';
import type { DataSource, QueryRunner, ReplicationMode } from 'typeorm';
import type { Viewer } from '../auth/viewer';
import type { ReplicaReaders } from '../config';
import { isDatabaseUnavailable } from '../graphql/errors';
import type { ReplicaHealth, ReplicaTarget } from './database-monitor';
import { lastWrite, markWrite, sweepWriteMarks, writerKey } from './read-your-writes';

/** Where one request's reads may go; set by `admit` once the viewer is known. */
interface ReadScope {
  /** Reads outside transactions may go to a replica (else every statement runs on the primary). */
  replica: boolean;
  /** Only a replica that has replayed this far may serve them (the writer's last write). */
  minLsn: bigint | null;
  writer: string | null;
}

/** What the routing needs of the replicas' health (db/database-monitor.ts keeps it). */
export interface ReplicaRotation {
  replicaHealth(): readonly ReplicaHealth[];
  reportReplicaFailure(name: string, error: unknown): void;
}

export interface ReplicaPool {
  readonly target: ReplicaTarget;
  readonly pool: pg.Pool;
}

type Connection = [pg.PoolClient, (error?: Error) => void];

interface RoutingOptions {
  readers: ReplicaReaders;
  /** The replicas' lag bound: write marks older than twice this are swept. */
  maxLagMs: number;
  /** Where a failed sweep of old write marks is reported (only with replicas). */
  log: Logger | undefined;
}

interface RoutedRunner extends QueryRunner {
  databaseConnection?: pg.PoolClient;
}

/**
 * Which statements a replica may answer. The rules, all decided here in db/ (domains read through
 * `ctx.db` and their loaders as before and never choose):
 *
 * - Only reads TypeORM makes outside a transaction (find, query builders, loaders) may go to a
 *   replica; raw `db.query` statements and everything in a transaction run on the primary.
 * - Only inside a request that `admit`ted its viewer, and only for viewers DATABASE_REPLICA_READERS
 *   lets use replicas. Anything else (start-up, workers, subscription payloads over WebSocket, which
 *   never pass through `admit`) reads on the primary: a subscriber is told of a write the moment it
 *   commits, and must read the row the primary has just committed.
 * - Read-your-writes: a request of a session or token that wrote (a mutation, recorded by
 *   `recordWrite` before its answer leaves) may read only on a replica that has replayed the
 *   primary's WAL position after that write (pg_current_wal_lsn() then, against the replica's
 *   pg_last_wal_replay_lsn() as the monitor last saw it); until one has, it reads on the primary.
 *   A mutation's own reads run on the primary.
 * - A replica out of rotation (down, not a standby, lagging past the bound: db/database-monitor.ts)
 *   gets no reads; a read that fails on a replica because it is unreachable, frozen (no answer
 *   within DB_REPLICA_QUERY_TIMEOUT_MS) or cancelled by replay conflicts is run again on the
 *   primary, and the replica leaves the rotation until its next good check.
 */
export class ReadRouting {
  private readonly scopes = new AsyncLocalStorage<ReadScope>();
  private readonly connecting = new AsyncLocalStorage<ReplicaPool>();
  private readonly replicaOf = new WeakMap<pg.PoolClient, ReplicaPool>();
  private next = 0;
  private sweeper: NodeJS.Timeout | null = null;
  private restore: (() => void) | null = null;
  /** Called for each read outside a transaction with where it ran (the service's metrics). */
  onRead: ((target: 'primary' | 'replica') => void) | null = null;

  private constructor(
    private readonly db: DataSource,
    private readonly replicas: readonly ReplicaPool[],
    private readonly monitor: ReplicaRotation | null,
    private readonly options: RoutingOptions,
  ) {}

  /** No replicas: every read on the primary, nothing to decide. */
  static none(db: DataSource): ReadRouting {
    return new ReadRouting(db, [], null, {
      readers: { anonymous: false, sessions: false, tokens: false, roles: new Set() },
      maxLagMs: 0,
      log: undefined,
    });
  }

  /** Routes the DataSource's reads between its primary and these replicas (taken in rotation by `monitor`). */
  static install(db: DataSource, replicas: readonly ReplicaPool[], monitor: ReplicaRotation, options: RoutingOptions): ReadRouting {
    const routing = new ReadRouting(db, replicas, monitor, options);
    if (replicas.length) routing.patch();
    return routing;
  }

  get hasReplicas(): boolean {
    return this.replicas.length > 0;
  }

  /** Runs `fn` (the rest of an HTTP request) in a scope of its own; its reads stay on the primary until `admit`. */
  run<T>(fn: () => T): T {
    return this.scopes.run({ replica: false, minLsn: null, writer: null }, fn);
  }

  /** Lets the current request read on replicas if its viewer may, and from where its last write is visible. */
  async admit(viewer: Viewer): Promise<void> {
    const scope = this.scopes.getStore();
    if (!scope || !this.replicas.length) return;
    scope.writer = writerKey(viewer);
    if (!this.mayUseReplicas(viewer)) return;
    if (!this.monitor?.replicaHealth().some((r) => r.inRotation)) return;
    scope.minLsn = scope.writer ? await lastWrite(this.db, scope.writer) : null;
    scope.replica = true;
  }

  /** The rest of the current request reads on the primary (a mutation sees its own writes). */
  usePrimary(): void {
    const scope = this.scopes.getStore();
    if (scope) scope.replica = false;
  }

  /** The current request wrote: its writer's later requests read where the write is visible. */
  async recordWrite(): Promise<void> {
    const scope = this.scopes.getStore();
    if (!scope?.writer || !this.replicas.length) return;
    await markWrite(this.db, scope.writer);
  }

  /** Sweeps old write marks now and then (they are kept on the primary, one per writer). */
  start(): void {
    if (!this.replicas.length || this.sweeper) return;
    const every = Math.max(60_000, this.options.maxLagMs);
    this.sweeper = setInterval(() => {
      sweepWriteMarks(this.db, 2 * this.options.maxLagMs + 60_000).catch((err) =>
        this.options.log?.warn({ err }, 'read-your-writes marks not swept'),
      );
    }, every);
    this.sweeper.unref();
  }

  async stop(): Promise<void> {
    if (this.sweeper) clearInterval(this.sweeper);
    this.sweeper = null;
    this.uninstall();
    await Promise.allSettled(this.replicas.map((r) => r.pool.end()));
  }

  /** Puts the DataSource back as it was: every read on the primary. */
  uninstall(): void {
    this.restore?.();
    this.restore = null;
  }

  private mayUseReplicas(viewer: Viewer): boolean {
    const { readers } = this.options;
    if (viewer.role != null && readers.roles.has(viewer.role)) return true;
    if (viewer.apiTokenId != null) return readers.tokens;
    if (viewer.sessionId != null) return readers.sessions;
    return viewer.accountId == null && readers.anonymous;
  }

  private pick(minLsn: bigint | null): ReplicaPool | null {
    const health = this.monitor?.replicaHealth() ?? [];
    const eligible = this.replicas.filter((replica) => {
      const state = health.find((h: ReplicaHealth) => h.name === replica.target.name);
      return state?.inRotation && (minLsn === null || (state.replayLsn !== null && state.replayLsn >= minLsn));
    });
    if (!eligible.length) return null;
    this.next = (this.next + 1) % eligible.length;
    return eligible[this.next];
  }

  /**
   * TypeORM asks for a 'slave' query runner for reads outside transactions. Such a runner gets a
   * replica connection when the request's scope allows one (else the primary's), and falls back to
   * the primary when the replica fails.
   */
  private patch(): void {
    const db = this.db;
    const driver = db.driver as unknown as {
      isReplicated: boolean;
      obtainSlaveConnection: () => Promise<Connection>;
      obtainMasterConnection: () => Promise<Connection>;
    };
    if (Object.hasOwn(db, 'createQueryRunner')) throw new Error('ReadRouting: this DataSource already routes its reads');
    const createQueryRunner = db.createQueryRunner.bind(db);
    const { isReplicated, obtainSlaveConnection } = driver;
    this.restore = () => {
      delete (db as { createQueryRunner?: unknown }).createQueryRunner;
      driver.isReplicated = isReplicated;
      driver.obtainSlaveConnection = obtainSlaveConnection;
    };
    driver.isReplicated = true;
    driver.obtainSlaveConnection = () => {
      const replica = this.connecting.getStore();
      return replica ? this.connectToReplica(replica, driver.obtainMasterConnection.bind(driver)) : driver.obtainMasterConnection();
    };
    db.createQueryRunner = (mode: ReplicationMode = 'master') => {
      if (mode !== 'slave') return createQueryRunner('master');
      const scope = this.scopes.getStore();
      const replica = scope?.replica ? this.pick(scope.minLsn) : null;
      this.onRead?.(replica ? 'replica' : 'primary');
      if (!replica) return createQueryRunner('master');
      return this.onReplica(createQueryRunner('slave'), replica, () => createQueryRunner('master'));
    };
  }

  private async connectToReplica(replica: ReplicaPool, primary: () => Promise<Connection>): Promise<Connection> {
    let client: pg.PoolClient;
    try {
      client = await replica.pool.connect();
    } catch (error) {
      this.monitor?.reportReplicaFailure(replica.target.name, error);
      return primary();
    }
    this.replicaOf.set(client, replica);
    return [client, (error?: Error) => client.release(error)];
  }

  /**
   * A runner whose connection comes from `replica`; a statement that fails there because the
   * replica is gone, frozen or in a replay conflict runs again, and every later one of the runner
   * runs, on a runner of the primary.
   */
  private onReplica(runner: RoutedRunner, replica: ReplicaPool, primaryRunner: () => QueryRunner): QueryRunner {
    const connect = runner.connect.bind(runner);
    const query = runner.query.bind(runner) as (...args: unknown[]) => Promise<unknown>;
    const release = runner.release.bind(runner);
    let fallback: QueryRunner | null = null;
    Object.assign(runner, {
      connect: () => this.connecting.run(replica, connect),
      query: async (...args: unknown[]) => {
        if (fallback) return (fallback.query as (...a: unknown[]) => Promise<unknown>)(...args);
        try {
          return await query(...args);
        } catch (error) {
          const failure = replicaFailure(error);
          const client = runner.databaseConnection;
          if (!failure || !client || !this.replicaOf.has(client)) throw error;
          if (failure === 'down') this.monitor?.reportReplicaFailure(replica.target.name, error);
          // A dead connection must not go back to the pool.
          await (runner as unknown as { releasePostgresConnection(err?: unknown): Promise<void> }).releasePostgresConnection(
            failure === 'down' ? error : undefined,
          );
          fallback = primaryRunner();
          this.onRead?.('primary');
          return (fallback.query as (...a: unknown[]) => Promise<unknown>)(...args);
        }
      },
      release: async () => {
        await release();
        await fallback?.release();
      },
    });
    return runner;
  }
}

/**
 * A replica's failure that the primary can make good: the replica is down or frozen ('down': it
 * leaves the rotation), or the standby cancelled the read to replay WAL ('conflict', SQLSTATE
 * 40001 on a hot standby). A statement cancelled by statement_timeout (57014) is not retried: it
 * would only be as slow on the primary.
 */
function replicaFailure(error: unknown): 'down' | 'conflict' | null {
  const code = (error as { driverError?: { code?: unknown } })?.driverError?.code ?? (error as { code?: unknown })?.code;
  if (code === '40001') return 'conflict';
  if (code === '57014') return null;
  return isDatabaseUnavailable(error) ? 'down' : null;
}
