import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../graphql/context';
import { badUserInput } from '../graphql/errors';
import { fromGlobalId, rowIdOf } from '../graphql/node';
import { BED_REPORTERS, mayReportFor } from './bed-access';
import { correctBedReport } from './bed-correction';
import { ReportBedStatusPayload } from './bed-report.resolver';
import { BedSnapshot } from './bed-snapshot.entity';
import { BedReportInput } from './bed-snapshot.input';

const DAY_MS = 24 * 3600_000;

function snapshotIdFrom(id: string): number {
  const { type, localId } = fromGlobalId(id);
  const message = '報告IDが正しくありません。';
  if (type !== 'BedSnapshot') throw badUserInput(message, [{ field: 'snapshotId', message }]);
  return rowIdOf(localId, 'snapshotId', message);
}

/** 訂正 (bed-correction.ts): the mutation, and what a report says about its corrections. */
@Resolver(() => BedSnapshot)
export class BedCorrectionResolver {
  @Authorized(BED_REPORTERS)
  @Mutation(() => ReportBedStatusPayload, {
    description:
      '報告を訂正する: 直近 GMIS_BED_CORRECTION_DAYS 日 (既定14日) 以内の自施設 (都道府県は自都道府県の医療機関) の報告。訂正は新しい報告として保存され、元の報告の報告日時を持つ。期間外・同じ内容は BAD_USER_INPUT (field snapshotId)、他施設の報告は FORBIDDEN。',
  })
  correctBedReport(
    @Arg('snapshotId', () => ID, { description: '訂正する報告の ID' }) snapshotId: string,
    @Arg('input', () => BedReportInput) input: BedReportInput,
    @Ctx() ctx: Context,
  ): Promise<ReportBedStatusPayload> {
    return correctBedReport(ctx.db, {
      viewer: ctx.viewer,
      snapshotId: snapshotIdFrom(snapshotId),
      input,
      windowDays: ctx.config.bedCorrectionDays,
    });
  }

  @FieldResolver(() => Boolean, { description: '訂正あり: この報告が訂正であるか、後の訂正で置き換えられた' })
  async amended(@Root() snapshot: BedSnapshot, @Ctx() ctx: Context): Promise<boolean> {
    return snapshot.correctsSnapshotId !== null || (await ctx.loaders.bedSnapshotCorrected.load(snapshot.dbId));
  }

  @FieldResolver(() => Boolean, { description: '後の訂正で置き換えられた (表示される値は訂正後の報告のもの)' })
  superseded(@Root() snapshot: BedSnapshot, @Ctx() ctx: Context): Promise<boolean> {
    return ctx.loaders.bedSnapshotCorrected.load(snapshot.dbId);
  }

  @FieldResolver(() => Boolean, { description: 'この利用者が今この報告を訂正できる (報告する権限があり、訂正できる期間内)' })
  async correctable(@Root() snapshot: BedSnapshot, @Ctx() ctx: Context): Promise<boolean> {
    if (Date.now() - snapshot.reportedAt.getTime() > ctx.config.bedCorrectionDays * DAY_MS) return false;
    const facility = await ctx.loaders.facilityById.load(snapshot.facilityId);
    return facility !== null && mayReportFor(ctx.viewer, facility);
  }
}
