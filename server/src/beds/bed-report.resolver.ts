import { type GraphQLResolveInfo, Kind } from 'graphql';
import { Arg, Args, ArgsType, Authorized, Ctx, Field, ID, Info, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../graphql/context';
import { ConnectionType, decodeCursor, parseFirst } from '../graphql/connection';
import { badUserInput, checkedOrBadUserInput, notFound } from '../graphql/errors';
import { keysetConnection } from '../graphql/keyset-connection';
import { fromGlobalId, rowIdOf } from '../graphql/node';
import type { NodeLoader } from '../graphql/node.resolver';
import type { Facility } from '../facilities/facility.entity';
import { asksForFacilityTimestamps } from '../facilities/facility.search';
import { operationFieldNames } from '../graphql/selection';
import {
  assertCanReadFacilityBeds,
  BED_BATCH_REPORTERS,
  BED_REPORT_READERS,
  BED_REPORTERS,
  bedReadScope,
  canReadFacilityBeds,
} from './bed-access';
import { BedSnapshot } from './bed-snapshot.entity';
import { BedReportBatchRow, BedReportFilter, BedReportInput, BedReportOrder } from './bed-snapshot.input';
import { BedReportRow, toBedReportRow } from './bed-report-row';
import { countBedReport, isBedReportKeyset, MAX_BED_REPORT_PAGE, searchBedReport } from './bed-report.search';
import { bedReportQueryFor } from './bed-report.query';
import { type Staleness, stalenessAt } from './bed-staleness';
import { MAX_BED_REPORT_PROBLEMS, recordBedReport, recordBedReportBatch, reportSourceOf } from './bed-reporting';
import { bedSnapshotHistory, MAX_HISTORY_PAGE } from './bed-history';
import { BedReportSummary, bedReportSummary } from './bed-report.totals';
import { Prefecture } from '../facilities/prefecture.entity';
import { Cost } from '../graphql/cost';
import { BedAreaHistory, bedAreaHistory, DEFAULT_HISTORY_DAYS, MAX_HISTORY_DAYS } from './bed-area-history';

/**
 * The 更新遅れ rule for a request, now: the fixed age and the reporting schedules (bed-staleness.ts).
 * Worked out once per set of loaders, i.e. once per request (an operation asking bedReport and
 * bedReportSummary reads the schedules once) and once per change a subscription delivers, which
 * gets fresh loaders for each.
 */
const stalenessByLoaders = new WeakMap<Context['loaders'], Promise<Staleness>>();
export function stalenessOf(ctx: Context): Promise<Staleness> {
  let staleness = stalenessByLoaders.get(ctx.loaders);
  if (!staleness) {
    staleness = stalenessAt(
      { db: ctx.db.manager, staleHours: ctx.config.bedReportStaleHours, freshness: ctx.reportingFreshness },
      new Date(),
    );
    stalenessByLoaders.set(ctx.loaders, staleness);
  }
  return staleness;
}

@ObjectType('BedReportConnection', { description: '地域病床見える化の結果' })
export class BedReportConnection extends ConnectionType('BedReport', BedReportRow) {
  @Field(() => Int, { description: '更新遅れとみなす時間 (時間単位)' }) staleAfterHours!: number;
}

@ObjectType('BedSnapshotConnection')
export class BedSnapshotConnection extends ConnectionType('BedSnapshot', BedSnapshot) {}

@ObjectType('ReportBedStatusPayload', { simpleResolvers: true })
export class ReportBedStatusPayload {
  @Field(() => BedSnapshot) snapshot!: BedSnapshot;
  @Field(() => Boolean, { description: 'true: 再送と判断し、新しい報告は保存しなかった' }) duplicate!: boolean;
}

@ObjectType('BedReportRowError', { simpleResolvers: true, description: '一括報告の行の項目エラー' })
export class BedReportRowError {
  @Field(() => String, { description: '項目 (例: beds.general.vacant)' }) field!: string;
  @Field(() => String) message!: string;
}

@ObjectType('BedReportBatchResult', { simpleResolvers: true, description: '一括報告の1行の結果' })
export class BedReportBatchResult {
  @Field(() => Int, { description: '入力の行番号 (0始まり)' }) index!: number;
  @Field(() => String) facilityCode!: string;
  @Field(() => Boolean, { description: 'true: 保存された (または再送として既存の報告が返された)' }) ok!: boolean;
  @Field(() => Boolean) duplicate!: boolean;
  @Field(() => BedSnapshot, { nullable: true }) snapshot!: BedSnapshot | null;
  @Field(() => String, { nullable: true, description: 'ErrorCode of the failure, e.g. BAD_USER_INPUT' }) errorCode!: string | null;
  @Cost({ listSize: MAX_BED_REPORT_PROBLEMS })
  @Field(() => [BedReportRowError], { description: '失敗した理由 (項目ごと)' })
  errors!: BedReportRowError[];
}

@ArgsType()
class BedReportArgs {
  @Field(() => BedReportFilter, { nullable: true }) filter?: BedReportFilter | null;
  @Field(() => BedReportOrder, { nullable: true }) orderBy?: BedReportOrder | null;
  @Field(() => Int, { description: `Page size, 1..${MAX_BED_REPORT_PAGE}.` }) first!: number;
  @Field(() => String, { nullable: true }) after?: string | null;
}

function facilityIdFrom(id: string): number {
  const { type, localId } = fromGlobalId(id);
  if (type !== 'Facility')
    throw badUserInput('医療機関IDが正しくありません。', [{ field: 'facilityId', message: '医療機関IDが正しくありません。' }]);
  return rowIdOf(localId, 'facilityId', '医療機関IDが正しくありません。');
}

async function loadFacility(ctx: Context, id: number): Promise<Facility> {
  const facility = await ctx.loaders.facilityById.load(id);
  if (!facility) throw notFound('医療機関が見つかりません。');
  return facility;
}

/** Whether the query selects the connection's totalCount directly (not through a fragment). */
const asksForTotalCount = (info: GraphQLResolveInfo) =>
  info.fieldNodes.some((node) => node.selectionSet?.selections.some((s) => s.kind === Kind.FIELD && s.name.value === 'totalCount'));

/** node(id:) for report snapshots (beds.module.ts): only within the viewer's scope. */
export const loadBedSnapshotNode: NodeLoader = async (id, ctx) => {
  const snapshot = await ctx.loaders.bedSnapshotById.load(rowIdOf(id));
  if (!snapshot) return null;
  const facility = await ctx.loaders.facilityById.load(snapshot.facilityId);
  // Out of the viewer's scope reads as "no such object", as node(id:) does for unknown ids.
  return facility && canReadFacilityBeds(ctx.viewer, facility) ? snapshot : null;
};

@Resolver()
export class BedReportResolver {
  @Authorized(BED_REPORT_READERS)
  @Query(() => BedReportConnection, { description: '地域病床見える化: 医療機関ごとの最新の病床状況・受入状況' })
  async bedReport(@Args(() => BedReportArgs) args: BedReportArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    const query = checkedOrBadUserInput(
      bedReportQueryFor(ctx.viewer, { filter: args.filter, orderBy: args.orderBy }),
      '検索条件が正しくありません。',
    );
    const first = parseFirst(args.first, MAX_BED_REPORT_PAGE);
    const after = args.after ? decodeCursor(args.after, isBedReportKeyset) : null;
    const staleness = await stalenessOf(ctx);
    // The dashboard asks for totalCount with every page: its statement then runs beside the page's
    // instead of after it (for the whole country the count takes as long as the page). Asked for
    // only inside a fragment, it is counted when read, as before.
    const counting = asksForTotalCount(info) ? countBedReport(ctx.db.manager, query, staleness) : null;
    // A failed page is the answer's error; the count's own failure then has nobody to tell.
    counting?.catch(() => undefined);
    // The facility's timestamps are read when any field of the operation may show them (rows also prime its loaders).
    const timestamps = asksForFacilityTimestamps(operationFieldNames(info));
    const slice = await searchBedReport(ctx.db.manager, query, { limit: first, after, staleness, facilityColumns: { timestamps } });
    for (const row of slice.rows) {
      ctx.loaders.facilityById.prime(row.facility.dbId, row.facility);
      ctx.loaders.latestBedSnapshotByFacilityId.prime(row.facility.dbId, row.latest);
    }
    const page = keysetConnection(slice, { after, totalCount: () => counting ?? countBedReport(ctx.db.manager, query, staleness) });
    return Object.assign(page, { staleAfterHours: ctx.config.bedReportStaleHours });
  }

  @Authorized(BED_REPORT_READERS)
  @Query(() => BedReportSummary, {
    description: '地域病床見える化の集計: 条件に合う医療機関の報告済・更新遅れ・未報告の数と病床数 (全体と二次医療圏ごと)',
  })
  async bedReportSummary(
    @Arg('filter', () => BedReportFilter, { nullable: true }) filter: BedReportFilter | null,
    @Ctx() ctx: Context,
  ): Promise<BedReportSummary> {
    const query = checkedOrBadUserInput(bedReportQueryFor(ctx.viewer, { filter }), '検索条件が正しくありません。');
    return bedReportSummary(ctx.db.manager, {
      query,
      staleness: await stalenessOf(ctx),
      reference: ctx.reference,
    });
  }

  @Authorized(BED_REPORT_READERS)
  @Query(() => BedAreaHistory, {
    description: `二次医療圏の空床数・確保病床数の推移 (日ごと、直近 ${MAX_HISTORY_DAYS} 日まで): 各日の終わりの時点の各医療機関の最新の報告の合計`,
  })
  async bedAreaHistory(
    @Arg('secondaryMedicalAreaCode', () => String) secondaryMedicalAreaCode: string,
    @Arg('days', () => Int, { defaultValue: DEFAULT_HISTORY_DAYS, description: `日数 (今日を含む)、1..${MAX_HISTORY_DAYS}` }) days: number,
    @Ctx() ctx: Context,
  ): Promise<BedAreaHistory> {
    const area = ctx.reference.area(secondaryMedicalAreaCode);
    // The report's access rule and validator: another prefecture's area is FORBIDDEN, a facility reads its own figures.
    const query = checkedOrBadUserInput(
      bedReportQueryFor(ctx.viewer, { filter: { secondaryMedicalAreaCode, prefectureCode: area?.prefectureCode ?? null } }),
      '検索条件が正しくありません。',
    );
    if (!Number.isInteger(days) || days < 1 || days > MAX_HISTORY_DAYS) {
      const message = `日数は 1〜${MAX_HISTORY_DAYS} で指定してください。`;
      throw badUserInput(message, [{ field: 'days', message }]);
    }
    if (!area) throw notFound('二次医療圏が見つかりません。');
    const history = await bedAreaHistory(ctx.db.manager, {
      areaCode: area.code,
      facilityId: query.filter.facilityId,
      days,
      now: new Date(),
    });
    return { area, days: history };
  }

  @Authorized(BED_REPORT_READERS)
  @Cost({ listSize: 47 })
  @Query(() => [Prefecture], {
    description: '地域病床見える化で参照できる都道府県 (検索条件の選択肢): 保健所・都道府県は自都道府県のみ、医療機関は自施設の都道府県',
  })
  async bedReportPrefectures(@Ctx() ctx: Context): Promise<readonly Prefecture[]> {
    const scope = bedReadScope(ctx.viewer);
    let code = scope.prefectureCode;
    if (scope.facilityId !== null) code = (await loadFacility(ctx, scope.facilityId)).prefectureCode;
    if (code === null) return ctx.reference.prefectures;
    const prefecture = ctx.reference.prefecture(code);
    return prefecture ? [prefecture] : [];
  }

  @Authorized(BED_REPORT_READERS)
  @Query(() => BedReportRow, { description: '1医療機関の現在の病床状況 (詳細画面)' })
  async bedFacilityStatus(@Arg('facilityId', () => ID) facilityId: string, @Ctx() ctx: Context): Promise<BedReportRow> {
    bedReadScope(ctx.viewer);
    const facility = await loadFacility(ctx, facilityIdFrom(facilityId));
    assertCanReadFacilityBeds(ctx.viewer, facility);
    const latest = await ctx.loaders.latestBedSnapshotByFacilityId.load(facility.dbId);
    return toBedReportRow(facility, latest, await stalenessOf(ctx));
  }

  @Authorized(BED_REPORT_READERS)
  @Query(() => BedSnapshotConnection, { description: '1医療機関の報告履歴 (新しい順)' })
  async bedSnapshots(
    @Arg('facilityId', () => ID) facilityId: string,
    @Arg('first', () => Int, { description: `Page size, 1..${MAX_HISTORY_PAGE}.` }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: Context,
  ) {
    bedReadScope(ctx.viewer);
    const facility = await loadFacility(ctx, facilityIdFrom(facilityId));
    assertCanReadFacilityBeds(ctx.viewer, facility);
    return bedSnapshotHistory(ctx.db.manager, facility.dbId, parseFirst(first, MAX_HISTORY_PAGE), after);
  }

  @Authorized(BED_REPORTERS)
  @Mutation(() => ReportBedStatusPayload, { description: '病床状況を報告する (医療機関は自施設、都道府県は自都道府県の医療機関)' })
  async reportBedStatus(
    @Arg('input', () => BedReportInput) input: BedReportInput,
    @Arg('facilityId', () => ID, { nullable: true, description: '省略時は自施設' }) facilityId: string | null,
    @Ctx() ctx: Context,
  ): Promise<ReportBedStatusPayload> {
    const id = facilityId != null ? facilityIdFrom(facilityId) : ctx.viewer.facilityId;
    if (id === null)
      throw badUserInput('報告する医療機関を指定してください。', [{ field: 'facilityId', message: '医療機関を指定してください。' }]);
    const facility = await loadFacility(ctx, id);
    const source = reportSourceOf(ctx.viewer, facility);
    return recordBedReport(ctx.db, { viewer: ctx.viewer, facility, input, source });
  }

  @Authorized(BED_BATCH_REPORTERS)
  // One result per submitted row.
  @Cost({ listSize: (args) => (Array.isArray(args.rows) ? args.rows.length : 1) })
  @Mutation(() => [BedReportBatchResult], { description: '都道府県システムからの一括報告。行ごとに保存し、行ごとの結果を返す。' })
  async submitBedReports(
    @Arg('rows', () => [BedReportBatchRow]) rows: BedReportBatchRow[],
    @Ctx() ctx: Context,
  ): Promise<BedReportBatchResult[]> {
    const results = await recordBedReportBatch(ctx.db, ctx.viewer, rows, undefined, (error) =>
      ctx.log.error({ err: error }, 'bed report batch row failed'),
    );
    return results.map((r) => ({ ...r, ok: r.snapshot !== null }));
  }
}
