import pg from 'pg';
import type { DataSource } from 'typeorm';
import { createDataSource, poolConnectionOptions } from '../../../ormconfig';
import { ANONYMOUS, Role, type Viewer } from '../auth/viewer';
import { loadConfig } from '../config';
import { Prefecture } from '../facilities/prefecture.entity';
import { createTestDatabase, type TestDatabase } from '../../test/test-database';
import { TcpSwitch } from '../../test/tcp-switch';
import type { ReplicaHealth } from './database-monitor';
import { parseLsn } from './lsn';
import { ReadRouting, type ReplicaPool, type ReplicaRotation } from './read-routing';

/**
 * The routing against the machine's PostgreSQL. The "replica" is the same server reached through a
 * TCP relay with its own application_name, so each read tells where it ran; its health (in
 * rotation, replayed position) is set by the test, as db/database-monitor.ts would report it.
 * e2e/deployment.test.ts runs the same rules on a real streaming replica.
 */
let db: TestDatabase;
let relay: TcpSwitch;
let primary: DataSource;
let replica: ReplicaPool;
let rotation: FakeRotation;
const REPLICA_NAME = 'replica 1';

class FakeRotation implements ReplicaRotation {
  inRotation = true;
  replayLsn: bigint | null = null;
  readonly failures: string[] = [];
  replicaHealth(): ReplicaHealth[] {
    return [
      { name: REPLICA_NAME, inRotation: this.inRotation, reason: this.inRotation ? null : 'test', lagMs: 0, replayLsn: this.replayLsn },
    ];
  }
  reportReplicaFailure(name: string) {
    this.failures.push(name);
    this.inRotation = false;
  }
}

const session = (sessionId: number, role = Role.FACILITY): Viewer => ({
  accountId: sessionId,
  role,
  facilityId: null,
  prefectureCode: null,
  sessionId,
});
const token = (apiTokenId: number, role = Role.PREFECTURE): Viewer => ({
  accountId: apiTokenId,
  role,
  facilityId: null,
  prefectureCode: '13',
  apiTokenId,
});

/** Where an entity read outside a transaction runs: 'primary' or 'replica', by the connection's application_name. */
async function whereEntityReadRuns(ds: DataSource = primary): Promise<string> {
  const row = await ds
    .getRepository(Prefecture)
    .createQueryBuilder('p')
    .select(`current_setting('application_name')`, 'app')
    .limit(1)
    .getRawOne<{ app: string }>();
  return row!.app === 'gmis-test-replica' ? 'replica' : 'primary';
}

async function currentLsn(): Promise<bigint> {
  const [{ lsn }] = await db.dataSource.query(`SELECT pg_current_wal_lsn()::text AS lsn`);
  return parseLsn(lsn);
}

let installed: ReadRouting | null = null;
function install(readers = 'all') {
  rotation = new FakeRotation();
  installed = ReadRouting.install(primary, [replica], rotation, {
    readers: loadConfig({ DATABASE_REPLICA_READERS: readers }).database.replicaReaders,
    maxLagMs: 10_000,
    log: undefined,
  });
  return installed;
}
afterEach(() => {
  installed?.uninstall();
  installed = null;
});

beforeAll(async () => {
  db = await createTestDatabase();
  const target = new URL(db.url);
  relay = new TcpSwitch({ host: target.hostname, port: Number(target.port || 5432) });
  await relay.open();
  const viaRelay = new URL(db.url);
  viaRelay.port = String(relay.port);
  const connection = {
    connectionString: viaRelay.toString(),
    ...poolConnectionOptions({
      url: viaRelay.toString(),
      schema: db.schema,
      poolSize: 2,
      applicationName: 'gmis-test-replica',
      connectTimeoutMs: 2000,
      queryTimeoutMs: 2000,
    }),
  };
  replica = { target: { name: REPLICA_NAME, connection }, pool: new pg.Pool(connection) };
  replica.pool.on('error', () => undefined);
  primary = createDataSource({ url: db.url, schema: db.schema, poolSize: 3, applicationName: 'gmis-test-primary' });
  await primary.initialize();
});
afterAll(async () => {
  await primary?.destroy();
  await replica?.pool.end();
  await relay?.cut();
  await db?.drop();
});

describe('read routing between the primary and a replica', () => {
  it("sends an admitted request's entity reads to a replica; raw statements, transactions and reads outside a request stay on the primary", async () => {
    const routing = install();
    expect(await whereEntityReadRuns()).toBe('primary'); // no request: start-up, workers, subscriptions
    await routing.run(async () => {
      expect(await whereEntityReadRuns()).toBe('primary'); // not admitted yet (the viewer's own lookup)
      await routing.admit(ANONYMOUS);
      expect(await whereEntityReadRuns()).toBe('replica');
      const [{ app }] = await primary.query(`SELECT current_setting('application_name') AS app`);
      expect(app).toBe('gmis-test-primary');
      await primary.transaction(async (m) => {
        const row = await m
          .getRepository(Prefecture)
          .createQueryBuilder('p')
          .select(`current_setting('application_name')`, 'app')
          .limit(1)
          .getRawOne();
        expect(row.app).toBe('gmis-test-primary');
      });
      routing.usePrimary(); // a mutation reads its own writes
      expect(await whereEntityReadRuns()).toBe('primary');
    });
  });

  it('lets a writer read on a replica only once the replica has replayed its write, and others at once', async () => {
    const routing = install();
    const writer = session(101);
    rotation.replayLsn = await currentLsn();
    await routing.run(async () => {
      await routing.admit(writer);
      await primary.query(`UPDATE prefecture SET name = name WHERE code = '13'`);
      await routing.recordWrite();
    });
    const [{ lsn }] = await db.dataSource.query(`SELECT lsn::text AS lsn FROM read_your_writes WHERE writer = 'session:101'`);
    const mark = parseLsn(lsn);
    expect(mark).toBeGreaterThanOrEqual(rotation.replayLsn);

    rotation.replayLsn = mark - 1n;
    const reads = async (viewer: Viewer) => routing.run(async () => (await routing.admit(viewer), whereEntityReadRuns()));
    expect(await reads(writer)).toBe('primary');
    expect(await reads(session(102))).toBe('replica'); // another session did not write
    expect(await reads(token(7))).toBe('replica');
    rotation.replayLsn = mark;
    expect(await reads(writer)).toBe('replica');

    // A later write moves the mark forward, never back.
    await routing.run(async () => (await routing.admit(writer), routing.recordWrite()));
    const [{ lsn: later }] = await db.dataSource.query(`SELECT lsn::text AS lsn FROM read_your_writes WHERE writer = 'session:101'`);
    expect(parseLsn(later)).toBeGreaterThanOrEqual(mark);
  });

  it('uses replicas only for the traffic DATABASE_REPLICA_READERS names', async () => {
    const routing = install('tokens,ANALYST');
    rotation.replayLsn = await currentLsn();
    const reads = async (viewer: Viewer) => routing.run(async () => (await routing.admit(viewer), whereEntityReadRuns()));
    expect(await reads(token(8))).toBe('replica');
    expect(await reads(session(103, Role.ANALYST))).toBe('replica');
    expect(await reads(session(104, Role.OFFICE))).toBe('primary');
    expect(await reads(ANONYMOUS)).toBe('primary');
  });

  it('reads on the primary when no replica is in rotation', async () => {
    const routing = install();
    rotation.inRotation = false;
    expect(await routing.run(async () => (await routing.admit(ANONYMOUS), whereEntityReadRuns()))).toBe('primary');
  });

  it('runs a read again on the primary when the replica is frozen, and takes the replica out of rotation', async () => {
    const routing = install();
    expect(await routing.run(async () => (await routing.admit(ANONYMOUS), whereEntityReadRuns()))).toBe('replica');
    relay.freeze();
    try {
      // The pooled replica connection gets no answer within its query timeout (2 s): closed, and the read runs on the primary.
      expect(await routing.run(async () => (await routing.admit(ANONYMOUS), whereEntityReadRuns()))).toBe('primary');
      expect(rotation.failures).toEqual([REPLICA_NAME]);
      // Out of rotation: the next read does not try the replica at all.
      expect(await routing.run(async () => (await routing.admit(ANONYMOUS), whereEntityReadRuns()))).toBe('primary');
      expect(rotation.failures).toEqual([REPLICA_NAME]);
      // A new connection to the frozen replica times out (2 s) and falls back to the primary too.
      rotation.inRotation = true;
      expect(await routing.run(async () => (await routing.admit(ANONYMOUS), whereEntityReadRuns()))).toBe('primary');
      expect(rotation.failures).toEqual([REPLICA_NAME, REPLICA_NAME]);
    } finally {
      relay.thaw();
    }
  });

  it('runs a read again on the primary when the replica goes away', async () => {
    const routing = install();
    expect(await routing.run(async () => (await routing.admit(ANONYMOUS), whereEntityReadRuns()))).toBe('replica');
    await relay.cut();
    try {
      expect(await routing.run(async () => (await routing.admit(ANONYMOUS), whereEntityReadRuns()))).toBe('primary');
      expect(rotation.failures).toEqual([REPLICA_NAME]);
    } finally {
      await relay.open();
    }
  });
});
