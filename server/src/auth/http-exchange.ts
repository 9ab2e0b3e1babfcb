import { parse, serialize } from 'cookie';
import type express from 'express';
import type { AuthConfig } from '../config';

/**
 * What the sign-in mutations need from the HTTP exchange, without handing Express objects to
 * resolvers: the client address (for throttling), the session cookie, and a way to set it.
 */
export interface HttpExchange {
  clientAddress: string;
  /** The session token the request's cookie carried, if any. */
  sessionToken: string | null;
  setSessionCookie(token: string, expiresAt: Date): void;
  clearSessionCookie(): void;
}

/** `__Host-` binds the cookie to this host and path / (browsers accept it only with Secure). */
export function sessionCookieName(config: AuthConfig): string {
  return config.secureCookie ? '__Host-gmis_session' : 'gmis_session';
}

export function readSessionCookie(req: express.Request, config: AuthConfig): string | null {
  const header = req.headers.cookie;
  if (!header) return null;
  return parse(header)[sessionCookieName(config)] ?? null;
}

export function httpExchange(req: express.Request, res: express.Response, config: AuthConfig): HttpExchange {
  const name = sessionCookieName(config);
  const base = { httpOnly: true, sameSite: 'lax' as const, secure: config.secureCookie, path: '/' };
  return {
    clientAddress: req.ip ?? req.socket.remoteAddress ?? 'unknown',
    sessionToken: readSessionCookie(req, config),
    setSessionCookie(token, expiresAt) {
      res.append('Set-Cookie', serialize(name, token, { ...base, expires: expiresAt }));
    },
    clearSessionCookie() {
      res.append('Set-Cookie', serialize(name, '', { ...base, expires: new Date(0), maxAge: 0 }));
    },
  };
}

/** For contexts built outside HTTP (tests, scripts): no cookie, and setting one is a no-op. */
export const NO_HTTP: HttpExchange = Object.freeze({
  clientAddress: 'internal',
  sessionToken: null,
  setSessionCookie() {},
  clearSessionCookie() {},
});
