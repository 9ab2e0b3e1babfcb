import type { ReportColumnFormat } from '../../gql/graphql';

/**
 * A report's columns are paths into its result: dot-separated response keys from `data`, where a
 * list is stepped into (`bedReport.edges.node.facility.name` is each row's facility name). The API
 * reads the rows; the dashboard shows each cell in its column's format.
 */

export type ColumnFormat = ReportColumnFormat;

/** A value of the result a column may show: its path, and the format the API suggests for it. */
export interface ResultField {
  path: string;
  format: ColumnFormat;
}

const NUMBER_FORMAT = new Intl.NumberFormat('ja-JP');

/** A cell as the table shows it in its column's format (empty for null); dates come from the API already in Japan time. */
export function formatValue(value: unknown, format: ColumnFormat): string {
  if (value === null || value === undefined || value === '') return '';
  if (typeof value === 'number' && (format === 'INTEGER' || format === 'DECIMAL')) return NUMBER_FORMAT.format(value);
  if (typeof value === 'boolean') return value ? 'はい' : 'いいえ';
  return textOf(value);
}

/** Any JSON value as text: strings and numbers as they are, anything else as JSON. */
export function textOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

export const FORMAT_LABELS: Record<ColumnFormat, string> = {
  TEXT: '文字列',
  INTEGER: '整数',
  DECIMAL: '小数',
  DATE: '日付',
  DATE_TIME: '日時',
  BOOLEAN: 'はい／いいえ',
};

/** A heading to start from: the field's own name (the reader replaces it with a Japanese one). */
export function defaultHeading(path: string): string {
  const parts = path.split('.').filter((p) => p !== 'edges' && p !== 'node');
  return parts.slice(-2).join('.');
}
