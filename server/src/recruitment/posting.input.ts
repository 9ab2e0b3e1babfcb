import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { EmploymentType, Occupation, PostingStatus } from './posting.entity';

/**
 * The form's fields. All are optional in the schema so that a missing required field gets its
 * own Japanese message beside the field (fieldErrors) rather than a GraphQL validation error.
 */
@InputType('PostingInput', { description: '人材募集の入力項目 (必須項目はサーバーが検証し fieldErrors で返す)' })
export class PostingInput {
  @Field(() => String, { nullable: true, description: '* 募集タイトル (100文字以内)' }) title?: string | null;
  @Field(() => Occupation, { nullable: true, description: '* 職種' }) occupation?: Occupation | null;
  @Field(() => EmploymentType, { nullable: true, description: '* 雇用形態' }) employmentType?: EmploymentType | null;
  @Field(() => Int, { nullable: true, description: '募集人数 (1〜999)' }) openings?: number | null;
  @Field(() => String, { nullable: true, description: '* 業務内容 (2000文字以内)' }) duties?: string | null;
  @Field(() => String, { nullable: true, description: '必要な資格・経験' }) qualifications?: string | null;
  @Field(() => String, { nullable: true, description: '* 勤務時間' }) workingHours?: string | null;
  @Field(() => String, { nullable: true, description: '* 給与' }) pay?: string | null;
  @Field(() => String, { nullable: true, description: '募集期間・勤務期間' }) period?: string | null;
  @Field(() => String, { nullable: true, description: '就業場所: 郵便番号 (7桁。保健所は必須)' }) workPostalCode?: string | null;
  @Field(() => String, { nullable: true, description: '就業場所: 都道府県コード (保健所は必須)' }) workPrefectureCode?: string | null;
  @Field(() => String, { nullable: true, description: '就業場所: 住所(市区町村・番地等) (保健所は必須)' }) workAddress?: string | null;
  @Field(() => String, { nullable: true, description: '就業場所: 住所(具体的な施設名) (保健所は必須)' }) workFacilityName?: string | null;
  @Field(() => String, { nullable: true, description: '* 担当者氏名' }) contactName?: string | null;
  @Field(() => String, { nullable: true, description: '担当者所在地 (部署)' }) contactLocation?: string | null;
  @Field(() => String, { nullable: true, description: '* 応募担当電話番号' }) contactPhone?: string | null;
  @Field(() => String, { nullable: true, description: '担当者E-mail' }) contactEmail?: string | null;
  @Field(() => Boolean, { nullable: true, description: '公開時に一定情報をマスキングすることを希望する' }) maskingRequested?:
    boolean | null;
}

@InputType('CreatePostingInput')
export class CreatePostingInput {
  @Field(() => String, {
    description: '登録キー: 入力画面を開くたびにクライアントが作る値 (英数字・-・_ 8〜100文字)。同じキーの再送は同じ募集を返す。',
  })
  idempotencyKey!: string;

  @Field(() => PostingStatus, { nullable: true, description: 'DRAFT (既定) か PUBLISHED' }) status?: PostingStatus | null;
  @Field(() => PostingInput) posting!: PostingInput;
}

@InputType('UpdatePostingInput')
export class UpdatePostingInput {
  @Field(() => ID) id!: string;
  @Field(() => Int, { description: '編集を始めたときの版。より新しい版があれば CONFLICT。' }) version!: number;
  @Field(() => PostingStatus, { nullable: true, description: '省略時は変更しない' }) status?: PostingStatus | null;
  @Field(() => PostingInput, { description: '全項目 (送られなかった任意項目は空になる)' }) posting!: PostingInput;
}

@InputType('PostingFilter', { description: 'データ一覧の検索条件' })
export class PostingFilter {
  @Field(() => String, { nullable: true, description: 'タイトル・業務内容・就業場所・医療機関名の部分一致 (全角半角を区別しない)' })
  keyword?: string | null;
  @Field(() => PostingStatus, { nullable: true }) status?: PostingStatus | null;
  @Field(() => Occupation, { nullable: true }) occupation?: Occupation | null;
  @Field(() => EmploymentType, { nullable: true }) employmentType?: EmploymentType | null;
  @Field(() => String, { nullable: true, description: '登録施設の都道府県コード' }) prefectureCode?: string | null;
  @Field(() => ID, { nullable: true, description: '登録施設 (Facility の id)' }) facilityId?: string | null;
}

@InputType('PublicPostingFilter', { description: 'Key-Net 公開一覧の検索条件 (マスキング対象の項目では検索できない)' })
export class PublicPostingFilter {
  @Field(() => String, {
    nullable: true,
    description: '部分一致。マスキングを希望した募集は公開項目 (タイトル・職種・業務内容など) だけで一致する。',
  })
  keyword?: string | null;
  @Field(() => Occupation, { nullable: true }) occupation?: Occupation | null;
  @Field(() => EmploymentType, { nullable: true }) employmentType?: EmploymentType | null;
  @Field(() => String, { nullable: true, description: '就業場所の都道府県コード' }) prefectureCode?: string | null;
}

export enum PostingOrder {
  UPDATED_AT_DESC = 'UPDATED_AT_DESC',
  UPDATED_AT_ASC = 'UPDATED_AT_ASC',
  CREATED_AT_DESC = 'CREATED_AT_DESC',
  TITLE_ASC = 'TITLE_ASC',
}
registerEnumType(PostingOrder, { name: 'PostingOrder', description: 'データ一覧の並び順' });

/** Public orders use only fields every reader sees: never a masked one. */
export enum PublicPostingOrder {
  PUBLISHED_AT_DESC = 'PUBLISHED_AT_DESC',
  UPDATED_AT_DESC = 'UPDATED_AT_DESC',
  TITLE_ASC = 'TITLE_ASC',
}
registerEnumType(PublicPostingOrder, { name: 'PublicPostingOrder', description: 'Key-Net 公開一覧の並び順' });
