import {
  type ColumnDef,
  type RowData,
  columnVisibilityFeature,
  rowSortingFeature,
  type SortingState,
  tableFeatures,
  type Updater,
  useTable,
} from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, type ReactNode, useEffect, useLayoutEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { flushSync } from 'react-dom';

export interface Column<Row> {
  key: string;
  header: string;
  render: (row: Row) => ReactNode;
  /** Keep on one line on wide screens (codes, dates, postal codes). */
  nowrap?: boolean;
  /** Counts and codes: right-aligned in tabular figures. */
  numeric?: boolean;
  /** This column names the row (rendered as a row header, th scope="row"); it stays in view when the table scrolls sideways. */
  rowHeader?: boolean;
  /**
   * A long header drawn one line per space-separated part (直近7日 / 期限内/遅延/未報告) instead of on
   * one line: a column of short values then takes only its longest part's width. Not for sortable columns.
   */
  wrapHeader?: boolean;
  /** Narrowest width of a text column (e.g. '12em'): below it the table scrolls instead of squeezing. */
  minWidth?: string;
  /** Width in em when the table is drawn with a fixed layout (long tables): columns keep their width while rows come and go. */
  width?: number;
  /** A header the reader can click to order the whole result by this column (the server sorts). */
  sortable?: boolean;
  /** The order a first click asks for: newest and largest first for dates and counts. */
  sortDescFirst?: boolean;
}

export type SortState = { key: string; direction: 'ASC' | 'DESC' };

interface DataTableProps<Row extends RowData> {
  caption: string;
  /** Hide the caption visually when a heading right above already says the same. */
  captionHidden?: boolean;
  columns: Column<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  /** Below 640px, rows become labelled cards instead of a table that scrolls sideways. */
  stackOnSmallScreens?: boolean;
  empty?: ReactNode;
  /** The order the rows are in, and what a click on a sortable header asks for. */
  sort?: { current: SortState | null; onSort: (next: SortState) => void };
  /** Keys of columns the reader chose not to see. */
  hiddenColumns?: ReadonlySet<string>;
  /** From this many rows only the rows in view are drawn (a 2,000-row report stays quick). */
  virtualizeFrom?: number;
}

const features = tableFeatures({ rowSortingFeature, columnVisibilityFeature });

/**
 * Rows drawn beyond the visible ones, so keyboard focus moving down always lands on a drawn row (a
 * focused row is scrolled into view, which draws the rows after it). Six, not twelve: on a slower
 * 2-core machine, scrolling 2,000 rows a screen per frame took two frames' time in one frame of
 * twenty with twelve (p95 33 ms), one in a hundred with six (p95 16.8 ms; npm run bench, browserTables).
 */
const OVERSCAN = 6;
/** A desktop row's usual height before it is measured (one line of 16px text with padding). */
const ESTIMATED_ROW_PX = 49;
/**
 * From this many shown columns a long table also draws only the columns in view (全項目表示 has 50):
 * a row scrolled into view then costs a screenful of cells, not every cell of the row.
 */
const VIRTUALIZE_COLUMNS_FROM = 20;
/** Columns drawn beyond each side of the view, so a sideways scroll or Tab to the next header lands on drawn cells. */
const COLUMN_OVERSCAN = 3;
/** The table's font size in px before it is read from the page (global.css: --font-size-16). */
const DEFAULT_EM_PX = 16;
/** Default fixed-layout widths in em, padding included. */
const defaultWidth = (column: Pick<Column<unknown>, 'numeric' | 'nowrap' | 'minWidth'>) =>
  column.numeric ? 7 : column.minWidth ? parseFloat(column.minWidth) + 2 : column.nowrap ? 9 : 12;

const cellClass = (column: Pick<Column<never>, 'nowrap' | 'numeric' | 'rowHeader'>) =>
  [column.nowrap ? 'cell--nowrap' : '', column.numeric ? 'cell--numeric' : '', column.rowHeader ? 'cell--sticky' : '']
    .filter(Boolean)
    .join(' ') || undefined;

/** The body columns a row draws: all of them, or (sideways virtualisation) the leading pinned ones and a run in view. */
interface ColumnWindow {
  /** Leading columns always drawn (the row header stays at the left). */
  pinned: number;
  /** First and last (inclusive) index of the drawn run after them. */
  from: number;
  to: number;
}

/**
 * One body row. Memoised: while the reader scrolls, rows already drawn keep their elements and only
 * rows coming into view are rendered (a frame stays short on a 50-column table). With a column
 * window, the columns out of view are one empty cell spanning them on either side (aria-hidden), so
 * the table's columns keep their widths and places; drawn cells carry aria-colindex.
 */
const DataRow = memo(function DataRow<Row>({
  row,
  index,
  columns,
  measure,
  virtual,
  pinned,
  from,
  to,
}: {
  row: Row;
  index: number;
  columns: readonly Column<Row>[];
  measure: ((element: Element | null) => void) | undefined;
  virtual: boolean;
} & Partial<ColumnWindow>) {
  const windowed = pinned !== undefined && from !== undefined && to !== undefined;
  const cell = (column: Column<Row>, at: number) => {
    const content = <div className="data-table__value">{column.render(row)}</div>;
    const colIndex = windowed ? at + 1 : undefined;
    return column.rowHeader ? (
      <th key={column.key} scope="row" className={cellClass(column)} data-label={column.header} aria-colindex={colIndex}>
        {content}
      </th>
    ) : (
      <td key={column.key} className={cellClass(column)} data-label={column.header} aria-colindex={colIndex}>
        {content}
      </td>
    );
  };
  const cells: ReactNode[] = [];
  if (windowed) {
    for (let at = 0; at < pinned; at++) cells.push(cell(columns[at], at));
    if (from > pinned) cells.push(<td key="before" className="data-table__gap" colSpan={from - pinned} aria-hidden="true" />);
    for (let at = from; at <= to; at++) cells.push(cell(columns[at], at));
    if (to < columns.length - 1)
      cells.push(<td key="after" className="data-table__gap" colSpan={columns.length - 1 - to} aria-hidden="true" />);
  } else {
    columns.forEach((column, at) => cells.push(cell(column, at)));
  }
  return (
    <tr
      data-index={index}
      ref={measure}
      aria-rowindex={virtual ? index + 2 : undefined}
      className={index % 2 === 1 ? 'data-table__row--even' : undefined}
    >
      {cells}
    </tr>
  );
}) as <Row>(
  props: {
    row: Row;
    index: number;
    columns: readonly Column<Row>[];
    measure: ((element: Element | null) => void) | undefined;
    virtual: boolean;
  } & Partial<ColumnWindow>,
) => ReactNode;

/** True while the page is being printed (the browser re-lays it out between beforeprint and afterprint). */
function usePrinting(): boolean {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    // Rendered at once, before the browser lays the page out for print.
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(false);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
  return printing;
}

/** The width below which stackable tables show cards (global.css's smartphone breakpoint). */
const CARDS_QUERY = '(max-width: 640px)';

/** True while the window is narrow enough for cards: their header row is hidden, so it offers no sort buttons to focus. */
function useCards(enabled: boolean): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const query = window.matchMedia(CARDS_QUERY);
      query.addEventListener('change', onChange);
      return () => query.removeEventListener('change', onChange);
    },
    () => enabled && window.matchMedia(CARDS_QUERY).matches,
  );
}

const ARIA_SORT = { ASC: 'ascending', DESC: 'descending' } as const;

/**
 * A column's header as drawn: with wrapHeader, each space-separated part on a line of its own and
 * kept whole (left to wrap, a Japanese header breaks between any two characters, or after a slash:
 * 期限内/ | 遅延/未報告). The space stays in the text, so the header's name reads as written.
 */
function headerText(column: Pick<Column<never>, 'header' | 'wrapHeader'>): ReactNode {
  if (!column.wrapHeader) return column.header;
  return column.header.split(' ').map((part, at) => (
    <span key={at} className="data-table__header-part">
      {at > 0 ? ' ' : null}
      {part}
    </span>
  ));
}

/**
 * The dashboard's one data table: a real <table> (caption, column and row headers) whose header
 * row and naming column stay in view while it scrolls both ways inside a focusable region
 * (keyboard users can scroll it). TanStack Table keeps the columns, visibility and sort state;
 * sorting is asked of the server (a click calls onSort), so the rows shown are the right ones of
 * the whole result. Long tables draw only the rows in view (TanStack Virtual) with
 * aria-rowcount/aria-rowindex, so screen readers still know the table's size and each row's place.
 * On smartphones rows stack as cards whose cells carry their column names; each cell's content sits
 * in one wrapper, so a card lays out exactly two parts (the column name and the value).
 */
export function DataTable<Row extends RowData>({
  caption,
  captionHidden = false,
  columns,
  rows,
  rowKey,
  stackOnSmallScreens = true,
  empty = '該当するデータはありません。',
  sort,
  hiddenColumns,
  virtualizeFrom = 200,
}: DataTableProps<Row>) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const columnDefs = useMemo(
    () =>
      columns.map((column): ColumnDef<typeof features, Row> => ({
        id: column.key,
        header: column.header,
        // The server sorts; the accessor only marks the column as sortable for TanStack Table.
        accessorFn: column.sortable ? () => null : undefined,
        enableSorting: Boolean(column.sortable),
        sortDescFirst: Boolean(column.sortDescFirst),
        cell: (context) => column.render(context.row.original),
      })),
    [columns],
  );
  const byKey = useMemo(() => new Map(columns.map((c) => [c.key, c])), [columns]);
  // The same array while the columns and the reader's choice stay, so drawn rows are not drawn again on scroll.
  const shownColumns = useMemo(() => columns.filter((c) => !hiddenColumns?.has(c.key)), [columns, hiddenColumns]);
  const sorting: SortingState = sort?.current ? [{ id: sort.current.key, desc: sort.current.direction === 'DESC' }] : [];
  const columnVisibility = useMemo(() => Object.fromEntries([...(hiddenColumns ?? [])].map((key) => [key, false])), [hiddenColumns]);
  const table = useTable({
    features,
    columns: columnDefs,
    data: rows,
    getRowId: (row) => rowKey(row),
    manualSorting: true,
    enableSortingRemoval: false,
    enableMultiSort: false,
    state: { sorting, columnVisibility },
    onSortingChange: (updater: Updater<SortingState>) => {
      const next = typeof updater === 'function' ? updater(sorting) : updater;
      if (next[0]) sort?.onSort({ key: next[0].id, direction: next[0].desc ? 'DESC' : 'ASC' });
    },
  });
  const printing = usePrinting();
  const cards = useCards(stackOnSmallScreens);
  // A printout has every row: drawing only the rows in view is for the screen.
  const virtual = rows.length >= virtualizeFrom && !printing;
  // eslint-disable-next-line react-hooks/incompatible-library -- the app does not use the React Compiler; TanStack Virtual's returned functions are read every render
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ESTIMATED_ROW_PX,
    overscan: OVERSCAN,
    enabled: virtual,
  });
  // Fixed-layout widths (em) of the shown columns, in the order they are drawn.
  const widths = useMemo(() => shownColumns.map((column) => column.width ?? defaultWidth(column)), [shownColumns]);
  // Wide long tables draw only the columns in view as well. Never on paper (virtual is off while
  // printing) and never as cards (every cell of a card is read).
  const columnVirtual = virtual && !cards && shownColumns.length >= VIRTUALIZE_COLUMNS_FROM;
  const tableRef = useRef<HTMLTableElement>(null);
  const [emPx, setEmPx] = useState(DEFAULT_EM_PX);
  useLayoutEffect(() => {
    if (!columnVirtual || !tableRef.current) return;
    const size = parseFloat(window.getComputedStyle(tableRef.current).fontSize);
    if (size > 0) setEmPx(size);
  }, [columnVirtual]);
  const columnVirtualizer = useVirtualizer({
    horizontal: true,
    count: shownColumns.length,
    getScrollElement: () => scrollRef.current,
    // The widths are fixed (colgroup), so the estimate is exact and cells are never measured.
    estimateSize: (at) => widths[at] * emPx,
    overscan: COLUMN_OVERSCAN,
    enabled: columnVirtual,
  });
  // The virtualizer keeps sizes it has worked out: new widths (another font size, other columns) are worked out again.
  useEffect(() => {
    if (columnVirtual) columnVirtualizer.measure();
  }, [columnVirtual, columnVirtualizer, emPx, widths]);
  // Leading row-header columns stay drawn: they stay in view at the left while the rest scroll past.
  let pinned = 0;
  while (pinned < shownColumns.length && shownColumns[pinned].rowHeader) pinned++;
  let columnWindow: ColumnWindow | null = null;
  if (columnVirtual) {
    const columnItems = columnVirtualizer.getVirtualItems();
    const first = columnItems.length > 0 ? columnItems[0].index : 0;
    const last = columnItems.length > 0 ? columnItems[columnItems.length - 1].index : shownColumns.length - 1;
    const from = Math.max(pinned, first);
    columnWindow = { pinned, from, to: Math.max(from, last) };
  }

  if (rows.length === 0) return <p className="status">{empty}</p>;
  const tableRows = table.getRowModel().rows;
  const visibleColumns = table.getVisibleLeafColumns();
  const items = virtual ? virtualizer.getVirtualItems() : tableRows.map((_, index) => ({ index, start: 0, end: 0, key: index }));
  const paddingTop = virtual && items.length > 0 ? items[0].start : 0;
  // Before the virtualizer has measured its region it draws no rows; the rows' estimated height then
  // stands in for them. Without it a region with nothing else of height (phone cards: the header row
  // is clipped and a hidden caption takes no room) stays 0px tall, and a 0px region never draws rows.
  const paddingBottom = virtual ? virtualizer.getTotalSize() - (items.length > 0 ? items[items.length - 1].end : 0) : 0;
  const totalWidth = widths.reduce((a, b) => a + b, 0);
  const spacer = (height: number, at: string) =>
    height > 0 ? (
      <tr className="data-table__spacer" aria-hidden="true" key={at}>
        <td colSpan={visibleColumns.length} style={{ height }} />
      </tr>
    ) : null;

  return (
    <div
      ref={scrollRef}
      className={`table-scroll${stackOnSmallScreens ? ' table-scroll--stack' : ''}${virtual ? ' table-scroll--virtual' : ''}`}
      role="region"
      aria-label={caption}
      tabIndex={0}
    >
      <table
        ref={tableRef}
        className={`data-table${stackOnSmallScreens ? ' data-table--stack' : ''}${virtual ? ' data-table--fixed' : ''}`}
        aria-rowcount={virtual ? rows.length + 1 : undefined}
        aria-colcount={columnWindow ? visibleColumns.length : undefined}
        style={virtual ? { width: `max(100%, ${totalWidth}em)` } : undefined}
      >
        <caption className={captionHidden ? 'visually-hidden' : undefined}>{caption}</caption>
        {virtual ? (
          <colgroup>
            {visibleColumns.map((c, i) => (
              <col key={c.id} style={{ width: `${widths[i]}em` }} />
            ))}
          </colgroup>
        ) : null}
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id} aria-rowindex={virtual ? 1 : undefined}>
              {/* Every header is drawn (one row): each column keeps its name for screen readers and the column chooser. */}
              {group.headers.map((header, at) => {
                const column = byKey.get(header.column.id)!;
                const sorted = header.column.getIsSorted();
                const canSort = Boolean(sort) && header.column.getCanSort();
                const sortButton = canSort && !cards;
                return (
                  <th
                    key={header.id}
                    scope="col"
                    className={
                      [column.numeric ? 'cell--numeric' : '', column.rowHeader ? 'cell--sticky' : ''].filter(Boolean).join(' ') || undefined
                    }
                    style={column.minWidth && !virtual ? { minWidth: column.minWidth } : undefined}
                    aria-sort={canSort ? (sorted ? ARIA_SORT[sorted === 'desc' ? 'DESC' : 'ASC'] : 'none') : undefined}
                    aria-colindex={columnWindow ? at + 1 : undefined}
                  >
                    {sortButton ? (
                      // The arrow is drawn by CSS with empty alternative text: aria-sort tells the order.
                      <button
                        type="button"
                        className="sort-button"
                        data-sorted={sorted || 'none'}
                        onClick={header.column.getToggleSortingHandler()}
                      >
                        {headerText(column)}
                      </button>
                    ) : (
                      headerText(column)
                    )}
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody>
          {spacer(paddingTop, 'top')}
          {items.map((item) => {
            const row = tableRows[item.index];
            return (
              <DataRow
                key={row.id}
                row={row.original}
                index={item.index}
                columns={shownColumns}
                measure={virtual ? virtualizer.measureElement : undefined}
                virtual={virtual}
                pinned={columnWindow?.pinned}
                from={columnWindow?.from}
                to={columnWindow?.to}
              />
            );
          })}
          {spacer(paddingBottom, 'bottom')}
        </tbody>
      </table>
    </div>
  );
}
