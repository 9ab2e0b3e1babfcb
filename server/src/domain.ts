import type express from 'express';
import type { ClassType } from 'type-graphql';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import type { Role, ViewerResolver } from './auth/viewer';
import type { Config } from './config';
import type { DomainContext } from './graphql/context';
import type { EntityReference } from './graphql/federation';
import type { LoadersFactory } from './graphql/loaders';
import type { NodeLoader } from './graphql/node.resolver';
import type { OperationRunner } from './graphql/operation-runner';
import type { RegisteredDocuments } from './graphql/trusted-documents';

/** What a running service hands a domain to start its parts with. */
export interface ServiceDependencies {
  db: DataSource;
  config: Config;
  log: Logger;
  /** Runs operations of /graphql as a viewer; given to workers once the GraphQL server runs (main.ts). */
  operations?: OperationRunner;
}

/** What a domain's HTTP endpoints get: the service's parts, the same sign-in as /graphql, the domains' context values. */
export interface RouteDependencies extends ServiceDependencies {
  resolveViewer: ViewerResolver;
  values: DomainContext;
  operations: OperationRunner;
}

/** A Prometheus gauge of /metrics, read at each scrape. */
export interface Gauge {
  name: string;
  help: string;
  read: () => Promise<number>;
}

/** Background work of a running service: started by main.ts after the app, stopped at shutdown. */
export interface Worker {
  stop: () => Promise<void> | void;
}

/**
 * Everything a domain brings to the service, declared in its folder (`<domain>/<domain>.module.ts`)
 * beside the code it names. Access rules and query costs are not listed here: they are declared
 * on the resolver methods and fields themselves (`@Authorized(...)`, `@Cost(...)`). The one
 * composition root, app.modules.ts, lists the domains; graphql/, auth/, http/, db/ and mail/
 * only take what it hands them and name no domain.
 */
export interface DomainModule {
  /** The domain's folder. */
  readonly name: string;
  /** TypeORM entities: the tables the DataSource maps. */
  readonly entities?: readonly ClassType[];
  /** type-graphql resolver classes. */
  readonly resolvers?: readonly ClassType[];
  /** The domain's per-request DataLoaders (the domain also adds their type to Loaders, graphql/loaders.ts). */
  readonly loaders?: LoadersFactory;
  /** How `node(id:)` fetches each of the domain's node types by its local id. */
  readonly nodes?: Readonly<Record<string, NodeLoader>>;
  /** Entity types a federation gateway may resolve by representation (graphql/federation.ts). */
  readonly entityReferences?: Readonly<Record<string, EntityReference>>;
  /** Values every request's context carries, made once at start (the domain also adds their type to DomainContext). */
  readonly context?: (deps: ServiceDependencies) => Promise<Partial<DomainContext>>;
  /** Values a subscription's context carries while the WebSocket endpoint is served, and how to stop them. */
  readonly subscriptionContext?: (deps: ServiceDependencies) => { values: Partial<DomainContext>; stop: () => Promise<void> };
  /** HTTP endpoints beside /graphql (uploads, downloads, exports). */
  readonly routes?: (deps: RouteDependencies) => express.Router;
  /** Gauges of /metrics. */
  readonly gauges?: (deps: ServiceDependencies) => readonly Gauge[];
  /** Background work of a running service. */
  readonly workers?: (deps: ServiceDependencies) => readonly Worker[];
  /** Documents the domain keeps as trusted beside the dashboard's manifest (saved reports), by sha256 hash. */
  readonly trustedDocuments?: (deps: ServiceDependencies) => RegisteredDocuments;
  /** Roles whose signed-in dashboard sessions may read the schema by introspection (API tokens may anyway). */
  readonly schemaReaders?: readonly Role[];
}

/** Declares a domain module, keeping its exact type (the composition root checks the loaders against it). */
export function defineDomain<const M extends DomainModule>(module: M): M {
  return module;
}
