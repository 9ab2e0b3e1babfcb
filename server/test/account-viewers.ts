import type { ViewerResolver } from '../src/auth/viewer';
import { ANONYMOUS, type Role, type Viewer } from '../src/auth/viewer';

/** The header tests use to act as an account (test servers only; production resolves sessions and tokens). */
export const TEST_ACCOUNT_HEADER = 'x-test-account';
/**
 * The same as a cookie, for browser tests: a browser sends cookies with every request, including
 * the download manager's, which does not carry extra headers.
 */
export const TEST_ACCOUNT_COOKIE = 'gmis-test-account';

/**
 * A test-only ViewerResolver: the account id in `x-test-account` (or the cookie) becomes that account's Viewer,
 * read from the account table like the real resolver does; no header means anonymous.
 */
export const resolveAccountViewer: ViewerResolver = async (req, db) => {
  const cookie = /(?:^|;\s*)gmis-test-account=(\d+)/.exec(req.headers.cookie ?? '')?.[1];
  const given = req.headers[TEST_ACCOUNT_HEADER] ?? cookie;
  if (typeof given !== 'string' || !/^\d+$/.test(given)) return ANONYMOUS;
  const [row] = await db.query(`SELECT id, role, facility_id, prefecture_code FROM account WHERE id = $1 AND disabled_at IS NULL`, [
    Number(given),
  ]);
  if (!row) return ANONYMOUS;
  const viewer: Viewer = { accountId: row.id, role: row.role as Role, facilityId: row.facility_id, prefectureCode: row.prefecture_code };
  return viewer;
};

export const asAccount = (account: { id: number }) => ({ [TEST_ACCOUNT_HEADER]: String(account.id) });
