import { Arg, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../graphql/context';
import { badUserInput } from '../graphql/errors';
import { Prefecture } from './prefecture.entity';
import { SecondaryMedicalArea } from './secondary-medical-area.entity';
import { EVERYONE } from '../auth/access-policy';
import { Cost } from '../graphql/cost';

@Resolver(() => Prefecture)
export class PrefectureResolver {
  @Authorized(EVERYONE)
  @Cost({ listSize: 47 })
  @Query(() => [Prefecture], { description: '47 都道府県, in JIS code order.' })
  prefectures(@Ctx() ctx: Context): readonly Prefecture[] {
    return ctx.reference.prefectures;
  }
}

@Resolver(() => SecondaryMedicalArea)
export class SecondaryMedicalAreaResolver {
  @Authorized(EVERYONE)
  // 330 二次医療圏 nationwide; the largest prefecture (北海道) has 21.
  @Cost({ listSize: (args) => (args.prefectureCode ? 21 : 330) })
  @Query(() => [SecondaryMedicalArea], { description: '二次医療圏, optionally of one prefecture, in code order.' })
  secondaryMedicalAreas(
    @Arg('prefectureCode', () => String, { nullable: true }) prefectureCode: string | null,
    @Ctx() ctx: Context,
  ): readonly SecondaryMedicalArea[] {
    if (prefectureCode != null && !/^\d{2}$/.test(prefectureCode)) {
      throw badUserInput('都道府県コードは2桁の数字で指定してください。', [
        { field: 'prefectureCode', message: '2桁の数字で指定してください。' },
      ]);
    }
    return ctx.reference.areasOf(prefectureCode);
  }

  @FieldResolver(() => Prefecture)
  prefecture(@Root() area: SecondaryMedicalArea, @Ctx() ctx: Context): Prefecture | null {
    return ctx.reference.prefecture(area.prefectureCode);
  }
}
