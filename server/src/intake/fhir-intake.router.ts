import express from 'express';
import { In, type DataSource } from 'typeorm';
import type { ViewerResolver } from '../auth/viewer';
import {
  assertReportable,
  type RecordedReport,
  reportSourceOf,
  storeBedReport,
  validateBedReport,
  type BedReportContent,
} from '../beds/bed-reporting';
import { Facility } from '../facilities/facility.entity';
import { DomainError, ErrorCode, type FieldProblem } from '../graphql/errors';
import { toGlobalId } from '../graphql/node';
import { type FhirIssue, type MappedMeasureReport, operationOutcome, readMeasureReports } from './fhir-intake';

export const FHIR_MEASURE_REPORT_PATH = '/fhir/MeasureReport';
export const FHIR_BUNDLE_PATH = '/fhir/Bundle';
/** A Bundle of every facility of a large prefecture, with its Organizations and Locations. */
export const FHIR_INTAKE_MAX_BYTES = 20 * 1024 * 1024;
/** FHIR's JSON type, and plain JSON. Neither can be sent cross-site without a CORS preflight (never granted): no CSRF. */
const FHIR_JSON = ['application/fhir+json', 'application/json'];
const FHIR_CONTENT_TYPE = 'application/fhir+json; charset=utf-8';

class Refused extends Error {
  constructor(
    readonly status: number,
    readonly issues: FhirIssue[],
  ) {
    super('refused');
  }
}

const issue = (code: string, diagnostics: string, expression?: string): FhirIssue => ({
  severity: 'error',
  code,
  diagnostics,
  ...(expression ? { expression: [expression] } : {}),
});

/** A domain refusal of one report, as issues at the elements it names. */
function issuesOf(error: DomainError, report: MappedMeasureReport): { status: number; issues: FhirIssue[] } {
  const code = error.extensions.code as ErrorCode;
  const fieldErrors = (error.extensions.fieldErrors as FieldProblem[] | undefined) ?? [];
  const fhirCode = code === ErrorCode.FORBIDDEN ? 'forbidden' : code === ErrorCode.CONFLICT ? 'conflict' : 'value';
  const status = code === ErrorCode.FORBIDDEN ? 403 : code === ErrorCode.CONFLICT ? 409 : 400;
  const issues = fieldErrors.length
    ? fieldErrors.map((p) =>
        issue(fhirCode, p.message, p.field === 'facilityId' ? report.facilityPath : (report.paths[p.field] ?? report.at)),
      )
    : [issue(fhirCode, error.message, code === ErrorCode.CONFLICT ? `${report.at}.id` : report.facilityPath)];
  return { status, issues };
}

export interface FhirIntakeDependencies {
  db: DataSource;
  resolveViewer: ViewerResolver;
}

/**
 * POST /fhir/MeasureReport (one MeasureReport) and POST /fhir/Bundle (a Bundle of them, e.g. the FHIR
 * export as written): machine intake of bed reports by hospital and prefectural systems with an API
 * token. The access rule is reportBedStatus's (bed-access.ts: a facility for itself, a prefecture for
 * its facilities); the report rules are its validator's. Every report of a request is checked first
 * and stored only if all pass, in one transaction; each is one snapshot (a MeasureReport's id is its
 * idempotency key, so posting the same MeasureReport again stores nothing). The answer is always an
 * OperationOutcome: an issue per problem, its expression the FHIRPath of the element at fault;
 * on success an informational issue per report.
 */
export function createFhirIntakeRouter(deps: FhirIntakeDependencies): express.Router {
  const router = express.Router();
  const send = (res: express.Response, status: number, issues: FhirIssue[]) =>
    res
      .status(status)
      .setHeader('Content-Type', FHIR_CONTENT_TYPE)
      .setHeader('Cache-Control', 'no-store')
      .send(JSON.stringify(operationOutcome(issues)));

  const intake = (expected: 'MeasureReport' | 'Bundle') => [
    async (req: express.Request, res: express.Response, next: express.NextFunction) => {
      try {
        const viewer = await deps.resolveViewer(req, deps.db);
        if (viewer.role === null) return send(res, 401, [issue('login', 'API トークン (Authorization: Bearer) で認証してください。')]);
        if (!req.is(FHIR_JSON)) {
          return send(res, 415, [issue('structure', 'Content-Type は application/fhir+json で送信してください。')]);
        }
        res.locals.viewer = viewer;
        next();
      } catch (error) {
        next(error);
      }
    },
    express.json({ type: FHIR_JSON, limit: FHIR_INTAKE_MAX_BYTES, strict: true }),
    async (req: express.Request, res: express.Response, next: express.NextFunction) => {
      try {
        const viewer = res.locals.viewer as Awaited<ReturnType<ViewerResolver>>;
        const body = req.body as { resourceType?: unknown };
        if (body?.resourceType !== expected) {
          throw new Refused(400, [issue('structure', `${expected} を送信してください。`, 'Resource.resourceType')]);
        }
        const { reports, issues } = readMeasureReports(body);
        if (issues.length) throw new Refused(400, issues);

        const codes = [...new Set(reports.map((r) => r.facilityCode))];
        const facilities = new Map((await deps.db.getRepository(Facility).findBy({ code: In(codes) })).map((f) => [f.code, f]));
        const checked: { report: MappedMeasureReport; facility: Facility; content: BedReportContent }[] = [];
        const problems: FhirIssue[] = [];
        let status = 400;
        for (const report of reports) {
          const facility = facilities.get(report.facilityCode);
          if (!facility) {
            problems.push(issue('not-found', `医療機関コード ${report.facilityCode} の医療機関がありません。`, report.facilityPath));
            continue;
          }
          try {
            // Out of scope before content: another prefecture's hospital is refused whatever its figures.
            assertReportable(viewer, facility);
            checked.push({ report, facility, content: validateBedReport(report.input) });
          } catch (error) {
            if (!(error instanceof DomainError)) throw error;
            const refused = issuesOf(error, report);
            if (refused.status === 403) status = 403;
            problems.push(...refused.issues);
          }
        }
        if (problems.length) throw new Refused(status, problems);

        const source = (facility: Facility) => reportSourceOf(viewer, facility);
        const now = new Date();
        const results = await deps.db.transaction(async (m) => {
          const stored: RecordedReport[] = [];
          for (const { report, facility, content } of checked) {
            try {
              stored.push(
                await storeBedReport(m, {
                  viewer,
                  facility,
                  content,
                  idempotencyKey: report.input.idempotencyKey ?? null,
                  source: source(facility),
                  now,
                }),
              );
            } catch (error) {
              if (!(error instanceof DomainError)) throw error;
              const refused = issuesOf(error, report);
              throw new Refused(refused.status, refused.issues);
            }
          }
          return stored;
        });
        const created = results.filter((r) => !r.duplicate).length;
        req.log.info({ intake: 'fhir', reports: results.length, created }, 'bed reports received');
        send(
          res,
          created > 0 ? 201 : 200,
          results.map((r, i) => ({
            severity: 'information',
            code: 'informational',
            diagnostics: r.duplicate
              ? `医療機関コード ${checked[i].facility.code}: この報告は保存済みです (${toGlobalId('BedSnapshot', r.snapshot.dbId)})。`
              : `医療機関コード ${checked[i].facility.code}: 報告を保存しました (${toGlobalId('BedSnapshot', r.snapshot.dbId)})。`,
            expression: [checked[i].report.at],
          })),
        );
      } catch (error) {
        if (error instanceof Refused) return send(res, error.status, error.issues);
        next(error);
      }
    },
    // A body that is not JSON, or too large: still an OperationOutcome.
    (error: { status?: number; type?: string }, _req: express.Request, res: express.Response, next: express.NextFunction) => {
      if (error?.status === 413)
        return send(res, 413, [issue('too-costly', `リクエストは${FHIR_INTAKE_MAX_BYTES / 1024 / 1024}MB以内にしてください。`)]);
      if (error?.status === 400) return send(res, 400, [issue('structure', 'JSON として読み取れません。')]);
      next(error);
    },
  ];
  router.post(FHIR_MEASURE_REPORT_PATH, ...intake('MeasureReport'));
  router.post(FHIR_BUNDLE_PATH, ...intake('Bundle'));
  return router;
}
