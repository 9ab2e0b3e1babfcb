import { useEffect, useRef } from 'react';

/**
 * Asks again (`refetch`) when the reader comes back to the page: the window gets the focus or the
 * tab is shown again. Another account may have changed the prefecture's schedule meanwhile (the
 * mail announcing a 災害 mode is read in another window), and the poll is minutes apart. Coming
 * back fires both events; while one request is under way the other asks nothing, so a return
 * costs one request and no timer is added. The 警戒・災害 banner and the home screen's 報告期限の遵守
 * card both use it, so the card's due time does not lag behind the banner's above it.
 */
export function useRefetchOnReturn(refetch: () => Promise<unknown>, enabled: boolean): void {
  const latestRefetch = useRef(refetch);
  useEffect(() => {
    latestRefetch.current = refetch;
  });
  useEffect(() => {
    if (!enabled) return;
    let asking = false;
    const onReturn = () => {
      if (asking || document.visibilityState !== 'visible') return;
      asking = true;
      // A failed refetch leaves the screen as it was; the next return (or the banner's poll) asks again.
      latestRefetch
        .current()
        .catch(() => undefined)
        .finally(() => {
          asking = false;
        });
    };
    window.addEventListener('focus', onReturn);
    document.addEventListener('visibilitychange', onReturn);
    return () => {
      window.removeEventListener('focus', onReturn);
      document.removeEventListener('visibilitychange', onReturn);
    };
  }, [enabled]);
}
