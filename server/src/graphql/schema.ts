import 'reflect-metadata';
import { type GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema, type ClassType, type NonEmptyArray, type PubSub } from 'type-graphql';
import { type OperationPolicy, operationAuthChecker, refuseUndeclaredOperations } from '../auth/access-policy';

/**
 * type-graphql insists on a PubSub once there is a subscription, but ours bring their own
 * `subscribe` (beds/bed-status-feed.ts, over PostgreSQL NOTIFY so every process hears every
 * change): an in-process topic bus would miss other processes' changes, so none is offered.
 */
const NO_TOPICS: PubSub = {
  publish() {
    throw new Error('subscriptions use their own subscribe function, not topics');
  },
  subscribe() {
    throw new Error('subscriptions use their own subscribe function, not topics');
  },
};

/**
 * The executable schema of the given resolvers (the composition root, app.modules.ts, passes
 * every domain's and builds it once per process: it holds no request state). Each root field is
 * checked against `policy` — the resolvers' own `@Authorized` declarations — by type-graphql's
 * authChecker; a root field without one is refused (auth/access-policy.ts).
 */
export async function buildSchemaOf(resolvers: readonly ClassType[], policy: OperationPolicy): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: [...resolvers] as NonEmptyArray<ClassType>,
    validate: false,
    emitSchemaFile: false,
    pubSub: NO_TOPICS,
    authChecker: operationAuthChecker(policy),
  });
  return refuseUndeclaredOperations(schema, policy);
}

/** The SDL checked in as schema.graphql (sorted, so diffs show only real changes). */
export function printSortedSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
