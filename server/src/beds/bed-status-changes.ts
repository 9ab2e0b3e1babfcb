import { Client, type ClientConfig } from 'pg';
import type { DataSource, EntityManager } from 'typeorm';
import type { Logger } from 'pino';
import type { Facility } from '../facilities/facility.entity';

/** The parts of the DataSource's options (ormconfig.ts) the listener connects with. */
interface PostgresConnectionOptions {
  url?: string;
  replication?: { master: { url?: string } };
  extra?: Record<string, unknown>;
}

/**
 * Bed-status changes between server processes: the report's transaction sends a PostgreSQL
 * NOTIFY (delivered only if it commits, and only after it commits), and every process keeps one
 * dedicated connection LISTENing, so whichever process holds a subscriber's WebSocket hears
 * reports written through any other process behind the load balancer.
 */
export interface BedStatusChange {
  facilityId: number;
  prefectureCode: string;
  areaCode: string;
  snapshotId: number;
}

/**
 * One channel per PostgreSQL schema: a NOTIFY is database-wide, and a schema is one service's
 * data (production uses one; every test file has its own, on the same server).
 */
export function bedStatusChannel(db: DataSource): string {
  return `gmis_bed_status:${schemaOf(db)}`;
}

function schemaOf(db: DataSource): string {
  const options = (db.options as unknown as PostgresConnectionOptions).extra?.options as string | undefined;
  return /search_path=(\S+)/.exec(options ?? '')?.[1] ?? 'public';
}

/** Inside the report's transaction: announces the new snapshot once the transaction commits. */
export async function notifyBedStatusChange(
  m: EntityManager,
  facility: Pick<Facility, 'dbId' | 'prefectureCode' | 'areaCode'>,
  snapshotId: number,
): Promise<void> {
  const change: BedStatusChange = {
    facilityId: facility.dbId,
    prefectureCode: facility.prefectureCode,
    areaCode: facility.areaCode,
    snapshotId,
  };
  await m.query('SELECT pg_notify($1, $2)', [bedStatusChannel(m.connection), JSON.stringify(change)]);
}

export type BedStatusHandler = (change: BedStatusChange) => void;

/** How long to wait before reconnecting after the listening connection is lost. */
const RECONNECT_DELAYS_MS = [100, 250, 500, 1000, 2000, 5000];

/**
 * The process's one LISTEN connection. It is opened when the first subscriber arrives and is
 * re-opened after a database outage (with backoff) for as long as the process runs. Changes made
 * while it was down are not replayed: NOTIFY is not a queue; the dashboard refetches on reconnect.
 */
export class BedStatusChanges {
  private readonly handlers = new Set<BedStatusHandler>();
  private client: Client | null = null;
  private connecting: Promise<void> | null = null;
  private failures = 0;
  private timer: NodeJS.Timeout | null = null;
  private stopped = false;
  private readonly channel: string;

  constructor(
    private readonly db: DataSource,
    private readonly log: Logger,
  ) {
    this.channel = bedStatusChannel(db);
  }

  /** Resolves once this process is listening, so a change committed afterwards is delivered. */
  async subscribe(handler: BedStatusHandler): Promise<() => void> {
    this.handlers.add(handler);
    try {
      await this.listen();
    } catch (error) {
      this.handlers.delete(handler);
      throw error;
    }
    return () => {
      this.handlers.delete(handler);
    };
  }

  /** The backend pid of the listening connection (null while disconnected); for tests and diagnostics. */
  get listenerPid(): number | null {
    return (this.client as unknown as { processID?: number } | null)?.processID ?? null;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.handlers.clear();
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }

  private listen(): Promise<void> {
    if (this.stopped) return Promise.resolve();
    if (this.client) return Promise.resolve();
    this.connecting ??= this.connect().finally(() => {
      this.connecting = null;
    });
    return this.connecting;
  }

  private async connect(): Promise<void> {
    const client = new Client(connectionConfig(this.db));
    client.on('notification', (message) => {
      if (message.channel !== this.channel || !message.payload) return;
      let change: BedStatusChange;
      try {
        change = JSON.parse(message.payload) as BedStatusChange;
      } catch {
        return;
      }
      for (const handler of [...this.handlers]) handler(change);
    });
    const lost = (error?: Error) => {
      if (this.client !== client) return;
      this.client = null;
      client.end().catch(() => undefined);
      if (this.stopped) return;
      this.log.warn({ err: error }, 'bed-status listener lost its database connection: reconnecting');
      this.scheduleReconnect();
    };
    client.on('error', lost);
    client.on('end', () => lost());
    try {
      await client.connect();
      await client.query(`LISTEN ${quoteIdentifier(this.channel)}`);
    } catch (error) {
      client.end().catch(() => undefined);
      this.log.warn({ err: error }, 'bed-status listener could not connect: retrying');
      this.scheduleReconnect();
      throw error;
    }
    if (this.stopped) {
      await client.end().catch(() => undefined);
      return;
    }
    this.client = client;
    this.failures = 0;
  }

  private scheduleReconnect() {
    if (this.stopped || this.timer) return;
    const delay = RECONNECT_DELAYS_MS[Math.min(this.failures, RECONNECT_DELAYS_MS.length - 1)];
    this.failures += 1;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.listen().catch(() => undefined);
    }, delay);
    this.timer.unref();
  }
}

function quoteIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** The same server, credentials and search_path as the DataSource's (primary) connections. */
function connectionConfig(db: DataSource): ClientConfig {
  const options = db.options as unknown as PostgresConnectionOptions;
  const url = options.replication?.master.url ?? options.url;
  const extra = (options.extra ?? {}) as { options?: string; connectionTimeoutMillis?: number; application_name?: string };
  return {
    connectionString: url,
    options: extra.options,
    connectionTimeoutMillis: extra.connectionTimeoutMillis,
    application_name: `${extra.application_name ?? 'gmis-graphql'}-listen`,
    keepAlive: true,
  };
}

// A subscription's context carries the process's listener: beds.module.ts starts it with the WebSocket endpoint.
declare module '../graphql/context' {
  interface DomainContext {
    /** The process's bed-status listener: set for operations over WebSocket (subscriptions) only. */
    bedStatusChanges?: BedStatusChanges;
  }
}
