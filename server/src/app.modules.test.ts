import fs from 'node:fs';
import path from 'node:path';
import {
  type GraphQLObjectType,
  type GraphQLSchema,
  execute,
  getNamedType,
  getNullableType,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  parse,
} from 'graphql';
import { Authorized, Field, FieldResolver, ObjectType, Query, Resolver, getMetadataStorage } from 'type-graphql';
import ts from 'typescript';
import { DOMAINS, OPERATION_POLICY, buildAppSchema, buildSubgraphAppSchema } from './app.modules';
import { EVERYONE, declaredOperationPolicy } from './auth/access-policy';
import { ANONYMOUS, Role } from './auth/viewer';
import { declaredCost, unpricedListFields } from './graphql/cost';
import { buildSchemaOf } from './graphql/schema';

/**
 * What the tables of access rules and list prices guaranteed, now that each domain declares both
 * beside its resolvers: every root field has exactly one rule, every list field a largest size,
 * and the declarations sit in the domains' folders (found by reading the source), not in plumbing.
 */

const rootFields = (schema: GraphQLSchema) =>
  [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].flatMap((type) =>
    type ? Object.keys(type.getFields()).map((field) => `${type.name}.${field}`) : [],
  );

function fieldsWithCost(schema: GraphQLSchema): { field: string; list: boolean; listSize: boolean }[] {
  return Object.values(schema.getTypeMap())
    .filter((type) => !type.name.startsWith('__') && (isObjectType(type) || isInterfaceType(type)))
    .flatMap((type) => Object.values((type as GraphQLObjectType).getFields()).map((field) => ({ type, field })))
    .filter(({ field }) => declaredCost(field))
    .map(({ type, field }) => ({
      field: `${type.name}.${field.name}`,
      list: isListType(getNullableType(field.type)) && isCompositeType(getNamedType(field.type)),
      listSize: declaredCost(field)?.listSize !== undefined,
    }));
}

/** `@Name(` decorators in server/src (tests aside), by the folder of their file. */
function decoratorsByFolder(name: string): Record<string, number> {
  const counts: Record<string, number> = {};
  const visitDir = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) visitDir(full);
      else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts')) {
        const source = ts.createSourceFile(full, fs.readFileSync(full, 'utf8'), ts.ScriptTarget.Latest, true);
        const folder = path.relative(__dirname, full).split(path.sep).slice(0, -1).join('/') || '.';
        const visit = (node: ts.Node) => {
          if (
            ts.isDecorator(node) &&
            ts.isCallExpression(node.expression) &&
            ts.isIdentifier(node.expression.expression) &&
            node.expression.expression.text === name
          ) {
            counts[folder] = (counts[folder] ?? 0) + 1;
          }
          ts.forEachChild(node, visit);
        };
        visit(source);
      }
    }
  };
  visitDir(__dirname);
  return counts;
}

describe('what the domains declare', () => {
  it('gives every root field exactly one access rule, declared by the domain that serves it', async () => {
    const fields = rootFields(await buildAppSchema()).sort();
    expect(Object.keys(OPERATION_POLICY).sort()).toEqual(fields);

    // Which domain's resolvers declare each operation (node(id:) is the schema's own, over every domain's node types).
    const storage = getMetadataStorage();
    const byDomain = new Map<string, string>();
    for (const domain of DOMAINS) {
      const resolvers = new Set<unknown>('resolvers' in domain ? domain.resolvers : []);
      for (const [kind, handlers] of [
        ['Query', storage.queries],
        ['Mutation', storage.mutations],
        ['Subscription', storage.subscriptions],
      ] as const) {
        for (const handler of handlers) {
          if (!resolvers.has(handler.target)) continue;
          const operation = `${kind}.${handler.schemaName}`;
          expect({ operation, declaredBy: byDomain.get(operation) ?? domain.name }).toEqual({ operation, declaredBy: domain.name });
          byDomain.set(operation, domain.name);
        }
      }
    }
    expect([...byDomain.keys(), 'Query.node'].sort()).toEqual(fields);

    // One @Authorized per root field, all in the domains' folders but node(id:)'s.
    const rules = decoratorsByFolder('Authorized');
    expect(Object.values(rules).reduce((a, b) => a + b, 0)).toBe(fields.length);
    expect(Object.keys(rules).filter((folder) => !DOMAINS.some((domain) => domain.name === folder))).toEqual(['graphql']);
    expect(rules.graphql).toBe(1);
  });

  it('gives every list field a largest size, and only list fields one; every @Cost sits in a domain', async () => {
    const app = await buildAppSchema();
    expect(unpricedListFields(app)).toEqual([]);
    expect(unpricedListFields(await buildSubgraphAppSchema())).toEqual([]);
    const declared = fieldsWithCost(app);
    expect(declared.filter((d) => d.listSize && !d.list)).toEqual([]);
    const prices = decoratorsByFolder('Cost');
    expect(Object.keys(prices).filter((folder) => !DOMAINS.some((domain) => domain.name === folder))).toEqual([]);
    expect(Object.values(prices).reduce((a, b) => a + b, 0)).toBe(declared.length);
  });

  it('refuses a root field that declares no rule, for everyone (fail closed)', async () => {
    @Resolver()
    class Undeclared {
      @Query(() => String)
      forgotten(): string {
        return 'ran';
      }

      @Authorized(EVERYONE)
      @Query(() => String)
      declared(): string {
        return 'ran';
      }
    }
    const policy = declaredOperationPolicy([Undeclared]);
    expect(policy).toEqual({ 'Query.declared': EVERYONE });
    const schema = await buildSchemaOf([Undeclared], policy);
    const office = { accountId: 1, role: Role.OFFICE, facilityId: null, prefectureCode: null };
    for (const viewer of [ANONYMOUS, office]) {
      const result = await execute({ schema, document: parse('{ forgotten }'), contextValue: { viewer } });
      expect(result.errors?.map((e) => e.extensions.code)).toEqual(['FORBIDDEN']);
      expect(result.data).toBeNull();
      expect(await execute({ schema, document: parse('{ declared }'), contextValue: { viewer } })).toEqual({ data: { declared: 'ran' } });
    }
  });

  it('stops the build when a rule sits on an object field, where it would run once per row', () => {
    @ObjectType()
    class Row {
      @Field(() => String) name!: string;
    }
    @Resolver(() => Row)
    class RowResolver {
      @Authorized(EVERYONE)
      @FieldResolver(() => String)
      secret(): string {
        return 'x';
      }
    }
    expect(() => declaredOperationPolicy([RowResolver])).toThrow('access is declared on root methods only: RowResolver.secret');
  });
});
