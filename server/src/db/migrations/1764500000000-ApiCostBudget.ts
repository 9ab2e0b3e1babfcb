import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Query-cost budgets (leaky buckets) shared by every server process: one row per client
 * (API account or client address). `level` is what was spent and not yet drained at `updated_at`.
 * UNLOGGED: every request writes here, and a WAL flush per request cost ~3 ms; losing budgets in
 * a crash (or on failover to a standby) only gives clients a fresh bucket.
 */
export class ApiCostBudget1764500000000 implements MigrationInterface {
  name = 'ApiCostBudget1764500000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE UNLOGGED TABLE api_cost_budget (
      client_key text PRIMARY KEY CHECK (length(client_key) BETWEEN 1 AND 200),
      level double precision NOT NULL CHECK (level >= 0),
      updated_at timestamptz NOT NULL)`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE api_cost_budget`);
  }
}
