import 'reflect-metadata';
import { type GraphQLFieldResolver, type GraphQLSchema, isObjectType, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema, type ClassType, type NonEmptyArray, type PubSub } from 'type-graphql';
import { type OperationPolicy, operationAuthChecker, refuseUndeclaredOperations } from '../auth/access-policy';
import type { Context } from './context';

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

/** A field's resolver as graphql runs it: the parent object, the field's arguments, the request's context. */
export type PlainFieldResolver = GraphQLFieldResolver<any, Context>; // eslint-disable-line @typescript-eslint/no-explicit-any -- each field's own parent type

/**
 * Puts plain functions in place of type-graphql's resolvers of the given fields (`'Type.field'`).
 * type-graphql runs every @FieldResolver through its wrapper: the resolver class from its
 * container, middlewares, the parameter list sorted and mapped per call; graphql-jit adds a
 * resolve info per call. On a list field read per row that is most of the work: the
 * facilities page's prefecture and 二次医療圏 were ~4 ms of CPU of 2,000 rows (npm run bench,
 * alternating runs). Only for fields declared by a @FieldResolver without @Authorized or
 * middlewares, whose function does what the method does (the method stays for the schema, its
 * description and cost); a coordinate without such a resolver stops the build.
 */
export function usePlainFieldResolvers(schema: GraphQLSchema, resolvers: Readonly<Record<string, PlainFieldResolver>>): GraphQLSchema {
  for (const [coordinate, resolve] of Object.entries(resolvers)) {
    const [typeName, fieldName] = coordinate.split('.');
    const type = schema.getType(typeName);
    const field = isObjectType(type) ? type.getFields()[fieldName] : undefined;
    if (!field?.resolve) throw new Error(`plain field resolver ${coordinate}: the schema has no such field with a resolver`);
    field.resolve = resolve;
  }
  return schema;
}

/** The SDL checked in as schema.graphql (sorted, so diffs show only real changes). */
export function printSortedSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
