import { Arg, Authorized, Ctx, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../graphql/context';
import { ConnectionType, decodeCursor, parseFirst } from '../graphql/connection';
import { keysetConnection } from '../graphql/keyset-connection';
import { REPORT_READERS } from './report-access';
import { countReports, isReportSearchKey, MAX_REPORT_SEARCH_PAGE, reportSearchPattern, searchReports } from './report-search';
import { SavedReport } from './saved-report';

@ObjectType('SavedReportConnection', { description: 'レポートを検索の結果' })
export class SavedReportConnection extends ConnectionType('SavedReport', SavedReport) {}

@Resolver()
export class ReportSearchResolver {
  @Authorized(REPORT_READERS)
  @Query(() => SavedReportConnection, {
    description:
      'レポートを検索: 参照できるフォルダのレポートのうち、レポート名または入っているフォルダ (上位を含む) の名前に text を含むもの。全角・半角、大文字・小文字、空白は区別しない。名前順',
  })
  async searchReports(
    @Arg('text', () => String, { description: '検索する文字 (1〜100文字)' }) text: string,
    @Arg('first', () => Int, { description: `1〜${MAX_REPORT_SEARCH_PAGE}` }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: Context,
  ) {
    const pattern = reportSearchPattern(text);
    const limit = parseFirst(first, MAX_REPORT_SEARCH_PAGE);
    const from = after ? decodeCursor(after, isReportSearchKey) : null;
    const slice = await searchReports(ctx.db.manager, ctx.viewer, pattern, { limit, after: from });
    for (const report of slice.rows) ctx.loaders.savedReportById.prime(report.dbId, report);
    return keysetConnection(slice, { after: from, totalCount: () => countReports(ctx.db.manager, ctx.viewer, pattern) });
  }
}
