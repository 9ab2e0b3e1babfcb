import http from 'node:http';
import {
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
import { toGlobalId } from './node';
import { ErrorCode } from './errors';
import { createTestDatabase, type TestDatabase } from '../../test/test-database';
import type { TestServer } from '../../test/test-server';
import { createAccountPerRole, signInAs, startServerWithSignIn, type TestAccount } from '../../test/accounts';
import type { Audience } from '../auth/access-policy';
import { postingInput } from '../../test/recruitment-fixtures';
import { Role } from '../auth/viewer';

/**
 * Bad input corpus: every mutation of the schema (generated from it, so a new one is covered
 * without a change here), called by a role allowed to call it, with oversized strings, control
 * characters, lone surrogates, invalid UTF-8 bytes, wrong types, huge lists and deeply nested
 * variables. Each request must get a typed error and leave every table as it was.
 */

const TYPED_CODES = new Set<string>([
  ...Object.values(ErrorCode),
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'BAD_USER_INPUT',
]);
/**
 * The sign-in throttle (rate_limit) and the per-client cost budget (api_cost_budget) count refused
 * requests on purpose, and the audit log records failed sign-ins (checked separately); every other
 * table must stay as it was.
 */
const TABLES_ALLOWED_TO_CHANGE = new Set(['rate_limit', 'api_cost_budget', 'audit_event']);

let db: TestDatabase;
let server: TestServer;
const accounts = new Map<Role, TestAccount>();
const cookies = new Map<Audience, string>();

beforeAll(async () => {
  db = await createTestDatabase();
  for (const [role, account] of await createAccountPerRole(db.dataSource, 'corpus')) accounts.set(role, account);
  server = await startServerWithSignIn(db, { LOGIN_FAILURES_PER_ACCOUNT: '1000', LOGIN_FAILURES_PER_ADDRESS: '100000' });
  for (const role of Object.values(Role)) cookies.set(role, await signInAs(server, accounts.get(role)!));
});

afterAll(async () => {
  await server?.stop();
  await db?.drop();
});

/** A checksum of every table's rows (so "unchanged" covers tables added later too). */
async function tableChecksums(): Promise<Record<string, string>> {
  const tables: { name: string }[] = await db.dataSource.query(
    `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY 1`,
  );
  const sums: Record<string, string> = {};
  for (const { name } of tables) {
    if (TABLES_ALLOWED_TO_CHANGE.has(name)) continue;
    const [{ sum }] = await db.dataSource.query(
      `SELECT count(*) || ':' || coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '') AS sum FROM "${name}" t`,
    );
    sums[name] = sum;
  }
  return sums;
}

type Corpus = Record<string, (type: GraphQLInputType) => unknown>;

const OVERSIZED = 'あ'.repeat(60_000);
const DEEP = 'DEEPLY-NESTED-VALUE';
const DEEP_JSON = `${'[{"a":'.repeat(3000)}1${'}]'.repeat(3000)}`;
const CONTROL = 'x\u0000y\u0007\u001b[31m\u007f\u009b';
const LONE_SURROGATE = 'ab\ud800cd\udfff';

/** A value of the type with every field filled; `leaf` chooses the scalar values. */
function fill(type: GraphQLInputType, leaf: (type: GraphQLInputType) => unknown, listSize = 1, depth = 0): unknown {
  if (isNonNullType(type)) return fill(type.ofType, leaf, listSize, depth);
  if (isListType(type)) return Array.from({ length: listSize }, () => fill(type.ofType, leaf, 1, depth + 1));
  if (isInputObjectType(type)) {
    if (depth > 4) return null;
    return Object.fromEntries(Object.values(type.getFields()).map((field) => [field.name, fill(field.type, leaf, listSize, depth + 1)]));
  }
  return leaf(type);
}

function plainLeaf(type: GraphQLInputType): unknown {
  if (isEnumType(type)) return type.getValues()[0].name;
  if (isScalarType(type)) {
    switch (type.name) {
      case 'ID':
        return toGlobalId('Facility', 1);
      case 'Int':
      case 'Float':
        return 1;
      case 'Boolean':
        return false;
      case 'DateTimeISO':
      case 'DateTime':
      case 'Date':
        return new Date(0).toISOString();
      default:
        return 'x';
    }
  }
  throw new Error(`no value for ${String(type)}`);
}

const stringsAre = (value: string) => (type: GraphQLInputType) =>
  isScalarType(type) && (type.name === 'String' || type.name === 'ID') ? value : plainLeaf(type);

const CORPUS: Corpus = {
  'oversized strings': (type) => fill(type, stringsAre(OVERSIZED)),
  'control characters': (type) => fill(type, stringsAre(CONTROL)),
  'lone surrogates': (type) => fill(type, stringsAre(LONE_SURROGATE)),
  'wrong types': (type) =>
    fill(type, (leaf) => (isScalarType(leaf) && leaf.name === 'String' ? { not: 'a string' } : isEnumType(leaf) ? 42 : 'not-a-number')),
  'huge numbers': (type) =>
    fill(type, (leaf) => (isScalarType(leaf) && (leaf.name === 'Int' || leaf.name === 'Float') ? 2 ** 31 : plainLeaf(leaf))),
  'huge lists': (type) => fill(type, plainLeaf, 20_000),
  // Replaced by 3000 nested arrays/objects in the body text (JSON.stringify would overflow the stack here).
  'deeply nested': () => DEEP,
};

function callerOf(operation: string): Audience {
  const allowed = OPERATION_POLICY[operation];
  // Prefer a signed-in role: it reaches the domain code, not just the sign-in check.
  return allowed.find((audience) => audience !== 'ANONYMOUS') ?? 'ANONYMOUS';
}

/**
 * A batch mutation (submitBedReports) answers per row: its rows carry `ok` and `errorCode`, and a
 * row refused with a typed errorCode is the batch's form of a typed error.
 */
function isBatch(field: GraphQLField<unknown, unknown>): boolean {
  const named = getNamedType(field.type);
  return (
    isListType(isNonNullType(field.type) ? field.type.ofType : field.type) &&
    'getFields' in named &&
    'ok' in named.getFields() &&
    'errorCode' in named.getFields()
  );
}

/**
 * requestPasswordReset answers `true` to any login ID, malformed ones included, so the answer never
 * tells whether an account exists (accounts issue). For it, "typed error" means: that same answer,
 * and nothing stored.
 */
const UNIFORM_ANSWER = new Set(['requestPasswordReset']);

function mutationDocument(field: GraphQLField<unknown, unknown>): string {
  const declared = field.args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
  const passed = field.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const selection = isLeafType(getNamedType(field.type)) ? '' : isBatch(field) ? ' { ok errorCode }' : ' { __typename }';
  return `mutation Corpus(${declared}) { ${field.name}(${passed})${selection} }`;
}

/**
 * One request on a connection of its own. Building a mutation's largest bodies holds this
 * process's event loop for seconds on a busy machine, longer than the server's keep-alive
 * timeout; a pooled connection left idle meanwhile would be closed under the next request
 * (ECONNRESET), a fault of the test's timing rather than of the service.
 */
async function send(body: string | Buffer, caller: Audience) {
  const { status, text } = await new Promise<{ status: number; text: string }>((resolve, reject) => {
    const request = http.request(`${server.url}/graphql`, {
      method: 'POST',
      agent: false,
      headers: {
        'content-type': 'application/json',
        'content-length': String(Buffer.byteLength(body)),
        ...(caller === 'ANONYMOUS' ? {} : { cookie: cookies.get(caller)! }),
      },
    });
    request.on('response', (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
      response.on('error', reject);
    });
    request.on('error', reject);
    request.end(body);
  });
  try {
    return { status, body: JSON.parse(text) };
  } catch {
    return { status, body: { unparsable: text.slice(0, 200) } };
  }
}

/** What a response must look like: errors, each with a code of the API, and no data written. */
function verdict(field: GraphQLField<unknown, unknown>, response: { status: number; body: any }) {
  const errors: any[] = response.body.errors ?? [];
  const codes = errors.map((e) => e.extensions?.code);
  const value = response.body.data?.[field.name] ?? null;
  if (value !== null && isBatch(field) && !errors.length) {
    const rows = value as { ok: boolean; errorCode: string | null }[];
    return {
      typedError: rows.length > 0 && rows.every((row) => !row.ok && TYPED_CODES.has(String(row.errorCode))),
      codes: rows.map((row) => row.errorCode).slice(0, 3),
      data: [],
      status: response.status,
    };
  }
  if (UNIFORM_ANSWER.has(field.name) && !errors.length) return { typedError: value === true, codes, data: [], status: response.status };
  return {
    typedError: errors.length > 0 && codes.every((code) => TYPED_CODES.has(code)),
    codes,
    data: value === null ? [] : [value],
    status: response.status,
  };
}

describe('bad input corpus against every mutation', () => {
  it('answers each with a typed error and changes nothing in the database', async () => {
    const schema = await buildAppSchema();
    const mutations = Object.values(schema.getMutationType()!.getFields()).filter((field) => field.args.length > 0);
    expect(mutations.length).toBeGreaterThanOrEqual(14);
    const before = await tableChecksums();
    const [{ lastAudit }] = await db.dataSource.query(`SELECT coalesce(max(id), 0) AS "lastAudit" FROM audit_event`);
    const problems: unknown[] = [];
    let requests = 0;
    for (const field of mutations) {
      const caller = callerOf(`Mutation.${field.name}`);
      const query = mutationDocument(field);
      const bodyOf = (make: (type: GraphQLInputType) => unknown) =>
        JSON.stringify({ query, variables: Object.fromEntries(field.args.map((arg) => [arg.name, make(arg.type)])) })
          .split(`"${DEEP}"`)
          .join(DEEP_JSON);
      const plain = bodyOf((type) => fill(type, plainLeaf));
      // A case that changes nothing in this mutation's input (e.g. huge lists where it takes no list) is not bad input.
      const cases: [string, string | Buffer][] = Object.entries(CORPUS)
        .map(([name, make]): [string, string] => [name, bodyOf(make)])
        .filter(([, body]) => body !== plain);
      // Invalid UTF-8 as raw bytes in the body, inside every string variable.
      const marker = 'INVALID-UTF8-HERE';
      const withMarker = JSON.stringify({
        query,
        variables: Object.fromEntries(field.args.map((arg) => [arg.name, fill(arg.type, stringsAre(marker))])),
      });
      const parts = withMarker.split(marker);
      cases.push([
        'invalid UTF-8',
        Buffer.concat(
          parts.flatMap((part, i) =>
            i === 0 ? [Buffer.from(part)] : [Buffer.from([0xff, 0xc3, 0x28, 0xed, 0xa0, 0x80]), Buffer.from(part)],
          ),
        ),
      ]);
      for (const [name, body] of cases) {
        requests += 1;
        const response = await send(body, caller);
        const result = verdict(field, response);
        // Invalid UTF-8 is refused as a whole, before any resolver sees U+FFFD in place of the bytes.
        if (name === 'invalid UTF-8' && (response.status !== 400 || result.codes[0] !== 'BAD_USER_INPUT'))
          problems.push({ mutation: field.name, input: name, notRefused: result });
        if (!result.typedError || result.data.length) problems.push({ mutation: field.name, caller, input: name, ...result });
      }
    }
    expect({ problems, tables: await tableChecksums() }).toEqual({ problems: [], tables: before });
    expect(requests).toBeGreaterThan(100);
    const audited: { action: string }[] = await db.dataSource.query(`SELECT DISTINCT action FROM audit_event WHERE id > $1`, [lastAudit]);
    expect(audited.map((a) => a.action).filter((action) => action !== 'SIGN_IN_FAILED')).toEqual([]);
  }, 120_000);
});

/**
 * Inputs that once reached PostgreSQL or the executor unchecked and came back as internal errors:
 * a NUL character (PostgreSQL text cannot hold one) in any string argument, in variables or in
 * the query text itself; ids whose number exceeds PostgreSQL's integer; an operationName that
 * names no operation, or several operations without one; export parameters that name members
 * of Object.prototype. Each must be a client error of the API's codes, and nothing is written.
 */
describe('bad input that used to reach an internal error', () => {
  const NUL = 'a\u0000b';
  const HUGE_FACILITY = toGlobalId('Facility', '99999999999');
  const CLIENT_CODES = new Set<string>([
    'BAD_USER_INPUT',
    'NOT_FOUND',
    'GRAPHQL_PARSE_FAILED',
    'GRAPHQL_VALIDATION_FAILED',
    'BAD_REQUEST',
    'OPERATION_RESOLUTION_FAILURE',
  ]);
  const bedInput = (note: string | null) => ({
    beds: [{ category: 'GENERAL', secured: 4, immediate: 3, inpatients: 2, severe: 0, vacant: 1 }],
    note,
  });

  interface Case {
    name: string;
    caller: Audience;
    body: Record<string, unknown>;
    /** The codes the answer may carry (any client code of the API when not given). */
    codes?: string[];
    /** The answer must name this field in extensions.fieldErrors. */
    field?: string;
    status?: number;
  }

  const CASES: Case[] = [
    {
      name: 'NUL in the facility name filter',
      caller: 'ANONYMOUS',
      body: { query: 'query($n: String) { facilities(filter: { name: $n }, first: 1) { totalCount } }', variables: { n: NUL } },
      codes: ['BAD_USER_INPUT'],
      field: 'n',
    },
    {
      name: 'NUL in a posting title',
      caller: Role.FACILITY,
      body: {
        query: 'mutation($input: CreatePostingInput!) { createPosting(input: $input) { created } }',
        variables: { input: { idempotencyKey: 'nul-in-title-0001', posting: { ...postingInput(), title: NUL } } },
      },
      codes: ['BAD_USER_INPUT'],
    },
    {
      name: 'NUL in a bed report note',
      caller: Role.FACILITY,
      body: {
        query: 'mutation($input: BedReportInput!) { reportBedStatus(input: $input) { duplicate } }',
        variables: { input: bedInput(NUL) },
      },
      codes: ['BAD_USER_INPUT'],
    },
    {
      name: 'NUL in an inquiry subject',
      caller: Role.FACILITY,
      body: {
        query: 'mutation($input: CreateInquiryInput!) { createInquiry(input: $input) { id } }',
        variables: { input: { subject: NUL, body: '本文' } },
      },
      codes: ['BAD_USER_INPUT'],
    },
    {
      name: 'NUL in a login ID',
      caller: 'ANONYMOUS',
      body: {
        query: 'mutation($l: String!, $p: String!) { login(loginId: $l, password: $p) { role } }',
        variables: { l: NUL, p: 'Test-Account-2026' },
      },
      codes: ['BAD_USER_INPUT'],
      field: 'l',
    },
    {
      name: 'NUL in posting keywords',
      caller: Role.FACILITY,
      body: { query: 'query($k: String) { postings(filter: { keyword: $k }, first: 1) { totalCount } }', variables: { k: NUL } },
      codes: ['BAD_USER_INPUT'],
    },
    {
      name: 'NUL in public posting keywords',
      caller: 'ANONYMOUS',
      body: { query: 'query($k: String) { publicPostings(filter: { keyword: $k }, first: 1) { totalCount } }', variables: { k: NUL } },
      codes: ['BAD_USER_INPUT'],
    },
    {
      name: 'NUL in an API token name',
      caller: Role.ANALYST,
      body: { query: 'mutation($n: String!) { createApiToken(name: $n) { token } }', variables: { n: NUL } },
      codes: ['BAD_USER_INPUT'],
    },
    {
      name: 'NUL inside the query text (a string literal escape)',
      caller: 'ANONYMOUS',
      body: { query: '{ facilities(filter: { name: "a\\u0000b" }, first: 1) { totalCount } }' },
      codes: ['BAD_USER_INPUT'],
    },
    {
      name: 'NUL inside the query text (a raw character)',
      caller: 'ANONYMOUS',
      body: { query: `{ facilities(filter: { name: "${NUL}" }, first: 1) { totalCount } }` },
    },
    {
      name: 'NUL in the operation name',
      caller: 'ANONYMOUS',
      body: { query: '{ prefectures { code } }', operationName: NUL },
      status: 400,
    },
    {
      name: 'a too large id in node',
      caller: 'ANONYMOUS',
      body: { query: `{ node(id: "${HUGE_FACILITY}") { id } }` },
      codes: ['BAD_USER_INPUT', 'NOT_FOUND'],
    },
    {
      name: 'a too large id in facility',
      caller: 'ANONYMOUS',
      body: { query: `{ facility(id: "${HUGE_FACILITY}") { id } }` },
      codes: ['BAD_USER_INPUT', 'NOT_FOUND'],
    },
    {
      name: 'a too large id in bedSnapshots',
      caller: Role.OFFICE,
      body: { query: `{ bedSnapshots(facilityId: "${HUGE_FACILITY}", first: 1) { totalCount } }` },
      codes: ['BAD_USER_INPUT', 'NOT_FOUND'],
    },
    {
      name: 'a too large id in reportBedStatus',
      caller: Role.PREFECTURE,
      body: {
        query: 'mutation($id: ID, $input: BedReportInput!) { reportBedStatus(facilityId: $id, input: $input) { duplicate } }',
        variables: { id: HUGE_FACILITY, input: bedInput(null) },
      },
      codes: ['BAD_USER_INPUT', 'NOT_FOUND'],
    },
    {
      name: 'an operationName that names no operation',
      caller: 'ANONYMOUS',
      body: { query: 'query A { prefectures { code } }', operationName: 'B' },
      status: 400,
    },
    {
      name: 'two operations without an operationName',
      caller: 'ANONYMOUS',
      body: { query: 'query A { prefectures { code } } query B { prefectures { name } }' },
      status: 400,
    },
    {
      name: 'two operations without an operationName (signed in)',
      caller: Role.OFFICE,
      body: { query: 'query A { prefectures { code } } query B { prefectures { name } }' },
      status: 400,
    },
  ];

  it.each(CASES.map((c) => [c.name, c] as const))('%s: a client error, nothing written', async (_name, c) => {
    const before = await tableChecksums();
    const response = await send(JSON.stringify(c.body), c.caller);
    const errors: { message: string; extensions?: { code?: string; fieldErrors?: { field: string }[] } }[] = response.body.errors ?? [];
    const codes = errors.map((e) => e.extensions?.code);
    expect(response.status).toBeLessThan(500);
    if (c.status) expect(response.status).toBe(c.status);
    expect(codes.length).toBeGreaterThan(0);
    for (const code of codes) expect(c.codes ?? [...CLIENT_CODES]).toContain(code);
    if (c.field) expect(errors.flatMap((e) => e.extensions?.fieldErrors ?? []).map((f) => f.field)).toContain(c.field);
    expect(await tableChecksums()).toEqual(before);
  });

  const exportAs = async (query: string, caller: Audience = Role.OFFICE) => {
    const response = await fetch(`${server.url}/api/exports/bed-report.csv?${query}`, {
      headers: caller === 'ANONYMOUS' ? {} : { cookie: cookies.get(caller)! },
    });
    const text = await response.text();
    return { status: response.status, text };
  };

  it.each([
    ['name=a%00b', 'name'],
    ['search=%00', 'search'],
    ['orderBy=toString', 'orderBy'],
    ['orderBy=FACILITY_NAME&direction=constructor', 'direction'],
    ['orderBy=__proto__&direction=hasOwnProperty', 'orderBy'],
    ['encoding=valueOf', 'encoding'],
    ['codes=constructor', 'codes'],
    ['view=toString', 'view'],
    ['inpatientAcceptance=toString', 'inpatientAcceptance'],
    ['staleOnly=constructor', 'staleOnly'],
  ])('the bed report export answers %s with 400 and the field named', async (query, field) => {
    const before = await tableChecksums();
    const { status, text } = await exportAs(query);
    expect(status).toBe(400);
    const body = JSON.parse(text);
    expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(body.errors[0].extensions.fieldErrors.map((f: { field: string }) => f.field)).toContain(field);
    expect(await tableChecksums()).toEqual(before);
  });
});

describe('bad attachment ids', () => {
  it.each([toGlobalId('Attachment', '99999999999'), 'a%00b', toGlobalId('Attachment', 'toString'), '__proto__'])(
    'GET /api/attachments/%s is 404 NOT_FOUND',
    async (id) => {
      const response = await fetch(`${server.url}/api/attachments/${id}`, { headers: { cookie: cookies.get(Role.OFFICE)! } });
      expect(response.status).toBe(404);
      const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
      expect(body.errors[0].extensions.code).toBe('NOT_FOUND');
    },
  );
});
