import crypto from 'node:crypto';

/**
 * Secrets handed to clients (session cookies, API tokens, reset links): 256 random bits, stored
 * only as SHA-256. A fast hash is right here: the input is random, not a guessable password.
 */
export function newSecretToken(prefix = ''): { token: string; hash: Buffer } {
  const token = `${prefix}${crypto.randomBytes(32).toString('base64url')}`;
  return { token, hash: hashSecretToken(token) };
}

export function hashSecretToken(token: string): Buffer {
  return crypto.createHash('sha256').update(token, 'utf8').digest();
}

/** Tokens we issue are short ASCII; anything else is not worth a database look-up. */
export function looksLikeToken(token: string): boolean {
  return token.length >= 32 && token.length <= 128 && /^[A-Za-z0-9_-]+$/.test(token);
}
