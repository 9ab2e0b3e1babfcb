import { useState } from 'react';
import { useViewer } from '../../viewer';

const STORAGE_PREFIX = 'gmis.bedAllColumns.hidden.';

function read(key: string): Set<string> {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(key) ?? '[]');
    return new Set(Array.isArray(stored) ? stored.filter((k): k is string => typeof k === 'string') : []);
  } catch {
    return new Set();
  }
}

/**
 * The columns of 全項目表示 a reader chose to hide, remembered in this browser for the signed-in
 * account (keyed by its login ID), so each person on a shared PC keeps their own view.
 */
export function useColumnChoice() {
  const viewer = useViewer();
  const key = `${STORAGE_PREFIX}${viewer.loginId ?? viewer.role ?? 'guest'}`;
  const [state, setState] = useState(() => ({ key, hidden: read(key) }));
  // Another account signed in on this page: its own choice.
  const hidden = state.key === key ? state.hidden : read(key);
  if (state.key !== key) setState({ key, hidden });
  const setHidden = (next: Set<string>) => {
    setState({ key, hidden: next });
    try {
      localStorage.setItem(key, JSON.stringify([...next]));
    } catch {
      // Storage full or refused (private mode): the choice lasts for this page only.
    }
  };
  return { hidden, setHidden };
}
