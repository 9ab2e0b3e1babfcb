import type { ViewerResolver } from '../src/auth/viewer';
import { ANONYMOUS, Role, type Viewer } from '../src/auth/viewer';

/**
 * Test-only viewer resolver: reads the viewer from an `x-test-viewer` header or cookie (JSON). Passed to
 * startTestServer by tests; production code never reads this header.
 */
export const TEST_VIEWER_HEADER = 'x-test-viewer';

/** The same, as a cookie: browser downloads (<a download>) do not carry a context's extra headers. */
export const TEST_VIEWER_COOKIE = 'gmis-test-viewer';

export const resolveTestViewer: ViewerResolver = async (req) => {
  const header = req.headers[TEST_VIEWER_HEADER];
  const cookie = (req.headers.cookie ?? '')
    .split(/;\s*/)
    .find((c) => c.startsWith(`${TEST_VIEWER_COOKIE}=`))
    ?.slice(TEST_VIEWER_COOKIE.length + 1);
  const raw = typeof header === 'string' ? header : cookie ? decodeURIComponent(cookie) : undefined;
  if (raw === undefined) return ANONYMOUS;
  const parsed = JSON.parse(raw) as Partial<Viewer>;
  return {
    accountId: parsed.accountId ?? 1,
    role: parsed.role ?? null,
    facilityId: parsed.facilityId ?? null,
    prefectureCode: parsed.prefectureCode ?? null,
  };
};

export function asViewer(viewer: Partial<Viewer> & { role: Role }): Record<string, string> {
  return { [TEST_VIEWER_HEADER]: JSON.stringify(viewer) };
}

export { Role };

/** Cookie form of a test viewer for a browser context (context.addCookies). */
export function viewerCookie(viewer: Partial<Viewer> & { role: Role }, url: string) {
  return { name: TEST_VIEWER_COOKIE, value: encodeURIComponent(JSON.stringify(viewer)), url };
}
