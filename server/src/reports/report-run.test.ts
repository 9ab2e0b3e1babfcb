import type { FormattedExecutionResult, GraphQLSchema } from 'graphql';
import { buildAppSchema } from '../app.modules';
import { loadConfig } from '../config';
import type { OperationRequest, OperationRunner } from '../graphql/operation';
import { documentHash } from './report-document';
import { allReportPages, cellOf, rowsOf } from './report-run';
import { ReportColumnFormat, SavedReport } from './saved-report';

/** Rows, cells and paging of report-run.ts, against a runner that answers as /graphql would. */

const DOCUMENT = `query Beds($first: Int!, $after: String) {
  bedReport(first: $first, after: $after) { edges { node { facility { name } } } pageInfo { hasNextPage endCursor } }
}`;

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildAppSchema();
});

const report = () =>
  Object.assign(new SavedReport(), {
    dbId: 1,
    id: 'U2F2ZWRSZXBvcnQ6MQ',
    folderDbId: 1,
    name: 'r',
    document: DOCUMENT,
    documentHash: documentHash(DOCUMENT),
    columns: [{ path: 'bedReport.edges.node.facility.name', heading: '名', format: ReportColumnFormat.TEXT }],
    defaultVariableValues: { first: 1 },
    pagingVariable: 'after',
    builtIn: null,
    createdByAccountId: null,
    updatedAt: new Date(),
  });

function runner(answers: FormattedExecutionResult[]): OperationRunner & { requests: OperationRequest[] } {
  const requests: OperationRequest[] = [];
  return {
    schema: undefined as unknown as GraphQLSchema,
    requests,
    run(request) {
      requests.push(request);
      return Promise.resolve(answers.shift()!);
    },
  };
}

const page = (name: string, next: string | null): FormattedExecutionResult => ({
  data: { bedReport: { edges: [{ node: { facility: { name } } }], pageInfo: { hasNextPage: next !== null, endCursor: next } } },
});

describe('report pages', () => {
  it('pages through the connection by its cursor, and waits out a spent budget between pages instead of cutting the export', async () => {
    const spent: FormattedExecutionResult = {
      errors: [{ message: '利用上限に達しました。', extensions: { code: 'TOO_MANY_REQUESTS', retryAfter: 3 } }],
    };
    const operations = runner([page('一', 'c1'), spent, page('二', 'c2'), page('三', null)]);
    Object.assign(operations, { schema });
    const waited: number[] = [];
    const rows: unknown[] = [];
    const limits = loadConfig({ NODE_ENV: 'test' }).graphqlLimits;
    for await (const p of allReportPages(
      { operations, viewer: { accountId: 1, role: null, facilityId: null, prefectureCode: null }, limits },
      report(),
      null,
      async (s) => {
        waited.push(s);
      },
    )) {
      rows.push(...p.rows);
    }
    expect(rows).toEqual([['一'], ['二'], ['三']]);
    expect(waited).toEqual([3]);
    expect(operations.requests.map((r) => r.variables)).toEqual([
      { first: 1 },
      { first: 1, after: 'c1' },
      { first: 1, after: 'c1' },
      { first: 1, after: 'c2' },
    ]);
    expect(operations.requests.every((r) => r.documentHash === documentHash(DOCUMENT))).toBe(true);
  });

  it('a spent budget on the first page is the answer (nothing has been sent yet)', async () => {
    const operations = runner([{ errors: [{ message: '利用上限', extensions: { code: 'TOO_MANY_REQUESTS', retryAfter: 1 } }] }]);
    Object.assign(operations, { schema });
    const limits = loadConfig({ NODE_ENV: 'test' }).graphqlLimits;
    const pages = allReportPages(
      { operations, viewer: { accountId: 1, role: null, facilityId: null, prefectureCode: null }, limits },
      report(),
      null,
      () => Promise.resolve(),
    );
    await expect(pages.next()).rejects.toMatchObject({ extensions: { code: 'TOO_MANY_REQUESTS' } });
  });
});

describe('cells', () => {
  it('writes each format, Japan time for dates, and joins the values of a list in the path with 、', () => {
    expect(cellOf(['2026-12-01T15:30:00.000Z'], ReportColumnFormat.DATE_TIME)).toBe('2026-12-02 00:30:00');
    expect(cellOf(['2026-12-01T15:30:00.000Z'], ReportColumnFormat.DATE)).toBe('2026-12-02');
    expect(cellOf(['12'], ReportColumnFormat.INTEGER)).toBe(12);
    expect(cellOf([0.071], ReportColumnFormat.PERCENT)).toBe(0.071);
    expect(cellOf(['BEFORE_DUE'], ReportColumnFormat.LABEL)).toBe('BEFORE_DUE');
    expect(cellOf([true], ReportColumnFormat.BOOLEAN)).toBe(true);
    expect(cellOf([null, undefined], ReportColumnFormat.TEXT)).toBeNull();
    expect(cellOf(['内科', '外科'], ReportColumnFormat.TEXT)).toBe('内科、外科');
    const data = { summary: { total: 3 }, list: { edges: [{ node: { tags: [{ n: 'a' }, { n: 'b' }] } }, { node: { tags: [] } }] } };
    expect(
      rowsOf(data, { rowPath: ['list', 'edges'] }, [
        { path: 'list.edges.node.tags.n', heading: 't', format: ReportColumnFormat.TEXT },
        { path: 'summary.total', heading: 's', format: ReportColumnFormat.INTEGER },
      ]),
    ).toEqual([
      ['a、b', 3],
      [null, 3],
    ]);
  });
});
