import { Client } from 'pg';
import pino from 'pino';
import { createDataSource } from '../../../ormconfig';
import { createTestDatabase, type TestDatabase } from '../../test/test-database';
import { TcpSwitch } from '../../test/tcp-switch';
import { DatabaseMonitor } from './database-monitor';

/**
 * The background checks /readyz answers from and the replicas' rotation follows, against the
 * machine's PostgreSQL (a primary). Checks are run one round at a time (checkNow) so each state is
 * seen without waiting; the clock is the test's.
 */
let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db?.drop();
});

const log = pino({ level: 'silent' });

describe('database monitor', () => {
  it('is ready once the primary answered with every migration applied; not before, and not when its answer is overdue', async () => {
    let now = 1_000_000;
    const monitor = DatabaseMonitor.forDataSource(db.dataSource, {
      intervalMs: 1000,
      checkTimeoutMs: 1000,
      maxLagMs: 5000,
      log,
      now: () => now,
    });
    try {
      expect(monitor.readiness()).toMatchObject({ ready: false, status: 'starting' });
      await monitor.checkNow();
      expect(monitor.readiness()).toEqual({ ready: true, status: 'ready', pendingMigrations: 0, replicas: [] });
      now += 2 * (1000 + 1000) + 1; // no check has come back since
      expect(monitor.readiness()).toMatchObject({ ready: false, status: 'database check overdue' });
    } finally {
      await monitor.stop();
    }
  });

  it('reports migrations this build knows but the database has not applied', async () => {
    const admin = new Client({ connectionString: db.url });
    await admin.connect();
    const schema = `${db.schema}_bare`;
    await admin.query(`CREATE SCHEMA ${schema}`);
    const bare = createDataSource({ url: db.url, schema, poolSize: 1 });
    await bare.initialize();
    const monitor = DatabaseMonitor.forDataSource(bare, { intervalMs: 1000, checkTimeoutMs: 1000, maxLagMs: 5000, log });
    try {
      await monitor.checkNow();
      expect(monitor.readiness()).toMatchObject({ ready: false, status: 'migrations pending', pendingMigrations: bare.migrations.length });
      await bare.runMigrations({ transaction: 'each' });
      await monitor.checkNow();
      expect(monitor.readiness()).toMatchObject({ ready: true, status: 'ready', pendingMigrations: 0 });
    } finally {
      await monitor.stop();
      await bare.destroy();
      await admin.query(`DROP SCHEMA ${schema} CASCADE`);
      await admin.end();
    }
  });

  it('is not ready while the primary is stopped or frozen, on its own connection with its own timeout, and ready again after', async () => {
    const target = new URL(db.url);
    const relay = new TcpSwitch({ host: target.hostname, port: Number(target.port || 5432) });
    await relay.open();
    const viaRelay = new URL(db.url);
    viaRelay.port = String(relay.port);
    const dataSource = createDataSource({ url: viaRelay.toString(), schema: db.schema, poolSize: 1 });
    await dataSource.initialize();
    const monitor = DatabaseMonitor.forDataSource(dataSource, { intervalMs: 1000, checkTimeoutMs: 2000, maxLagMs: 5000, log });
    try {
      await monitor.checkNow();
      expect(monitor.readiness().ready).toBe(true);
      relay.freeze();
      await monitor.checkNow(); // ends after its 2 s timeout
      expect(monitor.readiness()).toMatchObject({ ready: false, status: 'database unreachable' });
      relay.thaw();
      await monitor.checkNow();
      expect(monitor.readiness().ready).toBe(true);
      await relay.cut();
      await monitor.checkNow();
      expect(monitor.readiness()).toMatchObject({ ready: false, status: 'database unreachable' });
      await relay.open();
      await monitor.checkNow();
      expect(monitor.readiness().ready).toBe(true);
    } finally {
      relay.thaw();
      await monitor.stop();
      await dataSource.destroy();
      await relay.cut();
    }
  });

  it('keeps a replica out of rotation when it is not a standby, is unreachable, or failed a read', async () => {
    const target = new URL(db.url);
    const unreachable = new TcpSwitch({ host: target.hostname, port: Number(target.port || 5432) });
    await unreachable.open();
    const deadUrl = new URL(db.url);
    deadUrl.port = String(unreachable.port);
    await unreachable.cut();
    const monitor = DatabaseMonitor.forDataSource(db.dataSource, {
      replicas: [
        { name: 'primary posing as a replica', connection: { connectionString: db.url } },
        { name: 'gone', connection: { connectionString: deadUrl.toString() } },
      ],
      intervalMs: 1000,
      checkTimeoutMs: 2000,
      maxLagMs: 5000,
      log,
    });
    try {
      expect(monitor.replicaHealth().map((r) => [r.name, r.inRotation, r.reason])).toEqual([
        ['primary posing as a replica', false, 'not checked yet'],
        ['gone', false, 'not checked yet'],
      ]);
      await monitor.checkNow();
      expect(monitor.replicaHealth().map((r) => [r.name, r.inRotation, r.reason])).toEqual([
        ['primary posing as a replica', false, 'not a standby'],
        ['gone', false, 'unreachable'],
      ]);
      monitor.reportReplicaFailure('primary posing as a replica', new Error('read failed'));
      expect(monitor.replicaHealth()[0].reason).toBe('failed a read');
      // Replicas never make the process unready: reads fall back to the primary.
      expect(monitor.readiness()).toMatchObject({ ready: true, status: 'ready' });
    } finally {
      await monitor.stop();
    }
  });
});
