import { useQuery } from '@apollo/client/react';
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { describeApiError } from '../../components/api-errors';
import { ErrorMessage } from '../../components/ErrorMessage';
import { type Column, DataTable } from '../../components/DataTable';
import { graphql } from '../../gql';
import type { BedAreaHistoryChart_HistoryQuery } from '../../gql/graphql';
import { number } from './bed-labels';
import { chartGrid, chartLegend, countAxis, countTooltipFormatter, securedLine, vacantLine } from './bed-chart';

const BedAreaHistoryChart_History = graphql(`
  query BedAreaHistoryChart_History($areaCode: String!, $days: Int!) {
    bedAreaHistory(secondaryMedicalAreaCode: $areaCode, days: $days) {
      area {
        id
        name
      }
      days {
        date
        vacantTotal
        securedTotal
        immediateTotal
        facilitiesReporting
      }
    }
  }
`);

/** Four weeks: long enough to see a wave building, short enough to read day by day. */
const DAYS = 28;

type Day = BedAreaHistoryChart_HistoryQuery['bedAreaHistory']['days'][number];

const shortDate = (date: string) => `${Number(date.slice(5, 7))}/${Number(date.slice(8, 10))}`;

const DAY_COLUMNS: Column<Day>[] = [
  { key: 'date', header: '日付', render: (d) => d.date.replaceAll('-', '/'), rowHeader: true, nowrap: true },
  { key: 'vacant', header: '空床数の合計', render: (d) => number.format(d.vacantTotal), numeric: true },
  { key: 'immediate', header: '即応病床数の合計', render: (d) => number.format(d.immediateTotal), numeric: true },
  { key: 'secured', header: '確保病床数の合計', render: (d) => number.format(d.securedTotal), numeric: true },
  { key: 'reporting', header: '報告のあった医療機関数', render: (d) => number.format(d.facilitiesReporting), numeric: true },
];

/**
 * An area's 空床数・即応病床数・確保病床数 day by day over the last four weeks (Recharts). The chart is
 * described in one sentence for screen readers; the same numbers are in a table beside it (opened on
 * request), so nothing is told by the lines alone.
 */
export function BedAreaHistoryChart({ areaCode }: { areaCode: string }) {
  const result = useQuery(BedAreaHistoryChart_History, { variables: { areaCode, days: DAYS } });
  const history = result.data?.bedAreaHistory;
  if (result.error) return <ErrorMessage problem={describeApiError(result.error)} />;
  if (!history) return null;
  const days = history.days;
  const last = days[days.length - 1];
  const description = last
    ? `${history.area.name}の直近${days.length}日の空床数と確保病床数の推移。最新（${last.date.replaceAll('-', '/')}）は空床数${number.format(last.vacantTotal)}、確保病床数${number.format(last.securedTotal)}。`
    : `${history.area.name}の推移はまだありません。`;
  return (
    <section className="area-history" aria-labelledby="area-history-heading">
      <h2 id="area-history-heading">
        {history.area.name}の空床数の推移（直近{DAYS}日）
      </h2>
      <figure className="area-history__chart" role="img" aria-label={description}>
        <ResponsiveContainer width="100%" height={260}>
          <LineChart data={days} margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
            <CartesianGrid {...chartGrid} />
            <XAxis dataKey="date" tickFormatter={shortDate} tick={{ fontSize: 14 }} minTickGap={16} />
            <YAxis {...countAxis} width={56} />
            <Tooltip labelFormatter={(d) => (typeof d === 'string' ? d.replaceAll('-', '/') : d)} formatter={countTooltipFormatter} />
            <Legend {...chartLegend} />
            <Line type="monotone" {...vacantLine} dot={false} />
            <Line type="monotone" {...securedLine} />
          </LineChart>
        </ResponsiveContainer>
      </figure>
      <details className="area-history__data">
        <summary>推移を表で見る</summary>
        <DataTable caption={`${history.area.name}の日ごとの病床数`} columns={DAY_COLUMNS} rows={days} rowKey={(d) => d.date} />
      </details>
    </section>
  );
}
