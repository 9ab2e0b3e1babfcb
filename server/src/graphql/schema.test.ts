import fs from 'node:fs';
import path from 'node:path';
import { printAppSchema, printSubgraphAppSchema } from '../app.modules';

describe('schema.graphql', () => {
  it('is exactly what the code generates (run `npm run schema` after changing the API)', async () => {
    const checkedIn = fs.readFileSync(path.join(__dirname, '../../../schema.graphql'), 'utf8');
    expect(checkedIn).toBe(await printAppSchema());
  });
});

describe('subgraph.graphql', () => {
  it('is exactly the federated SDL the code generates (run `npm run schema` after changing the API)', async () => {
    const checkedIn = fs.readFileSync(path.join(__dirname, '../../../subgraph.graphql'), 'utf8');
    expect(checkedIn).toBe(await printSubgraphAppSchema());
  });
});
