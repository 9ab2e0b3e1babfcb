import { ApolloServer, type ApolloServerPlugin, type GraphQLRequestContext } from '@apollo/server';
import { GraphQLError, GraphQLObjectType, GraphQLSchema, GraphQLString } from 'graphql';
import type { Context } from './context';
import { inOrder } from './in-order';

/**
 * The request guards are combined with inOrder: every hook of every combined plugin must still run,
 * as it would if the plugin were given to Apollo on its own, only one plugin after another.
 */
const schema = new GraphQLSchema({
  query: new GraphQLObjectType({
    name: 'Query',
    fields: {
      hello: { type: GraphQLString, resolve: () => 'こんにちは' },
      broken: {
        type: GraphQLString,
        resolve: () => {
          throw new GraphQLError('壊れています。', { extensions: { code: 'NOT_FOUND' } });
        },
      },
    },
  }),
});

/** A plugin that writes every request hook it sees (and the ends it returns) to `log`. */
function recorder(name: string, log: string[], overrides: { didResolveOperation?: () => Promise<void> } = {}): ApolloServerPlugin<Context> {
  const note = (hook: string) => log.push(`${name}:${hook}`);
  return {
    async requestDidStart() {
      return {
        async didResolveSource() {
          note('didResolveSource');
        },
        async parsingDidStart() {
          note('parsingDidStart');
          return async () => void note('parsingDidEnd');
        },
        async validationDidStart() {
          note('validationDidStart');
          return async () => void note('validationDidEnd');
        },
        async didResolveOperation() {
          note('didResolveOperation');
          await overrides.didResolveOperation?.();
        },
        async responseForOperation() {
          note('responseForOperation');
          return null;
        },
        async executionDidStart() {
          note('executionDidStart');
          return {
            willResolveField({ info }) {
              note(`willResolveField ${info.fieldName}`);
              return (error) => void note(`didResolveField ${info.fieldName}${error ? ' (error)' : ''}`);
            },
            executionDidEnd: async () => void note('executionDidEnd'),
          };
        },
        async didEncounterErrors(rc) {
          note(`didEncounterErrors ${rc.errors.map((e) => e.extensions?.code).join()}`);
        },
        async willSendResponse() {
          note('willSendResponse');
        },
      };
    },
  };
}

async function run(plugins: ApolloServerPlugin<Context>[], query: string) {
  const server = new ApolloServer<Context>({ schema, plugins });
  await server.start();
  try {
    const { body } = await server.executeOperation({ query }, { contextValue: {} as Context });
    return body.kind === 'single' ? body.singleResult : null;
  } finally {
    await server.stop();
  }
}

describe('inOrder', () => {
  it('forwards every request hook of the plugins it combines, in the order Apollo gives them to separate plugins', async () => {
    const separate: string[] = [];
    const combined: string[] = [];
    const query = '{ hello broken }';
    const expected = await run([recorder('a', separate), recorder('b', separate)], query);
    const result = await run([inOrder(recorder('a', combined), recorder('b', combined))], query);

    expect(result).toEqual(expected);
    expect(result?.data).toEqual({ hello: 'こんにちは', broken: null });
    expect(combined).toEqual(separate);
    // Every hook, not only those the request guards use today: none is dropped.
    const hooks = new Set(combined.map((entry) => entry.replace(/^a:|^b:/, '').replace(/ .*$/, '')));
    expect([...hooks].sort()).toEqual(
      [
        'didResolveSource',
        'parsingDidStart',
        'parsingDidEnd',
        'validationDidStart',
        'validationDidEnd',
        'didResolveOperation',
        'responseForOperation',
        'executionDidStart',
        'willResolveField',
        'didResolveField',
        'executionDidEnd',
        'didEncounterErrors',
        'willSendResponse',
      ].sort(),
    );
    expect(combined).toContain('a:didEncounterErrors NOT_FOUND');
    expect(combined).toContain('b:didResolveField broken (error)');
  });

  it('runs didResolveOperation one plugin after another, where Apollo alone runs them at the same time', async () => {
    let firstRunning = false;
    const overlaps: boolean[] = [];
    const slowFirst = () => ({
      didResolveOperation: async () => {
        firstRunning = true;
        await new Promise((resolve) => setImmediate(resolve));
        firstRunning = false;
      },
    });
    const second = (): ApolloServerPlugin<Context> => ({
      async requestDidStart() {
        return {
          async didResolveOperation() {
            overlaps.push(firstRunning);
          },
        };
      },
    });
    await run([recorder('a', [], slowFirst()), second()], '{ hello }');
    await run([inOrder(recorder('a', [], slowFirst()), second())], '{ hello }');
    expect(overlaps).toEqual([true, false]);
  });

  it('stops at the first plugin that refuses the operation; the refusal is still reported to every plugin', async () => {
    const log: string[] = [];
    const refusing = recorder('a', log, {
      didResolveOperation: async () => {
        throw new GraphQLError('許可されていません。', { extensions: { code: 'FORBIDDEN' } });
      },
    });
    const result = await run([inOrder(refusing, recorder('b', log))], '{ hello }');
    expect(result?.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    expect(log).toContain('a:didResolveOperation');
    expect(log).not.toContain('b:didResolveOperation');
    expect(log.filter((entry) => /didEncounterErrors FORBIDDEN|willSendResponse/.test(entry))).toEqual([
      'a:didEncounterErrors FORBIDDEN',
      'b:didEncounterErrors FORBIDDEN',
      'a:willSendResponse',
      'b:willSendResponse',
    ]);
  });

  it('asks Apollo to wrap field resolvers only when a combined plugin resolves fields itself', async () => {
    const endsOnly: ApolloServerPlugin<Context> = {
      async requestDidStart() {
        return { executionDidStart: async () => ({ executionDidEnd: async () => undefined }) };
      },
    };
    const rc = {} as GraphQLRequestContext<Context>;
    const listener = await inOrder(endsOnly, endsOnly).requestDidStart!(rc);
    const execution = await listener!.executionDidStart!(rc as never);
    expect(execution).toBeDefined();
    expect(execution!.executionDidEnd).toBeInstanceOf(Function);
    expect(execution!.willResolveField).toBeUndefined();
    const resolving = await (await inOrder(recorder('a', []), endsOnly).requestDidStart!(rc))!.executionDidStart!(rc as never);
    expect(resolving!.willResolveField).toBeInstanceOf(Function);
    const quiet = await (await inOrder().requestDidStart!(rc))!.executionDidStart!(rc as never);
    expect(quiet).toBeUndefined();
  });
});
