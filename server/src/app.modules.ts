import 'reflect-metadata';
import type express from 'express';
import type { GraphQLSchema } from 'graphql';
import type { ClassType } from 'type-graphql';
import type { EntityManager } from 'typeorm';
import { accounts } from './accounts/accounts.module';
import { audit } from './audit/audit.module';
import { type OperationPolicy, checkOperationAccess as checkIn, declaredOperationPolicy } from './auth/access-policy';
import type { Viewer, ViewerResolver } from './auth/viewer';
import { beds } from './beds/beds.module';
import { content } from './content/content.module';
import type { DomainModule, Gauge, ServiceDependencies, Worker } from './domain';
import { facilities } from './facilities/facilities.module';
import type { ContextParts, DomainContext } from './graphql/context';
import { type EntityReference, buildSubgraphSchemaOf, printSubgraphSchema } from './graphql/federation';
import type { Loaders } from './graphql/loaders';
import { createNodeResolver, type NodeLoader } from './graphql/node.resolver';
import { buildSchemaOf, printSortedSchema } from './graphql/schema';
import { inquiries } from './inquiries/inquiries.module';
import { intake } from './intake/intake.module';
import { recruitment } from './recruitment/recruitment.module';
import { reports } from './reports/reports.module';
import type { DomainGuards } from './graphql/request-guards';
import type { OperationRunner } from './graphql/operation-runner';
import type { Role } from './auth/viewer';
import { reporting } from './reporting/reporting.module';

export { createViewerResolver } from './accounts/resolve-viewer';

/**
 * The composition root: the one module that names the domains. Each domain declares what it
 * brings in its own `<domain>.module.ts` (resolvers with their access rules and costs, loaders,
 * node types, routes, workers); graphql/, auth/, http/, db/ and mail/ name none of them, and
 * app.ts and main.ts take them from here. Adding a domain means one line in DOMAINS.
 *
 * The order is the order of the schema's root fields and of the routes.
 */
export const DOMAINS = [
  facilities,
  recruitment,
  accounts,
  inquiries,
  content,
  beds,
  intake,
  reporting,
  audit,
  reports,
] as const satisfies readonly DomainModule[];

type UnionToIntersection<U> = (U extends unknown ? (part: U) => void : never) extends (all: infer I) => void ? I : never;
type DeclaredBy<D, K extends PropertyKey> = D extends { readonly [P in K]: infer V } ? V : never;
/** What the domains declare under `key`, one union member per domain that declares it. */
type Declared<K extends keyof DomainModule> = DeclaredBy<(typeof DOMAINS)[number], K>;
type DomainLoaders = UnionToIntersection<ReturnType<Declared<'loaders'>>>;
type DomainValues = UnionToIntersection<Awaited<ReturnType<Declared<'context'>>>>;
/**
 * Compile-time checks: the domains' modules make every loader and every context value the
 * domains add to Loaders and DomainContext. A domain that augments one of them but leaves the
 * factory out of its module fails to compile here.
 */
const everyLoader = (made: DomainLoaders): Loaders => made;
const everyValue = (made: DomainValues): DomainContext => made;

/** What the domains declare under `key`, in the order of DOMAINS. */
function declared<K extends keyof DomainModule>(key: K): NonNullable<DomainModule[K]>[] {
  return DOMAINS.flatMap((domain: DomainModule) => {
    const value = domain[key];
    return value === undefined ? [] : [value as NonNullable<DomainModule[K]>];
  });
}

const merged = <T>(parts: readonly Readonly<Record<string, T>>[]): Record<string, T> =>
  parts.reduce<Record<string, T>>((all, part) => ({ ...all, ...part }), {});

/** Every TypeORM entity, listed explicitly (by the domains) so the same list works from ts-jest and from dist/. */
export const ENTITIES: readonly ClassType[] = declared('entities').flat();

const NODE_LOADERS: Record<string, NodeLoader> = merged(declared('nodes'));
const ENTITY_REFERENCES: Record<string, EntityReference> = merged(declared('entityReferences'));
const LOADER_FACTORIES = declared('loaders');

/** The schema's resolvers: node(id:) over the domains' node types, then each domain's. */
export const RESOLVERS: readonly ClassType[] = [createNodeResolver(NODE_LOADERS), ...declared('resolvers').flat()];

/** Who may call each root field, as the resolvers declare it with @Authorized (auth/access-policy.ts). */
export const OPERATION_POLICY: OperationPolicy = declaredOperationPolicy(RESOLVERS);

export function checkOperationAccess(operation: string, viewer: Viewer): void {
  checkIn(OPERATION_POLICY, operation, viewer);
}

let schema: Promise<GraphQLSchema> | null = null;
let subgraph: Promise<GraphQLSchema> | null = null;

/** The executable schema, built once per process (it holds no request state). */
export function buildAppSchema(): Promise<GraphQLSchema> {
  schema ??= buildSchemaOf(RESOLVERS, OPERATION_POLICY);
  return schema;
}

/** The SDL checked in as schema.graphql. */
export async function printAppSchema(): Promise<string> {
  return printSortedSchema(await buildAppSchema());
}

/** The same API as an Apollo Federation 2 subgraph (graphql/federation.ts), with the domains' entity references. */
export function buildSubgraphAppSchema(): Promise<GraphQLSchema> {
  subgraph ??= buildAppSchema().then((app) => buildSubgraphSchemaOf(app, ENTITY_REFERENCES, OPERATION_POLICY));
  return subgraph;
}

/** The federated SDL checked in as subgraph.graphql. */
export async function printSubgraphAppSchema(): Promise<string> {
  return printSubgraphSchema(await buildSubgraphAppSchema());
}

/** Every domain's loaders for one request. */
export function createLoaders(manager: EntityManager, viewer: Viewer): Loaders {
  const made = LOADER_FACTORIES.reduce<object>((all, factory) => Object.assign(all, factory(manager, viewer)), {});
  return everyLoader(made as DomainLoaders);
}

/** What a running service takes from the domains (app.ts). */
export interface StartedDomains {
  context: ContextParts;
  /** The domains' HTTP endpoints beside /graphql. */
  routes(resolveViewer: ViewerResolver): express.Router[];
  gauges: readonly Gauge[];
  /** Values a subscription's context carries while WebSockets are served; stop them when those close. */
  startSubscriptionContext(): { values: Partial<DomainContext>; stop(): Promise<void> };
  /** What the domains add to /graphql's request guards (registered trusted documents, schema readers). */
  guards: DomainGuards;
}

/** Roles whose dashboard sessions may read the schema, as the domains declare them. */
export const SCHEMA_READERS: readonly Role[] = [...new Set(declared('schemaReaders').flat())];

/** Makes what the domains keep per process (reference data read once, before the first request). */
export async function startDomains(deps: ServiceDependencies & { operations: OperationRunner }): Promise<StartedDomains> {
  const parts = await Promise.all(declared('context').map((make) => make(deps)));
  const made = parts.reduce<Partial<DomainContext>>((all, part) => ({ ...all, ...part }), {});
  const values = everyValue(made as DomainValues);
  return {
    context: { createLoaders, values },
    routes: (resolveViewer) => declared('routes').map((route) => route({ ...deps, resolveViewer, values })),
    guards: { registeredDocuments: registeredDocuments(deps), schemaReaders: SCHEMA_READERS },
    gauges: declared('gauges').flatMap((gauges) => gauges(deps)),
    startSubscriptionContext() {
      const started = declared('subscriptionContext').map((start) => start(deps));
      return {
        values: started.reduce<Partial<DomainContext>>((all, part) => ({ ...all, ...part.values }), {}),
        stop: async () => {
          for (const part of started) await part.stop();
        },
      };
    },
  };
}

/** The domains' registered trusted documents as one lookup (the first domain that knows a hash answers). */
function registeredDocuments(deps: ServiceDependencies): DomainGuards['registeredDocuments'] {
  const lookups = declared('trustedDocuments').map((make) => make(deps));
  if (!lookups.length) return undefined;
  return async (hash) => {
    for (const lookup of lookups) {
      const found = await lookup(hash);
      if (found !== null) return found;
    }
    return null;
  };
}

/** The domains' background work (main.ts): started after the app, stopped at shutdown. */
export function startWorkers(deps: ServiceDependencies): Worker[] {
  return declared('workers').flatMap((workers) => workers(deps));
}
