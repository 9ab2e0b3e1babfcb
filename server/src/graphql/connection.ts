import { type ClassType, Directive, Field, Int, ObjectType } from 'type-graphql';
import { badUserInput } from './errors';

// Shareable: other subgraphs of a supergraph have their own Relay PageInfo (graphql/federation.ts).
@Directive('@shareable')
@ObjectType('PageInfo', { simpleResolvers: true, description: 'Relay page information.' })
export class PageInfo {
  @Field(() => Boolean) hasNextPage!: boolean;
  @Field(() => Boolean) hasPreviousPage!: boolean;
  @Field(() => String, { nullable: true }) startCursor!: string | null;
  @Field(() => String, { nullable: true }) endCursor!: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

/** A page of a list. `totalCount` is a lazy getter so that the COUNT query runs only when asked for. */
export interface Page<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  readonly totalCount: Promise<number>;
}

/**
 * Builds `<Name>Connection` and `<Name>Edge` object types for a node type. Edges and page info are
 * plain properties (simple: no per-field wrapper for each of a 2,000-row page's edges); totalCount
 * keeps its resolver because its value is a promise, which graphql-jit does not await on a field
 * without one (graphql/compiled-execution.ts).
 */
export function ConnectionType<T extends object>(name: string, nodeType: ClassType<T>) {
  @ObjectType(`${name}Edge`, { simpleResolvers: true })
  class EdgeType {
    @Field(() => String, { description: 'Opaque cursor of this edge.' }) cursor!: string;
    @Field(() => nodeType) node!: T;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionClass {
    @Field(() => [EdgeType], { simple: true }) edges!: EdgeType[];
    @Field(() => PageInfo, { simple: true }) pageInfo!: PageInfo;
    @Field(() => Int, { description: 'Number of items matching the filter, across all pages.' })
    totalCount!: number;
  }
  return ConnectionClass;
}

export const DEFAULT_MAX_PAGE_SIZE = 500;

/** `first` is required and bounded; anything else is a typed BAD_USER_INPUT. */
export function parseFirst(first: number, max = DEFAULT_MAX_PAGE_SIZE): number {
  if (!Number.isInteger(first) || first < 1 || first > max) {
    throw badUserInput(`first は 1 以上 ${max} 以下で指定してください。`, [
      { field: 'first', message: `1 以上 ${max} 以下で指定してください。` },
    ]);
  }
  return first;
}

export function encodeCursor(key: unknown[]): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

/** Decodes a cursor made by `encodeCursor`, checking its shape with `isValid`. */
export function decodeCursor<K extends unknown[]>(cursor: string, isValid: (key: unknown[]) => key is K): K {
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    key = null;
  }
  if (!Array.isArray(key) || !isValid(key)) {
    throw badUserInput('カーソル (after) の形式が正しくありません。', [{ field: 'after', message: '形式が正しくありません。' }]);
  }
  return key;
}

/** An edge whose cursor is encoded only if it is read: most pages ask for `pageInfo.endCursor` alone. */
export class LazyEdge<T> implements Edge<T> {
  constructor(
    readonly node: T,
    private readonly cursorOf: (row: T) => string,
  ) {}

  get cursor(): string {
    return this.cursorOf(this.node);
  }
}

/** Turns `first + 1` fetched rows into a page (the extra row only tells whether there is a next page). */
export function toPage<T>(
  rows: T[],
  first: number,
  hasPreviousPage: boolean,
  cursorOf: (row: T) => string,
  totalCount: () => Promise<number>,
): Page<T> {
  const hasNextPage = rows.length > first;
  const pageRows = hasNextPage ? rows.slice(0, first) : rows;
  const edges = pageRows.map((node) => new LazyEdge(node, cursorOf));
  return {
    edges,
    pageInfo: {
      hasNextPage,
      hasPreviousPage,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    get totalCount() {
      return totalCount();
    },
  };
}
