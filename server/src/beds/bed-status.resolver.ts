import { Arg, Authorized, Ctx, Resolver, Root, Subscription } from 'type-graphql';
import type { Context } from '../graphql/context';
import { BedReportRow } from './bed-report-row';
import { bedStatusFeed } from './bed-status-feed';
import { bedReportQueryFor } from './bed-report.query';
import { stalenessOf } from './bed-report.resolver';
import { checkedOrBadUserInput } from '../graphql/errors';
import { BED_REPORT_READERS } from './bed-access';

@Resolver()
export class BedStatusResolver {
  // Live updates of the report: the same readers, the same object rules (bed-status-feed.ts).
  @Authorized(BED_REPORT_READERS)
  @Subscription(() => BedReportRow, {
    description:
      '病床状況の更新 (GraphQL over WebSocket, graphql-ws): 都道府県または二次医療圏の医療機関に新しい報告があるたびに、その医療機関の行を送る。bedReport と同じ参照範囲。',
    subscribe: async ({ args, context }) => {
      const ctx = context as Context;
      if (!ctx.bedStatusChanges) throw new Error('subscriptions are served over WebSocket only');
      // The report's own query; this argument calls the area areaCode.
      const input = { filter: { prefectureCode: args.prefectureCode, secondaryMedicalAreaCode: args.areaCode } };
      const query = checkedOrBadUserInput(bedReportQueryFor(ctx.viewer, input), '検索条件が正しくありません。', {
        secondaryMedicalAreaCode: 'areaCode',
      });
      return bedStatusFeed({
        newLoaders: ctx.newLoaders,
        viewer: ctx.viewer,
        changes: ctx.bedStatusChanges,
        query,
        staleness: () => stalenessOf(ctx),
        onLoaders: (loaders) => {
          ctx.loaders = loaders;
        },
      });
    },
  })
  bedStatusChanged(
    @Root() row: BedReportRow,
    @Arg('prefectureCode', () => String, {
      nullable: true,
      description: '都道府県コード (2桁)。都道府県・保健所のアカウントは自都道府県のみ',
    })
    _prefectureCode: string | null,
    @Arg('areaCode', () => String, { nullable: true, description: '二次医療圏コード (4桁)' }) _areaCode: string | null,
    @Ctx() _ctx: Context,
  ): BedReportRow {
    return row;
  }
}
