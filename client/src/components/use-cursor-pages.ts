import { useState } from 'react';

/** Where a list screen is in a Relay connection: the cursors it followed to get to this page. */
export interface CursorPages {
  /** The `after` argument for this page (null on the first page). */
  after: string | null;
  /** Zero-based index of this page's first row. */
  offset: number;
  /** Back to the first page (a new search starts there). */
  reset: () => void;
  next: (endCursor: string) => void;
  /** Absent on the first page. */
  previous?: () => void;
  /** Absent on the first page. */
  first?: () => void;
}

/** Cursor paging state for a list screen that shows `pageSize` rows a page. */
export function useCursorPages(pageSize: number): CursorPages {
  const [cursors, setCursors] = useState<string[]>([]);
  return {
    after: cursors[cursors.length - 1] ?? null,
    offset: cursors.length * pageSize,
    reset: () => setCursors([]),
    next: (endCursor) => setCursors([...cursors, endCursor]),
    previous: cursors.length ? () => setCursors(cursors.slice(0, -1)) : undefined,
    first: cursors.length ? () => setCursors([]) : undefined,
  };
}
