import { Arg, Authorized, type ClassType, Ctx, ID, Query, Resolver } from 'type-graphql';
import { EVERYONE } from '../auth/access-policy';
import type { Context } from './context';
import { Node, fromGlobalId } from './node';

/** Fetches one node type by its local id: null when missing or when the viewer may not see it. */
export type NodeLoader = (localId: string, ctx: Context) => Promise<Node | null> | Node | null;

/**
 * The `node(id:)` root field over the node types the domains declare (their modules' `nodes`).
 * A type no domain declares cannot be fetched by node(id:).
 */
export function createNodeResolver(nodeLoaders: Readonly<Record<string, NodeLoader>>): ClassType {
  @Resolver()
  class NodeResolver {
    @Authorized(EVERYONE)
    @Query(() => Node, { nullable: true, description: 'Fetches any object by its global id.' })
    async node(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Node | null> {
      const { type, localId } = fromGlobalId(id);
      const load = Object.prototype.hasOwnProperty.call(nodeLoaders, type) ? nodeLoaders[type] : undefined;
      return load ? load(localId, ctx) : null;
    }
  }
  return NodeResolver;
}
