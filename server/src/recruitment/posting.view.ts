import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Node } from '../graphql/node';
import { EmploymentType, Occupation, type Posting, PostingStatus } from './posting.entity';

/**
 * What a reader of a posting gets: built only by `maskForViewer` (masking.ts). Fields that the
 * masking rule hides are null here and listed in `maskedFields`; the entity never reaches GraphQL.
 */
@ObjectType('Posting', { implements: Node, description: '人材募集 (閲覧者に応じてマスキング済み)' })
export class PostingView extends Node {
  /** Database key, for loaders (history). The API exposes only the global id. */
  dbId!: number;
  /** The owning facility, or null when the facility is masked for this reader. */
  facilityDbId!: number | null;
  /** Set only for readers who see the whole posting (owner, its prefecture, office). */
  source!: Posting | null;

  @Field(() => String, { description: '募集タイトル' }) title!: string;
  @Field(() => Occupation, { description: '職種' }) occupation!: Occupation;
  @Field(() => String, { description: '職種 (表示名)' }) occupationLabel!: string;
  @Field(() => EmploymentType, { description: '雇用形態' }) employmentType!: EmploymentType;
  @Field(() => String, { description: '雇用形態 (表示名)' }) employmentTypeLabel!: string;
  @Field(() => Int, { nullable: true, description: '募集人数' }) openings!: number | null;
  @Field(() => String, { description: '業務内容' }) duties!: string;
  @Field(() => String, { nullable: true, description: '必要な資格・経験' }) qualifications!: string | null;
  @Field(() => String, { description: '勤務時間' }) workingHours!: string;
  @Field(() => String, { description: '給与' }) pay!: string;
  @Field(() => String, { nullable: true, description: '募集期間・勤務期間' }) period!: string | null;

  @Field(() => String, { nullable: true, description: '就業場所: 都道府県コード (マスキング対象外)' })
  workPrefectureCode!: string | null;
  @Field(() => String, { nullable: true, description: '就業場所: 郵便番号 (7桁)。マスキング対象' })
  workPostalCode!: string | null;
  @Field(() => String, { nullable: true, description: '就業場所: 住所(市区町村・番地等)。マスキング対象' })
  workAddress!: string | null;
  @Field(() => String, { nullable: true, description: '就業場所: 住所(具体的な施設名)。マスキング対象' })
  workFacilityName!: string | null;

  @Field(() => String, { nullable: true, description: '担当者氏名。マスキング対象' }) contactName!: string | null;
  @Field(() => String, { nullable: true, description: '担当者所在地 (部署)。マスキング対象' }) contactLocation!: string | null;
  @Field(() => String, { nullable: true, description: '応募担当電話番号。マスキング対象' }) contactPhone!: string | null;
  @Field(() => String, { nullable: true, description: '担当者E-mail。マスキング対象' }) contactEmail!: string | null;

  @Field(() => Boolean, { description: '公開時に一定情報をマスキングすることを希望する' }) maskingRequested!: boolean;
  @Field(() => [String], { description: 'この閲覧者に対してマスキングされ null になっているフィールド名' }) maskedFields!: string[];
  @Field(() => Boolean, { description: '閲覧者が全項目を見られる (登録施設・その都道府県・事務局)' }) fullAccess!: boolean;
  @Field(() => Boolean, { description: '閲覧者が編集できる' }) viewerCanEdit!: boolean;

  @Field(() => PostingStatus) status!: PostingStatus;
  @Field(() => Int, { description: '版 (楽観的ロック用。編集のたびに 1 増える)' }) version!: number;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date) updatedAt!: Date;
  @Field(() => Date, { nullable: true }) publishedAt!: Date | null;
  @Field(() => Date, { nullable: true }) closedAt!: Date | null;
}

/**
 * How Key-Net shows a posting: the public view, with the masking the posting asked for. The
 * feed events, the webhook bodies and the preview are all this, made by `keyNetDocument`.
 */
@ObjectType('KeyNetPosting', { description: 'Key-Net 掲載内容 (マスキング適用済み)' })
export class KeyNetDocument {
  @Field(() => ID, { description: '募集の恒久ID (Posting の id)' }) postingId!: string;
  @Field(() => Int) version!: number;
  @Field(() => PostingStatus) status!: PostingStatus;
  @Field(() => String) title!: string;
  @Field(() => Occupation) occupation!: Occupation;
  @Field(() => String) occupationLabel!: string;
  @Field(() => EmploymentType) employmentType!: EmploymentType;
  @Field(() => String) employmentTypeLabel!: string;
  @Field(() => Int, { nullable: true }) openings!: number | null;
  @Field(() => String) duties!: string;
  @Field(() => String, { nullable: true }) qualifications!: string | null;
  @Field(() => String) workingHours!: string;
  @Field(() => String) pay!: string;
  @Field(() => String, { nullable: true }) period!: string | null;
  @Field(() => String, { description: '就業場所の都道府県コード (未入力なら施設の都道府県)' }) prefectureCode!: string;
  @Field(() => String, { nullable: true, description: '医療機関名。マスキング対象' }) facilityName!: string | null;
  @Field(() => String, { nullable: true }) workPostalCode!: string | null;
  @Field(() => String, { nullable: true }) workAddress!: string | null;
  @Field(() => String, { nullable: true }) workFacilityName!: string | null;
  @Field(() => String, { nullable: true }) contactName!: string | null;
  @Field(() => String, { nullable: true }) contactLocation!: string | null;
  @Field(() => String, { nullable: true }) contactPhone!: string | null;
  @Field(() => String, { nullable: true }) contactEmail!: string | null;
  @Field(() => [String], { description: 'マスキングされ null になっている項目' }) maskedFields!: string[];
  @Field(() => Date, { nullable: true }) publishedAt!: Date | string | null;
  @Field(() => Date) updatedAt!: Date | string;
}
