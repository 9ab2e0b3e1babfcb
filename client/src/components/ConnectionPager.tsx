import { Pager } from './Pager';
import type { CursorPages } from './use-cursor-pages';

/** The parts of a Relay connection the pager reads. */
export interface PagedConnection {
  totalCount: number;
  edges: readonly unknown[];
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

interface ConnectionPagerProps {
  connection: PagedConnection;
  pages: CursorPages;
  busy: boolean;
}

/** ページ送り under a list of a connection; nothing when the search found no rows. */
export function ConnectionPager({ connection, pages, busy }: ConnectionPagerProps) {
  if (connection.totalCount === 0) return null;
  const { endCursor } = connection.pageInfo;
  return (
    <Pager
      totalCount={connection.totalCount}
      offset={pages.offset}
      pageLength={connection.edges.length}
      hasNextPage={connection.pageInfo.hasNextPage}
      onNext={() => endCursor && pages.next(endCursor)}
      onPrevious={pages.previous}
      onFirst={pages.first}
      busy={busy}
    />
  );
}
