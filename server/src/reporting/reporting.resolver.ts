import { Arg, Authorized, Ctx, Field, Float, InputType, Int, Mutation, ObjectType, Query, Resolver, registerEnumType } from 'type-graphql';
import { Role, type Viewer } from '../auth/viewer';
import type { ReferenceCatalog } from '../facilities/reference-catalog';
import { BED_REPORT_READERS, bedReadScope } from '../beds/bed-access';
import { Facility } from '../facilities/facility.entity';
import { Prefecture } from '../facilities/prefecture.entity';
import { SecondaryMedicalArea } from '../facilities/secondary-medical-area.entity';
import type { Context } from '../graphql/context';
import { Cost } from '../graphql/cost';
import { badUserInput, forbidden } from '../graphql/errors';
import { areaCompliance, type ComplianceCounts, type ComplianceScope, facilityCompliance } from './reporting-compliance';
import { cadenceHours, currentPeriod, formatDueTime, MODE_LABELS, nextPeriod, ReportingMode } from './reporting-period';
import {
  type PrefectureSchedule,
  SCHEDULE_EDITORS,
  scheduleOf,
  schedulePrefectureFor,
  updateReportingSchedule,
} from './reporting-schedule';

export enum ReportingStatus {
  REPORTED = 'REPORTED',
  BEFORE_DUE = 'BEFORE_DUE',
  OVERDUE = 'OVERDUE',
}

registerEnumType(ReportingStatus, {
  name: 'ReportingStatus',
  description: '今期の報告状況',
  valuesConfig: {
    REPORTED: { description: '報告済' },
    BEFORE_DUE: { description: '期限前 (未報告)' },
    OVERDUE: { description: '期限超過 (未報告)' },
  },
});

/** The largest number of hospitals of one prefecture the compliance list returns (overdue first). */
export const MAX_COMPLIANCE_ROWS = 2000;

@ObjectType('ReportingPeriod', { simpleResolvers: true, description: '報告期間: 期限の半周期前から半周期後まで' })
export class ReportingPeriodView {
  @Field(() => Date, { description: '受付開始' }) start!: Date;
  @Field(() => Date, { description: '報告期限' }) due!: Date;
  @Field(() => Date, { description: '受付終了 (期限後の報告は遅延)' }) end!: Date;
}

@ObjectType('ReportingSchedule', { simpleResolvers: true, description: '都道府県の報告期限と運用モード' })
export class ReportingScheduleView {
  @Cost({ inRow: true })
  @Field(() => Prefecture)
  prefecture!: Prefecture;
  @Field(() => ReportingMode) mode!: ReportingMode;
  @Field(() => String, { description: '運用モードの表示名 (平時・警戒・災害)' }) modeLabel!: string;
  @Field(() => String, { description: '毎日の報告期限 (HH:MM、日本時間)' }) dueTime!: string;
  @Field(() => Int, { description: '警戒時の報告周期 (時間)' }) alertCadenceHours!: number;
  @Field(() => Int, { description: '災害時の報告周期 (時間)' }) disasterCadenceHours!: number;
  @Field(() => Int, { description: '現在の報告周期 (時間、平時は24)' }) cadenceHours!: number;
  @Field(() => Int, { description: '期限の何分前に未報告の医療機関へリマインドを送るか' }) reminderBeforeMinutes!: number;
  @Field(() => Int, { description: '期限の何分後に督促と保健所への一覧を送るか' }) escalationAfterMinutes!: number;
  @Field(() => Date, { nullable: true, description: '現在の運用モード・期限が有効になった日時 (未設定なら null)' })
  effectiveAt!: Date | null;
  @Field(() => Date, { nullable: true, description: '最終更新日時 (未設定なら null)' }) updatedAt!: Date | null;
  @Field(() => Boolean, { description: 'false: 未設定 (既定の 12:00・平時)。リマインドは設定済みの都道府県にのみ送信' })
  configured!: boolean;
  @Cost({ inRow: true })
  @Field(() => ReportingPeriodView, { description: '今期の報告期間' })
  currentPeriod!: ReportingPeriodView;
  @Cost({ inRow: true })
  @Field(() => ReportingPeriodView, { description: '次期の報告期間 (今期の報告期限が過ぎたら、次の報告期限はこの期限)' })
  nextPeriod!: ReportingPeriodView;
}

@ObjectType('ComplianceCounts', { simpleResolvers: true, description: '報告期間の件数' })
export class ComplianceCountsView {
  @Field(() => Int, { description: '判定した報告期間 (期限が過ぎたもの)' }) periods!: number;
  @Field(() => Int, { description: '期限内に報告' }) onTime!: number;
  @Field(() => Int, { description: '期限後に報告 (遅延)' }) late!: number;
  @Field(() => Int, { description: '報告なし' }) missed!: number;
  @Field(() => Float, { nullable: true, description: '期限内の割合 (0〜1、期間がなければ null)' }) onTimeShare!: number | null;
}

@ObjectType('FacilityCompliance', { simpleResolvers: true, description: '医療機関の報告状況と遵守実績' })
export class FacilityComplianceView {
  @Cost({ inRow: true })
  @Field(() => Facility)
  facility!: Facility;
  @Field(() => ReportingStatus, { description: '今期の状況' }) status!: ReportingStatus;
  @Field(() => Date, { nullable: true, description: '最終報告日時' }) lastReportedAt!: Date | null;
  @Cost({ inRow: true })
  @Field(() => ComplianceCountsView, { description: '直近7日' })
  last7Days!: ComplianceCountsView;
  @Cost({ inRow: true })
  @Field(() => ComplianceCountsView, { description: '直近28日' })
  last28Days!: ComplianceCountsView;
}

@ObjectType('AreaCompliance', { simpleResolvers: true, description: '二次医療圏または都道府県の期限内報告の割合' })
export class AreaComplianceView {
  @Cost({ inRow: true })
  @Field(() => SecondaryMedicalArea, { nullable: true, description: '二次医療圏 (都道府県全体の行では null)' })
  area!: SecondaryMedicalArea | null;
  @Cost({ inRow: true })
  @Field(() => ComplianceCountsView)
  last7Days!: ComplianceCountsView;
  @Cost({ inRow: true })
  @Field(() => ComplianceCountsView)
  last28Days!: ComplianceCountsView;
}

@ObjectType('ReportingCompliance', { simpleResolvers: true, description: '報告状況: 今期の状況 (期限超過を先頭に) と遵守実績' })
export class ReportingComplianceView {
  @Cost({ inRow: true })
  @Field(() => ReportingScheduleView)
  schedule!: ReportingScheduleView;
  @Field(() => Int, { description: '対象の病院数' }) totalCount!: number;
  @Field(() => Int, { description: '今期の期限超過の病院数' }) overdueCount!: number;
  @Cost({ inRow: true, listSize: MAX_COMPLIANCE_ROWS })
  @Field(() => [FacilityComplianceView], { description: `病院ごと (期限超過、期限前、報告済の順、最大 ${MAX_COMPLIANCE_ROWS} 件)` })
  facilities!: FacilityComplianceView[];
  @Cost({ inRow: true, listSize: 60 })
  @Field(() => [AreaComplianceView], { description: '二次医療圏ごと' })
  areas!: AreaComplianceView[];
  @Cost({ inRow: true })
  @Field(() => AreaComplianceView, { description: '都道府県全体' })
  overall!: AreaComplianceView;
}

@InputType('ReportingScheduleInput', { description: '報告期限と運用モードの設定' })
export class ReportingScheduleInput {
  @Field(() => String, { nullable: true, description: '都道府県コード (都道府県アカウントは省略可: 自都道府県)' })
  prefectureCode?: string | null;
  @Field(() => ReportingMode) mode!: ReportingMode;
  @Field(() => String, { description: '毎日の報告期限 (HH:MM、日本時間)' }) dueTime!: string;
  @Field(() => Int, { description: '警戒時の報告周期 (1,2,3,4,6,8,12 時間)' }) alertCadenceHours!: number;
  @Field(() => Int, { description: '災害時の報告周期 (警戒時以下)' }) disasterCadenceHours!: number;
  @Field(() => Int, { description: '期限の何分前にリマインドを送るか (0〜720)' }) reminderBeforeMinutes!: number;
  @Field(() => Int, { description: '期限の何分後に督促を送るか (0〜720)' }) escalationAfterMinutes!: number;
}

const counts = (c: ComplianceCounts): ComplianceCountsView => ({ ...c, onTimeShare: c.periods ? c.onTime / c.periods : null });
const EMPTY: ComplianceCounts = { periods: 0, onTime: 0, late: 0, missed: 0 };

export function scheduleView(ctx: Context, schedule: PrefectureSchedule, now: Date): ReportingScheduleView {
  return {
    prefecture: ctx.reference.prefecture(schedule.prefectureCode)!,
    mode: schedule.mode,
    modeLabel: MODE_LABELS[schedule.mode],
    dueTime: formatDueTime(schedule.dueMinutes),
    alertCadenceHours: schedule.alertCadenceHours,
    disasterCadenceHours: schedule.disasterCadenceHours,
    cadenceHours: cadenceHours(schedule),
    reminderBeforeMinutes: schedule.reminderBeforeMinutes,
    escalationAfterMinutes: schedule.escalationAfterMinutes,
    effectiveAt: schedule.stored ? schedule.effectiveAt : null,
    updatedAt: schedule.updatedAt,
    configured: schedule.stored,
    currentPeriod: currentPeriod(schedule, now),
    nextPeriod: nextPeriod(schedule, now),
  };
}

const knownPrefecture = (ctx: Context) => (code: string) => ctx.reference.prefecture(code) !== null;

/** Who may read the reporting schedule: every signed-in role (the banner of every screen shows its mode). */
const SCHEDULE_READERS = [
  Role.HEALTH_CENTER_RECRUITMENT,
  Role.HEALTH_CENTER_AGGREGATOR,
  Role.FACILITY,
  Role.PREFECTURE,
  Role.OFFICE,
  Role.ANALYST,
];

@Resolver()
export class ReportingResolver {
  @Authorized(SCHEDULE_READERS)
  @Query(() => ReportingScheduleView, {
    description: '都道府県の報告期限・運用モード・今期の報告期間 (省略時は自分の都道府県; 事務局・分析担当は指定が必要)',
  })
  async reportingSchedule(
    @Arg('prefectureCode', () => String, { nullable: true }) prefectureCode: string | null,
    @Ctx() ctx: Context,
  ): Promise<ReportingScheduleView> {
    const code = schedulePrefectureFor(ctx.viewer, prefectureCode, knownPrefecture(ctx));
    return scheduleView(ctx, await scheduleOf(ctx.db.manager, code), new Date());
  }

  @Authorized(BED_REPORT_READERS)
  @Query(() => ReportingComplianceView, {
    description:
      '報告状況: 病院ごとの今期の状況 (報告済・期限前・期限超過、期限超過を先頭に) と直近7日・28日の期限内・遅延・未報告の件数、二次医療圏・都道府県ごとの期限内の割合。医療機関は自施設のみ',
  })
  async reportingCompliance(
    @Arg('prefectureCode', () => String, { nullable: true, description: '都道府県コード (事務局・分析担当は必須)' })
    prefectureCode: string | null,
    @Arg('areaCode', () => String, { nullable: true, description: '二次医療圏コード' }) areaCode: string | null,
    @Ctx() ctx: Context,
  ): Promise<ReportingComplianceView> {
    const scope = await complianceScopeFor(
      ctx.viewer,
      { prefectureCode, areaCode },
      ctx.reference,
      async (id) => (await ctx.loaders.facilityById.load(id))?.prefectureCode ?? null,
    );
    const now = new Date();
    const schedule = await scheduleOf(ctx.db.manager, scope.prefectureCode);
    const [{ rows }, areas] = await Promise.all([
      facilityCompliance(ctx.db.manager, schedule, scope, now),
      areaCompliance(ctx.db.manager, scope, now),
    ]);
    const facilities = await ctx.loaders.facilityById.loadMany(rows.slice(0, MAX_COMPLIANCE_ROWS).map((r) => r.facilityId));
    const areaView = (row: (typeof areas)[number] | undefined): AreaComplianceView => ({
      area: row?.areaCode ? ctx.reference.area(row.areaCode) : null,
      last7Days: counts(row?.windows[7] ?? EMPTY),
      last28Days: counts(row?.windows[28] ?? EMPTY),
    });
    return {
      schedule: scheduleView(ctx, schedule, now),
      totalCount: rows.length,
      overdueCount: rows.filter((r) => r.status === 'OVERDUE').length,
      facilities: rows.slice(0, MAX_COMPLIANCE_ROWS).flatMap((row, i) => {
        const facility = facilities[i];
        if (!(facility instanceof Facility)) return [];
        return [
          {
            facility,
            status: ReportingStatus[row.status],
            lastReportedAt: row.lastReportedAt,
            last7Days: counts(row.windows[7]),
            last28Days: counts(row.windows[28]),
          },
        ];
      }),
      areas: areas.filter((a) => a.areaCode !== null).map(areaView),
      overall: areaView(areas.find((a) => a.areaCode === null)),
    };
  }

  @Authorized(SCHEDULE_EDITORS)
  @Mutation(() => ReportingScheduleView, {
    description:
      '報告期限・運用モードを設定する (都道府県は自都道府県、事務局は指定した都道府県)。運用モードを変えると、その都道府県の全アカウントにメールで知らせる',
  })
  async updateReportingSchedule(
    @Arg('input', () => ReportingScheduleInput) input: ReportingScheduleInput,
    @Ctx() ctx: Context,
  ): Promise<ReportingScheduleView> {
    const now = new Date();
    const saved = await updateReportingSchedule(ctx.db, ctx.viewer, input, {
      now,
      clientAddress: ctx.clientAddress,
      known: knownPrefecture(ctx),
      prefectureName: (code) => ctx.reference.prefecture(code)?.name ?? code,
    });
    return scheduleView(ctx, saved, now);
  }
}

/**
 * What part of the compliance a viewer may read: the bed report's rule (beds/bed-access.ts) —
 * prefecture and health centre their own prefecture, a hospital itself only, office and analysts
 * any prefecture they name. The GraphQL field and the CSV export both ask here.
 */
export async function complianceScopeFor(
  viewer: Viewer,
  args: { prefectureCode: string | null | undefined; areaCode: string | null | undefined },
  reference: ReferenceCatalog,
  facilityPrefecture: (facilityId: number) => Promise<string | null>,
): Promise<ComplianceScope> {
  const scope = bedReadScope(viewer);
  if (scope.facilityId !== null) {
    const prefectureCode = await facilityPrefecture(scope.facilityId);
    if (!prefectureCode) throw forbidden();
    return { prefectureCode, facilityId: scope.facilityId };
  }
  const { prefectureCode, areaCode } = args;
  if (scope.prefectureCode !== null && prefectureCode != null && prefectureCode !== scope.prefectureCode)
    throw forbidden('他の都道府県の報告状況は参照できません。');
  const code = schedulePrefectureFor(viewer, prefectureCode ?? scope.prefectureCode, (c) => reference.prefecture(c) !== null);
  const area = areaCode ? reference.area(areaCode) : null;
  if (areaCode && (!area || area.prefectureCode !== code))
    throw badUserInput('二次医療圏が正しくありません。', [{ field: 'areaCode', message: '二次医療圏が正しくありません。' }]);
  return { prefectureCode: code, areaCode: areaCode ?? null };
}
