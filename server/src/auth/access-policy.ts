import { type GraphQLFieldResolver, type GraphQLSchema, defaultFieldResolver } from 'graphql';
import { type AuthCheckerFn, type ClassType, getMetadataStorage } from 'type-graphql';
import type { Context } from '../graphql/context';
import { forbidden, unauthenticated } from '../graphql/errors';
import { Role, type Viewer } from './viewer';

/** Who an operation is for: a role, or anonymous readers. */
export type Audience = Role | 'ANONYMOUS';

export const ALL_ROLES: readonly Role[] = Object.values(Role);
export const SIGNED_IN: readonly Audience[] = ALL_ROLES;
export const EVERYONE: readonly Audience[] = [...ALL_ROLES, 'ANONYMOUS'];
/** Accounts that ask the G-MIS office questions: everyone signed in but the office itself. */
export const ASKERS: readonly Audience[] = ALL_ROLES.filter((role) => role !== Role.OFFICE);

/**
 * Who may call each root field (Query / Mutation / Subscription), by operation ('Query.facilities').
 *
 * Each domain declares the rule on the resolver method itself, type-graphql's way:
 *
 *   @Authorized(BED_REPORT_READERS)
 *   @Query(() => BedReportConnection)
 *   bedReport(...)
 *
 * and declaredOperationPolicy collects those declarations into this table. A root field without
 * one is refused for everyone (fail closed), and the access-matrix test fails until it gets one.
 * Object-level rules (own facility, own prefecture, masking) are decided by each domain's rule
 * functions.
 */
export type OperationPolicy = Record<string, readonly Audience[]>;

export function audienceOf(viewer: Viewer): Audience {
  return viewer.role ?? 'ANONYMOUS';
}

/** Throws unless the viewer is in `allowed`: UNAUTHENTICATED only where signing in could help. */
export function checkAccess(allowed: readonly Audience[], viewer: Viewer): void {
  if (allowed.includes(audienceOf(viewer))) return;
  throw viewer.role === null && allowed.length > 0 ? unauthenticated() : forbidden();
}

export function checkOperationAccess(policy: OperationPolicy, operation: string, viewer: Viewer): void {
  checkAccess(Object.prototype.hasOwnProperty.call(policy, operation) ? policy[operation] : [], viewer);
}

/**
 * The `@Authorized(...)` rules of the given resolver classes' root methods. Rules are declared on
 * root methods only: type-graphql would run a rule on an object field (or a class-level rule on
 * every field resolver of the class) as middleware for every row — a 2,000-row page would pay
 * for it 2,000 times — so such a declaration stops the build instead.
 */
export function declaredOperationPolicy(resolvers: readonly ClassType[]): OperationPolicy {
  const storage = getMetadataStorage();
  const ours = new Set<unknown>(resolvers);
  const classRules = storage.authorizedResolver.map((rule) => rule.target.name);
  if (classRules.length) throw new Error(`access is declared per root method, not per class: ${classRules.join(', ')}`);
  const rootHandlers = [
    ['Query', storage.queries],
    ['Mutation', storage.mutations],
    ['Subscription', storage.subscriptions],
  ] as const;
  const isRootMethod = (target: unknown, method: string) =>
    rootHandlers.some(([, handlers]) => handlers.some((handler) => handler.target === target && handler.methodName === method));
  const elsewhere = storage.authorizedFields.filter((rule) => !isRootMethod(rule.target, rule.fieldName));
  if (elsewhere.length) {
    throw new Error(
      `access is declared on root methods only: ${elsewhere.map((rule) => `${rule.target.name}.${rule.fieldName}`).join(', ')}`,
    );
  }
  const policy: OperationPolicy = {};
  for (const [kind, handlers] of rootHandlers) {
    for (const handler of handlers) {
      if (!ours.has(handler.target)) continue;
      const rule = storage.authorizedFields.find((field) => field.target === handler.target && field.fieldName === handler.methodName);
      if (rule) policy[`${kind}.${handler.schemaName}`] = rule.roles as Audience[];
    }
  }
  return policy;
}

/**
 * The authChecker type-graphql runs before each declared root field (and a subscription's
 * subscribe). It reads the rule from the collected policy by operation rather than from the roles
 * type-graphql hands it (the same array): the federation's entity references check the same
 * table by name, so there is one place a rule can be read from.
 */
export function operationAuthChecker(policy: OperationPolicy): AuthCheckerFn<Context, Audience> {
  return ({ context, info }) => {
    checkOperationAccess(policy, `${info.parentType.name}.${info.fieldName}`, context.viewer);
    return true;
  };
}

/**
 * Fail closed: a root field without a declared rule answers FORBIDDEN to everyone (type-graphql
 * itself would run it unchecked). Declared fields are left to type-graphql's authChecker, so
 * rows and nested fields pay nothing for access checks (no per-field middleware).
 */
export function refuseUndeclaredOperations(schema: GraphQLSchema, policy: OperationPolicy): GraphQLSchema {
  for (const type of [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]) {
    if (!type) continue;
    for (const field of Object.values(type.getFields())) {
      const operation = `${type.name}.${field.name}`;
      if (Object.prototype.hasOwnProperty.call(policy, operation)) continue;
      const resolve: GraphQLFieldResolver<unknown, Context> = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, ctx: Context, info) => {
        checkOperationAccess(policy, operation, ctx.viewer);
        return resolve(source, args, ctx, info);
      };
      if (field.subscribe) {
        const subscribe = field.subscribe;
        field.subscribe = (source, args, ctx: Context, info) => {
          checkOperationAccess(policy, operation, ctx.viewer);
          return subscribe(source, args, ctx, info);
        };
      }
    }
  }
  return schema;
}

let loadedPolicy: OperationPolicy | null = null;

/**
 * The policy of every resolver class loaded in this process (the app's: only the composition root
 * loads resolvers), read once on first use, after the modules have declared their rules. For
 * plumbing and domains that must ask who may call an operation without naming the domains that
 * declare it (a saved report's query names other domains' root fields).
 */
export function loadedOperationPolicy(): OperationPolicy {
  if (loadedPolicy) return loadedPolicy;
  const storage = getMetadataStorage();
  const targets = new Set<ClassType>(
    [...storage.queries, ...storage.mutations, ...storage.subscriptions].map((handler) => handler.target as ClassType),
  );
  loadedPolicy = declaredOperationPolicy([...targets]);
  return loadedPolicy;
}

const callableByAudience = new Map<Audience, readonly string[]>();

/** The operations (root fields) the viewer's role may call, by the loaded policy. */
export function operationsCallableBy(viewer: Viewer): readonly string[] {
  const audience = audienceOf(viewer);
  let callable = callableByAudience.get(audience);
  if (!callable) {
    callable = Object.entries(loadedOperationPolicy())
      .filter(([, allowed]) => allowed.includes(audience))
      .map(([operation]) => operation)
      .sort();
    callableByAudience.set(audience, callable);
  }
  return callable;
}
