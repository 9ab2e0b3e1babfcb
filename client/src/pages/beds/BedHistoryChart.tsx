import { useLayoutEffect, useRef, useState } from 'react';
import { formatDateTime } from './bed-labels';

export interface HistoryPoint {
  reportedAt: string;
  securedTotal: number;
  vacantTotal: number;
}

/** Drawing width until the figure has been measured. */
const DEFAULT_WIDTH = 640;
const HEIGHT = 240;
const PAD = { top: 16, right: 16, bottom: 40, left: 48 };
/** Below this drawing width the two dates under the axis leave out the year, so they never meet. */
const SHORT_DATES_BELOW = 480;

/** The figure's width in CSS pixels, followed as the window or the layout changes (while `shown`). */
function useMeasuredWidth(shown: boolean) {
  const ref = useRef<HTMLElement>(null);
  const [width, setWidth] = useState(DEFAULT_WIDTH);
  useLayoutEffect(() => {
    const figure = ref.current;
    if (!figure) return;
    const measure = () => {
      const measured = Math.round(figure.getBoundingClientRect().width);
      if (measured > PAD.left + PAD.right) setWidth(measured);
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(figure);
    return () => observer.disconnect();
  }, [shown]);
  return { ref, width };
}

/**
 * 空床数・確保病床数 over time as an SVG line chart. The list of reports below it carries the
 * same numbers as text, so the chart is described briefly (role="img") rather than read out point
 * by point. The drawing is as wide as the figure (one unit a CSS pixel): labels keep the type
 * scale's size on a phone instead of shrinking with a fixed-width drawing scaled to fit.
 */
export function BedHistoryChart({ points }: { points: readonly HistoryPoint[] }) {
  const { ref, width } = useMeasuredWidth(points.length > 0);
  if (points.length === 0) return <p className="status">報告がまだありません。</p>;
  const axisDate = (iso: string) => (width < SHORT_DATES_BELOW ? formatDateTime(iso).replace(/^\d{4}\//, '') : formatDateTime(iso));
  const sorted = [...points].sort((a, b) => Date.parse(a.reportedAt) - Date.parse(b.reportedAt));
  const times = sorted.map((p) => Date.parse(p.reportedAt));
  const t0 = times[0];
  const t1 = times[times.length - 1] === t0 ? t0 + 1 : times[times.length - 1];
  const max = Math.max(1, ...sorted.map((p) => Math.max(p.securedTotal, p.vacantTotal)));
  const x = (t: number) => PAD.left + ((t - t0) / (t1 - t0)) * (width - PAD.left - PAD.right);
  const y = (v: number) => HEIGHT - PAD.bottom - (v / max) * (HEIGHT - PAD.top - PAD.bottom);
  const line = (pick: (p: HistoryPoint) => number) =>
    sorted.map((p, i) => `${i === 0 ? 'M' : 'L'}${x(times[i]).toFixed(1)},${y(pick(p)).toFixed(1)}`).join(' ');
  const last = sorted[sorted.length - 1];
  const label = `空床数と確保病床数の推移（${formatDateTime(sorted[0].reportedAt)}〜${formatDateTime(last.reportedAt)}、${sorted.length}回の報告）。最新は空床数${last.vacantTotal}、確保病床数${last.securedTotal}。`;
  const ticks = [...new Set([0, Math.round(max / 2), max])];
  return (
    <figure className="history-chart" ref={ref}>
      <svg viewBox={`0 0 ${width} ${HEIGHT}`} role="img" aria-label={label} preserveAspectRatio="xMidYMid meet">
        {ticks.map((v) => (
          <g key={v}>
            <line x1={PAD.left} x2={width - PAD.right} y1={y(v)} y2={y(v)} className="history-chart__grid" />
            <text x={PAD.left - 8} y={y(v) + 4} textAnchor="end" className="history-chart__tick">
              {v}
            </text>
          </g>
        ))}
        <text x={PAD.left} y={HEIGHT - 12} className="history-chart__tick">
          {axisDate(sorted[0].reportedAt)}
        </text>
        <text x={width - PAD.right} y={HEIGHT - 12} textAnchor="end" className="history-chart__tick">
          {axisDate(last.reportedAt)}
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
