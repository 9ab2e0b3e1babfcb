import 'reflect-metadata';
import http from 'node:http';
import { ConfigError, loadConfig } from './config';
import { createApp } from './app';
import { openDatabase } from './db/database';
import { seedDemoData } from './db/seed/demo-data';
import { seedDemoAccounts } from './accounts/demo-accounts';
import { createLogger } from './logger';
import { createViewerResolver, startWorkers } from './app.modules';
import { startMailDelivery } from './mail/mail-delivery';

/** Process start: config → database → app → listen. SIGTERM/SIGINT stop it cleanly. */
async function main() {
  const config = loadConfig();
  const log = createLogger(config.logLevel);
  const db = await openDatabase(config, log);
  if (db.embedded && config.demoFacilities > 0) {
    const [{ count }] = await db.dataSource.query('SELECT count(*)::int AS count FROM facility');
    if (count === 0) {
      log.info({ facilities: config.demoFacilities }, 'empty embedded database: loading demo data');
      log.info(await seedDemoData(db.dataSource, config.demoFacilities), 'demo data loaded');
    } else {
      // A demo database from before accounts existed: add the demo accounts (idempotent).
      const added = await db.dataSource.transaction((m) => seedDemoAccounts(m));
      if (added) log.info({ accountsInserted: added }, 'demo accounts added');
    }
  }
  const app = await createApp({ config, db: db.dataSource, log, resolveViewer: createViewerResolver(config) });
  // The domains' background work: the Key-Net webhook (when configured), housekeeping.
  const workers = startWorkers({ db: db.dataSource, config, log });
  const mail = await startMailDelivery(db.dataSource, config, log);
  let stopping = false;
  // While draining, every response closes its connection: a keep-alive client cannot keep
  // sending new requests over an open socket, so "stop accepting" holds for them too.
  const server = http.createServer((req, res) => {
    if (stopping) res.setHeader('connection', 'close');
    app.express(req, res);
  });
  const subscriptions = app.attachSubscriptions(server);
  server.listen(config.port, config.host, () => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    log.info({ url: `http://${config.host}:${port}/`, embeddedDatabase: Boolean(db.embedded) }, 'gmis-graphql listening');
  });

  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down: no new connections, finishing requests in flight');
    // Stop accepting; in-flight requests finish (bounded), idle keep-alive connections close now.
    const drained = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeIdleConnections();
    // Subscribers' WebSockets would hold server.close() open until the deadline; they reconnect elsewhere.
    await subscriptions.stop();
    const timedOut = await Promise.race([
      drained.then(() => false),
      new Promise<boolean>((resolve) => setTimeout(() => resolve(true), config.shutdownTimeoutMs).unref()),
    ]);
    if (timedOut) {
      log.warn({ timeoutMs: config.shutdownTimeoutMs }, 'requests still running at shutdown deadline: closing them');
      server.closeAllConnections();
    }
    await app.stop();
    for (const worker of workers) await worker.stop();
    await mail.stop();
    await db.close();
    log.info('stopped');
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

main().catch((error) => {
  if (error instanceof ConfigError) console.error(`configuration error: ${error.message}`);
  else console.error(error);
  process.exit(1);
});
