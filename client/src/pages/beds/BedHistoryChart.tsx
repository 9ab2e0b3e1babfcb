import { formatDateTime } from './bed-labels';

export interface HistoryPoint {
  reportedAt: string;
  securedTotal: number;
  vacantTotal: number;
}

const WIDTH = 640;
const HEIGHT = 240;
const PAD = { top: 16, right: 16, bottom: 40, left: 48 };

/**
 * 空床数・確保病床数 over time as an SVG line chart. The list of reports below it carries the
 * same numbers as text, so the chart is described briefly (role="img") rather than read out point
 * by point.
 */
export function BedHistoryChart({ points }: { points: readonly HistoryPoint[] }) {
  if (points.length === 0) return <p className="status">報告がまだありません。</p>;
  const sorted = [...points].sort((a, b) => Date.parse(a.reportedAt) - Date.parse(b.reportedAt));
  const times = sorted.map((p) => Date.parse(p.reportedAt));
  const t0 = times[0];
  const t1 = times[times.length - 1] === t0 ? t0 + 1 : times[times.length - 1];
  const max = Math.max(1, ...sorted.map((p) => Math.max(p.securedTotal, p.vacantTotal)));
  const x = (t: number) => PAD.left + ((t - t0) / (t1 - t0)) * (WIDTH - PAD.left - PAD.right);
  const y = (v: number) => HEIGHT - PAD.bottom - (v / max) * (HEIGHT - PAD.top - PAD.bottom);
  const line = (pick: (p: HistoryPoint) => number) => sorted.map((p, i) => `${i === 0 ? 'M' : 'L'}${x(times[i]).toFixed(1)},${y(pick(p)).toFixed(1)}`).join(' ');
  const last = sorted[sorted.length - 1];
  const label = `空床数と確保病床数の推移（${formatDateTime(sorted[0].reportedAt)}〜${formatDateTime(last.reportedAt)}、${sorted.length}回の報告）。最新は空床数${last.vacantTotal}、確保病床数${last.securedTotal}。`;
  const ticks = [0, Math.round(max / 2), max];
  return (
    <figure className="history-chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={label} preserveAspectRatio="xMidYMid meet">
        {ticks.map((v) => (
          <g key={v}>
            <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(v)} y2={y(v)} className="history-chart__grid" />
            <text x={PAD.left - 8} y={y(v) + 4} textAnchor="end" className="history-chart__tick">
              {v}
            </text>
          </g>
        ))}
        <text x={PAD.left} y={HEIGHT - 12} className="history-chart__tick">
          {formatDateTime(sorted[0].reportedAt)}
        </text>
        <text x={WIDTH - PAD.right} y={HEIGHT - 12} textAnchor="end" className="history-chart__tick">
          {formatDateTime(last.reportedAt)}
        </text>
        <path d={line((p) => p.securedTotal)} className="history-chart__line history-chart__line--secured" />
        <path d={line((p) => p.vacantTotal)} className="history-chart__line history-chart__line--vacant" />
        {sorted.map((p, i) => (
          <circle key={p.reportedAt} cx={x(times[i])} cy={y(p.vacantTotal)} r={4} className="history-chart__point" />
        ))}
      </svg>
      <figcaption className="history-chart__legend">
        <span className="history-chart__key history-chart__key--vacant">空床数</span>
        <span className="history-chart__key history-chart__key--secured">確保病床数</span>
      </figcaption>
    </figure>
  );
}
