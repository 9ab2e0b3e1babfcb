import fs from 'node:fs';
import path from 'node:path';
import { type AuditResult, serverAudits } from 'graphql-http';
import { createTestDatabase, type TestDatabase } from '../../test/test-database';
import { startTestServer, type TestServer } from '../../test/test-server';

/**
 * GraphQL over HTTP conformance: graphql-http's server audits against the real server. Every
 * MUST passes; the SHOULD/MAY audits that do not are exactly the ones docs/api.md lists (with why).
 * Introspection is on here because the audits' variables/UTF-8 checks query `__type`.
 */
let db: TestDatabase;
let server: TestServer;
const audits = serverAudits({ url: () => `${server.url}/graphql` });

beforeAll(async () => {
  db = await createTestDatabase();
  server = await startTestServer(db, { GRAPHQL_INTROSPECTION: 'true' });
});
afterAll(async () => {
  await server?.stop();
  await db?.drop();
});

function describeFailure(result: AuditResult): string {
  return result.status === 'ok' ? 'ok' : `${result.status}: ${result.reason}`;
}

describe('GraphQL over HTTP (graphql-http serverAudits)', () => {
  it.each(audits.filter((a) => a.name.startsWith('MUST')).map((a) => [`${a.id} ${a.name}`, a] as const))('%s', async (_name, audit) => {
    const result = await audit.fn();
    expect(describeFailure(result)).toBe('ok');
  });

  it('fails only the SHOULD/MAY audits that docs/api.md documents', async () => {
    const failing: string[] = [];
    for (const audit of audits.filter((a) => !a.name.startsWith('MUST'))) {
      if ((await audit.fn()).status !== 'ok') failing.push(audit.id);
    }
    const docs = fs.readFileSync(path.join(__dirname, '../../../docs/api.md'), 'utf8');
    const section = docs.slice(docs.indexOf('## GraphQL over HTTP'));
    const documented = [...section.slice(0, section.indexOf('\n## ', 5)).matchAll(/^\| `([0-9A-F]{4})` \|/gm)].map((m) => m[1]);
    expect(failing.sort()).toEqual(documented.sort());
  });
});
