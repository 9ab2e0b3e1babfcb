import type { DataSource, EntityManager } from 'typeorm';
import type { Logger } from 'pino';
import type { Config } from '../config';
import { ANONYMOUS, type Viewer } from '../auth/viewer';
import { type HttpExchange, NO_HTTP } from '../auth/http-exchange';
import type { Loaders } from './loaders';
import type { OperationRunner } from './operation';

/**
 * Values the domains put in every context, made once per process: reference data read at start
 * (`reference`), the database listener while subscriptions are served (`bedStatusChanges`).
 * Empty here: each domain adds its own by augmenting this interface beside the value's type
 * (`declare module '../graphql/context'`), and its module (`*.module.ts`) says how to make it.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface DomainContext {}

/** Everything a resolver may use. Built once per request; nothing in it outlives the request but DomainContext. */
export interface Context extends DomainContext {
  requestId: string;
  viewer: Viewer;
  /** The client's address (after trusted proxies): the cost-budget key for anonymous callers. */
  clientAddress: string;
  db: DataSource;
  config: Config;
  log: Logger;
  loaders: Loaders;
  /** New loaders for the same viewer: a subscription reads each event afresh, never from a cache. */
  newLoaders: () => Loaders;
  /** Client address and session cookie of the HTTP request (a no-op stand-in outside HTTP). */
  http: HttpExchange;
  /** Runs an operation of /graphql as some viewer (operation-runner.ts): saved reports run through it. */
  operations: OperationRunner;
}

/** What the domains give every context (the composition root, app.modules.ts, gathers it once per process). */
export interface ContextParts {
  createLoaders: (manager: EntityManager, viewer: Viewer) => Loaders;
  values: DomainContext;
}

/** Where no GraphQL server runs operations (WebSocket subscriptions, unit tests): running one is a fault. */
const NO_OPERATIONS: OperationRunner = {
  get schema(): never {
    throw new Error('no GraphQL server runs operations here');
  },
  run() {
    return Promise.reject(new Error('no GraphQL server runs operations here'));
  },
};

export function createContext(args: {
  requestId: string;
  db: DataSource;
  config: Config;
  log: Logger;
  parts: ContextParts;
  viewer?: Viewer;
  clientAddress?: string;
  http?: HttpExchange;
  operations?: OperationRunner;
}): Context {
  const { db, parts } = args;
  const viewer = args.viewer ?? ANONYMOUS;
  return {
    ...parts.values,
    requestId: args.requestId,
    viewer,
    clientAddress: args.clientAddress ?? 'unknown',
    db,
    config: args.config,
    log: args.log,
    loaders: parts.createLoaders(db.manager, viewer),
    newLoaders: () => parts.createLoaders(db.manager, viewer),
    http: args.http ?? NO_HTTP,
    operations: args.operations ?? NO_OPERATIONS,
  };
}
