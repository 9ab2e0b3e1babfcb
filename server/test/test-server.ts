import http from 'node:http';
import type { AddressInfo } from 'node:net';
import pino, { type Logger } from 'pino';
import { createApp } from '../src/app';
import type { ViewerResolver } from '../src/auth/viewer';
import { type Config, loadConfig } from '../src/config';
import type { TestDatabase } from './test-database';
import type { LedgerTiming } from '../src/graphql/cost-budget';
import type { OperationRunner } from '../src/graphql/operation';

export interface GraphQLResponse<T = any> {
  status: number;
  headers: Headers;
  data?: T;
  errors?: { message: string; path?: string[]; extensions?: Record<string, any> }[];
  extensions?: Record<string, any>;
}

export interface TestServer {
  url: string;
  config: Config;
  /** Runs operations through the app's GraphQL server as a viewer (what workers are given). */
  operations: OperationRunner;
  graphql<T = any>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GraphQLResponse<T>>;
  stop(): Promise<void>;
}

/** The real Express + Apollo app on an ephemeral loopback port, over a test database. */
export async function startTestServer(
  db: TestDatabase,
  env: Record<string, string> = {},
  options: { resolveViewer?: ViewerResolver; log?: Logger; costLedgerTiming?: LedgerTiming } = {},
): Promise<TestServer> {
  const config = loadConfig({ NODE_ENV: 'test', PORT: '0', ...env });
  const app = await createApp({
    config,
    db: db.dataSource,
    log: options.log ?? pino({ level: 'silent' }),
    resolveViewer: options.resolveViewer,
    costLedgerTiming: options.costLedgerTiming,
  });
  const server = http.createServer(app.express);
  const subscriptions = app.attachSubscriptions(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    config,
    operations: app.operations,
    async graphql(query, variables, headers = {}) {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as Omit<GraphQLResponse, 'status' | 'headers'>;
      return { status: response.status, headers: response.headers, ...body };
    },
    async stop() {
      server.closeAllConnections();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      await subscriptions.stop();
      await closed;
      await app.stop();
    },
  };
}
