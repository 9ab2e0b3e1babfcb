import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from './context';
import { Node, fromGlobalId } from './node';
import { maskForViewer } from '../recruitment/masking';

type NodeLoader = (localId: string, ctx: Context) => Promise<Node | null>;

/** How each node type is fetched by its local id. A type missing here cannot be fetched by node(id:). */
const nodeLoaders: Record<string, NodeLoader> = {
  Facility: async (id, ctx) => (/^\d+$/.test(id) ? ctx.loaders.facilityById.load(Number(id)) : null),
  Prefecture: async (code, ctx) => ctx.reference.prefecture(code),
  SecondaryMedicalArea: async (code, ctx) => ctx.reference.area(code),
  // Postings go through the masking rule like every other path (null when the viewer may not see it).
  Posting: async (id, ctx) => {
    const posting = /^\d{1,9}$/.test(id) ? await ctx.loaders.postingById.load(Number(id)) : null;
    return posting ? maskForViewer(ctx.viewer, posting) : null;
  },
};

export function registerNodeLoader(type: string, loader: NodeLoader): void {
  nodeLoaders[type] = loader;
}

@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: 'Fetches any object by its global id.' })
  async node(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Node | null> {
    const { type, localId } = fromGlobalId(id);
    const load = Object.prototype.hasOwnProperty.call(nodeLoaders, type) ? nodeLoaders[type] : undefined;
    return load ? load(localId, ctx) : null;
  }
}
