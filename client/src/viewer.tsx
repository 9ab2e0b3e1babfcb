import { createContext, useContext } from 'react';

/** The server's roles (server/src/auth/viewer.ts Role). */
export type Role =
  | 'HEALTH_CENTER_RECRUITMENT'
  | 'HEALTH_CENTER_AGGREGATOR'
  | 'FACILITY'
  | 'PREFECTURE'
  | 'OFFICE'
  | 'ANALYST';

export interface Viewer {
  /** null when nobody is signed in. */
  role: Role | null;
  /** Name shown in the header, when signed in. */
  displayName: string | null;
}

export const ANONYMOUS_VIEWER: Viewer = { role: null, displayName: null };

/**
 * Who uses the dashboard. Anonymous until the accounts screens provide a signed-in viewer (they
 * replace the value given to ViewerContext.Provider in App.tsx; nothing else needs to change).
 */
export const ViewerContext = createContext<Viewer>(ANONYMOUS_VIEWER);

export function useViewer(): Viewer {
  return useContext(ViewerContext);
}
