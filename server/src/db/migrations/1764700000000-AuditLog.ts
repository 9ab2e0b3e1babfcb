import type { MigrationInterface, QueryRunner } from 'typeorm';

/** 監査ログ: sign-ins, account changes, exports and masking changes (never passwords or tokens). */
export class AuditLog1764700000000 implements MigrationInterface {
  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE audit_event (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      occurred_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', now()),
      action text NOT NULL CHECK (action IN ('SIGN_IN_SUCCEEDED','SIGN_IN_FAILED','ACCOUNT_CREATED','ACCOUNT_UPDATED',
        'ACCOUNT_DISABLED','ACCOUNT_ENABLED','EXPORTED','POSTING_MASKING_CHANGED')),
      -- Who did it (null: not signed in, e.g. a failed sign-in). No foreign key on purpose: the
      -- log outlives the rows it mentions and must never make the change it records fail.
      actor_account_id integer,
      -- What it was done to: the login ID tried, an account id, an export name, a posting id.
      subject text NOT NULL CHECK (length(subject) BETWEEN 1 AND 200),
      client_address text CHECK (length(client_address) <= 64),
      details jsonb NOT NULL DEFAULT '{}'::jsonb)`);
    await q.query(`CREATE INDEX audit_event_action_idx ON audit_event (action, id)`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE audit_event`);
  }
}
