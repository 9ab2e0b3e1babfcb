import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Accounts, sessions, API tokens, password resets, the mail outbox and the login throttle's store. */
export class Accounts1764100000000 implements MigrationInterface {
  name = 'Accounts1764100000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE account (
      id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      login_id text NOT NULL UNIQUE CHECK (login_id ~ '^[a-z0-9][a-z0-9._@-]{2,63}$'),
      display_name text NOT NULL CHECK (length(display_name) BETWEEN 1 AND 100),
      email text NOT NULL CHECK (length(email) BETWEEN 3 AND 254 AND email ~ '^[^@\\s]+@[^@\\s]+$'),
      role text NOT NULL CHECK (role IN ('HEALTH_CENTER_RECRUITMENT','HEALTH_CENTER_AGGREGATOR','FACILITY','PREFECTURE','OFFICE','ANALYST')),
      facility_id integer REFERENCES facility(id),
      prefecture_code char(2) REFERENCES prefecture(code),
      password_hash text,
      password_changed_at timestamptz,
      disabled_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CHECK ((role IN ('HEALTH_CENTER_RECRUITMENT','HEALTH_CENTER_AGGREGATOR','FACILITY')) = (facility_id IS NOT NULL)),
      CHECK ((role = 'PREFECTURE') = (prefecture_code IS NOT NULL)),
      CHECK ((password_hash IS NULL) = (password_changed_at IS NULL)))`);
    await q.query(`CREATE INDEX account_facility_idx ON account (facility_id)`);
    await q.query(`CREATE INDEX account_role_idx ON account (role, login_id)`);

    // Tokens are 256-bit random values; only their SHA-256 is stored, so a database leak yields no usable token.
    await q.query(`CREATE TABLE session (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      account_id integer NOT NULL REFERENCES account(id) ON DELETE CASCADE,
      token_hash bytea NOT NULL UNIQUE CHECK (length(token_hash) = 32),
      created_at timestamptz NOT NULL DEFAULT now(),
      expires_at timestamptz NOT NULL,
      revoked_at timestamptz,
      CHECK (expires_at > created_at))`);
    await q.query(`CREATE INDEX session_account_idx ON session (account_id) WHERE revoked_at IS NULL`);

    await q.query(`CREATE TABLE api_token (
      id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      account_id integer NOT NULL REFERENCES account(id) ON DELETE CASCADE,
      name text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
      token_hash bytea NOT NULL UNIQUE CHECK (length(token_hash) = 32),
      token_prefix text NOT NULL,
      created_by_account_id integer NOT NULL REFERENCES account(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      last_used_at timestamptz,
      revoked_at timestamptz)`);
    await q.query(`CREATE INDEX api_token_account_idx ON api_token (account_id, id)`);

    await q.query(`CREATE TABLE password_reset (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      account_id integer NOT NULL REFERENCES account(id) ON DELETE CASCADE,
      token_hash bytea NOT NULL UNIQUE CHECK (length(token_hash) = 32),
      purpose text NOT NULL CHECK (purpose IN ('RESET','SETUP')),
      created_at timestamptz NOT NULL DEFAULT now(),
      expires_at timestamptz NOT NULL,
      used_at timestamptz,
      CHECK (expires_at > created_at))`);
    await q.query(`CREATE INDEX password_reset_open_idx ON password_reset (account_id) WHERE used_at IS NULL`);

    await q.query(`CREATE TABLE mail_outbox (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      recipient text NOT NULL CHECK (length(recipient) BETWEEN 3 AND 254),
      subject text NOT NULL CHECK (length(subject) BETWEEN 1 AND 200),
      body_text text,
      created_at timestamptz NOT NULL DEFAULT now(),
      attempts integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
      next_attempt_at timestamptz NOT NULL DEFAULT now(),
      locked_until timestamptz,
      sent_at timestamptz,
      failed_at timestamptz,
      last_error text,
      CHECK (sent_at IS NULL OR failed_at IS NULL),
      CHECK (body_text IS NOT NULL OR sent_at IS NOT NULL OR failed_at IS NOT NULL))`);
    await q.query(`CREATE INDEX mail_outbox_due_idx ON mail_outbox (next_attempt_at, id) WHERE sent_at IS NULL AND failed_at IS NULL`);

    // rate-limiter-flexible's RateLimiterPostgres table (its own layout), created here so no process runs DDL.
    await q.query(`CREATE TABLE rate_limit (key varchar(255) PRIMARY KEY, points integer NOT NULL DEFAULT 0, expire bigint)`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE rate_limit`);
    await q.query(`DROP TABLE mail_outbox`);
    await q.query(`DROP TABLE password_reset`);
    await q.query(`DROP TABLE api_token`);
    await q.query(`DROP TABLE session`);
    await q.query(`DROP TABLE account`);
  }
}
