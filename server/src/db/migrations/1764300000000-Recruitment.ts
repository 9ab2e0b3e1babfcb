import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 人材募集登録: postings, their change history, and the Key-Net outbox (feed events + webhook
 * delivery state). The outbox rows are written in the same transaction as the posting change.
 * Timestamps are kept to the millisecond (what a JS Date holds), so keyset cursors made from
 * them compare exactly.
 */
export class Recruitment1764300000000 implements MigrationInterface {
  name = 'Recruitment1764300000000';

  public async up(q: QueryRunner): Promise<void> {
    // Lets posting carry its facility's prefecture under a foreign key, so the prefecture rule
    // (and prefecture-scoped lists) need no join and can never disagree with the facility.
    await q.query(`ALTER TABLE facility ADD CONSTRAINT facility_id_prefecture_key UNIQUE (id, prefecture_code)`);

    await q.query(`CREATE TABLE posting (
      id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      facility_id integer NOT NULL,
      facility_prefecture_code char(2) NOT NULL,
      idempotency_key text NOT NULL CHECK (idempotency_key ~ '^[A-Za-z0-9_-]{8,100}$'),
      request_hash char(64) NOT NULL,
      title text NOT NULL CHECK (length(title) BETWEEN 1 AND 100),
      occupation text NOT NULL CHECK (occupation IN ('DOCTOR','NURSE','PUBLIC_HEALTH_NURSE','ASSISTANT_NURSE','MIDWIFE',
        'PHARMACIST','CLINICAL_LABORATORY_TECHNICIAN','RADIOLOGICAL_TECHNOLOGIST','CLINICAL_ENGINEER','DIETITIAN',
        'PHYSICAL_THERAPIST','OFFICE_STAFF','OTHER')),
      employment_type text NOT NULL CHECK (employment_type IN ('FULL_TIME','PART_TIME','FIXED_TERM','TEMPORARY_STAFFING','OTHER')),
      openings integer CHECK (openings BETWEEN 1 AND 999),
      duties text NOT NULL CHECK (length(duties) BETWEEN 1 AND 2000),
      qualifications text CHECK (length(qualifications) <= 1000),
      working_hours text NOT NULL CHECK (length(working_hours) BETWEEN 1 AND 500),
      pay text NOT NULL CHECK (length(pay) BETWEEN 1 AND 500),
      period text CHECK (length(period) <= 200),
      work_postal_code char(7) CHECK (work_postal_code ~ '^[0-9]{7}$'),
      work_prefecture_code char(2) REFERENCES prefecture(code),
      work_address text CHECK (length(work_address) <= 200),
      work_facility_name text CHECK (length(work_facility_name) <= 100),
      contact_name text NOT NULL CHECK (length(contact_name) BETWEEN 1 AND 50),
      contact_location text CHECK (length(contact_location) <= 100),
      contact_phone text NOT NULL CHECK (contact_phone ~ '^0[0-9-]{9,12}$'),
      contact_email text CHECK (length(contact_email) <= 254),
      masking_requested boolean NOT NULL DEFAULT false,
      status text NOT NULL CHECK (status IN ('DRAFT','PUBLISHED','CLOSED')),
      version integer NOT NULL DEFAULT 1 CHECK (version >= 1),
      -- NFKC-folded text of the fields every reader may see (title, duties …).
      content_search_key text NOT NULL,
      -- NFKC-folded work location: searchable by the public only when masking is not requested.
      location_search_key text NOT NULL,
      created_by integer,
      updated_by integer,
      created_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', now()),
      updated_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', now()),
      published_at timestamptz,
      closed_at timestamptz,
      FOREIGN KEY (facility_id, facility_prefecture_code) REFERENCES facility(id, prefecture_code) ON UPDATE CASCADE,
      CONSTRAINT posting_idempotency_key UNIQUE (facility_id, idempotency_key),
      CHECK (status = 'DRAFT' OR published_at IS NOT NULL))`);
    await q.query(`CREATE INDEX posting_facility_idx ON posting (facility_id, updated_at DESC, id DESC)`);
    await q.query(`CREATE INDEX posting_prefecture_idx ON posting (facility_prefecture_code, updated_at DESC, id DESC)`);
    await q.query(`CREATE INDEX posting_updated_idx ON posting (updated_at DESC, id DESC)`);
    await q.query(`CREATE INDEX posting_published_idx ON posting (published_at DESC, id DESC) WHERE status = 'PUBLISHED'`);

    await q.query(`CREATE TABLE posting_change (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      posting_id integer NOT NULL REFERENCES posting(id),
      version integer NOT NULL,
      action text NOT NULL CHECK (action IN ('CREATED','UPDATED')),
      account_id integer,
      role text,
      changed_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', now()),
      changes jsonb NOT NULL,
      UNIQUE (posting_id, version))`);

    await q.query(`CREATE TABLE key_net_event (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      posting_id integer NOT NULL REFERENCES posting(id),
      posting_version integer NOT NULL,
      kind text NOT NULL CHECK (kind IN ('PUBLISHED','UPDATED','MASKING_CHANGED','CLOSED')),
      occurred_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', now()),
      -- The public (already masked) Key-Net view at this version. Never holds a masked value.
      document jsonb NOT NULL,
      UNIQUE (posting_id, posting_version))`);

    // Per webhook target: the last event delivered, so events go out in order, each once.
    await q.query(`CREATE TABLE key_net_delivery_target (
      target_url text PRIMARY KEY,
      last_event_id bigint NOT NULL DEFAULT 0,
      attempts integer NOT NULL DEFAULT 0,
      next_attempt_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', now()),
      last_error text,
      updated_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', now()))`);
    await q.query(`CREATE TABLE key_net_delivery (
      target_url text NOT NULL REFERENCES key_net_delivery_target(target_url),
      event_id bigint NOT NULL REFERENCES key_net_event(id),
      attempts integer NOT NULL,
      delivered_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', now()),
      response_status integer NOT NULL,
      PRIMARY KEY (target_url, event_id))`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE key_net_delivery`);
    await q.query(`DROP TABLE key_net_delivery_target`);
    await q.query(`DROP TABLE key_net_event`);
    await q.query(`DROP TABLE posting_change`);
    await q.query(`DROP TABLE posting`);
    await q.query(`ALTER TABLE facility DROP CONSTRAINT facility_id_prefecture_key`);
  }
}
