import type { ApolloServerPlugin, GraphQLRequestContext } from '@apollo/server';
import {
  type DocumentNode,
  type FieldNode,
  GraphQLError,
  type GraphQLField,
  type GraphQLSchema,
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
  Kind,
  type SelectionNode,
} from 'graphql';
import { type ComplexityEstimatorArgs, getComplexity } from 'graphql-query-complexity';
import { Extensions } from 'type-graphql';
import type { CostBudgetLedger } from './cost-budget';
import type { Context } from './context';
import { ErrorCode } from './errors';
import { rethrowUnavailable } from '../http/service-unavailable';

/**
 * Query cost, after GitHub's and Shopify's public APIs: an analyst sees what a query costs
 * before it runs and how much of their budget is left.
 *
 *  - a scalar or enum field costs 0 (it is read with its row);
 *  - an object field costs 1 plus its selection (a loader batch or a row);
 *  - a connection costs 1 plus `first` × its `edges`/`nodes` selection (pageInfo once);
 *  - a plain list costs 1 plus its largest possible length (its `@Cost({ listSize })`) × its selection;
 *  - a connection's `totalCount` costs 1 (it runs a COUNT), as does a field's `@Cost({ extra })`.
 *
 * The cost is an upper bound computed from the document and variables only, before anything is
 * executed, so a refused query never touches the database (apart from the budget row).
 */

/** No connection serves more than this per page (parseFirst bounds each one at or below it). */
export const LARGEST_PAGE = 2000;

/**
 * What a field costs beyond its shape, declared by its domain beside the field:
 *
 *   @Cost({ listSize: 47 })
 *   @Query(() => [Prefecture])
 *   prefectures() …
 */
export interface CostDeclaration {
  /** Largest number of items a (non-connection) list returns, given the field's arguments; a test keeps every list declared. */
  listSize?: number | ((args: Record<string, unknown>) => number);
  /**
   * Read with its parent's row (the same SQL row, or computed from it): the field costs only its
   * selection, not the 1 of a loader batch or a row.
   */
  inRow?: boolean;
  /** Statements the field runs beyond what its shape says. */
  extra?: number;
}

/** Declares a field's cost (type-graphql field extensions, read by the estimator below). */
export function Cost(declaration: CostDeclaration): ReturnType<typeof Extensions> {
  return Extensions({ cost: declaration });
}

export function declaredCost(field: { extensions?: Readonly<Record<string, unknown>> | null }): CostDeclaration | undefined {
  return field.extensions?.cost as CostDeclaration | undefined;
}

function listSizeOf(declaration: CostDeclaration | undefined, args: Record<string, unknown>): number | undefined {
  const size = declaration?.listSize;
  return typeof size === 'function' ? size(args) : size;
}

/** A field's declared largest list size (for tests that hold a domain's bound to the declared price). */
export function declaredListSize(
  schema: GraphQLSchema,
  typeName: string,
  fieldName: string,
  args: Record<string, unknown> = {},
): number | undefined {
  const type = schema.getType(typeName);
  const field = type && 'getFields' in type ? type.getFields()[fieldName] : undefined;
  return field ? listSizeOf(declaredCost(field), args) : undefined;
}

function isConnectionType(typeName: string): boolean {
  return typeName.endsWith('Connection');
}

/**
 * The estimator for one operation. graphql-query-complexity prices children before their parent,
 * so each field's cost is remembered by its node; a connection then multiplies only its
 * `edges`/`nodes` by `first` (pageInfo and totalCount are paid once). Edges hidden behind a named
 * fragment are not looked for: the whole selection is multiplied then (an upper bound).
 */
function connectionAwareEstimator() {
  const costByNode = new Map<FieldNode, number>();
  return (options: ComplexityEstimatorArgs): number => {
    const cost = fieldCost(options, costByNode);
    costByNode.set(options.node, cost);
    return cost;
  };
}

function perItemSelections(connection: FieldNode): FieldNode[] {
  const found: FieldNode[] = [];
  const visit = (selections: readonly SelectionNode[] | undefined) => {
    for (const selection of selections ?? []) {
      if (selection.kind === Kind.FIELD && (selection.name.value === 'edges' || selection.name.value === 'nodes')) found.push(selection);
      else if (selection.kind === Kind.INLINE_FRAGMENT) visit(selection.selectionSet.selections);
      else if (selection.kind === Kind.FRAGMENT_SPREAD) throw new FragmentSpreadInConnection();
    }
  };
  visit(connection.selectionSet?.selections);
  return found;
}
class FragmentSpreadInConnection extends Error {}

function fieldCost({ type, field, node, args, childComplexity }: ComplexityEstimatorArgs, costByNode: Map<FieldNode, number>): number {
  if (type.name.startsWith('__') || field.name.startsWith('__')) return 0; // introspection
  const declared = declaredCost(field);
  const named = getNamedType(field.type);
  const extra = declared?.extra ?? (isConnectionType(type.name) && field.name === 'totalCount' ? 1 : 0);
  const own = declared?.inRow ? 0 : 1;
  if (!isCompositeType(named)) return extra;
  if (typeof args.first === 'number' && isConnectionType(named.name)) {
    // An out-of-range `first` is the resolver's to refuse (BAD_USER_INPUT, beside the field).
    const first = Math.min(Math.max(0, args.first), LARGEST_PAGE);
    let perItem = childComplexity;
    try {
      perItem = perItemSelections(node).reduce((sum, edges) => sum + (costByNode.get(edges) ?? 0), 0);
    } catch (error) {
      if (!(error instanceof FragmentSpreadInConnection)) throw error;
    }
    return 1 + extra + (childComplexity - perItem) + first * perItem;
  }
  if (isListType(getNullableType(field.type))) {
    // A connection's edges are already multiplied by `first` on the connection field.
    const size = isConnectionType(type.name) ? 1 : (listSizeOf(declared, args) ?? UNKNOWN_LIST_SIZE);
    return own + extra + size * childComplexity;
  }
  return own + extra + childComplexity;
}

/** A list without a declared size is priced as if large (fail closed); the cost test lists them. */
export const UNKNOWN_LIST_SIZE = 100;

/** List fields that are neither a connection's edges nor declare their size (should be none). */
export function unpricedListFields(schema: GraphQLSchema): string[] {
  const missing: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || !('getFields' in type) || isConnectionType(type.name)) continue;
    for (const field of Object.values(type.getFields()) as GraphQLField<unknown, unknown>[]) {
      if (!('args' in field)) continue;
      if (
        isListType(getNullableType(field.type)) &&
        isCompositeType(getNamedType(field.type)) &&
        declaredCost(field)?.listSize === undefined
      ) {
        missing.push(`${type.name}.${field.name}`);
      }
    }
  }
  return missing;
}

/** The cost of one operation of `document`. */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
  operationName: string | null | undefined,
): number {
  return getComplexity({
    schema,
    query: document,
    variables: variables ?? {},
    operationName: operationName ?? undefined,
    estimators: [connectionAwareEstimator()],
  });
}

/** What `extensions.cost` of every response says (Shopify's shape). */
export interface CostReport {
  requestedQueryCost: number;
  maximumQueryCost: number;
  throttleStatus?: { maximumAvailable: number; currentlyAvailable: number; restoreRate: number };
}

/** Whose budget a request spends: the account (API token) when signed in, else the client address. */
export function budgetKey(ctx: Context): string {
  return ctx.viewer.accountId != null ? `account:${ctx.viewer.accountId}` : `address:${ctx.clientAddress}`;
}

/**
 * The two kinds of bucket (each a ledger over the same table, with its own size and rate).
 * A person on the dashboard asks for whole pages at a time (全項目表示 is 2,000 rows, about
 * 8,000 points however many rows come back): the budget that protects the service from API
 * clients would refuse the sixth search within seconds. So dashboard sessions spend from a
 * bucket sized for interactive work, and API tokens and anonymous callers from the other.
 */
export interface CostBudgets {
  /** API tokens (per account) and anonymous callers (per client address). */
  api: CostBudgetLedger;
  /** Dashboard sessions (session cookie), per account: all of its browser sessions share one bucket. */
  sessions: CostBudgetLedger;
}

/** The bucket a request spends from, and its key there. */
export function budgetOf(ctx: Context, budgets: CostBudgets): { ledger: CostBudgetLedger; key: string } {
  // Keyed by account, not session: signing in again does not buy a fresh bucket.
  if (ctx.viewer.accountId != null && ctx.viewer.sessionId != null)
    return { ledger: budgets.sessions, key: `session:${ctx.viewer.accountId}` };
  return { ledger: budgets.api, key: budgetKey(ctx) };
}

const costOf = new WeakMap<object, CostReport>();

/**
 * Computes each operation's cost after validation, refuses it before execution when it is over
 * the per-request limit (QUERY_TOO_COMPLEX) or the client's budget (TOO_MANY_REQUESTS), and
 * reports the cost in `extensions.cost` of the response either way.
 */
export function costPlugin(maxCost: number, budgets: CostBudgets): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation(rc: GraphQLRequestContext<Context>) {
          if (!rc.document) return;
          let cost: number;
          try {
            cost = operationCost(rc.schema, rc.document, rc.request.variables, rc.operationName);
          } catch (error) {
            // Variables that do not coerce: execution reports them without running any resolver.
            // Anything else is a fault here, and fails closed (the request is not run).
            if (error instanceof GraphQLError) return;
            throw error;
          }
          const report: CostReport = { requestedQueryCost: cost, maximumQueryCost: maxCost };
          costOf.set(rc.contextValue, report);
          if (cost > maxCost) {
            throw new GraphQLError(
              `クエリのコスト (${cost}) が上限 (${maxCost}) を超えています。first を小さくするか、取得するフィールドを減らしてください。`,
              { extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, cost: report, http: { status: 400 } } },
            );
          }
          const { ledger, key } = budgetOf(rc.contextValue, budgets);
          const limits = ledger.limits;
          let left: number | null;
          let currentlyAvailable: number;
          try {
            left = await ledger.spend(rc.contextValue.db, key, cost);
            currentlyAvailable = left ?? (await ledger.available(rc.contextValue.db, key));
          } catch (error) {
            // The budget lives in PostgreSQL: when it is unreachable the request cannot run either.
            rethrowUnavailable(error);
          }
          report.throttleStatus = { maximumAvailable: limits.budget, currentlyAvailable, restoreRate: limits.restoreRate };
          if (left === null) {
            const retryAfter = Math.max(1, Math.ceil((cost - currentlyAvailable) / limits.restoreRate));
            throw new GraphQLError(`利用上限に達しました。${retryAfter} 秒後に再度お試しください。`, {
              extensions: {
                code: ErrorCode.TOO_MANY_REQUESTS,
                cost: report,
                retryAfter,
                http: { status: 429, headers: new Map([['retry-after', String(retryAfter)]]) },
              },
            });
          }
        },
        async willSendResponse(rc: GraphQLRequestContext<Context>) {
          const report = costOf.get(rc.contextValue);
          const body = rc.response.body;
          if (report && body?.kind === 'single') {
            body.singleResult.extensions = { ...body.singleResult.extensions, cost: report };
          }
        },
      };
    },
  };
}
