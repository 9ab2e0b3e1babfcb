import pg, { Client } from 'pg';
import { testDatabaseUrl } from '../../test/test-database';
import { parseTimestamptz } from './timestamptz-parser';

/** node-postgres's own timestamptz parser (postgres-date). */
const parsePostgresDate = pg.types.getTypeParser(pg.types.builtins.TIMESTAMPTZ, 'text') as (text: string) => Date | number | null;

/** The same instant (or infinity, or null) as postgres-date reads. */
function expectSameAsPostgresDate(texts: string[]) {
  const mismatches = texts.filter((text) => {
    const ours = parseTimestamptz(text);
    const theirs = parsePostgresDate(text);
    const value = (v: Date | number | null) => (v instanceof Date ? `date ${v.getTime()}` : String(v));
    return value(ours) !== value(theirs) || ours instanceof Date !== theirs instanceof Date;
  });
  expect(mismatches).toEqual([]);
}

describe('timestamptz parser of the pools', () => {
  let client: Client;
  beforeAll(async () => {
    client = new Client({ connectionString: testDatabaseUrl() });
    await client.connect();
  });
  afterAll(() => client.end());

  /** Timestamps as PostgreSQL itself writes them in a session of `timeZone`. */
  async function writtenBy(timeZone: string): Promise<string[]> {
    await client.query(`SET TIME ZONE '${timeZone}'`);
    await client.query('SELECT setseed(0.42)');
    const { rows } = await client.query<{ text: string }>(`
      SELECT t::text AS text FROM (
        -- microsecond fractions of every length (trailing zeros dropped), 1970 to 2100
        SELECT to_timestamp(floor(random() * 4102444800 * 1000000) / 1000000) AS t FROM generate_series(1, 3000)
        UNION ALL SELECT to_timestamp(floor(random() * 4102444800)) FROM generate_series(1, 200)
        UNION ALL SELECT to_timestamp(floor(random() * 4102444800 * 1000) / 1000) FROM generate_series(1, 200)
        UNION ALL SELECT unnest(ARRAY[
          '0001-01-01 00:00:00+00', '0099-12-31 23:59:59.999999+00', '0999-06-01 12:00:00+00', '1000-01-01 00:00:00+00',
          '1969-12-31 23:59:59.999999+00', '9999-12-31 23:59:59.999999+00', '0044-03-15 12:00:00+00 BC',
          'infinity', '-infinity', '2026-03-08 02:30:00+00', '2026-11-01 01:30:00+00'
        ]::timestamptz[])
      ) s`);
    return rows.map((r) => r.text);
  }

  it.each(['UTC', 'Asia/Tokyo', 'America/New_York', 'Asia/Kathmandu', 'America/St_Johns', 'Pacific/Chatham'])(
    'reads what PostgreSQL writes with TimeZone %s as postgres-date does',
    async (timeZone) => {
      const texts = await writtenBy(timeZone);
      expect(texts.length).toBeGreaterThan(3000);
      expectSameAsPostgresDate(texts);
    },
  );

  it('hands shapes it does not read itself to postgres-date', () => {
    expectSameAsPostgresDate([
      '2026-11-25 02:50:12+05:30',
      '2026-11-25 02:50:12.5-03:30',
      '2026-11-25T02:50:12Z',
      '12026-11-25 02:50:12+00',
      '2026-11-25 02:50:12.1234567+00',
      '2026-11-25 02:50:1x+00',
      '2026-11-25 02:50:12.+00',
      '2026-11-25',
      'garbage',
      '',
    ]);
  });

  it('reads the usual shape to the millisecond, zone included', () => {
    expect((parseTimestamptz('2026-11-25 02:50:12.746123+00') as Date).toISOString()).toBe('2026-11-25T02:50:12.746Z');
    expect((parseTimestamptz('2026-11-25 11:50:12+09') as Date).toISOString()).toBe('2026-11-25T02:50:12.000Z');
    expect((parseTimestamptz('2026-11-24 21:50:12.5-05') as Date).toISOString()).toBe('2026-11-25T02:50:12.500Z');
  });
});
