import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../config';
import { printAppSchema } from './schema';

/** `npm run schema`: writes schema.graphql from the code. */
async function main() {
  const target = path.join(projectRoot, 'schema.graphql');
  fs.writeFileSync(target, await printAppSchema());
  console.log(`wrote ${path.relative(process.cwd(), target)}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
