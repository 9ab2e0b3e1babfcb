import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import {
  type GraphQLInterfaceType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
  graphql,
  isInterfaceType,
  isObjectType,
  lexicographicSortSchema,
  parse,
} from 'graphql';
import { createResolversMap } from 'type-graphql';
import { type OperationPolicy, checkOperationAccess } from '../auth/access-policy';
import type { Context } from './context';
import { declaredCost } from './cost';

/**
 * The same API as an Apollo Federation 2 subgraph, so a prefecture's own supergraph can join
 * its data to ours on the stable public codes (医療機関コード, JIS prefecture code, 二次医療圏
 * code). Entities carry `@key(fields: "code")` (declared with type-graphql's @Directive on the
 * entity classes); this module adds the federation `@link`, `_service`, `_entities` and the
 * reference resolvers the domains declare (their modules' `entityReferences`).
 *
 * It is served on its own endpoint (/subgraph), not merged into /graphql: the public schema
 * (schema.graphql, which the dashboard's codegen and integrators read) stays free of
 * `_entities`/`_Any`/`@link`, and the endpoint a gateway calls can be switched off or
 * firewalled on its own (GRAPHQL_SUBGRAPH).
 */
export const FEDERATION_LINK = 'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable"])';

/**
 * How a domain resolves one entity type from a gateway's representation. An entity reference is
 * the same lookup as the matching root query, so it is checked against that query's rule
 * (`operation`, e.g. 'Query.facilityByCode'): no separate, forgettable policy for `_entities`.
 */
export interface EntityReference {
  operation: string;
  resolve(representation: { code: string }, ctx: Context): unknown;
}

/**
 * The subgraph schema. Field resolvers come from the application schema, already checked by the
 * operation policy, so both endpoints run exactly the same code and access rules; each field keeps
 * its declarations (cost) from the application schema.
 */
export function buildSubgraphSchemaOf(
  app: GraphQLSchema,
  references: Readonly<Record<string, EntityReference>>,
  policy: OperationPolicy,
): GraphQLSchema {
  const typeDefs = parse(`${FEDERATION_LINK}\n\n${printSchemaWithDirectives(lexicographicSortSchema(app))}`);
  const resolvers = createResolversMap(app) as unknown as GraphQLResolverMap<Context>;
  for (const [typeName, reference] of Object.entries(references)) {
    const __resolveReference = (representation: { code: string }, ctx: Context) => {
      checkOperationAccess(policy, reference.operation, ctx.viewer);
      return reference.resolve(representation, ctx);
    };
    resolvers[typeName] = { ...resolvers[typeName], __resolveReference } as never;
  }
  const subgraph = buildSubgraphSchema({ typeDefs, resolvers: resolvers as GraphQLResolverMap<unknown> });
  for (const type of Object.values(subgraph.getTypeMap())) {
    const appType = app.getType(type.name);
    if (!isObjectOrInterface(type) || !isObjectOrInterface(appType)) continue;
    const appFields = appType.getFields();
    for (const field of Object.values(type.getFields())) {
      const extensions = appFields[field.name]?.extensions;
      if (extensions) (field as { extensions: typeof extensions }).extensions = extensions;
    }
  }
  // One item per representation the gateway sends.
  const entities = subgraph.getQueryType()?.getFields()._entities;
  if (entities && !declaredCost(entities)) {
    (entities as { extensions: object }).extensions = {
      ...entities.extensions,
      cost: { listSize: (args: Record<string, unknown>) => (Array.isArray(args.representations) ? args.representations.length : 1) },
    };
  }
  return subgraph;
}

function isObjectOrInterface(type: GraphQLNamedType | undefined | null): type is GraphQLObjectType | GraphQLInterfaceType {
  return isObjectType(type) || isInterfaceType(type);
}

/** The federated SDL exactly as `_service { sdl }` serves it to gateways; checked in as subgraph.graphql. */
export async function printSubgraphSchema(subgraph: GraphQLSchema): Promise<string> {
  const result = await graphql({ schema: subgraph, source: '{ _service { sdl } }' });
  const sdl = (result.data?._service as { sdl?: unknown } | undefined)?.sdl;
  if (result.errors?.length || typeof sdl !== 'string') throw new Error(`_service { sdl } failed: ${result.errors?.[0]?.message}`);
  return `${sdl.trim()}\n`;
}
