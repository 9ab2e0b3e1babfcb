import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatDateTime } from './bed-labels';
import { chartGrid, chartLegend, countAxis, countTooltipFormatter, securedLine, vacantLine } from './bed-chart';

export interface HistoryPoint {
  reportedAt: string;
  securedTotal: number;
  vacantTotal: number;
}

const HEIGHT = 240;
/** Month/day and time under the axis: the year is in the description and the list below. */
const axisDate = (t: number) => formatDateTime(new Date(t).toISOString()).replace(/^\d{4}\//, '');

/**
 * 空床数・確保病床数 over time as a line chart (Recharts), reports placed by their time. The list of
 * reports below it carries the same numbers as text, so the chart is described briefly
 * (role="img") rather than read out point by point.
 */
export function BedHistoryChart({ points }: { points: readonly HistoryPoint[] }) {
  if (points.length === 0) return <p className="status">報告がまだありません。</p>;
  const sorted = [...points]
    .sort((a, b) => Date.parse(a.reportedAt) - Date.parse(b.reportedAt))
    .map((p) => ({ ...p, t: Date.parse(p.reportedAt) }));
  const last = sorted[sorted.length - 1];
  const label = `空床数と確保病床数の推移（${formatDateTime(sorted[0].reportedAt)}〜${formatDateTime(last.reportedAt)}、${sorted.length}回の報告）。最新は空床数${last.vacantTotal}、確保病床数${last.securedTotal}。`;
  return (
    <figure className="history-chart" role="img" aria-label={label}>
      <ResponsiveContainer width="100%" height={HEIGHT}>
        <LineChart data={sorted} margin={{ top: 16, right: 16, bottom: 8, left: 8 }}>
          <CartesianGrid {...chartGrid} />
          <XAxis
            dataKey="t"
            type="number"
            scale="time"
            domain={['dataMin', 'dataMax']}
            tickFormatter={axisDate}
            tick={{ fontSize: 14 }}
            minTickGap={24}
          />
          <YAxis {...countAxis} width={48} />
          <Tooltip
            labelFormatter={(t) => (typeof t === 'number' ? formatDateTime(new Date(t).toISOString()) : t)}
            formatter={countTooltipFormatter}
          />
          <Legend {...chartLegend} />
          <Line type="linear" {...vacantLine} />
          <Line type="linear" {...securedLine} />
        </LineChart>
      </ResponsiveContainer>
    </figure>
  );
}
