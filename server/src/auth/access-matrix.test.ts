import {
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isScalarType,
} from 'graphql';
import { OPERATION_POLICY, buildAppSchema } from '../app.modules';
import { toGlobalId } from '../graphql/node';
import { createTestDatabase, type TestDatabase } from '../../test/test-database';
import type { TestServer } from '../../test/test-server';
import { createAccountPerRole, signInAs, startServerWithSignIn, type TestAccount } from '../../test/accounts';
import type { Audience } from './access-policy';
import { Role } from './viewer';
import { SUBSCRIPTION_MATRIX } from '../../test/subscription-matrix';

/**
 * The access matrix: every role (and anonymous), signed in for real through `login`, against
 * every root Query, Mutation and Subscription field of the schema. EXPECTED below is the specification, kept
 * apart from the rules the resolvers declare (@Authorized, collected as OPERATION_POLICY) on purpose:
 * a change of who may do what has to be made in both places. For each cell the server must run the operation (any domain error is fine, but not a
 * refusal), or refuse it with FORBIDDEN / UNAUTHENTICATED. A root field without a row here or
 * without a rule in OPERATION_POLICY fails this test.
 *
 * Operations are generated from the schema (dummy values for required arguments, `__typename`
 * as selection), so a new field is covered without writing anything here; SAMPLE_ARGUMENTS
 * gives real arguments where dummy ones would not reach the policy in a meaningful way.
 */

const AUDIENCES: Audience[] = [
  Role.HEALTH_CENTER_RECRUITMENT,
  Role.HEALTH_CENTER_AGGREGATOR,
  Role.FACILITY,
  Role.PREFECTURE,
  Role.OFFICE,
  Role.ANALYST,
  'ANONYMOUS',
];

// Who may call each root field. Y = allowed, - = refused. Columns in the order of AUDIENCES:
//   HCR = 保健所（人材募集登録用）, HCA = 保健所（とりまとめ団体用）, FAC = 医療機関, PRE = 都道府県,
//   OFF = 事務局, ANA = 分析担当, ANON = not signed in.
const EXPECTED = parseMatrix(`
                                  HCR HCA FAC PRE OFF ANA ANON
  Query.node                       Y   Y   Y   Y   Y   Y   Y
  Query.prefectures                Y   Y   Y   Y   Y   Y   Y
  Query.secondaryMedicalAreas      Y   Y   Y   Y   Y   Y   Y
  Query.facilities                 Y   Y   Y   Y   Y   Y   Y
  Query.facility                   Y   Y   Y   Y   Y   Y   Y
  Query.facilityByCode             Y   Y   Y   Y   Y   Y   Y
  Query.viewer                     Y   Y   Y   Y   Y   Y   Y
  Query.passwordRule               Y   Y   Y   Y   Y   Y   Y
  Query.apiTokens                  Y   Y   Y   Y   Y   Y   -
  Query.accounts                   -   -   -   -   Y   -   -
  Query.account                    -   -   -   -   Y   -   -
  Query.auditEvents                -   -   -   -   Y   -   -
  Mutation.login                   Y   Y   Y   Y   Y   Y   Y
  Mutation.logout                  Y   Y   Y   Y   Y   Y   Y
  Mutation.requestPasswordReset    Y   Y   Y   Y   Y   Y   Y
  Mutation.resetPassword           Y   Y   Y   Y   Y   Y   Y
  Mutation.changePassword          Y   Y   Y   Y   Y   Y   -
  Mutation.createApiToken          Y   Y   Y   Y   Y   Y   -
  Mutation.revokeApiToken          Y   Y   Y   Y   Y   Y   -
  Mutation.createAccount           -   -   -   -   Y   -   -
  Mutation.updateAccount           -   -   -   -   Y   -   -
  Mutation.disableAccount          -   -   -   -   Y   -   -
  Mutation.enableAccount           -   -   -   -   Y   -   -
  Query.postings                   Y   -   Y   Y   Y   -   -
  Query.posting                    Y   -   Y   Y   Y   Y   Y
  Query.publicPostings             Y   Y   Y   Y   Y   Y   Y
  Query.exportPostings             Y   -   Y   Y   Y   -   -
  Query.exportPublicPostings       Y   Y   Y   Y   Y   Y   Y
  Query.previewKeyNetPosting       Y   -   Y   -   -   -   -
  Query.postingFacility            Y   -   Y   Y   Y   -   -
  Query.keyNetFeed                 Y   Y   Y   Y   Y   Y   Y
  Mutation.createPosting           Y   -   Y   -   -   -   -
  Mutation.updatePosting           Y   -   Y   -   -   -   -
  Query.inquiries                  Y   Y   Y   Y   Y   Y   -
  Query.inquiry                    Y   Y   Y   Y   Y   Y   -
  Query.faqEntries                 Y   Y   Y   Y   Y   Y   Y
  Query.faqEntry                   Y   Y   Y   Y   Y   Y   Y
  Query.faqCategories              Y   Y   Y   Y   Y   Y   Y
  Query.notices                    Y   Y   Y   Y   Y   Y   Y
  Query.notice                     Y   Y   Y   Y   Y   Y   Y
  Query.unreadNoticeCount          Y   Y   Y   Y   Y   Y   Y
  Mutation.createInquiry           Y   Y   Y   Y   -   Y   -
  Mutation.addInquiryComment       Y   Y   Y   Y   -   Y   -
  Mutation.answerInquiry           -   -   -   -   Y   -   -
  Mutation.closeInquiry            -   -   -   -   Y   -   -
  Mutation.createFaqEntry          -   -   -   -   Y   -   -
  Mutation.updateFaqEntry          -   -   -   -   Y   -   -
  Mutation.publishFaqEntry         -   -   -   -   Y   -   -
  Mutation.unpublishFaqEntry       -   -   -   -   Y   -   -
  Mutation.createNotice            -   -   -   -   Y   -   -
  Mutation.updateNotice            -   -   -   -   Y   -   -
  Mutation.publishNotice           -   -   -   -   Y   -   -
  Mutation.unpublishNotice         -   -   -   -   Y   -   -
  Mutation.markNoticeRead          Y   Y   Y   Y   Y   Y   -
  Query.bedReport                  -   Y   Y   Y   Y   Y   -
  Query.bedFacilityStatus          -   Y   Y   Y   Y   Y   -
  Query.bedReportSummary           -   Y   Y   Y   Y   Y   -
  Query.bedAreaHistory             -   Y   Y   Y   Y   Y   -
  Query.bedReportPrefectures       -   Y   Y   Y   Y   Y   -
  Query.bedSnapshots               -   Y   Y   Y   Y   Y   -
  Mutation.reportBedStatus         -   -   Y   Y   -   -   -
  Mutation.submitBedReports        -   -   -   Y   -   -   -
  Mutation.correctBedReport        -   -   Y   Y   -   -   -
  Subscription.bedStatusChanged    -   Y   Y   Y   Y   Y   -
  Query.reportFolders              Y   Y   Y   Y   Y   Y   -
  Query.reportFolder               Y   Y   Y   Y   Y   Y   -
  Query.savedReport                Y   Y   Y   Y   Y   Y   -
  Query.searchReports              Y   Y   Y   Y   Y   Y   -
  Query.reportFolderDestinations   -   -   -   Y   Y   Y   -
  Query.runReport                  Y   Y   Y   Y   Y   Y   -
  Query.previewReport              -   -   -   Y   Y   Y   -
  Mutation.createReportFolder      -   -   -   Y   Y   Y   -
  Mutation.renameReportFolder      -   -   -   Y   Y   Y   -
  Mutation.moveReportFolder        -   -   -   Y   Y   Y   -
  Mutation.shareReportFolder       -   -   -   Y   Y   Y   -
  Mutation.deleteReportFolder      -   -   -   Y   Y   Y   -
  Mutation.saveReport              -   -   -   Y   Y   Y   -
  Mutation.moveReport              -   -   -   Y   Y   Y   -
  Mutation.deleteReport            -   -   -   Y   Y   Y   -
  Query.reportSubscriptions        Y   Y   Y   Y   Y   Y   -
  Mutation.subscribeToReport       Y   Y   Y   Y   Y   Y   -
  Mutation.unsubscribeFromReport   Y   Y   Y   Y   Y   Y   -
  Query.reportingSchedule          Y   Y   Y   Y   Y   Y   -
  Query.reportingCompliance        -   Y   Y   Y   Y   Y   -
  Mutation.updateReportingSchedule -   -   -   Y   Y   -   -
`);

function parseMatrix(text: string): Map<string, Set<Audience>> {
  const rows = text
    .split('\n')
    .map((line) => line.trim().split(/\s+/))
    .filter((cells) => cells.length === AUDIENCES.length + 1 && cells[0].includes('.'));
  return new Map(rows.map(([field, ...cells]) => [field, new Set(AUDIENCES.filter((_, i) => cells[i] === 'Y'))]));
}

/** Fields that end the caller's session (logout; login rotates it): run last, each with a fresh sign-in. */
const ENDS_SESSION = new Set(['Mutation.logout', 'Mutation.login']);

let db: TestDatabase;
let server: TestServer;
const accounts = new Map<Audience, TestAccount>();

/** Real arguments for fields where the generated ones would not do. */
function sampleArguments(operation: string, audience: Audience): Record<string, unknown> | undefined {
  if (operation === 'Mutation.login') {
    const account = accounts.get(audience === 'ANONYMOUS' ? Role.ANALYST : audience)!;
    return { loginId: account.loginId, password: account.password };
  }
  return undefined;
}

function dummyValue(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return dummyValue(type.ofType);
  if (isListType(type)) return [dummyValue(type.ofType)];
  // Variables carry enum names (GENERAL), not their internal values (general).
  if (isEnumType(type)) return type.getValues()[0].name;
  if (isInputObjectType(type)) {
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter((field) => isNonNullType(field.type))
        .map((field) => [field.name, dummyValue(field.type)]),
    );
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case 'ID':
        return toGlobalId('Nothing', 1);
      case 'Int':
      case 'Float':
        return 1;
      case 'Boolean':
        return false;
      case 'DateTime':
      case 'Date':
      case 'DateTimeISO':
        return new Date(0).toISOString();
      default:
        return 'x';
    }
  }
  throw new Error(`no dummy value for ${String(type)}`);
}

function printType(type: GraphQLInputType): string {
  return String(type);
}

function operationFor(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>, given: Record<string, unknown> | undefined) {
  const args = field.args.filter((arg: GraphQLArgument) => (given ? arg.name in given : isNonNullType(arg.type)));
  const variables = Object.fromEntries(args.map((arg) => [arg.name, given ? given[arg.name] : dummyValue(arg.type)]));
  const declared = args.map((arg) => `$${arg.name}: ${printType(arg.type)}`).join(', ');
  const passed = args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
  const query = `${kind} Matrix${declared ? `(${declared})` : ''} { ${field.name}${passed ? `(${passed})` : ''}${selection} }`;
  return { query, variables };
}

beforeAll(async () => {
  db = await createTestDatabase();
  for (const [role, account] of await createAccountPerRole(db.dataSource, 'matrix')) accounts.set(role, account);
  server = await startServerWithSignIn(db, { LOGIN_FAILURES_PER_ACCOUNT: '1000', LOGIN_FAILURES_PER_ADDRESS: '100000' });
});

afterAll(async () => {
  await server?.stop();
  await db?.drop();
});

describe('access matrix: every role against every root field', () => {
  it('agrees with the subscription rows exercised over WebSocket', () => {
    for (const [field, audiences] of Object.entries(SUBSCRIPTION_MATRIX)) {
      expect({ field, audiences: [...audiences].sort() }).toEqual({ field, audiences: [...(EXPECTED.get(field) ?? [])].sort() });
    }
    expect(Object.keys(SUBSCRIPTION_MATRIX).sort()).toEqual([...EXPECTED.keys()].filter((name) => name.startsWith('Subscription.')).sort());
  });

  it('has a row here and a rule in OPERATION_POLICY for every Query, Mutation and Subscription field, and they agree', async () => {
    const schema = await buildAppSchema();
    const fields = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].flatMap((type) =>
      type ? Object.keys(type.getFields()).map((field) => `${type.name}.${field}`) : [],
    );
    expect(fields.filter((field) => !Object.prototype.hasOwnProperty.call(OPERATION_POLICY, field))).toEqual([]);
    expect(fields.filter((field) => !EXPECTED.has(field))).toEqual([]);
    expect([...EXPECTED.keys()].filter((field) => !fields.includes(field))).toEqual([]);
    for (const field of fields)
      expect({ field, audiences: [...OPERATION_POLICY[field]].sort() }).toEqual({ field, audiences: [...EXPECTED.get(field)!].sort() });
  });

  it.each(AUDIENCES)('%s: the server allows exactly what the matrix allows', async (audience) => {
    const schema = await buildAppSchema();
    const operations = (['query', 'mutation'] as const).flatMap((kind) => {
      const type = kind === 'query' ? schema.getQueryType() : schema.getMutationType();
      return type ? Object.values(type.getFields()).map((field) => ({ kind, field, name: `${type.name}.${field.name}` })) : [];
    });
    // Session-ending fields last, so they do not sign the role out for the others.
    operations.sort((a, b) => Number(ENDS_SESSION.has(a.name)) - Number(ENDS_SESSION.has(b.name)));

    const signIn = async (): Promise<Record<string, string>> =>
      audience === 'ANONYMOUS' ? {} : { cookie: await signInAs(server, accounts.get(audience)!) };
    let headers: Record<string, string> = await signIn();
    const mismatches: string[] = [];
    for (const { kind, field, name } of operations) {
      if (ENDS_SESSION.has(name)) headers = await signIn();
      const { query, variables } = operationFor(kind, field, sampleArguments(name, audience));
      const res = await server.graphql(query, variables, headers);
      const codes = (res.errors ?? []).map((e) => String(e.extensions?.code));
      const allowed = EXPECTED.get(name)?.has(audience) ?? false;
      if (allowed) {
        if (codes.includes('FORBIDDEN') || codes.includes('UNAUTHENTICATED') || codes.includes('GRAPHQL_VALIDATION_FAILED')) {
          mismatches.push(`${name}: should be allowed, got ${codes.join(', ')} (${res.errors?.[0].message})`);
        }
      } else {
        const expected = audience === 'ANONYMOUS' && (EXPECTED.get(name)?.size ?? 0) > 0 ? 'UNAUTHENTICATED' : 'FORBIDDEN';
        if (codes.length !== 1 || codes[0] !== expected || res.errors?.[0].path?.join('.') !== field.name) {
          mismatches.push(`${name}: should be refused with ${expected}, got ${codes.length ? codes.join(', ') : 'no error'}`);
        }
      }
    }
    expect(mismatches).toEqual([]);
    // Guard against a matrix that silently checks nothing. Subscription rows are run over
    // WebSocket, for every audience, by beds/bed-status.subscription.test.ts (SUBSCRIPTION_MATRIX
    // there must equal the row here: checked below).
    expect(operations.length).toBe([...EXPECTED.keys()].filter((name) => !name.startsWith('Subscription.')).length);
  });
});
