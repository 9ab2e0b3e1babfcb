import crypto from 'node:crypto';
import os from 'node:os';
import { promisify } from 'node:util';

const scryptUnlimited = promisify(crypto.scrypt) as (password: string | Buffer, salt: Buffer, keylen: number, options: crypto.ScryptOptions) => Promise<Buffer>;

/**
 * At most `slots` tasks at a time; the others wait in arrival order. Returns a function that
 * runs a task in a slot.
 */
export function createSlots(slots: number): <T>(task: () => Promise<T>) => Promise<T> {
  let running = 0;
  const waiting: (() => void)[] = [];
  return async (task) => {
    if (running >= slots) await new Promise<void>((resolve) => waiting.push(resolve));
    else running += 1;
    try {
      return await task();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else running -= 1;
    }
  };
}

/**
 * Hashes run on libuv's thread pool, each a quarter second of one core and 128 MiB. A burst of
 * sign-ins would take every core (and every pool thread, which file reads share): measured on
 * the 2-core bench box, 20 concurrent sign-ins raised other requests' p50 from ~20 ms to ~220 ms.
 * One core is left to everything else; sign-ins beyond that queue.
 */
const inHashingSlot = createSlots(Math.max(1, os.availableParallelism() - 1));
const scrypt: typeof scryptUnlimited = (password, salt, keylen, options) => inHashingSlot(() => scryptUnlimited(password, salt, keylen, options));

/**
 * scrypt at OWASP's recommended parameters (N=2^17, r=8, p=1: 128 MiB, about a quarter second).
 * The parameters are stored in each hash, so they can be raised later and old hashes still verify
 * (and are re-hashed at the next sign-in, see needsRehash).
 */
export const SCRYPT_PARAMS = { N: 2 ** 17, r: 8, p: 1 } as const;
const KEY_LENGTH = 32;
const SALT_LENGTH = 16;

function maxmem(N: number, r: number): number {
  return 128 * N * r + 16 * 1024 * 1024;
}

/** The hashing functions, as one object so tests can observe that a refused password is never hashed. */
export const passwordHasher = {
  /** `password` must already be normalised (see normalizePassword). Format: scrypt$N$r$p$salt$key (base64). */
  async hash(password: string): Promise<string> {
    const { N, r, p } = SCRYPT_PARAMS;
    const salt = crypto.randomBytes(SALT_LENGTH);
    const key = await scrypt(Buffer.from(password, 'utf8'), salt, KEY_LENGTH, { N, r, p, maxmem: maxmem(N, r) });
    return ['scrypt', N, r, p, salt.toString('base64'), key.toString('base64')].join('$');
  },

  async verify(password: string, stored: string): Promise<boolean> {
    const parts = stored.split('$');
    if (parts.length !== 6 || parts[0] !== 'scrypt') return false;
    const [N, r, p] = parts.slice(1, 4).map(Number);
    if (![N, r, p].every(Number.isSafeInteger) || N > 2 ** 20 || r > 32 || p > 16) return false;
    const salt = Buffer.from(parts[4], 'base64');
    const expected = Buffer.from(parts[5], 'base64');
    const key = await scrypt(Buffer.from(password, 'utf8'), salt, expected.length, { N, r, p, maxmem: maxmem(N, r) });
    return key.length === expected.length && crypto.timingSafeEqual(key, expected);
  },

  needsRehash(stored: string): boolean {
    const [, N, r, p] = stored.split('$');
    return Number(N) !== SCRYPT_PARAMS.N || Number(r) !== SCRYPT_PARAMS.r || Number(p) !== SCRYPT_PARAMS.p;
  },
};

/**
 * A hash at the current parameters of a text nobody types (the password behind it is irrelevant:
 * it only has to cost exactly what a real verification costs).
 */
const DUMMY_HASH = 'scrypt$131072$8$1$H6fXPRqS+Ar3xSKH238MNQ==$1udUdG7pzoEyOp9uG8KPUXUKSHZ/nEBo/Dgq+0vQ/R0=';

/**
 * Spends the same time as verifying a real password, for sign-ins with an unknown ID (or an
 * account without a password), so the response time does not tell whether an ID exists.
 */
export async function verifyAgainstNothing(password: string): Promise<false> {
  await passwordHasher.verify(password, DUMMY_HASH);
  return false;
}
