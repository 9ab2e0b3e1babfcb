import fs from 'node:fs';
import path from 'node:path';
import { graphql, GraphQLObjectType, GraphQLSchema, GraphQLString } from 'graphql';
import { printAppSchema, printSubgraphAppSchema } from '../app.modules';
import { usePlainFieldResolvers } from './schema';

describe('schema.graphql', () => {
  it('is exactly what the code generates (run `npm run schema` after changing the API)', async () => {
    const checkedIn = fs.readFileSync(path.join(__dirname, '../../../schema.graphql'), 'utf8');
    expect(checkedIn).toBe(await printAppSchema());
  });
});

describe('subgraph.graphql', () => {
  it('is exactly the federated SDL the code generates (run `npm run schema` after changing the API)', async () => {
    const checkedIn = fs.readFileSync(path.join(__dirname, '../../../subgraph.graphql'), 'utf8');
    expect(checkedIn).toBe(await printSubgraphAppSchema());
  });
});

describe('plain field resolvers', () => {
  const schemaWith = () =>
    new GraphQLSchema({
      query: new GraphQLObjectType({
        name: 'Query',
        fields: {
          resolved: { type: GraphQLString, resolve: () => 'wrapped' },
          stored: { type: GraphQLString },
        },
      }),
    });

  it('replace the resolver of a declared field, and a coordinate without one stops the build', async () => {
    const schema = usePlainFieldResolvers(schemaWith(), { 'Query.resolved': () => 'plain' });
    expect(await graphql({ schema, source: '{ resolved }' })).toEqual({ data: { resolved: 'plain' } });
    expect(() => usePlainFieldResolvers(schemaWith(), { 'Query.stored': () => 'x' })).toThrow(/Query\.stored/);
    expect(() => usePlainFieldResolvers(schemaWith(), { 'Query.missing': () => 'x' })).toThrow(/Query\.missing/);
    expect(() => usePlainFieldResolvers(schemaWith(), { 'Nope.resolved': () => 'x' })).toThrow(/Nope\.resolved/);
  });
});
