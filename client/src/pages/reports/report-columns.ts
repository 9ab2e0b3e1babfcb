import { enumLabel, formatPercent, formatReportDate } from '../../../../common/enum-labels';
import type { ReportColumnFormat } from '../../gql/graphql';
import { textOf } from './report-variables';

/**
 * A report's columns are paths into its result: dot-separated response keys from `data`, where a
 * list is stepped into (`bedReport.edges.node.facility.name` is each row's facility name). The API
 * reads the rows; the dashboard shows each cell in its column's format.
 */

export type ColumnFormat = ReportColumnFormat;

/** A value of the result a column may show: its path, the format the API suggests for it and its GraphQL type (ReportColumn.valueType). */
export interface ResultField {
  path: string;
  format: ColumnFormat;
  valueType: string | null;
}

const NUMBER_FORMAT = new Intl.NumberFormat('ja-JP');

/**
 * A cell as the table shows it in its column's format (empty for null); dates come from the API
 * already in Japan time and are written as the dashboard writes them (2026/12/02, 2026/12/02 00:30), a share as
 * 7.1%, an enum value in the words of the column's own enum (`valueType`: ReportingStatus BEFORE_DUE
 * is 期限前; PostingStatus CLOSED is 募集終了 where InquiryStatus CLOSED is 完了). Several values (a
 * list in the path) come joined with 、 and are named one by one. The CSV export writes LABEL,
 * PERCENT, DATE and DATE_TIME cells the same way (common/enum-labels.ts); the JSON export keeps the API's values.
 */
export function formatValue(value: unknown, format: ColumnFormat, valueType: string | null = null): string {
  if (value === null || value === undefined || value === '') return '';
  if (typeof value === 'number' && (format === 'INTEGER' || format === 'DECIMAL')) return NUMBER_FORMAT.format(value);
  if (typeof value === 'number' && format === 'PERCENT') return formatPercent(value);
  if (typeof value === 'string' && format === 'LABEL')
    return value
      .split('、')
      .map((v) => enumLabel(valueType, v) ?? v)
      .join('、');
  if (typeof value === 'string' && (format === 'DATE' || format === 'DATE_TIME')) return formatReportDate(value);
  if (typeof value === 'boolean') return value ? 'はい' : 'いいえ';
  return textOf(value);
}

export const FORMAT_LABELS: Record<ColumnFormat, string> = {
  TEXT: '文字列',
  INTEGER: '整数',
  DECIMAL: '小数',
  DATE: '日付',
  DATE_TIME: '日時',
  BOOLEAN: 'はい／いいえ',
  PERCENT: '割合 (%)',
  LABEL: '選択肢の表示名',
};

/** A heading to start from: the field's own name (the reader replaces it with a Japanese one). */
export function defaultHeading(path: string): string {
  const parts = path.split('.').filter((p) => p !== 'edges' && p !== 'node');
  return parts.slice(-2).join('.');
}
