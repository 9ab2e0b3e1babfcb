import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, ArgsType, Authorized, Ctx, Field, FieldResolver, ID, Info, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../graphql/context';
import { ConnectionType, parseFirst } from '../graphql/connection';
import { fromGlobalId, rowIdOf } from '../graphql/node';
import { badUserInput } from '../graphql/errors';
import { Facility } from './facility.entity';
import { medicalInstitutionCodeProblem } from './medical-institution-code';
import { FacilityFilter } from './facility.input';
import { asksForFacilityTimestamps, MAX_FACILITY_PAGE, searchFacilities } from './facility.search';
import { operationFieldNames } from '../graphql/selection';
import { EVERYONE } from '../auth/access-policy';

@ObjectType('FacilityConnection')
export class FacilityConnection extends ConnectionType('Facility', Facility) {}

@ArgsType()
class FacilitiesArgs {
  @Field(() => FacilityFilter, { nullable: true }) filter?: FacilityFilter | null;
  @Field(() => Int, { description: `Page size, 1..${MAX_FACILITY_PAGE}.` }) first!: number;
  @Field(() => String, { nullable: true, description: 'Cursor from pageInfo.endCursor.' }) after?: string | null;
}

@Resolver(() => Facility)
export class FacilityResolver {
  @Authorized(EVERYONE)
  @Query(() => FacilityConnection, { description: '医療機関の一覧 (検索)' })
  async facilities(@Args(() => FacilitiesArgs) args: FacilitiesArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    const first = parseFirst(args.first, MAX_FACILITY_PAGE);
    // The timestamps are read when any field of the operation may show them (rows also serve its later loads).
    const timestamps = asksForFacilityTimestamps(operationFieldNames(info));
    const page = await searchFacilities(ctx.db.manager, args.filter ?? {}, first, args.after, { timestamps });
    // Rows fetched here also prime the per-request loader, so node(id:) in the same request is free.
    for (const edge of page.edges) ctx.loaders.facilityById.prime(edge.node.dbId, edge.node);
    return page;
  }

  @Authorized(EVERYONE)
  @Query(() => Facility, { nullable: true, description: 'One facility by its global id.' })
  async facility(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Facility | null> {
    const { type, localId } = fromGlobalId(id);
    if (type !== 'Facility') return null;
    return ctx.loaders.facilityById.load(rowIdOf(localId));
  }

  @Authorized(EVERYONE)
  @Query(() => Facility, { nullable: true, description: 'One facility by its 医療機関コード.' })
  async facilityByCode(@Arg('code', () => String) code: string, @Ctx() ctx: Context): Promise<Facility | null> {
    const problem = medicalInstitutionCodeProblem(code);
    if (problem) throw badUserInput(problem, [{ field: 'code', message: problem }]);
    return ctx.loaders.facilityByCode.load(code);
  }

  @FieldResolver(() => String, { description: 'Postal code as printed: NNN-NNNN.' })
  formattedPostalCode(@Root() facility: Facility): string {
    return `${facility.postalCode.slice(0, 3)}-${facility.postalCode.slice(3)}`;
  }
}
