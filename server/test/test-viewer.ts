import type { ViewerResolver } from '../src/app';
import { ANONYMOUS, Role, type Viewer } from '../src/auth/viewer';

/**
 * Test-only viewer resolver: reads the viewer from an `x-test-viewer` header (JSON). Passed to
 * startTestServer by tests; production code never reads this header.
 */
export const TEST_VIEWER_HEADER = 'x-test-viewer';

export const resolveTestViewer: ViewerResolver = async (req) => {
  const raw = req.headers[TEST_VIEWER_HEADER];
  if (typeof raw !== 'string') return ANONYMOUS;
  const parsed = JSON.parse(raw) as Partial<Viewer>;
  return { accountId: parsed.accountId ?? 1, role: parsed.role ?? null, facilityId: parsed.facilityId ?? null, prefectureCode: parsed.prefectureCode ?? null };
};

export function asViewer(viewer: Partial<Viewer> & { role: Role }): Record<string, string> {
  return { [TEST_VIEWER_HEADER]: JSON.stringify(viewer) };
}

export { Role };
