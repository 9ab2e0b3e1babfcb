import type { ReactNode } from 'react';

export interface Column<Row> {
  key: string;
  header: string;
  render: (row: Row) => ReactNode;
  /** Keep on one line on wide screens (codes, dates, postal codes). */
  nowrap?: boolean;
  numeric?: boolean;
  /** This column names the row (rendered as a row header, th scope="row"). */
  rowHeader?: boolean;
  /** Narrowest width of a text column (e.g. '12em'): below it the table scrolls instead of squeezing. */
  minWidth?: string;
}

interface DataTableProps<Row> {
  caption: string;
  /** Hide the caption visually when a heading right above already says the same. */
  captionHidden?: boolean;
  columns: Column<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  /** Below 640px, rows become labelled cards instead of a table that scrolls sideways. */
  stackOnSmallScreens?: boolean;
  empty?: ReactNode;
}

/**
 * A plain, accessible data table. Wide tables scroll inside a focusable region (keyboard users
 * can scroll it); on smartphones rows stack as cards whose cells carry their column names. Each
 * cell's content sits in one wrapper, so a stacked card lays out exactly two parts (the column name
 * and the value) however many elements the value has (badges before a link, for instance).
 */
export function DataTable<Row>({
  caption,
  captionHidden = false,
  columns,
  rows,
  rowKey,
  stackOnSmallScreens = true,
  empty = '該当するデータはありません。',
}: DataTableProps<Row>) {
  if (rows.length === 0) return <p className="status">{empty}</p>;
  const cellClass = (column: Column<Row>) =>
    [column.nowrap ? 'cell--nowrap' : '', column.numeric ? 'cell--numeric' : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`table-scroll${stackOnSmallScreens ? ' table-scroll--stack' : ''}`} role="region" aria-label={caption} tabIndex={0}>
      <table className={`data-table${stackOnSmallScreens ? ' data-table--stack' : ''}`}>
        <caption className={captionHidden ? 'visually-hidden' : undefined}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.key} scope="col" style={column.minWidth ? { minWidth: column.minWidth } : undefined}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)}>
              {columns.map((column) =>
                column.rowHeader ? (
                  <th key={column.key} scope="row" className={cellClass(column)} data-label={column.header}>
                    <div className="data-table__value">{column.render(row)}</div>
                  </th>
                ) : (
                  <td key={column.key} className={cellClass(column)} data-label={column.header}>
                    <div className="data-table__value">{column.render(row)}</div>
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
