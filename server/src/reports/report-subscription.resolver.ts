import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../graphql/context';
import { Cost } from '../graphql/cost';
import { REPORT_READERS } from './report-access';
import {
  MAX_SUBSCRIPTIONS_PER_ACCOUNT,
  mySubscriptions,
  ReportSubscription,
  ReportSubscriptionInput,
  subscribe,
  unsubscribe,
} from './report-subscription';
import { SavedReport } from './saved-report';

@Resolver(() => ReportSubscription)
export class ReportSubscriptionResolver {
  @Authorized(REPORT_READERS)
  @Cost({ listSize: MAX_SUBSCRIPTIONS_PER_ACCOUNT })
  @Query(() => [ReportSubscription], { description: '自分のレポートの購読 (新しい順)' })
  reportSubscriptions(@Ctx() ctx: Context): Promise<ReportSubscription[]> {
    return mySubscriptions(ctx.db.manager, ctx.viewer);
  }

  @Authorized(REPORT_READERS)
  @Mutation(() => ReportSubscription, {
    description:
      'レポートを購読する (購読済みなら変更): 毎日または毎週の時刻に、自分の権限で実行した結果を CSV でメール (大きいときはリンク)',
  })
  subscribeToReport(
    @Arg('input', () => ReportSubscriptionInput) input: ReportSubscriptionInput,
    @Ctx() ctx: Context,
  ): Promise<ReportSubscription> {
    return subscribe(ctx.db, ctx.operations, ctx.config.graphqlLimits, ctx.viewer, input);
  }

  @Authorized(REPORT_READERS)
  @Mutation(() => ID, { description: 'レポートの購読をやめる (レポートのID)' })
  unsubscribeFromReport(@Arg('reportId', () => ID) reportId: string, @Ctx() ctx: Context): Promise<string> {
    return unsubscribe(ctx.db, ctx.viewer, reportId);
  }

  @FieldResolver(() => SavedReport, { nullable: true, description: '購読しているレポート (参照できなくなったものは null)' })
  report(@Root() subscription: ReportSubscription, @Ctx() ctx: Context): Promise<SavedReport | null> {
    return ctx.loaders.savedReportById.load(subscription.reportDbId);
  }
}
