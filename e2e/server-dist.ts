import path from 'node:path';

/**
 * The built server that the process tests start: dist/ (npm test's pretest builds it), or the
 * build in GMIS_E2E_SERVER_DIR, so that a build of one's own can be tested beside a shared dist/.
 * Such a build is a folder named dist whose parent holds (or links) node_modules, server/ (the
 * reference data) and client/, as the checkout does: the service finds them from its own place.
 * For example: `mkdir /tmp/x && ln -s $PWD/{node_modules,server,client} /tmp/x/ &&
 * npx tsc -p tsconfig.build.json --outDir /tmp/x/dist`, then GMIS_E2E_SERVER_DIR=/tmp/x/dist.
 */
export const serverDist = process.env.GMIS_E2E_SERVER_DIR
  ? path.resolve(process.env.GMIS_E2E_SERVER_DIR)
  : path.resolve(__dirname, '..', 'dist');

/** A compiled file of the server, by its source path (`server/src/main.ts` → …/server/src/main.js). */
export const builtFile = (source: string) => path.join(serverDist, source.replace(/\.ts$/, '.js'));
