import type { FormattedExecutionResult, GraphQLSchema } from 'graphql';
import { buildAppSchema } from '../app.modules';
import { loadConfig } from '../config';
import type { OperationRequest, OperationRunner } from '../graphql/operation';
import Encoding from 'encoding-japanese';
import { isEnumType } from 'graphql';
import { ENUM_LABELS } from '../../../common/enum-labels';
import { analyseDocument, documentHash as documentHash } from './report-document';
import {
  allReportPages,
  cellOf,
  type ReportPage,
  reportColumns,
  reportCsvChunks,
  reportJsonChunks,
  rowsOf,
  typedColumns,
} from './report-run';
import { ReportColumn, ReportColumnFormat, SavedReport } from './saved-report';

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
        { path: 'list.edges.node.tags.n', format: ReportColumnFormat.TEXT },
        { path: 'summary.total', format: ReportColumnFormat.INTEGER },
      ]),
    ).toEqual([
      ['a、b', 3],
      [null, 3],
    ]);
  });
});

describe('LABEL and PERCENT columns', () => {
  // Two enums share CLOSED (求人 募集終了, お問合せ 完了) and NORMAL (報告の運用 平時, 受入 通常):
  // each column is read through its own enum, found from the query's field types.
  const QUERY = `query Mixed($first: Int!, $after: String) {
    postings(first: $first, after: $after) { edges { node { status facility { name } } } pageInfo { hasNextPage endCursor } }
    reportingSchedule(prefectureCode: "13") { mode }
  }`;
  const limits = loadConfig({ NODE_ENV: 'test' }).graphqlLimits;
  const column = (path: string, heading: string, format: ReportColumnFormat) =>
    Object.assign(new ReportColumn(), { path, heading, format });

  it("has words for exactly the values of each labelled enum of the schema (the dashboard's and the CSV's one list)", () => {
    for (const [name, labels] of Object.entries(ENUM_LABELS)) {
      const type = schema.getType(name);
      if (!isEnumType(type)) throw new Error(`${name} is not an enum of the schema`);
      expect([name, Object.keys(labels).sort()]).toEqual([
        name,
        type
          .getValues()
          .map((v) => v.name)
          .sort(),
      ]);
    }
  });

  it('types each column by the GraphQL type of its value (null when the query no longer has it)', () => {
    const analysis = analyseDocument(schema, QUERY, { limits, variables: { first: 5 }, addPaging: false });
    if (!analysis.ok) throw new Error(JSON.stringify(analysis.problems));
    const typed = typedColumns(
      [
        column('postings.edges.node.status', '状態', ReportColumnFormat.LABEL),
        column('reportingSchedule.mode', '運用', ReportColumnFormat.LABEL),
        column('postings.edges.node.facility.name', '医療機関', ReportColumnFormat.TEXT),
        column('postings.edges.node.gone', '消えた値', ReportColumnFormat.TEXT),
      ],
      analysis.value,
    );
    expect(typed.map((c) => c.valueType)).toEqual(['PostingStatus', 'ReportingMode', 'String', null]);
    const saved = Object.assign(report(), { document: QUERY, documentHash: documentHash(QUERY), columns: typed.slice(0, 2) });
    expect(reportColumns(schema, limits, saved).map((c) => c.valueType)).toEqual(['PostingStatus', 'ReportingMode']);
    expect(reportColumns(schema, limits, Object.assign(report(), { document: null, builtIn: 'BED_REPORT' }))[0].valueType).toBeNull();
  });

  it("writes them in CSV as the table shows them (募集終了, 平時, 7.1%, 2026/12/02 00:30), in each column's own enum, and keeps the API's values in JSON", async () => {
    const columns = [
      Object.assign(column('postings.edges.node.status', '状態', ReportColumnFormat.LABEL), { valueType: 'PostingStatus' }),
      Object.assign(column('inquiries.edges.node.status', 'お問合せ', ReportColumnFormat.LABEL), { valueType: 'InquiryStatus' }),
      Object.assign(column('reportingSchedule.mode', '運用', ReportColumnFormat.LABEL), { valueType: 'ReportingMode' }),
      Object.assign(column('x.acceptance', '受入', ReportColumnFormat.LABEL), { valueType: 'AcceptanceStatus' }),
      Object.assign(column('x.share', '割合', ReportColumnFormat.PERCENT), { valueType: 'Float' }),
      Object.assign(column('x.unknown', '不明', ReportColumnFormat.LABEL), { valueType: 'String' }),
      Object.assign(column('x.reportedAt', '最終報告日時', ReportColumnFormat.DATE_TIME), { valueType: 'DateTimeISO' }),
      Object.assign(column('x.day', '日付', ReportColumnFormat.DATE), { valueType: 'DateTimeISO' }),
    ];
    // Cells as cellOf makes them: dates already in Japan time; a value that is not a date stays as it was.
    const rows = [
      [
        'CLOSED',
        'CLOSED',
        'NORMAL',
        'NORMAL',
        0.071,
        'SOMETHING',
        cellOf(['2026-12-01T15:30:00.000Z'], ReportColumnFormat.DATE_TIME),
        '2026-12-02',
      ],
      ['PUBLISHED', 'OPEN', 'DISASTER', 'LIMITED', 1, null, '2026-12-01 09:05:00、2026-12-02 10:00:00', 'いつか'],
    ];
    async function* pages(): AsyncGenerator<ReportPage> {
      yield { columns, rows, hasNextPage: false, endCursor: null };
    }
    const chunks: Buffer[] = [];
    for await (const chunk of reportCsvChunks(pages(), columns, 'sjis', { rows: 0, bytes: 0, substitutions: 0 })) chunks.push(chunk);
    const text = Encoding.convert(Buffer.concat(chunks), { from: 'SJIS', to: 'UNICODE', type: 'string' });
    expect(text.split('\r\n')).toEqual([
      '状態,お問合せ,運用,受入,割合,不明,最終報告日時,日付',
      '募集終了,完了,平時,通常,7.1%,SOMETHING,2026/12/02 00:30,2026/12/02',
      '公開中,未回答,災害,制限,100%,,2026/12/01 09:05、2026/12/02 10:00,いつか',
      '',
    ]);
    const json: Buffer[] = [];
    for await (const chunk of reportJsonChunks(pages(), columns, { rows: 0, bytes: 0, substitutions: 0 })) json.push(chunk);
    const parsed = JSON.parse(Buffer.concat(json).toString('utf8'));
    expect(parsed.rows).toEqual(rows);
    expect(parsed.columns[0]).toEqual({ path: 'postings.edges.node.status', heading: '状態', format: 'LABEL', valueType: 'PostingStatus' });
  });
});
