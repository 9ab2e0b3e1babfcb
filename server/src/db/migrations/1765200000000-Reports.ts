import crypto from 'node:crypto';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** 二次医療圏別の集計: a saved report of the system folder (a query like any other, runnable, exportable). */
const AREA_TOTALS_DOCUMENT = `query AreaTotals($prefectureCode: String) {
  bedReportSummary(filter: { prefectureCode: $prefectureCode }) {
    areas {
      area {
        code
        name
        prefecture {
          name
        }
      }
      facilities
      reported
      immediateTotal
    }
  }
}
`;

const AREA_TOTALS_COLUMNS = [
  { path: 'bedReportSummary.areas.area.prefecture.name', heading: '都道府県', format: 'TEXT' },
  { path: 'bedReportSummary.areas.area.code', heading: '二次医療圏コード', format: 'TEXT' },
  { path: 'bedReportSummary.areas.area.name', heading: '二次医療圏', format: 'TEXT' },
  { path: 'bedReportSummary.areas.facilities', heading: '対象医療機関数', format: 'INTEGER' },
  { path: 'bedReportSummary.areas.reported', heading: '報告済み医療機関数', format: 'INTEGER' },
  { path: 'bedReportSummary.areas.immediateTotal', heading: '即応病床数', format: 'INTEGER' },
];

/**
 * レポート: report folders, saved reports (a GraphQL query kept by its sha256 hash as a trusted
 * document, with columns and default variables), mail subscriptions to a report, attachments in
 * the mail outbox (a subscription mails the CSV), and the audit actions of saving, sharing,
 * running and exporting a report. Seeds the system folder 「999_システム(自治体)」/「ホーム画面」
 * with the built-in reports, which open their own screens.
 */
export class Reports1765200000000 implements MigrationInterface {
  public async up(q: QueryRunner): Promise<void> {
    // kind says who may edit (SYSTEM: the office; SHARED: builders of the owning organisation;
    // PRIVATE: the owner), sharing who may see. A folder carries its top folder's kind and sharing
    // (kept equal over the subtree when a folder is moved or shared), so that whether a folder is
    // visible is a test of its own row: listing a folder is one statement.
    await q.query(`CREATE TABLE report_folder (
      id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      parent_id integer REFERENCES report_folder (id),
      name text NOT NULL CHECK (length(name) BETWEEN 1 AND 80),
      kind text NOT NULL CHECK (kind IN ('SYSTEM', 'SHARED', 'PRIVATE')),
      sharing text NOT NULL CHECK (sharing IN ('OWNER', 'ORGANISATION', 'PREFECTURE', 'EVERYONE')),
      owner_account_id integer REFERENCES account (id),
      -- The owning organisation ('facility:12', 'prefecture:13', 'role:ANALYST', 'role:OFFICE'): who may edit a shared folder and, for ORGANISATION, who may see it.
      organisation_key text CHECK (organisation_key ~ '^(facility|prefecture):[0-9]+$|^role:[A-Z_]+$'),
      prefecture_code char(2),
      -- Seeded folders are found again by this key ('system', 'system/home').
      system_key text UNIQUE,
      depth smallint NOT NULL CHECK (depth BETWEEN 1 AND 8),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CHECK (kind <> 'SYSTEM' OR (sharing = 'EVERYONE' AND owner_account_id IS NULL AND organisation_key IS NULL)),
      CHECK (kind <> 'PRIVATE' OR (sharing = 'OWNER' AND owner_account_id IS NOT NULL)),
      CHECK (kind <> 'SHARED' OR (sharing <> 'OWNER' AND organisation_key IS NOT NULL)),
      CHECK (sharing <> 'PREFECTURE' OR prefecture_code IS NOT NULL),
      CHECK ((parent_id IS NULL) = (depth = 1)))`);
    await q.query(`CREATE UNIQUE INDEX report_folder_sibling_name_idx ON report_folder (parent_id, name) WHERE parent_id IS NOT NULL`);
    await q.query(`CREATE INDEX report_folder_top_idx ON report_folder (kind, name) WHERE parent_id IS NULL`);

    // Each distinct document once, by the sha256 of its text (as the dashboard's manifest keys
    // them): the registry of trusted documents beside the dashboard's own.
    await q.query(`CREATE TABLE report_document (
      hash text PRIMARY KEY CHECK (hash ~ '^[0-9a-f]{64}$'),
      document text NOT NULL CHECK (length(document) BETWEEN 1 AND 100000),
      created_at timestamptz NOT NULL DEFAULT now())`);

    await q.query(`CREATE TABLE saved_report (
      id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      folder_id integer NOT NULL REFERENCES report_folder (id),
      name text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
      document_hash text REFERENCES report_document (hash),
      columns jsonb NOT NULL DEFAULT '[]'::jsonb,
      default_variables jsonb NOT NULL DEFAULT '{}'::jsonb,
      -- The variable the result's connection takes as 'after' (the runner pages with it).
      paging_variable text,
      -- Built-in reports open a screen of the dashboard instead of running a document.
      built_in text UNIQUE CHECK (built_in IN ('BED_REPORT_ALL_COLUMNS', 'BED_REPORT')),
      sort_order integer NOT NULL DEFAULT 0,
      created_by integer REFERENCES account (id),
      updated_by integer REFERENCES account (id),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CHECK ((built_in IS NULL) = (document_hash IS NOT NULL)))`);
    await q.query(`CREATE INDEX saved_report_folder_idx ON saved_report (folder_id, sort_order, name)`);

    // A mail each day or week at a time (Japan time) with the report as CSV, run with the
    // subscriber's permissions. report_subscription_delivery makes each period's mail happen once.
    await q.query(`CREATE TABLE report_subscription (
      id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      report_id integer NOT NULL REFERENCES saved_report (id) ON DELETE CASCADE,
      account_id integer NOT NULL REFERENCES account (id),
      frequency text NOT NULL CHECK (frequency IN ('DAILY', 'WEEKLY')),
      weekday smallint CHECK (weekday BETWEEN 1 AND 7),
      minute_of_day smallint NOT NULL CHECK (minute_of_day BETWEEN 0 AND 1439),
      encoding text NOT NULL CHECK (encoding IN ('SHIFT_JIS', 'UTF_8')),
      variables jsonb NOT NULL DEFAULT '{}'::jsonb,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CHECK ((frequency = 'WEEKLY') = (weekday IS NOT NULL)),
      UNIQUE (report_id, account_id))`);
    await q.query(`CREATE INDEX report_subscription_account_idx ON report_subscription (account_id)`);
    await q.query(`CREATE TABLE report_subscription_delivery (
      subscription_id integer NOT NULL REFERENCES report_subscription (id) ON DELETE CASCADE,
      period text NOT NULL CHECK (length(period) BETWEEN 1 AND 20),
      mail_id bigint,
      rows integer,
      problem text,
      delivered_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (subscription_id, period))`);

    await q.query(`CREATE TABLE mail_attachment (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      mail_id bigint NOT NULL REFERENCES mail_outbox (id) ON DELETE CASCADE,
      file_name text NOT NULL CHECK (length(file_name) BETWEEN 1 AND 200),
      content_type text NOT NULL CHECK (length(content_type) BETWEEN 1 AND 200),
      content bytea)`);
    await q.query(`CREATE INDEX mail_attachment_mail_idx ON mail_attachment (mail_id)`);

    // Every action of the migrations before this one (1765000000000-ReportingSchedule added REPORTING_SCHEDULE_CHANGED) plus its own.
    await q.query(`ALTER TABLE audit_event DROP CONSTRAINT audit_event_action_check`);
    await q.query(`ALTER TABLE audit_event ADD CONSTRAINT audit_event_action_check CHECK (action IN ('SIGN_IN_SUCCEEDED','SIGN_IN_FAILED',
      'ACCOUNT_CREATED','ACCOUNT_UPDATED','ACCOUNT_DISABLED','ACCOUNT_ENABLED','EXPORTED','POSTING_MASKING_CHANGED',
      'REPORTING_SCHEDULE_CHANGED','REPORT_SAVED','REPORT_SHARED','REPORT_RUN','REPORT_EXPORTED'))`);

    await q.query(
      `INSERT INTO report_folder (name, kind, sharing, system_key, depth) VALUES ('999_システム(自治体)', 'SYSTEM', 'EVERYONE', 'system', 1)`,
    );
    await q.query(`INSERT INTO report_folder (parent_id, name, kind, sharing, system_key, depth)
      SELECT id, 'ホーム画面', 'SYSTEM', 'EVERYONE', 'system/home', 2 FROM report_folder WHERE system_key = 'system'`);
    await q.query(`INSERT INTO saved_report (folder_id, name, built_in, sort_order)
      SELECT f.id, r.name, r.built_in, r.sort_order FROM report_folder f,
        (VALUES ('地域病床見える化（全項目表示）', 'BED_REPORT_ALL_COLUMNS', 1),
                ('地域病床見える化', 'BED_REPORT', 2)) AS r (name, built_in, sort_order)
      WHERE f.system_key = 'system/home'`);
    const hash = crypto.createHash('sha256').update(AREA_TOTALS_DOCUMENT, 'utf8').digest('hex');
    await q.query(`INSERT INTO report_document (hash, document) VALUES ($1, $2)`, [hash, AREA_TOTALS_DOCUMENT]);
    await q.query(
      `INSERT INTO saved_report (folder_id, name, document_hash, columns, sort_order)
       SELECT id, '二次医療圏別の集計', $1, $2::jsonb, 3 FROM report_folder WHERE system_key = 'system/home'`,
      [hash, JSON.stringify(AREA_TOTALS_COLUMNS)],
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM audit_event WHERE action IN ('REPORT_SAVED','REPORT_SHARED','REPORT_RUN','REPORT_EXPORTED')`);
    await q.query(`ALTER TABLE audit_event DROP CONSTRAINT audit_event_action_check`);
    await q.query(`ALTER TABLE audit_event ADD CONSTRAINT audit_event_action_check CHECK (action IN ('SIGN_IN_SUCCEEDED','SIGN_IN_FAILED',
      'ACCOUNT_CREATED','ACCOUNT_UPDATED','ACCOUNT_DISABLED','ACCOUNT_ENABLED','EXPORTED','POSTING_MASKING_CHANGED',
      'REPORTING_SCHEDULE_CHANGED'))`);
    await q.query(`DROP TABLE mail_attachment`);
    await q.query(`DROP TABLE report_subscription_delivery`);
    await q.query(`DROP TABLE report_subscription`);
    await q.query(`DROP TABLE saved_report`);
    await q.query(`DROP TABLE report_document`);
    await q.query(`DROP TABLE report_folder`);
  }
}
