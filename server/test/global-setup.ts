import os from 'node:os';
import path from 'node:path';
import { startEmbeddedPostgres } from '../src/db/embedded-postgres';

declare global {
  var __GMIS_EMBEDDED_PG__: { stop(): Promise<void> } | undefined;
}

/** Uses DATABASE_URL when given; otherwise starts a throwaway embedded PostgreSQL for this run. */
export default async function globalSetup(): Promise<void> {
  if (process.env.DATABASE_URL) {
    process.env.GMIS_TEST_DATABASE_URL = process.env.DATABASE_URL;
    return;
  }
  const dataDir = path.join(os.tmpdir(), `gmis-test-pg-${process.pid}`);
  const port = Number(process.env.GMIS_TEST_PG_PORT ?? 54339);
  const handle = await startEmbeddedPostgres({ dataDir, port, database: 'gmis_test' });
  globalThis.__GMIS_EMBEDDED_PG__ = {
    async stop() {
      await handle.stop();
      const fs = await import('node:fs');
      fs.rmSync(dataDir, { recursive: true, force: true });
      fs.rmSync(`${dataDir}.password`, { force: true });
    },
  };
  process.env.GMIS_TEST_DATABASE_URL = handle.url;
}
