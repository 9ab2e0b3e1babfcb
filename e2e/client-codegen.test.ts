import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { projectRoot } from '../server/src/config';

const run = promisify(execFile);

/**
 * client/src/gql/ is generated from schema.graphql and the documents in client/src (npm run
 * codegen) and committed. When the API or a component's query changes without regenerating, the
 * dashboard would typecheck against stale types; this fails instead, naming the stale files.
 */
test('the committed client/src/gql matches what codegen generates from schema.graphql and the client documents', async () => {
  const cli = path.join(projectRoot, 'node_modules', '.bin', 'graphql-codegen');
  const result = await run(cli, ['--config', 'codegen.yml', '--check'], { cwd: projectRoot }).then(
    ({ stdout, stderr }) => ({ code: 0, output: stdout + stderr }),
    (error: { code?: number; stdout?: string; stderr?: string }) => ({
      code: error.code ?? 1,
      output: `${error.stdout ?? ''}${error.stderr ?? ''}`,
    }),
  );
  expect({ code: result.code, stale: result.output.match(/stale files[^]*$/)?.[0] ?? '' }).toEqual({ code: 0, stale: '' });
});
