import crypto from 'node:crypto';
import os from 'node:os';
import { promisify } from 'node:util';
import { type Algorithm, hash as argon2Hash, verify as argon2Verify } from '@node-rs/argon2';

const scryptUnlimited = promisify(crypto.scrypt) as (
  password: string | Buffer,
  salt: Buffer,
  keylen: number,
  options: crypto.ScryptOptions,
) => Promise<Buffer>;

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
 * Hashes run on libuv's thread pool. Even short ones would take every core (and every pool
 * thread, which file reads share) in a burst of sign-ins, so one core is left to everything else
 * and sign-ins beyond that queue. At the argon2id setting below a hash is a few milliseconds of
 * one core, so the queue drains fast: 20 concurrent sign-ins on 2 cores answer in p50 well under
 * a second (bench: login), where scrypt N=2^17 took 8.5 s.
 */
const inHashingSlot = createSlots(Math.max(1, os.availableParallelism() - 1));
const scrypt: typeof scryptUnlimited = (password, salt, keylen, options) =>
  inHashingSlot(() => scryptUnlimited(password, salt, keylen, options));

/**
 * argon2id at OWASP's recommended minimum (Password Storage Cheat Sheet: m=19 MiB, t=2, p=1),
 * through @node-rs/argon2 (prebuilt binary in the registry package, no install script). Hashes
 * are PHC strings that carry their parameters ($argon2id$v=19$m=19456,t=2,p=1$salt$hash), so the
 * setting can be raised later: older hashes still verify and are re-hashed at the next sign-in
 * (needsRehash), as scrypt hashes of earlier releases are.
 */
export const ARGON2_PARAMS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;
/** Algorithm.Argon2id: a const enum, which isolated modules cannot read, so its value is written here. */
const ARGON2ID = 2 as Algorithm;
const ARGON2_OPTIONS = { algorithm: ARGON2ID, ...ARGON2_PARAMS };
const CURRENT_PREFIX = `$argon2id$v=19$m=${ARGON2_PARAMS.memoryCost},t=${ARGON2_PARAMS.timeCost},p=${ARGON2_PARAMS.parallelism}$`;
/** A stored argon2id hash, with bounds on its cost: a tampered row must not buy a huge amount of CPU or memory. */
const ARGON2_HASH = /^\$argon2id\$v=19\$m=(\d{1,7}),t=(\d{1,2}),p=(\d{1,2})\$[A-Za-z0-9+/]{11,64}\$[A-Za-z0-9+/]{16,128}$/;

/** The format of earlier releases: scrypt N=2^17, r=8, p=1, as scrypt$N$r$p$salt$key (base64). Verified, never written any more. */
export const SCRYPT_PARAMS = { N: 2 ** 17, r: 8, p: 1 } as const;
const KEY_LENGTH = 32;
const SALT_LENGTH = 16;

function maxmem(N: number, r: number): number {
  return 128 * N * r + 16 * 1024 * 1024;
}

/** A hash in the format of earlier releases, for tests and the bench that start from accounts stored that way. */
export async function scryptHash(password: string): Promise<string> {
  const { N, r, p } = SCRYPT_PARAMS;
  const salt = crypto.randomBytes(SALT_LENGTH);
  const key = await scrypt(Buffer.from(password, 'utf8'), salt, KEY_LENGTH, { N, r, p, maxmem: maxmem(N, r) });
  return ['scrypt', N, r, p, salt.toString('base64'), key.toString('base64')].join('$');
}

async function verifyScrypt(password: string, stored: string): Promise<boolean> {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return false;
  const [N, r, p] = parts.slice(1, 4).map(Number);
  if (![N, r, p].every(Number.isSafeInteger) || N > 2 ** 20 || r > 32 || p > 16) return false;
  const salt = Buffer.from(parts[4], 'base64');
  const expected = Buffer.from(parts[5], 'base64');
  const key = await scrypt(Buffer.from(password, 'utf8'), salt, expected.length, { N, r, p, maxmem: maxmem(N, r) });
  return key.length === expected.length && crypto.timingSafeEqual(key, expected);
}

async function verifyArgon2(password: string, stored: string): Promise<boolean> {
  const match = ARGON2_HASH.exec(stored);
  if (!match) return false;
  const [m, t, p] = match.slice(1, 4).map(Number);
  if (m > 262_144 || t > 10 || p > 8) return false;
  return inHashingSlot(() => argon2Verify(stored, password).catch(() => false));
}

/** The hashing functions, as one object so tests can observe that a refused password is never hashed. */
export const passwordHasher = {
  /** `password` must already be normalised (see normalizePassword). */
  async hash(password: string): Promise<string> {
    return inHashingSlot(() => argon2Hash(password, ARGON2_OPTIONS));
  },

  async verify(password: string, stored: string): Promise<boolean> {
    if (stored.startsWith('$argon2id$')) return verifyArgon2(password, stored);
    if (stored.startsWith('scrypt$')) return verifyScrypt(password, stored);
    return false;
  },

  /** Whether a stored hash is of another algorithm or setting than the current one (re-hashed at the next sign-in). */
  needsRehash(stored: string): boolean {
    return !stored.startsWith(CURRENT_PREFIX);
  },
};

/**
 * A hash at the current setting of a text nobody types (the password behind it is irrelevant:
 * it only has to cost exactly what a real verification costs).
 */
const DUMMY_HASH = '$argon2id$v=19$m=19456,t=2,p=1$E6UbCvAlNJr+e83KPEs2+w$bn53Ivkg9N7Zf7P3/6/KxLRyp6OtEhgAWttXCVzvido';

/**
 * Spends the same time as verifying a real password, for sign-ins with an unknown ID (or an
 * account without a password), so the response time does not tell whether an ID exists.
 */
export async function verifyAgainstNothing(password: string): Promise<false> {
  await passwordHasher.verify(password, DUMMY_HASH);
  return false;
}
