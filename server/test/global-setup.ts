import os from 'node:os';
import net from 'node:net';
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
  const port = process.env.GMIS_TEST_PG_PORT ? Number(process.env.GMIS_TEST_PG_PORT) : await freePort();
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

/** A port nobody listens on now, so two test runs on one machine do not collide. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}
