import { number } from './bed-labels';

/*
 * What every bed chart draws the same way, so a reader meets 空床数 and 確保病床数 in one colour and
 * one line style wherever they are charted: the grid, the count axis, the tooltip's numbers, the
 * legend and the two lines. Each chart adds its own date axis and line interpolation.
 */

export const chartGrid = { stroke: '#d8d8db', strokeDasharray: '3 3' } as const;

/** The count axis: whole beds, grouped digits. */
export const countAxis = {
  tick: { fontSize: 14 },
  tickFormatter: (v: number) => number.format(v),
  allowDecimals: false,
} as const;

export const countTooltipFormatter = (v: unknown) => number.format(Number(v));

export const chartLegend = { wrapperStyle: { fontSize: 14 } } as const;

/** 空床数: the figure a coordinator looks for, drawn strongest. */
export const vacantLine = {
  dataKey: 'vacantTotal',
  name: '空床数',
  stroke: '#0031d8',
  strokeWidth: 3,
  isAnimationActive: false,
} as const;

/** 確保病床数: the ceiling the vacant beds move under, dashed and grey. */
export const securedLine = {
  dataKey: 'securedTotal',
  name: '確保病床数',
  stroke: '#626264',
  strokeWidth: 2,
  strokeDasharray: '6 4',
  dot: false,
  isAnimationActive: false,
} as const;
