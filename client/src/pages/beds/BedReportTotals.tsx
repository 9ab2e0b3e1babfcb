import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { type Column, DataTable } from '../../components/DataTable';
import { getFragmentData, graphql } from '../../gql';
import type { BedReportFilter, BedReportTotals_TotalsFragment } from '../../gql/graphql';
import { number } from './bed-labels';

export const BedReportTotals_Totals = graphql(`
  fragment BedReportTotals_Totals on BedReportTotals {
    area {
      id
      code
      name
    }
    prefecture {
      id
      code
      name
    }
    facilities
    reported
    stale
    unreported
    securedTotal
    immediateTotal
    vacantTotal
  }
`);

export const BedReportTotals_Summary = graphql(`
  query BedReportTotals_Summary($filter: BedReportFilter) {
    bedReportSummary(filter: $filter) {
      prefectures {
        ...BedReportTotals_Totals
      }
      areas {
        ...BedReportTotals_Totals
      }
    }
  }
`);

type Totals = BedReportTotals_TotalsFragment;

const figure = (header: string, pick: (t: Totals) => number, key: string): Column<Totals> => ({
  key,
  header,
  render: (t) => number.format(pick(t)),
  numeric: true,
  nowrap: true,
});

const COLUMNS: Column<Totals>[] = [
  {
    key: 'name',
    header: '集計単位',
    rowHeader: true,
    minWidth: '8em',
    render: (t) => (t.area ? t.area.name : <strong>{t.prefecture?.name ?? '全体'}（都道府県計）</strong>),
  },
  figure('医療機関数', (t) => t.facilities, 'facilities'),
  figure('報告済', (t) => t.reported, 'reported'),
  figure('更新遅れ', (t) => t.stale, 'stale'),
  figure('未報告', (t) => t.unreported, 'unreported'),
  figure('確保病床数の合計', (t) => t.securedTotal, 'secured'),
  figure('即応病床数の合計', (t) => t.immediateTotal, 'immediate'),
  figure('空床数の合計', (t) => t.vacantTotal, 'vacant'),
];

/**
 * 二次医療圏ごと・都道府県ごとの集計 of the facilities the report's filter selects (one SQL statement on
 * the server, whatever the number of areas): each prefecture's total row, then its areas.
 */
export function BedReportTotals({ filter }: { filter: BedReportFilter }) {
  const result = useQuery(BedReportTotals_Summary, { variables: { filter } });
  const summary = (result.data ?? result.previousData)?.bedReportSummary;
  const byPrefecture = summary ? summary.prefectures.length > 1 : false;
  const rows = useMemo(() => {
    if (!summary) return [];
    const prefectures = getFragmentData(BedReportTotals_Totals, summary.prefectures);
    const areas = getFragmentData(BedReportTotals_Totals, summary.areas);
    // Several prefectures: one line each (their areas appear once a prefecture is chosen).
    if (prefectures.length > 1) return prefectures;
    return prefectures.flatMap((p) => [p, ...areas.filter((a) => a.prefecture?.code === p.prefecture?.code)]);
  }, [summary]);
  if (!summary) return null;
  const table = (
    <DataTable
      caption={byPrefecture ? '都道府県ごとの医療機関数と病床数' : '二次医療圏・都道府県ごとの医療機関数と病床数'}
      captionHidden
      columns={COLUMNS}
      rows={rows}
      rowKey={(t) => t.area?.id ?? `pref-${t.prefecture?.id ?? 'all'}`}
      empty="集計する医療機関はありません。"
    />
  );
  return (
    <section aria-labelledby="bed-report-totals-heading" className="bed-report-totals">
      <h2 id="bed-report-totals-heading">{byPrefecture ? '都道府県ごとの集計' : '二次医療圏ごとの集計'}</h2>
      {byPrefecture ? (
        <details>
          <summary>{number.format(rows.length)}都道府県の集計を表示する（都道府県を選ぶと二次医療圏ごとに表示します）</summary>
          {table}
        </details>
      ) : (
        table
      )}
    </section>
  );
}
