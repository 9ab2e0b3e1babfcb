const number = new Intl.NumberFormat('ja-JP');

interface PagerProps {
  totalCount: number;
  /** Zero-based index of the first row on this page. */
  offset: number;
  pageLength: number;
  hasNextPage: boolean;
  onNext: () => void;
  /** Absent when there is no previous page to go back to (e.g. a shared link to page 3). */
  onPrevious?: () => void;
  /** Absent on the first page. */
  onFirst?: () => void;
  busy?: boolean;
}

/**
 * Cursor paging for Relay connections: 次へ follows pageInfo.endCursor; 前へ and 最初へ are offered
 * when the screen can get there. Shows where the user is: 全N件中 a〜b件目. When everything fits
 * on one page there is nothing to page through, so no buttons (a disabled 次へ only invites a tap).
 */
export function Pager({ totalCount, offset, pageLength, hasNextPage, onNext, onPrevious, onFirst, busy = false }: PagerProps) {
  const from = pageLength === 0 ? 0 : offset + 1;
  const to = offset + pageLength;
  const onePage = offset === 0 && !hasNextPage && !onPrevious && !onFirst;
  return (
    <nav className="pager" aria-label="ページ送り">
      <p className="pager__position" aria-live="polite">
        全{number.format(totalCount)}件中 {number.format(from)}〜{number.format(to)}件目を表示
      </p>
      {onePage ? null : (
        <div className="pager__buttons">
          {onFirst ? (
            <button type="button" className="button button--secondary" onClick={onFirst} disabled={busy}>
              最初へ
            </button>
          ) : null}
          {onPrevious ? (
            <button type="button" className="button button--secondary" onClick={onPrevious} disabled={busy}>
              前へ
            </button>
          ) : null}
          <button type="button" className="button button--primary" onClick={onNext} disabled={busy || !hasNextPage}>
            次へ
          </button>
        </div>
      )}
    </nav>
  );
}
