import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Node, toGlobalId } from '../graphql/node';
import {
  AcceptanceStatus,
  BED_CATEGORIES,
  BED_COUNT_FIELDS,
  BED_MEASURES,
  bedCountProperty,
  type BedCategoryKey,
  type BedMeasureKey,
  type BedCountColumns,
  StaffingStatus,
} from './bed-categories';
import { Cost } from '../graphql/cost';

registerEnumType(AcceptanceStatus, {
  name: 'AcceptanceStatus',
  description: '受入状況',
  valuesConfig: {
    NORMAL: { description: '通常' },
    LIMITED: { description: '制限' },
    SUSPENDED: { description: '停止' },
    UNANSWERED: { description: '未回答' },
  },
});
registerEnumType(StaffingStatus, {
  name: 'StaffingStatus',
  description: '職員の充足状況',
  valuesConfig: {
    NORMAL: { description: '通常' },
    SHORTAGE: { description: '欠員あり' },
    DEPLETED: { description: '枯渇' },
    UNANSWERED: { description: '未回答' },
  },
});

export enum BedCategory {
  GENERAL = 'general',
  ICU_HCU = 'icuHcu',
  INFECTIOUS = 'infectious',
  PSYCHIATRIC = 'psychiatric',
  PEDIATRIC = 'pediatric',
  NEGATIVE_PRESSURE = 'negativePressure',
}
registerEnumType(BedCategory, {
  name: 'BedCategory',
  description: '病床区分',
  valuesConfig: Object.fromEntries(
    Object.entries(BedCategory).map(([name, key]) => [name, { description: BED_CATEGORIES.find((c) => c.key === key)!.label }]),
  ),
});

export enum ReportSource {
  FACILITY = 'FACILITY',
  PREFECTURE = 'PREFECTURE',
  HEALTH_CENTER = 'HEALTH_CENTER',
  DEMO = 'DEMO',
}
// Who sent a report, by path rather than by person: the reporting account stays out of the API.
registerEnumType(ReportSource, {
  name: 'ReportSource',
  description: '報告元',
  valuesConfig: {
    FACILITY: { description: '医療機関 (自施設の報告)' },
    PREFECTURE: { description: '都道府県 (代理・一括報告)' },
    HEALTH_CENTER: { description: '保健所 (とりまとめ団体の一括取込)' },
    DEMO: { description: 'デモデータ' },
  },
});

/** The counts of one bed category in one snapshot. */
@ObjectType('BedCount', { simpleResolvers: true, description: '病床区分ごとの病床数・患者数' })
export class BedCount {
  @Field(() => BedCategory) category!: BedCategory;
  @Field(() => String, { description: '病床区分の表示名' }) label!: string;
  @Field(() => Int, { description: '確保病床数' }) secured!: number;
  @Field(() => Int, { description: '即応病床数' }) immediate!: number;
  @Field(() => Int, { description: '入院患者数' }) inpatients!: number;
  @Field(() => Int, { description: 'うち重症者数' }) severe!: number;
  @Field(() => Int, { description: '空床数' }) vacant!: number;
}

/**
 * One bed-status report of one facility at one moment (append-only: a new report is a new row,
 * the latest one is the facility's current status). Holds no personal data, which is why analysts
 * may read it whole; `reportedByAccountId` is kept for audit and is not part of the API.
 */
@Entity({ name: 'bed_snapshot' })
@ObjectType('BedSnapshot', { implements: Node, simpleResolvers: true, description: '病床状況の報告 (1回分)' })
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- merged with the generated count columns below
export class BedSnapshot extends Node {
  @PrimaryGeneratedColumn('identity', { name: 'id', type: 'integer' })
  dbId!: number;

  @Column({ name: 'facility_id', type: 'integer' })
  facilityId!: number;

  @Column({ name: 'reported_at', type: 'timestamptz' })
  @Field(() => Date, { description: '報告日時' })
  reportedAt!: Date;

  @Column({ name: 'reported_by_account_id', type: 'integer', nullable: true })
  reportedByAccountId!: number | null;

  @Column({ type: 'text' })
  @Field(() => ReportSource, { description: '報告元' })
  source!: ReportSource;

  @Column({ name: 'idempotency_key', type: 'text', nullable: true })
  idempotencyKey!: string | null;

  @Column({ name: 'content_hash', type: 'char', length: 64 })
  contentHash!: string;

  @Column({ name: 'secured_total', type: 'integer', insert: false, update: false })
  @Field(() => Int, { description: '確保病床数 (合計)' })
  securedTotal!: number;

  @Column({ name: 'vacant_total', type: 'integer', insert: false, update: false })
  @Field(() => Int, { description: '空床数 (合計)' })
  vacantTotal!: number;

  @Column({ name: 'outpatient_acceptance', type: 'text' })
  @Field(() => AcceptanceStatus, { description: '外来受入' })
  outpatientAcceptance!: AcceptanceStatus;

  @Column({ name: 'inpatient_acceptance', type: 'text' })
  @Field(() => AcceptanceStatus, { description: '入院受入' })
  inpatientAcceptance!: AcceptanceStatus;

  @Column({ name: 'emergency_acceptance', type: 'text' })
  @Field(() => AcceptanceStatus, { description: '救急受入' })
  emergencyAcceptance!: AcceptanceStatus;

  @Column({ type: 'text' })
  @Field(() => StaffingStatus, { description: '職員の充足状況' })
  staffing!: StaffingStatus;

  @Column({ name: 'ventilators_total', type: 'integer' })
  @Field(() => Int, { description: '人工呼吸器 保有台数' })
  ventilatorsTotal!: number;

  @Column({ name: 'ventilators_in_use', type: 'integer' })
  @Field(() => Int, { description: '人工呼吸器 使用中' })
  ventilatorsInUse!: number;

  @Column({ name: 'ecmo_total', type: 'integer' })
  @Field(() => Int, { description: 'ECMO 保有台数' })
  ecmoTotal!: number;

  @Column({ name: 'ecmo_in_use', type: 'integer' })
  @Field(() => Int, { description: 'ECMO 使用中' })
  ecmoInUse!: number;

  @Column({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: '備考' })
  note!: string | null;

  /** The report this one corrects (訂正); it then carries that report's reportedAt. */
  @Column({ name: 'corrects_snapshot_id', type: 'integer', nullable: true })
  correctsSnapshotId!: number | null;

  @Column({ name: 'corrected_at', type: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true, description: '訂正日時 (この報告が訂正のとき。報告日時は訂正した元の報告のもの)' })
  correctedAt!: Date | null;

  /** Global id of the corrected report, read from the column (a getter below). */
  @Field(() => ID, { nullable: true, description: 'この報告が訂正のとき、訂正した元の報告の ID' })
  readonly correctionOf!: string | null;

  /** Derived from the counts on read (a getter below), so a plain field: no resolver call per snapshot. */
  // One count per bed category, from the snapshot's own columns.
  @Cost({ listSize: BED_CATEGORIES.length, inRow: true })
  @Field(() => [BedCount], { description: '病床区分ごとの報告値' })
  readonly beds!: BedCount[];
}

// The 30 count columns (category × measure) come from the one category list rather than being
// written out by hand, so entity, migration and CSV cannot drift apart.
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging, @typescript-eslint/no-empty-object-type -- the columns are added to the class just below
export interface BedSnapshot extends BedCountColumns {}
for (const field of BED_COUNT_FIELDS) {
  Column({ name: field.column, type: 'integer' })(BedSnapshot.prototype, field.property);
}

/**
 * The per-category counts of a snapshot, in the fixed category order. Compiled once from the
 * category list into one object literal per category with a plain property read per count: reading
 * the counts by computed name (`snapshot[name]`) was a megamorphic lookup per count, ~8 ms of a
 * 2,000-row report (npm run bench, CPU profile). Names come from BED_CATEGORIES only, never from input.
 */
const BED_COUNT_OF_MEASURE: Record<BedMeasureKey, Exclude<keyof BedCount, 'category' | 'label'>> = {
  Secured: 'secured',
  Immediate: 'immediate',
  Inpatients: 'inpatients',
  Severe: 'severe',
  Vacant: 'vacant',
};
// eslint-disable-next-line @typescript-eslint/no-implied-eval -- compiled once from the constant category list, never from input
const bedCountsOf = new Function(
  'snapshot',
  `return [${BED_CATEGORIES.map(
    (c) =>
      `{ category: ${JSON.stringify(c.key)}, label: ${JSON.stringify(c.label)}, ${BED_MEASURES.map(
        (m) => `${BED_COUNT_OF_MEASURE[m.key]}: snapshot.${bedCountProperty(c.key, m.key)}`,
      ).join(', ')} }`,
  ).join(',\n')}];`,
) as (snapshot: BedSnapshot) => BedCount[];

/**
 * Where a snapshot keeps its `beds` once read. Compiled queries read a list field five times per
 * row (null, error, string and iterable checks, then the walk), so without it a 2,000-row report
 * built every snapshot's category list five times: 5.4 MB of its 25 MB of garbage (npm run bench,
 * allocation profile). A symbol key, so JSON and TypeORM never see it. Snapshots are records:
 * their counts are not changed once read (a correction is a new snapshot).
 */
const BEDS_READ = Symbol('beds read');

// `id` and `beds` are read from the stored columns when asked for, for snapshots loaded from the
// database and for those just recorded alike (no @AfterLoad, which inserts do not run).
Object.defineProperties(BedSnapshot.prototype, {
  id: {
    get(this: BedSnapshot) {
      return toGlobalId('BedSnapshot', this.dbId);
    },
  },
  beds: {
    get(this: BedSnapshot & { [BEDS_READ]?: BedCount[] }) {
      return (this[BEDS_READ] ??= bedCountsOf(this));
    },
  },
  correctionOf: {
    get(this: BedSnapshot) {
      return this.correctsSnapshotId === null || this.correctsSnapshotId === undefined
        ? null
        : toGlobalId('BedSnapshot', this.correctsSnapshotId);
    },
  },
});

export const isBedCategoryKey = (key: string): key is BedCategoryKey => BED_CATEGORIES.some((c) => c.key === key);
