import type { KeysetSlice } from '../shared/keyset';
import { encodeCursor, LazyEdge, type Page } from './connection';

/**
 * A domain's keyset slice as a Relay connection page: each row's sort key becomes its opaque
 * cursor, encoded only when read. The domain reads rows after a key and knows nothing of
 * cursors; the resolver decodes `after` with `decodeCursor` and the domain's own key check.
 */
export function keysetConnection<T, K extends readonly unknown[]>(
  slice: KeysetSlice<T, K>,
  args: { after: K | null; totalCount: () => Promise<number> },
): Page<T> {
  const cursorOf = (row: T) => encodeCursor([...slice.keyOf(row)]);
  const edges = slice.rows.map((node) => new LazyEdge(node, cursorOf));
  return {
    edges,
    pageInfo: {
      hasNextPage: slice.hasMore,
      hasPreviousPage: args.after !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    get totalCount() {
      return args.totalCount();
    },
  };
}
