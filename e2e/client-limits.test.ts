import fs from 'node:fs';
import path from 'node:path';
import { buildSchema } from 'graphql';
import { BED_COUNT_MAX, BED_NOTE_MAX_LENGTH, BED_REPORT_SCREEN_LIMIT } from '../client/src/limits';
import { Role } from '../server/src/auth/viewer';
import { projectRoot } from '../server/src/config';
import { asAccount as as, resolveAccountViewer } from '../server/test/account-viewers';
import { createTestAccount, testFacility, type TestAccount } from '../server/test/accounts';
import { createTestDatabase, type TestDatabase } from '../server/test/test-database';
import { startTestServer, type TestServer } from '../server/test/test-server';

/**
 * The dashboard's numbers (client/src/limits.ts) are the server's: each is what the schema says
 * and what the server takes, and one more is refused on that field.
 */

let db: TestDatabase;
let server: TestServer;
let hospital: TestAccount;

beforeAll(async () => {
  db = await createTestDatabase();
  server = await startTestServer(db, {}, { resolveViewer: resolveAccountViewer });
  hospital = await createTestAccount(db.dataSource, {
    loginId: 'byoin',
    role: Role.FACILITY,
    facilityId: await testFacility(db.dataSource, 'HOSPITAL'),
  });
});

afterAll(async () => {
  await server?.stop();
  await db?.drop();
});

/** Field names the server refused in a GraphQL answer. */
const refusedFields = (errors: readonly { extensions?: { fieldErrors?: { field: string }[] } }[] | undefined) =>
  (errors ?? []).flatMap((e) => e.extensions?.fieldErrors?.map((f) => f.field) ?? []);

describe('地域病床見える化 screen rows', () => {
  const REPORT = `query($first: Int!) { bedReport(first: $first) { totalCount } }`;

  it('are the largest page the schema describes for bedReport(first:)', () => {
    const schema = buildSchema(fs.readFileSync(path.join(projectRoot, 'schema.graphql'), 'utf8'));
    const first = schema
      .getQueryType()
      ?.getFields()
      .bedReport?.args.find((a) => a.name === 'first');
    expect(first?.description?.match(/1\.\.(\d+)/)?.[1]).toBe(String(BED_REPORT_SCREEN_LIMIT));
  });

  it('are served; one more row is refused on first', async () => {
    const at = await server.graphql(REPORT, { first: BED_REPORT_SCREEN_LIMIT }, as(hospital));
    const over = await server.graphql(REPORT, { first: BED_REPORT_SCREEN_LIMIT + 1 }, as(hospital));
    expect({ at: at.errors ?? [], over: refusedFields(over.errors) }).toEqual({ at: [], over: ['first'] });
  });
});

describe('病床状況報告 limits', () => {
  const REPORT = `mutation($input: BedReportInput!) { reportBedStatus(input: $input) { snapshot { id } } }`;
  const report = (general: number, note: string) =>
    server.graphql(
      REPORT,
      {
        input: {
          beds: [{ category: 'GENERAL', secured: general, immediate: general, inpatients: general, severe: general, vacant: general }],
          note,
        },
      },
      as(hospital),
    );

  it(`counts: ${BED_COUNT_MAX} is taken, one more is refused on each count`, async () => {
    const at = await report(BED_COUNT_MAX, '');
    const over = await report(BED_COUNT_MAX + 1, '');
    expect({ at: at.errors ?? [], over: refusedFields(over.errors).sort() }).toEqual({
      at: [],
      over: ['beds.general.immediate', 'beds.general.inpatients', 'beds.general.secured', 'beds.general.severe', 'beds.general.vacant'],
    });
  });

  it(`備考: ${BED_NOTE_MAX_LENGTH} characters (code points) are taken, one more is refused on note`, async () => {
    // 𠮷 is two UTF-16 code units: the limit counts characters as a person does.
    const at = await report(1, `𠮷${'あ'.repeat(BED_NOTE_MAX_LENGTH - 1)}`);
    const over = await report(1, 'あ'.repeat(BED_NOTE_MAX_LENGTH + 1));
    expect({ at: at.errors ?? [], over: refusedFields(over.errors) }).toEqual({ at: [], over: ['note'] });
  });
});
