import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../graphql/context';
import { badUserInput } from '../graphql/errors';
import { Prefecture } from './prefecture.entity';
import { SecondaryMedicalArea } from './secondary-medical-area.entity';

@Resolver(() => Prefecture)
export class PrefectureResolver {
  @Query(() => [Prefecture], { description: '47 都道府県, in JIS code order.' })
  async prefectures(@Ctx() ctx: Context): Promise<Prefecture[]> {
    const rows = await ctx.db.getRepository(Prefecture).find({ order: { code: 'ASC' } });
    for (const row of rows) ctx.loaders.prefectureByCode.prime(row.code, row);
    return rows;
  }

}

@Resolver(() => SecondaryMedicalArea)
export class SecondaryMedicalAreaResolver {
  @Query(() => [SecondaryMedicalArea], { description: '二次医療圏, optionally of one prefecture, in code order.' })
  async secondaryMedicalAreas(
    @Arg('prefectureCode', () => String, { nullable: true }) prefectureCode: string | null,
    @Ctx() ctx: Context,
  ): Promise<SecondaryMedicalArea[]> {
    if (prefectureCode != null && !/^\d{2}$/.test(prefectureCode)) {
      throw badUserInput('都道府県コードは2桁の数字で指定してください。', [
        { field: 'prefectureCode', message: '2桁の数字で指定してください。' },
      ]);
    }
    const rows = await ctx.db
      .getRepository(SecondaryMedicalArea)
      .find({ where: prefectureCode ? { prefectureCode } : {}, order: { code: 'ASC' } });
    for (const row of rows) ctx.loaders.areaByCode.prime(row.code, row);
    return rows;
  }


  @FieldResolver(() => Prefecture)
  async prefecture(@Root() area: SecondaryMedicalArea, @Ctx() ctx: Context): Promise<Prefecture | null> {
    return ctx.loaders.prefectureByCode.load(area.prefectureCode);
  }
}
