import type { MigrationInterface, QueryRunner } from 'typeorm';

const COMPLIANCE_REPORT = `name = '報告状況（遵守実績）' AND folder_id = (SELECT id FROM report_folder WHERE system_key = 'system/home')`;
const FORMATS: Record<string, [before: string, after: string]> = {
  'reportingCompliance.facilities.status': ['TEXT', 'LABEL'],
  'reportingCompliance.facilities.last28Days.onTimeShare': ['DECIMAL', 'PERCENT'],
};

/**
 * 報告状況（遵守実績） shows its cells in the dashboard's words: 今期の状況 as 期限前 (not BEFORE_DUE) and
 * 期限内の割合 as 7.1% (not 0.071). The values themselves (JSON export, CSV numbers) stay the API's.
 */
export class ComplianceReportFormats1765330000000 implements MigrationInterface {
  public async up(q: QueryRunner): Promise<void> {
    await this.setFormats(q, 1);
  }

  public async down(q: QueryRunner): Promise<void> {
    await this.setFormats(q, 0);
  }

  private async setFormats(q: QueryRunner, to: 0 | 1): Promise<void> {
    const rows: { id: number; columns: { path: string; heading: string; format: string }[] }[] = await q.query(
      `SELECT id, columns FROM saved_report WHERE ${COMPLIANCE_REPORT}`,
    );
    for (const { id, columns } of rows) {
      const updated = columns.map((c) => (FORMATS[c.path] ? { ...c, format: FORMATS[c.path][to] } : c));
      await q.query(`UPDATE saved_report SET columns = $2::jsonb WHERE id = $1`, [id, JSON.stringify(updated)]);
    }
  }
}
