import type { Config } from '../config';
import { readSessionCookie } from '../auth/http-exchange';
import { looksLikeToken } from '../auth/tokens';
import { ANONYMOUS, type ViewerResolver } from '../auth/viewer';
import { viewerForApiToken } from './api-token';
import { viewerForSessionToken } from './session';

/**
 * The real ViewerResolver: `Authorization: Bearer <API token>` for API clients, otherwise the
 * dashboard's session cookie. Unknown, expired or revoked credentials make the request anonymous;
 * operations that need a sign-in then answer UNAUTHENTICATED.
 */
export function createViewerResolver(config: Config): ViewerResolver {
  return async (req, db) => {
    const authorization = req.headers.authorization;
    if (authorization !== undefined) {
      const match = /^Bearer[ ]+(\S+)$/i.exec(authorization);
      return match && looksLikeToken(match[1]) ? ((await viewerForApiToken(db, match[1])) ?? ANONYMOUS) : ANONYMOUS;
    }
    const token = readSessionCookie(req, config.auth);
    return token && looksLikeToken(token)
      ? ((await viewerForSessionToken(db, token, config.auth.sessionCacheSeconds * 1000)) ?? ANONYMOUS)
      : ANONYMOUS;
  };
}
