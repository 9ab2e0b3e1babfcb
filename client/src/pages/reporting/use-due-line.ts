import { useEffect, useMemo, useRef, useSyncExternalStore } from 'react';
import { formatDue } from './reporting-labels';

/** The longest delay setTimeout keeps (about 24.8 days); a due time further away is never waited for. */
const MAX_TIMEOUT_MS = 2 ** 31 - 1;

/** Whether the instant has passed, by this browser's clock; the component renders again the moment it does. */
function usePassed(iso: string): boolean {
  const at = Date.parse(iso);
  const subscribe = useMemo(
    () => (notify: () => void) => {
      const left = at - Date.now();
      if (left < 0 || left > MAX_TIMEOUT_MS) return () => undefined;
      const timer = setTimeout(notify, left + 1);
      return () => clearTimeout(timer);
    },
    [at],
  );
  return useSyncExternalStore(subscribe, () => Date.now() > at);
}

export interface DueLine {
  /** 今期の報告期限 before the current period's due time, 次の報告期限 after it. */
  label: '今期の報告期限' | '次の報告期限';
  /** The due time in Japan time (formatDue). */
  due: string;
}

/**
 * What the status line and the banner say about the due time, true at every moment the page is
 * open: the current period's due time until it passes, then the next period's. Once that one
 * passes too, the schedule is asked for again (`refetch`) to learn the period after.
 */
export function useDueLine(schedule: { currentPeriod: { due: string }; nextPeriod: { due: string } }, refetch: () => unknown): DueLine {
  const currentPassed = usePassed(schedule.currentPeriod.due);
  const nextPassed = usePassed(schedule.nextPeriod.due);
  const latestRefetch = useRef(refetch);
  useEffect(() => {
    latestRefetch.current = refetch;
  });
  useEffect(() => {
    if (nextPassed) void latestRefetch.current();
  }, [nextPassed, schedule.nextPeriod.due]);
  return currentPassed
    ? { label: '次の報告期限', due: formatDue(schedule.nextPeriod.due) }
    : { label: '今期の報告期限', due: formatDue(schedule.currentPeriod.due) };
}
