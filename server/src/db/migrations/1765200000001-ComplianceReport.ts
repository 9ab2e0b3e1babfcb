import crypto from 'node:crypto';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 報告状況 (compliance with the reporting schedule) as a saved report of the system folder
 * 「999_システム(自治体)」/「ホーム画面」: one row per hospital with its current period's status and
 * its 7- and 28-day record, runnable and exportable like any saved report (the prefecture's
 * accounts see their prefecture, a hospital itself; the office and analysts choose a prefecture).
 */
const COMPLIANCE_DOCUMENT = `query ReportingCompliance($prefectureCode: String, $areaCode: String) {
  reportingCompliance(prefectureCode: $prefectureCode, areaCode: $areaCode) {
    facilities {
      facility {
        code
        name
        secondaryMedicalArea {
          name
        }
      }
      status
      lastReportedAt
      last7Days {
        onTime
        late
        missed
      }
      last28Days {
        onTime
        late
        missed
        onTimeShare
      }
    }
  }
}
`;

const row = (path: string, heading: string, format: string) => ({ path: `reportingCompliance.facilities.${path}`, heading, format });
const COMPLIANCE_COLUMNS = [
  row('facility.code', '医療機関コード', 'TEXT'),
  row('facility.name', '医療機関名', 'TEXT'),
  row('facility.secondaryMedicalArea.name', '二次医療圏', 'TEXT'),
  row('status', '今期の状況', 'TEXT'),
  row('lastReportedAt', '最終報告日時', 'DATE_TIME'),
  row('last7Days.onTime', '期限内 (7日)', 'INTEGER'),
  row('last7Days.late', '遅延 (7日)', 'INTEGER'),
  row('last7Days.missed', '未報告 (7日)', 'INTEGER'),
  row('last28Days.onTime', '期限内 (28日)', 'INTEGER'),
  row('last28Days.late', '遅延 (28日)', 'INTEGER'),
  row('last28Days.missed', '未報告 (28日)', 'INTEGER'),
  row('last28Days.onTimeShare', '期限内の割合 (28日)', 'DECIMAL'),
];

export class ComplianceReport1765200000001 implements MigrationInterface {
  public async up(q: QueryRunner): Promise<void> {
    const hash = crypto.createHash('sha256').update(COMPLIANCE_DOCUMENT, 'utf8').digest('hex');
    await q.query(`INSERT INTO report_document (hash, document) VALUES ($1, $2) ON CONFLICT (hash) DO NOTHING`, [
      hash,
      COMPLIANCE_DOCUMENT,
    ]);
    await q.query(
      `INSERT INTO saved_report (folder_id, name, document_hash, columns, sort_order)
       SELECT id, '報告状況（遵守実績）', $1, $2::jsonb, 4 FROM report_folder WHERE system_key = 'system/home'`,
      [hash, JSON.stringify(COMPLIANCE_COLUMNS)],
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(
      `DELETE FROM saved_report WHERE name = '報告状況（遵守実績）' AND folder_id = (SELECT id FROM report_folder WHERE system_key = 'system/home')`,
    );
  }
}
