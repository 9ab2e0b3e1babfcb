import pg, { type CustomTypesConfig } from 'pg';

const TIMESTAMPTZ = pg.types.builtins.TIMESTAMPTZ;
/** node-postgres's own parser (postgres-date): every form PostgreSQL may write. */
const parseAnyTimestamptz = pg.types.getTypeParser(TIMESTAMPTZ, 'text') as (text: string) => Date | number | null;

const ZERO = 48;
const [DASH, SPACE, COLON, POINT, PLUS, MINUS] = ['-', ' ', ':', '.', '+', '-'].map((c) => c.charCodeAt(0));
/** Where `YYYY-MM-DD HH:MM:SS` has its separators, and which. */
const SEPARATORS: [number, number][] = [
  [4, DASH],
  [7, DASH],
  [10, SPACE],
  [13, COLON],
  [16, COLON],
];
/** 10 ** n for a fraction of n digits. */
const POWERS_OF_TEN = [1, 10, 100, 1000, 10000, 100000, 1000000];

/** The number the digits from `start` to `end` (exclusive) write, or -1 if one is not a digit. */
function digits(text: string, start: number, end: number): number {
  let value = 0;
  for (let i = start; i < end; i += 1) {
    const digit = text.charCodeAt(i) - ZERO;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/**
 * A timestamptz as PostgreSQL writes it in text (DateStyle ISO): `2026-11-25 02:50:12.746123+00`.
 * The usual shape — a year from 1000 to 9999, up to six fraction digits, a zone offset of whole
 * hours (`+00` with TimeZone UTC, `+09` in Japan) — is read digit by digit; anything else (BC,
 * infinity, an offset with minutes, other DateStyles) goes to node-postgres's own parser. The
 * result is the same Date as postgres-date's, to the millisecond it truncates: the fraction is
 * `1000 * (digits / 10 ** n)`, the same double as its `1000 * parseFloat('.digits')` (a division
 * of two exact integers rounds as parsing the decimal does). postgres-date's regular expressions
 * were ~5 ms of a 2,000-row bed report page, which reads three timestamps a row (CPU profile).
 */
export function parseTimestamptz(text: string): Date | number | null {
  const length = text.length;
  // 22 characters without a fraction, 24 to 29 with one to six digits after the point.
  if (length !== 22 && (length < 24 || length > 29)) return parseAnyTimestamptz(text);
  for (const [at, separator] of SEPARATORS) if (text.charCodeAt(at) !== separator) return parseAnyTimestamptz(text);
  const zoneAt = length - 3;
  const sign = text.charCodeAt(zoneAt);
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 7);
  const day = digits(text, 8, 10);
  const hour = digits(text, 11, 13);
  const minute = digits(text, 14, 16);
  const second = digits(text, 17, 19);
  const fraction = length === 22 ? 0 : digits(text, 20, zoneAt);
  const offsetHours = digits(text, zoneAt + 1, length);
  if (
    year < 1000 ||
    (month | day | hour | minute | second | fraction | offsetHours) < 0 ||
    (length !== 22 && text.charCodeAt(19) !== POINT) ||
    (sign !== PLUS && sign !== MINUS)
  ) {
    return parseAnyTimestamptz(text);
  }
  const ms = length === 22 ? 0 : 1000 * (fraction / POWERS_OF_TEN[zoneAt - 20]);
  const offsetMs = (sign === MINUS ? -offsetHours : offsetHours) * 3_600_000;
  return new Date(Date.UTC(year, month - 1, day, hour, minute, second, ms) - offsetMs);
}

/**
 * The pools' type parsers (the `types` of every pg client, ormconfig.ts): node-postgres's own,
 * with timestamptz in text read by parseTimestamptz. Scoped to our pools, not set process-wide.
 */
export const PG_TYPES: CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === TIMESTAMPTZ && format !== 'binary'
      ? parseTimestamptz
      : pg.types.getTypeParser(oid, format)) as CustomTypesConfig['getTypeParser'],
};
