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
import { HttpDrain } from './http/drain';

/** Process start: config → database → app → listen. SIGTERM/SIGINT drain and stop it (http/drain.ts). */
async function main() {
  const config = loadConfig();
  const log = createLogger(config.logLevel);
  const db = await openDatabase(config, log);
  if (db.embedded && config.demoFacilities > 0) {
    // Seeding writes thousands of rows per statement: without the service's statement timeouts.
    await db.maintenance(async (dataSource) => {
      const [{ count }] = await dataSource.query('SELECT count(*)::int AS count FROM facility');
      if (count === 0) {
        log.info({ facilities: config.demoFacilities }, 'empty embedded database: loading demo data');
        log.info(await seedDemoData(dataSource, config.demoFacilities), 'demo data loaded');
      } else {
        // A demo database from before accounts existed: add the demo accounts (idempotent).
        const added = await dataSource.transaction((m) => seedDemoAccounts(m));
        if (added) log.info({ accountsInserted: added }, 'demo accounts added');
      }
    });
  }
  const app = await createApp({
    config,
    db: db.dataSource,
    log,
    resolveViewer: createViewerResolver(config),
    monitor: db.monitor,
    routing: db.routing,
  });
  // The domains' background work: the Key-Net webhook (when configured), housekeeping, report mail
  // subscriptions (which run their reports through the app's GraphQL server).
  const workers = startWorkers({ db: db.dataSource, config, log, operations: app.operations });
  const mail = await startMailDelivery(db.dataSource, config, log);
  const server = http.createServer();
  const drain = new HttpDrain(server, app.express);
  server.on('request', drain.listener);
  const subscriptions = app.attachSubscriptions(server);
  server.listen(config.port, config.host, () => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    log.info({ url: `http://${config.host}:${port}/`, embeddedDatabase: Boolean(db.embedded) }, 'gmis-graphql listening');
  });

  const stop = async (signal: string) => {
    if (drain.isDraining) return;
    log.info(
      { signal, requestsInFlight: drain.requestsInFlight },
      'shutting down: /readyz fails, requests in flight finish with Connection: close',
    );
    const drained = drain.drain();
    // Subscribers' WebSockets close with 1001 (going away); their clients reconnect to another process.
    await subscriptions.stop();
    const timedOut = await Promise.race([
      drained.then(() => false),
      new Promise<boolean>((resolve) => setTimeout(() => resolve(true), config.shutdownTimeoutMs).unref()),
    ]);
    if (timedOut) {
      log.warn(
        { timeoutMs: config.shutdownTimeoutMs, requestsInFlight: drain.requestsInFlight },
        'requests still running at shutdown deadline: closing them',
      );
      drain.closeAll();
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
