import express from 'express';
import type { DataSource } from 'typeorm';
import type { ViewerResolver } from '../auth/viewer';
import { AuditAction, recordAudit } from '../audit/audit-log';
import { encodeCp932 } from '../beds/sjis-encoding';
import type { ReferenceCatalog } from '../facilities/reference-catalog';
import { DomainError, ErrorCode } from '../graphql/errors';
import { type CsvColumn, CsvWriter, UTF8_BOM } from '../shared/csv.writer';
import { areaCompliance, type ComplianceCounts, facilityCompliance } from './reporting-compliance';
import { scheduleOf } from './reporting-schedule';
import { complianceScopeFor } from './reporting.resolver';

export const COMPLIANCE_CSV_PATH = '/api/exports/reporting-compliance.csv';

const STATUS_LABELS = { REPORTED: '報告済', BEFORE_DUE: '期限前', OVERDUE: '期限超過' } as const;

interface CsvRow {
  level: '医療機関' | '二次医療圏' | '都道府県';
  areaCode: string | null;
  code: string | null;
  name: string;
  phone: string | null;
  status: string | null;
  lastReportedAt: Date | null;
  windows: Record<7 | 28, ComplianceCounts>;
}

const share = (c: ComplianceCounts) => (c.periods ? Math.round((c.onTime / c.periods) * 1000) / 10 : null);
const japanTime = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Tokyo', dateStyle: 'short', timeStyle: 'short' });

const COLUMNS: CsvColumn<CsvRow, ReferenceCatalog>[] = [
  { header: '集計単位', value: (r) => r.level },
  { header: '二次医療圏コード', kind: 'code', value: (r) => r.areaCode },
  { header: '二次医療圏', value: (r, reference) => (r.areaCode ? reference.area(r.areaCode)?.name : null) },
  { header: '医療機関コード', kind: 'code', value: (r) => r.code },
  { header: '名称', value: (r) => r.name },
  { header: '電話番号', value: (r) => r.phone },
  { header: '今期の状況', value: (r) => r.status },
  { header: '最終報告日時', value: (r) => (r.lastReportedAt ? japanTime.format(r.lastReportedAt) : null) },
  ...([7, 28] as const).flatMap((days): CsvColumn<CsvRow, ReferenceCatalog>[] => [
    { header: `直近${days}日 期間数`, kind: 'number', value: (r) => r.windows[days].periods },
    { header: `直近${days}日 期限内`, kind: 'number', value: (r) => r.windows[days].onTime },
    { header: `直近${days}日 遅延`, kind: 'number', value: (r) => r.windows[days].late },
    { header: `直近${days}日 未報告`, kind: 'number', value: (r) => r.windows[days].missed },
    { header: `直近${days}日 期限内の割合(%)`, kind: 'number', value: (r) => share(r.windows[days]) },
  ]),
];

/**
 * GET /api/exports/reporting-compliance.csv?prefectureCode=&areaCode=&encoding=sjis|utf8 — the
 * 報告状況 screen as CSV through the one CSV writer: each hospital (overdue first), then each
 * 二次医療圏 and the prefecture. The same scope rule as the GraphQL field; Shift-JIS (CP932) by
 * default, UTF-8 with BOM on request, like the bed report's export. A few thousand rows at most:
 * built in memory.
 */
export function createComplianceExportRouter(deps: { db: DataSource; reference: ReferenceCatalog; resolveViewer: ViewerResolver }) {
  const router = express.Router();
  router.get(COMPLIANCE_CSV_PATH, async (req, res) => {
    const single = (value: unknown) => (typeof value === 'string' && value ? value : null);
    const encoding = single(req.query.encoding) ?? 'sjis';
    try {
      if (encoding !== 'sjis' && encoding !== 'utf8')
        throw new DomainError(ErrorCode.BAD_USER_INPUT, '文字コードは sjis または utf8 で指定してください。', {
          fieldErrors: [{ field: 'encoding', message: '文字コードは sjis または utf8 で指定してください。' }],
        });
      const viewer = await deps.resolveViewer(req, deps.db);
      const scope = await complianceScopeFor(
        viewer,
        { prefectureCode: single(req.query.prefectureCode), areaCode: single(req.query.areaCode) },
        deps.reference,
        async (id) => (await deps.db.query(`SELECT prefecture_code FROM facility WHERE id = $1`, [id]))[0]?.prefecture_code ?? null,
      );
      const now = new Date();
      const schedule = await scheduleOf(deps.db.manager, scope.prefectureCode);
      const [{ rows }, areas] = await Promise.all([
        facilityCompliance(deps.db.manager, schedule, scope, now),
        areaCompliance(deps.db.manager, scope, now),
      ]);
      const facilities: { id: number; code: string; name: string; phone: string | null; area_code: string }[] = await deps.db.query(
        `SELECT id, code, name, phone, area_code FROM facility WHERE id = ANY($1::int[])`,
        [rows.map((r) => r.facilityId)],
      );
      const byId = new Map(facilities.map((f) => [f.id, f]));
      const csvRows: CsvRow[] = [
        ...rows.map((r) => {
          const f = byId.get(r.facilityId)!;
          return {
            level: '医療機関' as const,
            areaCode: f.area_code,
            code: f.code,
            name: f.name,
            phone: f.phone,
            status: STATUS_LABELS[r.status],
            lastReportedAt: r.lastReportedAt,
            windows: r.windows,
          };
        }),
        ...(viewer.facilityId !== null && scope.facilityId ? [] : areas).map((a) => ({
          level: a.areaCode ? ('二次医療圏' as const) : ('都道府県' as const),
          areaCode: a.areaCode,
          code: null,
          name: a.areaCode
            ? (deps.reference.area(a.areaCode)?.name ?? a.areaCode)
            : (deps.reference.prefecture(scope.prefectureCode)?.name ?? ''),
          phone: null,
          status: null,
          lastReportedAt: null,
          windows: a.windows,
        })),
      ];
      const text = new CsvWriter(COLUMNS, deps.reference).document(csvRows);
      await recordAudit(deps.db, {
        action: AuditAction.EXPORTED,
        actorAccountId: viewer.accountId,
        subject: 'reporting-compliance.csv',
        details: { prefectureCode: scope.prefectureCode, areaCode: scope.areaCode ?? null, encoding },
      });
      const stamp = japanTime.format(now).replace(/[-: ]/g, '').slice(0, 12);
      res.setHeader('Content-Type', `text/csv; charset=${encoding === 'sjis' ? 'Shift_JIS' : 'utf-8'}`);
      res.setHeader('Content-Disposition', `attachment; filename="reporting-compliance-${scope.prefectureCode}-${stamp}.csv"`);
      res.setHeader('Cache-Control', 'no-store');
      res.send(encoding === 'sjis' ? encodeCp932(text).bytes : Buffer.from(UTF8_BOM + text, 'utf8'));
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      const code = error.extensions.code as ErrorCode;
      const status = code === ErrorCode.UNAUTHENTICATED ? 401 : code === ErrorCode.FORBIDDEN ? 403 : 400;
      res.status(status).json({ errors: [{ message: error.message, extensions: { code, fieldErrors: error.extensions.fieldErrors } }] });
    }
  });
  return router;
}
