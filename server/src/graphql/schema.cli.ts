import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../config';
import { printAppSchema, printSubgraphAppSchema } from '../app.modules';

/** `npm run schema`: writes schema.graphql and the federated subgraph.graphql from the code. */
async function main() {
  for (const [file, print] of [
    ['schema.graphql', printAppSchema],
    ['subgraph.graphql', printSubgraphAppSchema],
  ] as const) {
    const target = path.join(projectRoot, file);
    fs.writeFileSync(target, await print());
    console.log(`wrote ${path.relative(process.cwd(), target)}`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
