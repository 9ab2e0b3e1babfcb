import type { ViewerResolver } from '../src/auth/viewer';
import { ANONYMOUS, type Viewer } from '../src/auth/viewer';

/** Test-only: the viewer travels in this header. Never wired into the production app. */
const HEADER = 'x-test-viewer';

export const resolveTestViewer: ViewerResolver = async (req) => {
  const raw = req.headers[HEADER];
  return typeof raw === 'string' ? (JSON.parse(raw) as Viewer) : ANONYMOUS;
};

/** Headers that make the test server treat the request as coming from `viewer`. */
export const as = (viewer: Viewer): Record<string, string> => (viewer.role === null ? {} : { [HEADER]: JSON.stringify(viewer) });
