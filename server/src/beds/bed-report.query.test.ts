import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Kind, parse } from 'graphql';
import { Role, type Viewer } from '../auth/viewer';
import { AcceptanceStatus, StaffingStatus } from './bed-categories';
import { BedCategory } from './bed-snapshot.entity';
import { readExportQuery } from './bed-report.export';
import {
  bedReportQueryFor,
  BedReportSortField,
  DEFAULT_BED_REPORT_SORT,
  type BedReportQueryInput,
  MAX_TEXT_QUERY,
  SortDirection,
} from './bed-report.query';

const viewer = (role: Role, extra: Partial<Viewer> = {}): Viewer => ({
  accountId: 1,
  role,
  facilityId: null,
  prefectureCode: null,
  ...extra,
});
const office = viewer(Role.OFFICE);

/** The problems a request gets, as field names (empty when it is accepted). */
const problemFields = (input: BedReportQueryInput, who: Viewer = office) => {
  const checked = bedReportQueryFor(who, input);
  return checked.ok ? [] : checked.problems.map((p) => p.field);
};
/** What an export's query string becomes: the export's own option problems, then the report query's verdict. */
const fromQueryString = (search: string, who: Viewer = office) => {
  const raw: Record<string, string | string[]> = {};
  for (const [key, value] of new URLSearchParams(search)) raw[key] = key in raw ? ([] as string[]).concat(raw[key], value) : value;
  const { input, options } = readExportQuery(raw);
  return { options, query: bedReportQueryFor(who, input) };
};

describe('BedReportQuery: one validator for the report, its summary, the exports and the live feed', () => {
  it('reads the same request the same way whichever door it came through (GraphQL input or export query string)', () => {
    const graphql = bedReportQueryFor(office, {
      filter: {
        prefectureCode: '13',
        secondaryMedicalAreaCode: '1301',
        search: '中央',
        inpatientAcceptance: [AcceptanceStatus.NORMAL, AcceptanceStatus.LIMITED],
        staffing: [StaffingStatus.SHORTAGE],
        minVacantTotal: 5,
        minVacant: [
          { category: BedCategory.ICU_HCU, atLeast: 1 },
          { category: BedCategory.GENERAL, atLeast: 3 },
        ],
        staleOnly: true,
      },
      orderBy: { field: BedReportSortField.VACANT_TOTAL, direction: SortDirection.DESC },
    });
    const { query: exported, options } = fromQueryString(
      `prefectureCode=13&secondaryMedicalAreaCode=1301&search=${encodeURIComponent('中央')}&inpatientAcceptance=NORMAL,LIMITED&staffing=SHORTAGE&minVacantTotal=5&minVacant=ICU_HCU:1,GENERAL:3&staleOnly=true&orderBy=VACANT_TOTAL&direction=DESC&encoding=utf8`,
    );
    expect(options).toEqual({ ok: true, value: { encoding: 'utf8', plainCodes: false, view: 'details' } });
    expect(exported).toEqual(graphql);
    expect(graphql).toEqual({
      ok: true,
      value: {
        filter: {
          prefectureCode: '13',
          secondaryMedicalAreaCode: '1301',
          name: null,
          search: '中央',
          outpatientAcceptance: null,
          inpatientAcceptance: ['NORMAL', 'LIMITED'],
          emergencyAcceptance: null,
          staffing: ['SHORTAGE'],
          minVacantTotal: 5,
          // In the category list's order, whatever order they were given in.
          minVacant: [
            { category: 'general', atLeast: 3 },
            { category: 'icuHcu', atLeast: 1 },
          ],
          staleOnly: true,
          facilityId: null,
        },
        sort: { field: 'VACANT_TOTAL', direction: 'DESC' },
      },
    });
  });

  it('defaults to every facility in code order, and an export with no parameters asks for the same', () => {
    const checked = bedReportQueryFor(office, {});
    expect(checked.ok && checked.value.sort).toEqual(DEFAULT_BED_REPORT_SORT);
    expect(checked.ok && checked.value.filter.staleOnly).toBe(false);
    expect(fromQueryString('').query).toEqual(checked);
  });

  it('names each malformed field once, in Japanese, as the GraphQL input and the export parameters name it', () => {
    const checked = bedReportQueryFor(office, {
      filter: { prefectureCode: '48', secondaryMedicalAreaCode: '13-1', name: 'あ'.repeat(MAX_TEXT_QUERY + 1) },
    });
    expect(checked).toEqual({
      ok: false,
      problems: [
        { field: 'prefectureCode', message: '都道府県コードは 01〜47 の2桁で指定してください。' },
        { field: 'secondaryMedicalAreaCode', message: '二次医療圏コードは4桁の数字で指定してください。' },
        { field: 'name', message: '100文字以内で指定してください。' },
      ],
    });
    expect(problemFields({ filter: { name: 'あ'.repeat(MAX_TEXT_QUERY) } })).toEqual([]);
    // Two wrong statuses in one list are one problem of that field.
    const statuses = fromQueryString('outpatientAcceptance=MAYBE,PERHAPS&orderBy=NEAREST&direction=UP&staleOnly=yes');
    expect(statuses.query.ok ? [] : statuses.query.problems).toEqual([
      { field: 'outpatientAcceptance', message: '受入状況は NORMAL, LIMITED, SUSPENDED, UNANSWERED で指定してください。' },
      { field: 'staleOnly', message: 'true または false で指定してください。' },
      { field: 'orderBy', message: `並び順は ${Object.values(BedReportSortField).join(', ')} で指定してください。` },
      { field: 'direction', message: '並び順の方向は ASC または DESC で指定してください。' },
    ]);
  });

  it('refuses a malformed staffing status, vacant-bed minimum or bed category, from the export as from GraphQL', () => {
    const { query } = fromQueryString('staffing=TIRED&minVacantTotal=-1&minVacant=GENERAL:x,__proto__:2');
    expect(query.ok ? [] : query.problems.map((p) => p.field)).toEqual(['staffing', 'minVacantTotal', 'minVacant']);
    const tooMany = bedReportQueryFor(office, { filter: { minVacant: [{ category: 'general', atLeast: 10_000 }] } });
    expect(tooMany.ok ? [] : tooMany.problems).toEqual([
      { field: 'minVacant', message: '空床数の下限は 0〜9999 の整数で指定してください。' },
    ]);
    // A category named twice keeps its larger minimum; zero is a real minimum (reported beds only).
    const twice = bedReportQueryFor(office, {
      filter: {
        minVacantTotal: 0,
        minVacant: [
          { category: 'pediatric', atLeast: 2 },
          { category: 'pediatric', atLeast: 4 },
        ],
      },
    });
    expect(twice.ok && twice.value.filter).toMatchObject({ minVacantTotal: 0, minVacant: [{ category: 'pediatric', atLeast: 4 }] });
  });

  it('judges code formats only once the types are right, as GraphQL does (its types are checked before any resolver)', () => {
    expect(problemFields({ filter: { prefectureCode: '99', inpatientAcceptance: ['MAYBE'] } })).toEqual(['inpatientAcceptance']);
    expect(problemFields({ filter: { prefectureCode: '99', inpatientAcceptance: ['NORMAL'] } })).toEqual(['prefectureCode']);
    const exported = fromQueryString('encoding=latin1&emergencyAcceptance=MAYBE&prefectureCode=99');
    expect(exported.options.ok ? [] : exported.options.problems.map((p) => p.field)).toEqual(['encoding']);
    expect(exported.query.ok ? [] : exported.query.problems.map((p) => p.field)).toEqual(['emergencyAcceptance']);
  });

  it('applies the access rule first: own prefecture by default, another FORBIDDEN before its format is judged, a facility only itself', () => {
    const tokyo = viewer(Role.PREFECTURE, { prefectureCode: '13' });
    const own = bedReportQueryFor(tokyo, { filter: null });
    expect(own.ok && own.value.filter.prefectureCode).toBe('13');
    const code = (fn: () => unknown) => {
      try {
        fn();
        return 'OK';
      } catch (error) {
        return (error as { extensions: { code: string } }).extensions.code;
      }
    };
    expect(code(() => bedReportQueryFor(tokyo, { filter: { prefectureCode: '27' } }))).toBe('FORBIDDEN');
    expect(code(() => bedReportQueryFor(tokyo, { filter: { prefectureCode: '99' } }))).toBe('FORBIDDEN');
    expect(code(() => fromQueryString('prefectureCode=27&encoding=latin1', tokyo))).toBe('FORBIDDEN');
    expect(code(() => bedReportQueryFor(viewer(Role.HEALTH_CENTER_RECRUITMENT, { prefectureCode: '13' }), {}))).toBe('FORBIDDEN');
    const hospital = bedReportQueryFor(viewer(Role.FACILITY, { facilityId: 42 }), {});
    expect(hospital.ok && hospital.value.filter.facilityId).toBe(42);
  });

  it('reads every field the GraphQL BedReportFilter and BedReportOrder declare (an unknown field would be dropped unseen)', () => {
    const schema = parse(readFileSync(path.join(__dirname, '../../../schema.graphql'), 'utf8'));
    const inputFields = (name: string) =>
      schema.definitions
        .flatMap((d) => (d.kind === Kind.INPUT_OBJECT_TYPE_DEFINITION && d.name.value === name ? (d.fields ?? []) : []))
        .map((f) => f.name.value)
        .sort();
    const checked = bedReportQueryFor(office, {});
    if (!checked.ok) throw new Error('an empty query is accepted');
    const { facilityId, ...filter } = checked.value.filter;
    expect(facilityId).toBeNull();
    expect(inputFields('BedReportFilter')).toEqual(Object.keys(filter).sort());
    expect(inputFields('BedReportOrder')).toEqual(Object.keys(checked.value.sort).sort());
  });
});
