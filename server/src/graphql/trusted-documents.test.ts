import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createTestDatabase, type TestDatabase } from '../../test/test-database';
import { startTestServer, type TestServer } from '../../test/test-server';
import type { ViewerResolver } from '../auth/viewer';
import { ANONYMOUS, Role } from '../auth/viewer';
import { loadTrustedDocuments } from './trusted-documents';

/** A manifest as codegen's client preset writes it (`persistedDocuments`, sha256 hashes). */
const MANIFEST = path.join(__dirname, '__fixtures__/persisted-documents.json');
const manifest: Record<string, string> = JSON.parse(fs.readFileSync(MANIFEST, 'utf8'));
const [PREFECTURES_HASH, BY_CODE_HASH] = Object.keys(manifest);

/** Stands in for the accounts domain: one valid API token. */
const tokenViewer: ViewerResolver = async (req) =>
  req.headers.authorization === 'Bearer gmis_test_token'
    ? { accountId: 42, role: Role.ANALYST, facilityId: null, prefectureCode: null }
    : ANONYMOUS;

let db: TestDatabase;
let server: TestServer;
beforeAll(async () => {
  db = await createTestDatabase();
  // Every spend written within its own request (no bucket is fresh enough to batch): a batched
  // spend of an earlier test landing later would look like a spend of a refused document.
  server = await startTestServer(
    db,
    { GRAPHQL_TRUSTED_DOCUMENTS: MANIFEST },
    { resolveViewer: tokenViewer, costLedgerTiming: { flushMs: 250, freshMs: -1, sweepAbove: 10_000 } },
  );
});
afterAll(async () => {
  await server?.stop();
  await db?.drop();
});

async function post(body: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return { status: res.status, ...((await res.json()) as { data?: any; errors?: any[]; extensions?: any }) };
}
const byHash = (hash: string, variables?: Record<string, unknown>) => ({
  variables,
  extensions: { persistedQuery: { version: 1, sha256Hash: hash } },
});
const SESSION = { cookie: 'gmis_session=abc' };
const TOKEN = { authorization: 'Bearer gmis_test_token' };

describe('trusted documents (GRAPHQL_TRUSTED_DOCUMENTS)', () => {
  it('runs a manifest document sent by hash from a browser session', async () => {
    const res = await post(byHash(PREFECTURES_HASH), SESSION);
    expect(res.errors).toBeUndefined();
    expect(res.data.prefectures).toHaveLength(47);
    const withVars = await post(byHash(BY_CODE_HASH, { code: '4719999996' }), SESSION);
    expect(withVars.errors).toBeUndefined();
    expect(withVars.data.facilityByCode).toBeNull();
  });

  it('runs a manifest document sent as its exact text', async () => {
    const res = await post({ query: manifest[PREFECTURES_HASH] }, SESSION);
    expect(res.errors).toBeUndefined();
  });

  it('refuses an ad-hoc document from a browser session (or without any credentials) before it runs or spends budget', async () => {
    await db.dataSource.query('DELETE FROM api_cost_budget');
    for (const headers of [SESSION, {}]) {
      const { result: res, statements } = await db.recorder.record(() => post({ query: '{ prefectures { code } }' }, headers));
      expect(res.status).toBe(400);
      expect(res.data).toBeUndefined();
      expect(res.errors?.[0].extensions?.code).toBe('UNTRUSTED_DOCUMENT');
      expect(statements).toEqual([]);
    }
    expect(await db.dataSource.query('SELECT * FROM api_cost_budget')).toEqual([]);
  });

  it('does not let a browser register a document through automatic persisted queries', async () => {
    const query = '{ prefectures { name } }';
    const hash = crypto.createHash('sha256').update(query).digest('hex');
    expect((await post({ query, ...byHash(hash) }, SESSION)).errors?.[0].extensions?.code).toBe('UNTRUSTED_DOCUMENT');
    // A token client may register it, but a browser still may not run it by that hash.
    expect((await post({ query, ...byHash(hash) }, TOKEN)).errors).toBeUndefined();
    expect((await post(byHash(hash), SESSION)).errors?.[0].extensions?.code).toBe('UNTRUSTED_DOCUMENT');
  });

  it('judges the text, not the hash, when a manifest hash comes with other text', async () => {
    const res = await post({ query: '{ prefectures { code } }', ...byHash(PREFECTURES_HASH) }, SESSION);
    expect(res.data).toBeUndefined();
    expect(res.status).toBe(400);
    expect(res.errors?.[0].extensions?.code).toBe('UNTRUSTED_DOCUMENT');
  });

  it('holds a bearer header that is not a valid API token to the manifest', async () => {
    const res = await post({ query: '{ prefectures { code } }' }, { authorization: 'Bearer made-up' });
    expect(res.errors?.[0].extensions?.code).toBe('UNTRUSTED_DOCUMENT');
    // A valid token in a cookie session is not an API request either.
    const cookieOnly = await post({ query: '{ prefectures { code } }' }, { ...SESSION });
    expect(cookieOnly.errors?.[0].extensions?.code).toBe('UNTRUSTED_DOCUMENT');
  });

  it('lets requests signed in with an API token send ad-hoc queries', async () => {
    const res = await post({ query: '{ secondaryMedicalAreas(prefectureCode: "13") { code } }' }, TOKEN);
    expect(res.errors).toBeUndefined();
    expect(res.data.secondaryMedicalAreas.length).toBeGreaterThan(5);
  });

  it("without GRAPHQL_TRUSTED_DOCUMENTS accepts any document, and still runs the dashboard's own by hash", async () => {
    const open = await startTestServer(db);
    try {
      expect((await open.graphql('{ prefectures { code } }', {}, SESSION)).errors).toBeUndefined();
      const dashboard: Record<string, string> = JSON.parse(fs.readFileSync(open.config.dashboardDocumentsPath, 'utf8'));
      const [hash, text] = Object.entries(dashboard).find(([, document]) => document.includes('FacilitySearchForm_Prefectures'))!;
      expect(text).toContain('prefectures');
      const res = await fetch(`${open.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...SESSION },
        body: JSON.stringify(byHash(hash)),
      });
      const body = (await res.json()) as any;
      expect(body.errors).toBeUndefined();
      expect(body.data.prefectures).toHaveLength(47);
    } finally {
      await open.stop();
    }
  });

  it('refuses to start with a manifest that is not { hash: document }', () => {
    const bad = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'gmis-td-')), 'bad.json');
    fs.writeFileSync(bad, JSON.stringify(['query { a }']));
    expect(() => loadTrustedDocuments(bad)).toThrow(/must be a JSON object/);
    expect(() => loadTrustedDocuments(`${bad}.missing`)).toThrow(/could not be read/);
    fs.rmSync(path.dirname(bad), { recursive: true });
  });
});
