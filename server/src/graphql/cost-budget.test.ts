import { createDataSource } from '../../../ormconfig';
import { seedDemoFacilities } from '../db/seed/demo-facilities';
import { createTestDatabase, type TestDatabase } from '../../test/test-database';
import { startTestServer } from '../../test/test-server';
import { CostBudgetLedger } from './cost-budget';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemoFacilities(db.dataSource.manager, 20);
});
afterAll(async () => {
  await db?.drop();
});
beforeEach(async () => {
  await db.dataSource.query('DELETE FROM api_cost_budget');
});

// Drain negligible within a test: 0.001 point/s.
const limits = { budget: 100, restoreRate: 0.001 };
/** A batch is written only when the test says so (flush), unless it waits 10 minutes. */
const manual = { flushMs: 600_000, freshMs: 600_000, sweepAbove: 10_000 };
/** A clock that moves only when the test says so. */
function manualClock(start = 1_000_000) {
  let at = start;
  return { now: () => at, advance: (ms: number) => (at += ms) };
}

async function storedLevel(key: string): Promise<number | null> {
  const rows = await db.dataSource.query('SELECT level FROM api_cost_budget WHERE client_key = $1', [key]);
  return rows.length ? Math.round(Number(rows[0].level)) : null;
}

describe('cost budget ledger (batched spends, shared bucket in PostgreSQL)', () => {
  it('grants spends below half the budget in memory and writes them together in one batch', async () => {
    const ledger = new CostBudgetLedger(limits, manual);
    expect(await ledger.spend(db.dataSource, 'account:1', 10)).toBe(90); // unknown bucket: asked in PostgreSQL
    expect(await storedLevel('account:1')).toBe(10);
    for (let i = 0; i < 3; i += 1) await ledger.spend(db.dataSource, 'account:1', 10);
    expect(await ledger.spend(db.dataSource, 'account:2', 5)).toBe(95);
    expect(await storedLevel('account:1')).toBe(10); // granted, not written yet
    await ledger.flush();
    expect(await storedLevel('account:1')).toBe(40);
    expect(await storedLevel('account:2')).toBe(5);
  });

  it('asks PostgreSQL for every spend once the bucket is half full, with the batched spends written first', async () => {
    const ledger = new CostBudgetLedger(limits, manual);
    await ledger.spend(db.dataSource, 'account:1', 40);
    expect(await ledger.spend(db.dataSource, 'account:1', 5)).toBe(55);
    expect(await storedLevel('account:1')).toBe(40);
    expect(await ledger.spend(db.dataSource, 'account:1', 10)).toBe(45); // 55 > half of 100
    expect(await storedLevel('account:1')).toBe(55);
  });

  it('refuses at the limit with what another process spent, and spends nothing then', async () => {
    const here = new CostBudgetLedger(limits, manual);
    const there = new CostBudgetLedger(limits, manual);
    await here.spend(db.dataSource, 'account:1', 30);
    await here.spend(db.dataSource, 'account:1', 15); // in memory
    expect(await there.spend(db.dataSource, 'account:1', 50)).toBe(20); // PostgreSQL: 30 + 50
    expect(await here.spend(db.dataSource, 'account:1', 10)).toBeNull(); // 30 + 50 + 15 + 10 > 100
    expect(await storedLevel('account:1')).toBe(95);
    expect(await here.available(db.dataSource, 'account:1')).toBe(5);
  });

  it('does not trust a level read longer ago than freshMs', async () => {
    const clock = manualClock();
    const ledger = new CostBudgetLedger(limits, { flushMs: 600_000, freshMs: 20, sweepAbove: 10_000, now: clock.now });
    await ledger.spend(db.dataSource, 'account:1', 10);
    clock.advance(21);
    await ledger.spend(db.dataSource, 'account:1', 10);
    expect(await storedLevel('account:1')).toBe(20);
  });

  it('writes batches on its own after flushMs', async () => {
    const ledger = new CostBudgetLedger(limits, { flushMs: 20, freshMs: 600_000, sweepAbove: 10_000 });
    await ledger.spend(db.dataSource, 'account:1', 10);
    await ledger.spend(db.dataSource, 'account:1', 10);
    for (let i = 0; i < 100 && (await storedLevel('account:1')) !== 20; i += 1) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await storedLevel('account:1')).toBe(20);
  });

  it('keeps spends whose write failed and writes them with the next batch', async () => {
    const broken = createDataSource({ url: db.url, schema: db.schema, poolSize: 1 });
    await broken.initialize();
    const failures: unknown[] = [];
    const ledger = new CostBudgetLedger(limits, manual, (error) => failures.push(error));
    await ledger.spend(broken, 'account:1', 10);
    await ledger.spend(broken, 'account:1', 10);
    await broken.destroy();
    await expect(ledger.flush()).rejects.toThrow();
    await ledger.spend(db.dataSource, 'account:2', 1); // the next request brings a working pool
    await ledger.flush();
    expect(await storedLevel('account:1')).toBe(20);
  });

  it('does not keep buckets of clients that asked once and went away', async () => {
    const clock = manualClock();
    const ledger = new CostBudgetLedger(limits, { flushMs: 600_000, freshMs: 20, sweepAbove: 100, now: clock.now });
    for (let i = 0; i < 100; i += 1) await ledger.spend(db.dataSource, `address:10.0.0.${i}`, 1);
    expect(ledger.trackedBuckets).toBe(100);
    clock.advance(21);
    await ledger.spend(db.dataSource, 'address:192.0.2.1', 1);
    expect(ledger.trackedBuckets).toBe(1);
  });

  it('writes what the server granted in memory when the server stops', async () => {
    // No timed batch write: what is in memory at stop is exactly what the requests were granted.
    const server = await startTestServer(
      db,
      { GRAPHQL_MAX_COST: '50', GRAPHQL_COST_BUDGET: '1000', GRAPHQL_COST_RESTORE_RATE: '1' },
      { costLedgerTiming: manual },
    );
    const TEN = '{ facilities(first: 10) { edges { node { code } } } }'; // cost 21
    for (let i = 0; i < 4; i += 1) expect((await server.graphql(TEN)).errors).toBeUndefined();
    const key = (await db.dataSource.query('SELECT client_key FROM api_cost_budget'))[0].client_key;
    expect(await storedLevel(key)).toBeLessThanOrEqual(21); // the first spend only
    await server.stop();
    expect(await storedLevel(key)).toBeGreaterThanOrEqual(4 * 21 - 5); // less what drained at 1 point/s
  });
});
