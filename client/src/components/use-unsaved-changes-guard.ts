import { useCallback, useEffect, useRef } from 'react';
import { type Blocker, type BlockerFunction, useBlocker } from 'react-router';

export interface UnsavedChangesGuard {
  /** Pass to <LeavePageDialog>: it asks while a navigation waits here. */
  blocker: Blocker;
  /**
   * The input is saved: leaving no longer asks. Call it just before navigating to the saved
   * record; a form that stays open after saving clears its input instead.
   */
  markSaved: () => void;
}

/**
 * Keeps typed work from being lost: while `dirty`, moving to another screen inside the dashboard
 * waits for the user's answer in <LeavePageDialog>, and reloading or closing the tab asks through
 * the browser's own `beforeunload` prompt (browsers show their own text there).
 */
export function useUnsavedChangesGuard(dirty: boolean): UnsavedChangesGuard {
  const dirtyRef = useRef(dirty);
  const savedRef = useRef(false);
  useEffect(() => {
    dirtyRef.current = dirty;
  }, [dirty]);

  // Read at the moment of navigating, so the latest answer counts without re-registering the blocker.
  const shouldBlock = useCallback<BlockerFunction>(
    ({ currentLocation, nextLocation }) =>
      dirtyRef.current &&
      !savedRef.current &&
      (currentLocation.pathname !== nextLocation.pathname || currentLocation.search !== nextLocation.search),
    [],
  );
  const blocker = useBlocker(shouldBlock);

  useEffect(() => {
    if (!dirty) return undefined;
    const ask = (event: BeforeUnloadEvent) => {
      if (savedRef.current) return;
      event.preventDefault();
      // Older browsers ask only when returnValue is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', ask);
    return () => window.removeEventListener('beforeunload', ask);
  }, [dirty]);

  const markSaved = useCallback(() => {
    savedRef.current = true;
  }, []);
  return { blocker, markSaved };
}

/** Whether a form's values differ from the values it started from (plain data: strings, numbers, booleans, arrays). */
export function changedFrom<T>(values: T, initial: T): boolean {
  return JSON.stringify(values) !== JSON.stringify(initial);
}
