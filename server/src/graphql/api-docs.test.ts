import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { Kind, type OperationDefinitionNode, parse, validate } from 'graphql';
import { seedDemoFacilities } from '../db/seed/demo-facilities';
import { createTestDatabase, type TestDatabase } from '../../test/test-database';
import { startTestServer, type TestServer } from '../../test/test-server';
import { ErrorCode } from './errors';
import { buildAppSchema } from '../app.modules';

/** docs/api.md and examples.graphql are executable: what integrators copy must work. */
const root = path.join(__dirname, '../../..');
const guide = fs.readFileSync(path.join(root, 'docs/api.md'), 'utf8');
const examples = parse(fs.readFileSync(path.join(root, 'examples.graphql'), 'utf8'));
const operations = examples.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
const curlExamples = [...guide.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1]);

let db: TestDatabase;
let server: TestServer;
beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemoFacilities(db.dataSource.manager, 200);
  server = await startTestServer(db, { GRAPHQL_SUBGRAPH: 'true' });
});
afterAll(async () => {
  await server?.stop();
  await db?.drop();
});

describe('examples.graphql', () => {
  it('is valid against the schema', async () => {
    expect(validate(await buildAppSchema(), examples).map((e) => e.message)).toEqual([]);
    expect(operations.length).toBeGreaterThanOrEqual(5);
  });

  it.each(operations.map((op) => [op.name!.value]))('%s runs with its default variables and finds something', async (name) => {
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: fs.readFileSync(path.join(root, 'examples.graphql'), 'utf8'), operationName: name }),
    });
    const body = (await res.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
    expect(body.errors).toBeUndefined();
    const [value] = Object.values(body.data ?? {});
    expect(value).not.toBeNull();
    expect(JSON.stringify(value)).not.toMatch(/^\[\]$|"totalCount":0/);
  });
});

describe('docs/api.md', () => {
  it('documents every error code', () => {
    for (const code of Object.values(ErrorCode)) expect(guide).toContain(`| \`${code}\` |`);
  });

  it('has runnable curl examples', () => {
    expect(curlExamples.length).toBeGreaterThanOrEqual(5);
  });

  it.each(curlExamples.map((block, i) => [`#${i + 1} ${/--data '(.{0,60})/.exec(block)?.[1] ?? ''}`, block]))(
    'curl example %s',
    async (_title, block) => {
      const expectation = /^# expect: (\S+)$/m.exec(block)?.[1];
      expect(expectation).toBeDefined();
      const { stdout } = await promisify(execFile)('bash', ['-euo', 'pipefail', '-c', block], {
        env: { PATH: process.env.PATH, GMIS_URL: server.url },
      });
      const body = JSON.parse(stdout) as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
      if (expectation === 'data') {
        expect(body.errors).toBeUndefined();
        expect(body.data).toBeTruthy();
      } else {
        expect(body.errors?.[0].extensions?.code).toBe(expectation);
      }
    },
  );
});
