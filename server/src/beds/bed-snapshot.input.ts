import { Field, InputType, Int, registerEnumType } from 'type-graphql';
import { AcceptanceStatus, StaffingStatus } from './bed-categories';
import { BedCategory } from './bed-snapshot.entity';
import { BedReportSortField, SortDirection } from './bed-report.query';

@InputType('BedCountInput', { description: '病床区分ごとの報告値。省略した区分は 0 として扱います。' })
export class BedCountInput {
  @Field(() => BedCategory) category!: BedCategory;
  @Field(() => Int, { description: '確保病床数' }) secured!: number;
  @Field(() => Int, { description: '即応病床数' }) immediate!: number;
  @Field(() => Int, { description: '入院患者数' }) inpatients!: number;
  @Field(() => Int, { description: 'うち重症者数' }) severe!: number;
  @Field(() => Int, { description: '空床数' }) vacant!: number;
}

@InputType('BedReportInput', { description: '病床状況の報告内容' })
export class BedReportInput {
  @Field(() => [BedCountInput]) beds!: BedCountInput[];
  @Field(() => AcceptanceStatus, { defaultValue: AcceptanceStatus.UNANSWERED }) outpatientAcceptance!: AcceptanceStatus;
  @Field(() => AcceptanceStatus, { defaultValue: AcceptanceStatus.UNANSWERED }) inpatientAcceptance!: AcceptanceStatus;
  @Field(() => AcceptanceStatus, { defaultValue: AcceptanceStatus.UNANSWERED }) emergencyAcceptance!: AcceptanceStatus;
  @Field(() => StaffingStatus, { defaultValue: StaffingStatus.UNANSWERED }) staffing!: StaffingStatus;
  @Field(() => Int, { defaultValue: 0 }) ventilatorsTotal!: number;
  @Field(() => Int, { defaultValue: 0 }) ventilatorsInUse!: number;
  @Field(() => Int, { defaultValue: 0 }) ecmoTotal!: number;
  @Field(() => Int, { defaultValue: 0 }) ecmoInUse!: number;
  @Field(() => String, { nullable: true, description: '備考 (500文字以内)' }) note?: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Client-chosen key (1..100 chars) that makes a retried submission return the first result instead of storing it twice.',
  })
  idempotencyKey?: string | null;
}

@InputType('BedReportBatchRow', { description: '一括報告の1行: 医療機関コードと報告内容' })
export class BedReportBatchRow {
  @Field(() => String, { description: '医療機関コード (10桁)' }) facilityCode!: string;
  @Field(() => BedReportInput) report!: BedReportInput;
}

// The report's order is the domain's (bed-report.query.ts); GraphQL names its enums here.
registerEnumType(BedReportSortField, {
  name: 'BedReportSortField',
  valuesConfig: {
    FACILITY_CODE: { description: '医療機関コード' },
    FACILITY_NAME: { description: '医療機関名' },
    AREA: { description: '二次医療圏 (コード順)' },
    LAST_UPDATED: { description: '最終更新 (未報告は最も古い扱い)' },
    VACANT_TOTAL: { description: '空床数 合計 (未報告は最も少ない扱い)' },
    SECURED_TOTAL: { description: '確保病床数 合計 (未報告は最も少ない扱い)' },
    VACANT_GENERAL: { description: '空床数 一般病床' },
    VACANT_ICU_HCU: { description: '空床数 ICU・HCU' },
    VACANT_INFECTIOUS: { description: '空床数 感染症病床' },
    VACANT_PSYCHIATRIC: { description: '空床数 精神病床' },
    VACANT_PEDIATRIC: { description: '空床数 小児病床' },
    VACANT_NEGATIVE_PRESSURE: { description: '空床数 陰圧室' },
  },
});
registerEnumType(SortDirection, { name: 'SortDirection' });

@InputType('BedReportOrder')
export class BedReportOrder {
  @Field(() => BedReportSortField) field!: BedReportSortField;
  @Field(() => SortDirection, { defaultValue: SortDirection.ASC }) direction!: SortDirection;
}

@InputType('BedVacancyMinimum', { description: '病床区分ごとの空床数の下限' })
export class BedVacancyMinimum {
  @Field(() => BedCategory) category!: BedCategory;
  @Field(() => Int, { description: 'この数以上の空床がある医療機関のみ (0〜9999)' }) atLeast!: number;
}

@InputType('BedReportFilter', { description: '地域病床見える化の絞り込み条件 (すべて AND)' })
export class BedReportFilter {
  @Field(() => String, { nullable: true, description: '都道府県コード。保健所・都道府県のアカウントは省略時に自都道府県。' })
  prefectureCode?: string | null;

  @Field(() => String, { nullable: true, description: '二次医療圏コード (4桁)' })
  secondaryMedicalAreaCode?: string | null;

  @Field(() => String, { nullable: true, description: '医療機関名の部分一致 (全角・半角・大小文字を区別しない)' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'レポートテーブルを検索: 二次医療圏名または医療機関名の部分一致' })
  search?: string | null;

  @Field(() => [AcceptanceStatus], { nullable: true, description: '外来受入がいずれかに該当' })
  outpatientAcceptance?: AcceptanceStatus[] | null;

  @Field(() => [AcceptanceStatus], { nullable: true, description: '入院受入がいずれかに該当' })
  inpatientAcceptance?: AcceptanceStatus[] | null;

  @Field(() => [AcceptanceStatus], { nullable: true, description: '救急受入がいずれかに該当' })
  emergencyAcceptance?: AcceptanceStatus[] | null;

  @Field(() => [StaffingStatus], { nullable: true, description: '職員の充足状況がいずれかに該当 (未報告は UNANSWERED)' })
  staffing?: StaffingStatus[] | null;

  @Field(() => Int, { nullable: true, description: '空床数 (合計) がこの数以上の医療機関のみ (未報告は含まない)' })
  minVacantTotal?: number | null;

  @Field(() => [BedVacancyMinimum], {
    nullable: true,
    description: '病床区分ごとの空床数の下限 (すべて満たす医療機関のみ、未報告は含まない)',
  })
  minVacant?: BedVacancyMinimum[] | null;

  @Field(() => Boolean, { nullable: true, description: 'true: 更新が古い (または未報告の) 医療機関のみ' })
  staleOnly?: boolean | null;
}
