import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Inquiries to the G-MIS office (お問合せ) with their thread and attachments, FAQ entries and
 * notices (お知らせ) with per-account read marks.
 */
export class Inquiries1764400000000 implements MigrationInterface {
  name = 'Inquiries1764400000000';

  public async up(q: QueryRunner): Promise<void> {
    // organisation_key says whose inquiry it is ('facility:12', 'prefecture:13', 'account:5'):
    // everyone acting for that organisation may read it; the office reads all.
    await q.query(`CREATE TABLE inquiry (
      id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      subject text NOT NULL CHECK (length(btrim(subject)) BETWEEN 1 AND 200),
      body text NOT NULL CHECK (length(btrim(body)) BETWEEN 1 AND 10000),
      category text CHECK (category IN ('ACCOUNT','BED_STATUS','RECRUITMENT','REPORT','SYSTEM','OTHER')),
      status text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN','ANSWERED','CLOSED')),
      asker_account_id integer NOT NULL REFERENCES account(id),
      asker_role text NOT NULL,
      organisation_key text NOT NULL CHECK (organisation_key ~ '^(facility|prefecture|account):[0-9]+$'),
      facility_id integer REFERENCES facility(id),
      prefecture_code char(2) REFERENCES prefecture(code),
      search_key text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      answered_at timestamptz,
      closed_at timestamptz,
      CHECK ((status = 'CLOSED') = (closed_at IS NOT NULL)))`);
    await q.query(`CREATE INDEX inquiry_organisation_idx ON inquiry (organisation_key, updated_at DESC, id DESC)`);
    await q.query(`CREATE INDEX inquiry_inbox_idx ON inquiry (updated_at DESC, id DESC)`);
    await q.query(`CREATE INDEX inquiry_status_idx ON inquiry (status, updated_at DESC, id DESC)`);

    // The thread after the first message: the asker's follow-up comments and the office's answers.
    await q.query(`CREATE TABLE inquiry_comment (
      id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      inquiry_id integer NOT NULL REFERENCES inquiry(id) ON DELETE CASCADE,
      kind text NOT NULL CHECK (kind IN ('COMMENT','ANSWER')),
      author_account_id integer NOT NULL REFERENCES account(id),
      author_role text NOT NULL,
      body text NOT NULL CHECK (length(body) <= 10000),
      created_at timestamptz NOT NULL DEFAULT now())`);
    await q.query(`CREATE INDEX inquiry_comment_inquiry_idx ON inquiry_comment (inquiry_id, id)`);

    await q.query(`CREATE TABLE faq_entry (
      id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      question text NOT NULL CHECK (length(btrim(question)) BETWEEN 1 AND 500),
      answer text NOT NULL CHECK (length(btrim(answer)) BETWEEN 1 AND 20000),
      category text NOT NULL CHECK (length(btrim(category)) BETWEEN 1 AND 50),
      sort_order integer NOT NULL DEFAULT 0 CHECK (sort_order BETWEEN 0 AND 1000000),
      published boolean NOT NULL DEFAULT false,
      is_public boolean NOT NULL DEFAULT false,
      search_key text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now())`);
    await q.query(`CREATE INDEX faq_entry_order_idx ON faq_entry (sort_order, id)`);

    await q.query(`CREATE TABLE notice (
      id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      title text NOT NULL CHECK (length(btrim(title)) BETWEEN 1 AND 200),
      body text NOT NULL CHECK (length(btrim(body)) BETWEEN 1 AND 20000),
      importance text NOT NULL DEFAULT 'NORMAL' CHECK (importance IN ('NORMAL','IMPORTANT')),
      publish_date timestamptz(3) NOT NULL,
      published boolean NOT NULL DEFAULT false,
      is_public boolean NOT NULL DEFAULT false,
      search_key text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now())`);
    await q.query(`CREATE INDEX notice_newest_idx ON notice (publish_date DESC, id DESC)`);

    await q.query(`CREATE TABLE notice_read (
      notice_id integer NOT NULL REFERENCES notice(id) ON DELETE CASCADE,
      account_id integer NOT NULL REFERENCES account(id) ON DELETE CASCADE,
      read_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (account_id, notice_id))`);

    // An attachment is uploaded first (owned by its uploader, attached to nothing) and then
    // attached by a mutation to exactly one inquiry (optionally one of its comments) or notice.
    await q.query(`CREATE TABLE attachment (
      id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      file_name text NOT NULL CHECK (length(file_name) BETWEEN 1 AND 255 AND file_name !~ '[[:cntrl:]/\\\\]'),
      content_type text NOT NULL,
      size_bytes integer NOT NULL CHECK (size_bytes > 0),
      sha256 bytea NOT NULL CHECK (length(sha256) = 32),
      uploaded_by_account_id integer NOT NULL REFERENCES account(id),
      inquiry_id integer REFERENCES inquiry(id) ON DELETE CASCADE,
      comment_id integer REFERENCES inquiry_comment(id) ON DELETE CASCADE,
      notice_id integer REFERENCES notice(id) ON DELETE CASCADE,
      created_at timestamptz NOT NULL DEFAULT now(),
      attached_at timestamptz,
      CHECK (comment_id IS NULL OR inquiry_id IS NOT NULL),
      CHECK (inquiry_id IS NULL OR notice_id IS NULL),
      CHECK ((attached_at IS NULL) = (inquiry_id IS NULL AND notice_id IS NULL)))`);
    await q.query(`CREATE INDEX attachment_inquiry_idx ON attachment (inquiry_id, id) WHERE inquiry_id IS NOT NULL`);
    await q.query(`CREATE INDEX attachment_notice_idx ON attachment (notice_id, id) WHERE notice_id IS NOT NULL`);
    await q.query(`CREATE INDEX attachment_pending_idx ON attachment (uploaded_by_account_id) WHERE attached_at IS NULL`);

    // File contents in fixed-size chunks, so uploads and downloads stream without holding a file in memory.
    await q.query(`CREATE TABLE attachment_chunk (
      attachment_id integer NOT NULL REFERENCES attachment(id) ON DELETE CASCADE,
      seq integer NOT NULL CHECK (seq >= 0),
      data bytea NOT NULL CHECK (length(data) BETWEEN 1 AND 1048576),
      PRIMARY KEY (attachment_id, seq))`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE attachment_chunk`);
    await q.query(`DROP TABLE attachment`);
    await q.query(`DROP TABLE notice_read`);
    await q.query(`DROP TABLE notice`);
    await q.query(`DROP TABLE faq_entry`);
    await q.query(`DROP TABLE inquiry_comment`);
    await q.query(`DROP TABLE inquiry`);
  }
}
