import fs from 'node:fs';
import path from 'node:path';
import { parse, type OperationDefinitionNode } from 'graphql';
import { createTestDatabase, type TestDatabase } from '../../test/test-database';
import { startTestServer, type TestServer } from '../../test/test-server';
import { asAccount, resolveAccountViewer } from '../../test/account-viewers';
import { createTestAccount } from '../../test/accounts';
import { Role } from '../auth/viewer';

/**
 * The builder's preview as the dashboard sends it, to a service that runs only trusted documents
 * for browser sessions (as deployed): the dashboard's persisted preview operation is trusted, and
 * the analyst's document it carries runs as a vetted document of the service — not refused as
 * UNTRUSTED_DOCUMENT because Apollo hands the plugins a copy of the runner's context.
 */

const MANIFEST = path.resolve(__dirname, '../../../client/src/gql/persisted-documents.json');
const manifest = JSON.parse(fs.readFileSync(MANIFEST, 'utf8')) as Record<string, string>;
const [previewHash] = Object.entries(manifest).find(([, text]) =>
  parse(text).definitions.some((d) => (d as OperationDefinitionNode).name?.value === 'ReportBuilderPage_Preview'),
)!;

let db: TestDatabase;
let server: TestServer;
let analyst: Record<string, string>;

beforeAll(async () => {
  db = await createTestDatabase();
  server = await startTestServer(db, { GRAPHQL_TRUSTED_DOCUMENTS: MANIFEST }, { resolveViewer: resolveAccountViewer });
  analyst = asAccount(await createTestAccount(db.dataSource, { loginId: 'preview-analyst', role: Role.ANALYST }));
});

afterAll(async () => {
  await server?.stop();
  await db?.drop();
});

async function persisted(hash: string, variables: Record<string, unknown>, headers: Record<string, string>) {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ variables, extensions: { persistedQuery: { version: 1, sha256Hash: hash } } }),
  });
  return (await response.json()) as { data?: any; errors?: { message: string; extensions?: { code?: string } }[] };
}

it('runs the analyst’s document under the dashboard’s trusted preview operation', async () => {
  const answer = await persisted(
    previewHash,
    { document: 'query Prefectures { bedReportPrefectures { code name } }', variables: null },
    analyst,
  );
  expect(answer.errors).toBeUndefined();
  expect(answer.data.previewReport.columns.map((c: { path: string }) => c.path)).toEqual([
    'bedReportPrefectures.code',
    'bedReportPrefectures.name',
  ]);
});

it('still refuses the same document sent on its own by a browser session', async () => {
  const response = await server.graphql('query Prefectures { bedReportPrefectures { code name } }', {}, analyst);
  expect(response.errors?.[0]?.extensions?.code).toBe('UNTRUSTED_DOCUMENT');
});
