import type { GatewayExecutor, GatewayInterface } from '@apollo/server-gateway-interface';
import {
  type DocumentNode,
  execute,
  type ExecutionResult,
  getVariableValues,
  GraphQLError,
  type GraphQLSchema,
  type OperationDefinitionNode,
  valueFromASTUntyped,
} from 'graphql';
import { type CompiledQuery, compileQuery, isCompiledQuery } from 'graphql-jit';

type Variables = Record<string, unknown>;
type QueryCompiler = (schema: GraphQLSchema, document: DocumentNode, operationName?: string) => CompiledQuery | ExecutionResult;

/**
 * Query execution compiled per document with graphql-jit. A 2,000-row bed report is about
 * 140,000 field resolutions; graphql-js walks the schema for each of them, a compiled query
 * is straight-line code per field (npm run bench: 286 → 143 ms for that page, identical bytes).
 *
 * Which engine runs what (the one executor story):
 * - queries on /graphql: compiled here (GRAPHQL_COMPILED_QUERIES, on by default); a document
 *   graphql-jit cannot compile runs on graphql-js;
 * - mutations on /graphql: graphql-js, whose argument handling (absent vs null) the update inputs
 *   rely on;
 * - subscriptions (WebSocket, subscriptions.ts) and everything on /subgraph: graphql-js.
 *
 * Only the executor changes: Apollo still parses, validates, runs every plugin (limits, trusted
 * documents, cost, metrics) and formats errors. Variables are coerced by graphql-js first, so bad
 * input is refused with its exact errors (BAD_USER_INPUT, status 400) and a `$x: T! = default`
 * left out gets its default (graphql-jit refuses it).
 *
 * The rule this sets for resolvers: a field without a resolver (type-graphql `simpleResolvers`)
 * must hold a value, never a promise; graphql-jit reads such a field as it is, where graphql-js
 * would await it. Lazy values such as `totalCount` keep a resolver (graphql/connection.ts).
 * The rule is held by tests, not by memory: dashboard-queries.test.ts runs every query document
 * of the dashboard on both engines, as every demo role and anonymously, and fails on any
 * difference (a promise in a simple field is one); compiled-execution.test.ts compares errors,
 * null propagation, fragments, directives and variables.
 *
 * Plugged in through Apollo Server's executor interface (the one its gateway uses); compiled
 * queries live as long as Apollo's own parsed-document cache keeps the document.
 */
export function compiledQueryExecution(schema: GraphQLSchema, compile: QueryCompiler = compileQuery): GatewayInterface {
  const compiled = new WeakMap<DocumentNode, Map<string, CompiledQuery | null>>();

  const compiledFor = (document: DocumentNode, operationName: string | null): CompiledQuery | null => {
    let byOperation = compiled.get(document);
    if (!byOperation) compiled.set(document, (byOperation = new Map()));
    const key = operationName ?? '';
    if (!byOperation.has(key)) {
      const result = compile(schema, document, operationName ?? undefined);
      // A document graphql-jit cannot compile runs on graphql-js rather than failing.
      byOperation.set(key, isCompiledQuery(result) ? result : null);
    }
    return byOperation.get(key)!;
  };

  const executor: GatewayExecutor = async (request) => {
    const { document, operation, operationName, context } = request;
    const variables = (request.request.variables ?? {}) as Variables;
    // No operation (an operationName naming none): graphql-js answers with the error Apollo reports as a bad request.
    const query = operation?.operation === 'query' ? compiledFor(document, operationName) : null;
    if (!query) {
      return await execute({ schema, document, operationName, contextValue: context, variableValues: variables });
    }
    const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables);
    if (coerced.errors) return { errors: coerced.errors };
    const result = (await query.query(undefined, context, withDefaults(operation, variables))) as ExecutionResult;
    return result.errors ? { ...result, errors: result.errors.map(asGraphQLError) } : result;
  };

  return {
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => {};
    },
    async load() {
      return { executor };
    },
    async stop() {},
  };
}

/**
 * graphql-jit's errors carry no `extensions` when the resolver threw a plain Error; Apollo reads
 * `extensions.code` and would fail the whole response. Rebuilt as graphql-js errors, they are
 * formatted (and their causes logged) as on graphql-js.
 */
function asGraphQLError(error: GraphQLError): GraphQLError {
  if (error.extensions !== undefined) return error;
  const rebuilt = new GraphQLError(error.message, { path: error.path, originalError: error.originalError ?? undefined });
  return Object.assign(rebuilt, { locations: error.locations });
}

/** The request's variables plus each left-out variable's default, written as the client could have sent it. */
function withDefaults(operation: OperationDefinitionNode, variables: Variables): Variables {
  const missing = (operation.variableDefinitions ?? []).filter((d) => d.defaultValue && !(d.variable.name.value in variables));
  if (missing.length === 0) return variables;
  const filled = { ...variables };
  for (const definition of missing) filled[definition.variable.name.value] = valueFromASTUntyped(definition.defaultValue!);
  return filled;
}
