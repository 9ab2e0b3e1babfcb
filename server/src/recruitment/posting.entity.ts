import { ENUM_LABELS } from '../../../common/enum-labels';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { registerEnumType } from 'type-graphql';

/** 職種 */
export enum Occupation {
  DOCTOR = 'DOCTOR',
  NURSE = 'NURSE',
  PUBLIC_HEALTH_NURSE = 'PUBLIC_HEALTH_NURSE',
  ASSISTANT_NURSE = 'ASSISTANT_NURSE',
  MIDWIFE = 'MIDWIFE',
  PHARMACIST = 'PHARMACIST',
  CLINICAL_LABORATORY_TECHNICIAN = 'CLINICAL_LABORATORY_TECHNICIAN',
  RADIOLOGICAL_TECHNOLOGIST = 'RADIOLOGICAL_TECHNOLOGIST',
  CLINICAL_ENGINEER = 'CLINICAL_ENGINEER',
  DIETITIAN = 'DIETITIAN',
  PHYSICAL_THERAPIST = 'PHYSICAL_THERAPIST',
  OFFICE_STAFF = 'OFFICE_STAFF',
  OTHER = 'OTHER',
}

/** The words shown for each value: common/enum-labels.ts, shared with the dashboard. */
export const OCCUPATION_LABELS: Record<Occupation, string> = ENUM_LABELS.Occupation;

/** 雇用形態 */
export enum EmploymentType {
  FULL_TIME = 'FULL_TIME',
  PART_TIME = 'PART_TIME',
  FIXED_TERM = 'FIXED_TERM',
  TEMPORARY_STAFFING = 'TEMPORARY_STAFFING',
  OTHER = 'OTHER',
}

export const EMPLOYMENT_TYPE_LABELS: Record<EmploymentType, string> = {
  FULL_TIME: '常勤',
  PART_TIME: '非常勤',
  FIXED_TERM: '有期雇用',
  TEMPORARY_STAFFING: '派遣',
  OTHER: 'その他',
};

/** 状態: 下書き / 公開中 / 募集終了 */
export enum PostingStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
  CLOSED = 'CLOSED',
}

/** The words shown for each value: common/enum-labels.ts, shared with the dashboard. */
export const POSTING_STATUS_LABELS: Record<PostingStatus, string> = ENUM_LABELS.PostingStatus;

const describe = <E extends string>(labels: Record<E, string>) =>
  Object.fromEntries(Object.entries(labels).map(([k, v]) => [k, { description: v as string }])) as Record<E, { description: string }>;

registerEnumType(Occupation, { name: 'Occupation', description: '職種', valuesConfig: describe(OCCUPATION_LABELS) });
registerEnumType(EmploymentType, { name: 'EmploymentType', description: '雇用形態', valuesConfig: describe(EMPLOYMENT_TYPE_LABELS) });
registerEnumType(PostingStatus, { name: 'PostingStatus', description: '掲載状態', valuesConfig: describe(POSTING_STATUS_LABELS) });

/**
 * A recruitment posting as stored. Never handed to GraphQL directly: every reader gets a
 * `PostingView` made by `maskForViewer`, so no path can skip the masking rule.
 */
@Entity({ name: 'posting' })
export class Posting {
  @PrimaryGeneratedColumn('identity', { name: 'id', type: 'integer' })
  dbId!: number;

  @Column({ name: 'facility_id', type: 'integer' })
  facilityId!: number;

  /** The owning facility's prefecture (kept equal to it by a foreign key). */
  @Column({ name: 'facility_prefecture_code', type: 'char', length: 2 })
  facilityPrefectureCode!: string;

  @Column({ name: 'idempotency_key', type: 'text' })
  idempotencyKey!: string;

  @Column({ name: 'request_hash', type: 'char', length: 64 })
  requestHash!: string;

  @Column({ type: 'text' }) title!: string;
  @Column({ type: 'text' }) occupation!: Occupation;
  @Column({ name: 'employment_type', type: 'text' }) employmentType!: EmploymentType;
  @Column({ type: 'integer', nullable: true }) openings!: number | null;
  @Column({ type: 'text' }) duties!: string;
  @Column({ type: 'text', nullable: true }) qualifications!: string | null;
  @Column({ name: 'working_hours', type: 'text' }) workingHours!: string;
  @Column({ type: 'text' }) pay!: string;
  @Column({ type: 'text', nullable: true }) period!: string | null;

  @Column({ name: 'work_postal_code', type: 'char', length: 7, nullable: true }) workPostalCode!: string | null;
  @Column({ name: 'work_prefecture_code', type: 'char', length: 2, nullable: true }) workPrefectureCode!: string | null;
  @Column({ name: 'work_address', type: 'text', nullable: true }) workAddress!: string | null;
  @Column({ name: 'work_facility_name', type: 'text', nullable: true }) workFacilityName!: string | null;

  @Column({ name: 'contact_name', type: 'text' }) contactName!: string;
  @Column({ name: 'contact_location', type: 'text', nullable: true }) contactLocation!: string | null;
  @Column({ name: 'contact_phone', type: 'text' }) contactPhone!: string;
  @Column({ name: 'contact_email', type: 'text', nullable: true }) contactEmail!: string | null;

  @Column({ name: 'masking_requested', type: 'boolean' }) maskingRequested!: boolean;
  @Column({ type: 'text' }) status!: PostingStatus;
  @Column({ type: 'integer' }) version!: number;

  @Column({ name: 'content_search_key', type: 'text' }) contentSearchKey!: string;
  @Column({ name: 'location_search_key', type: 'text' }) locationSearchKey!: string;

  @Column({ name: 'created_by', type: 'integer', nullable: true }) createdBy!: number | null;
  @Column({ name: 'updated_by', type: 'integer', nullable: true }) updatedBy!: number | null;
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
  @Column({ name: 'published_at', type: 'timestamptz', nullable: true }) publishedAt!: Date | null;
  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true }) closedAt!: Date | null;
}

/** The fields a writer fills in (everything of a posting that the form edits). */
export const POSTING_CONTENT_FIELDS = [
  'title',
  'occupation',
  'employmentType',
  'openings',
  'duties',
  'qualifications',
  'workingHours',
  'pay',
  'period',
  'workPostalCode',
  'workPrefectureCode',
  'workAddress',
  'workFacilityName',
  'contactName',
  'contactLocation',
  'contactPhone',
  'contactEmail',
  'maskingRequested',
] as const;
export type PostingContentField = (typeof POSTING_CONTENT_FIELDS)[number];
export type PostingContent = Pick<Posting, PostingContentField>;
