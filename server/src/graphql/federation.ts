import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { type GraphQLSchema, graphql, lexicographicSortSchema, parse } from 'graphql';
import { createResolversMap } from 'type-graphql';
import { checkOperationAccess } from '../auth/access-policy';
import type { Facility } from '../facilities/facility.entity';
import type { Prefecture } from '../facilities/prefecture.entity';
import type { SecondaryMedicalArea } from '../facilities/secondary-medical-area.entity';
import type { Context } from './context';
import { buildAppSchema } from './schema';

/**
 * The same API as an Apollo Federation 2 subgraph, so a prefecture's own supergraph can join
 * its data to ours on the stable public codes (医療機関コード, JIS prefecture code, 二次医療圏
 * code). Entities carry `@key(fields: "code")` (declared with type-graphql's @Directive on the
 * entity classes); this module adds the federation `@link`, `_service`, `_entities` and the
 * reference resolvers.
 *
 * It is served on its own endpoint (/subgraph), not merged into /graphql: the public schema
 * (schema.graphql, which the dashboard's codegen and integrators read) stays free of
 * `_entities`/`_Any`/`@link`, and the endpoint a gateway calls can be switched off or
 * firewalled on its own (GRAPHQL_SUBGRAPH).
 */
export const FEDERATION_LINK =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable"])';

/**
 * An entity reference is the same lookup as the matching root query, so it is checked against
 * that query's rule in OPERATION_POLICY (no separate, forgettable policy for `_entities`).
 */
function referenceResolvers(): GraphQLResolverMap<Context> {
  return {
    Facility: {
      __resolveReference: (reference: { code: string }, ctx: Context): Promise<Facility | null> | null => {
        checkOperationAccess('Query.facilityByCode', ctx.viewer);
        return /^\d{10}$/.test(reference.code) ? ctx.loaders.facilityByCode.load(reference.code) : null;
      },
    },
    Prefecture: {
      __resolveReference: (reference: { code: string }, ctx: Context): Prefecture | null => {
        checkOperationAccess('Query.prefectures', ctx.viewer);
        return /^\d{2}$/.test(reference.code) ? ctx.reference.prefecture(reference.code) : null;
      },
    },
    SecondaryMedicalArea: {
      __resolveReference: (reference: { code: string }, ctx: Context): SecondaryMedicalArea | null => {
        checkOperationAccess('Query.secondaryMedicalAreas', ctx.viewer);
        return /^\d{4}$/.test(reference.code) ? ctx.reference.area(reference.code) : null;
      },
    },
  } as unknown as GraphQLResolverMap<Context>;
}

let built: Promise<GraphQLSchema> | null = null;

/**
 * The subgraph schema. Field resolvers come from the application schema, already wrapped by the
 * operation policy, so both endpoints run exactly the same code and access rules.
 */
export function buildSubgraphAppSchema(): Promise<GraphQLSchema> {
  built ??= buildAppSchema().then((app) => {
    const typeDefs = parse(`${FEDERATION_LINK}\n\n${printSchemaWithDirectives(lexicographicSortSchema(app))}`);
    const resolvers = createResolversMap(app) as unknown as GraphQLResolverMap<Context>;
    for (const [typeName, typeResolvers] of Object.entries(referenceResolvers())) {
      resolvers[typeName] = { ...(resolvers[typeName] as object), ...(typeResolvers as object) } as never;
    }
    return buildSubgraphSchema({ typeDefs, resolvers: resolvers as GraphQLResolverMap<unknown> });
  });
  return built;
}

/** The federated SDL exactly as `_service { sdl }` serves it to gateways; checked in as subgraph.graphql. */
export async function printSubgraphAppSchema(): Promise<string> {
  const result = await graphql({ schema: await buildSubgraphAppSchema(), source: '{ _service { sdl } }' });
  const sdl = (result.data?._service as { sdl?: unknown } | undefined)?.sdl;
  if (result.errors?.length || typeof sdl !== 'string') throw new Error(`_service { sdl } failed: ${result.errors?.[0]?.message}`);
  return `${sdl.trim()}\n`;
}
