/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** 受入状況 */
export type AcceptanceStatus =
  /** 制限 */
  | 'LIMITED'
  /** 通常 */
  | 'NORMAL'
  /** 停止 */
  | 'SUSPENDED'
  /** 未回答 */
  | 'UNANSWERED';

export type AccountFilter = {
  role?: Role | null | undefined;
  /** Partial match on ユーザ名 or 表示名. */
  text?: string | null | undefined;
};

/** 追加質問・コメント (from the asking organisation) */
export type AddInquiryCommentInput = {
  attachmentIds?: Array<string | number> | null | undefined;
  /** コメント; may be empty when files are attached. */
  body: string;
  inquiryId: string | number;
};

/** 回答 (from the G-MIS office) */
export type AnswerInquiryInput = {
  attachmentIds?: Array<string | number> | null | undefined;
  /** *回答 (required) */
  body: string;
  inquiryId: string | number;
};

/** 病床区分 */
export type BedCategory =
  /** 一般病床 */
  | 'GENERAL'
  /** ICU・HCU */
  | 'ICU_HCU'
  /** 感染症病床 */
  | 'INFECTIOUS'
  /** 陰圧室 */
  | 'NEGATIVE_PRESSURE'
  /** 小児病床 */
  | 'PEDIATRIC'
  /** 精神病床 */
  | 'PSYCHIATRIC';

/** 病床区分ごとの報告値。省略した区分は 0 として扱います。 */
export type BedCountInput = {
  category: BedCategory;
  /** 即応病床数 */
  immediate: number;
  /** 入院患者数 */
  inpatients: number;
  /** 確保病床数 */
  secured: number;
  /** うち重症者数 */
  severe: number;
  /** 空床数 */
  vacant: number;
};

/** 地域病床見える化の絞り込み条件 (すべて AND) */
export type BedReportFilter = {
  /** 救急受入がいずれかに該当 */
  emergencyAcceptance?: Array<AcceptanceStatus> | null | undefined;
  /** 入院受入がいずれかに該当 */
  inpatientAcceptance?: Array<AcceptanceStatus> | null | undefined;
  /** 病床区分ごとの空床数の下限 (すべて満たす医療機関のみ、未報告は含まない) */
  minVacant?: Array<BedVacancyMinimum> | null | undefined;
  /** 空床数 (合計) がこの数以上の医療機関のみ (未報告は含まない) */
  minVacantTotal?: number | null | undefined;
  /** 医療機関名の部分一致 (全角・半角・大小文字を区別しない) */
  name?: string | null | undefined;
  /** 外来受入がいずれかに該当 */
  outpatientAcceptance?: Array<AcceptanceStatus> | null | undefined;
  /** 都道府県コード。保健所・都道府県のアカウントは省略時に自都道府県。 */
  prefectureCode?: string | null | undefined;
  /** レポートテーブルを検索: 二次医療圏名または医療機関名の部分一致 */
  search?: string | null | undefined;
  /** 二次医療圏コード (4桁) */
  secondaryMedicalAreaCode?: string | null | undefined;
  /** 職員の充足状況がいずれかに該当 (未報告は UNANSWERED) */
  staffing?: Array<StaffingStatus> | null | undefined;
  /** true: 更新が古い (または未報告の) 医療機関のみ */
  staleOnly?: boolean | null | undefined;
};

/** 病床状況の報告内容 */
export type BedReportInput = {
  beds: Array<BedCountInput>;
  ecmoInUse?: number;
  ecmoTotal?: number;
  emergencyAcceptance?: AcceptanceStatus;
  /** Client-chosen key (1..100 chars) that makes a retried submission return the first result instead of storing it twice. */
  idempotencyKey?: string | null | undefined;
  inpatientAcceptance?: AcceptanceStatus;
  /** 備考 (500文字以内) */
  note?: string | null | undefined;
  outpatientAcceptance?: AcceptanceStatus;
  staffing?: StaffingStatus;
  ventilatorsInUse?: number;
  ventilatorsTotal?: number;
};

export type BedReportOrder = {
  direction?: SortDirection;
  field: BedReportSortField;
};

export type BedReportSortField =
  /** 二次医療圏 (コード順) */
  | 'AREA'
  /** 医療機関コード */
  | 'FACILITY_CODE'
  /** 医療機関名 */
  | 'FACILITY_NAME'
  /** 最終更新 (未報告は最も古い扱い) */
  | 'LAST_UPDATED'
  /** 確保病床数 合計 (未報告は最も少ない扱い) */
  | 'SECURED_TOTAL'
  /** 空床数 一般病床 */
  | 'VACANT_GENERAL'
  /** 空床数 ICU・HCU */
  | 'VACANT_ICU_HCU'
  /** 空床数 感染症病床 */
  | 'VACANT_INFECTIOUS'
  /** 空床数 陰圧室 */
  | 'VACANT_NEGATIVE_PRESSURE'
  /** 空床数 小児病床 */
  | 'VACANT_PEDIATRIC'
  /** 空床数 精神病床 */
  | 'VACANT_PSYCHIATRIC'
  /** 空床数 合計 (未報告は最も少ない扱い) */
  | 'VACANT_TOTAL';

/** 病床区分ごとの空床数の下限 */
export type BedVacancyMinimum = {
  /** この数以上の空床がある医療機関のみ (0〜9999) */
  atLeast: number;
  category: BedCategory;
};

/** 組み込みレポート (画面で開く) */
export type BuiltInReport =
  /** 地域病床見える化 /beds */
  | 'BED_REPORT'
  /** 地域病床見える化（全項目表示） /beds/all-columns */
  | 'BED_REPORT_ALL_COLUMNS';

/** アカウント新規作成 (事務局). A password-setup mail goes to the address. */
export type CreateAccountInput = {
  displayName: string;
  email: string;
  /** Facility global id: a 保健所 for health-centre roles, a medical institution for FACILITY. */
  facilityId?: string | number | null | undefined;
  /** ユーザ名: 3〜64 characters of a-z 0-9 . _ @ - (stored in lower case). */
  loginId: string;
  /** JIS prefecture code, for PREFECTURE accounts. */
  prefectureCode?: string | null | undefined;
  role: Role;
};

/** 新規お問合せ */
export type CreateInquiryInput = {
  /** Ids returned by POST /api/attachments, uploaded by the same account. */
  attachmentIds?: Array<string | number> | null | undefined;
  /** *内容 (required, up to 10,000 characters) */
  body: string;
  category?: InquiryCategory | null | undefined;
  /** *件名 (required, up to 200 characters) */
  subject: string;
};

export type CreatePostingInput = {
  /** 登録キー: 入力画面を開くたびにクライアントが作る値 (英数字・-・_ 8〜100文字)。同じキーの再送は同じ募集を返す。 */
  idempotencyKey: string;
  posting: PostingInput;
  /** DRAFT (既定) か PUBLISHED */
  status?: PostingStatus | null | undefined;
};

export type CreateReportFolderInput = {
  /** フォルダ名 (1〜80文字) */
  name: string;
  /** 親フォルダ (省略: すべてのフォルダの直下) */
  parentId?: string | number | null | undefined;
  /** 共有範囲: すべてのフォルダの直下では必須 (OWNER は個人フォルダ)。サブフォルダは親フォルダの範囲を引き継ぐ (省略可) */
  sharing?: ReportSharing | null | undefined;
};

/** 雇用形態 */
export type EmploymentType =
  /** 有期雇用 */
  | 'FIXED_TERM'
  /** 常勤 */
  | 'FULL_TIME'
  /** その他 */
  | 'OTHER'
  /** 非常勤 */
  | 'PART_TIME'
  /** 派遣 */
  | 'TEMPORARY_STAFFING';

/** Filters for facilities; all given conditions must hold. */
export type FacilityFilter = {
  kind?: FacilityKind | null | undefined;
  /** Partial match on the facility name, insensitive to full-/half-width forms and case. */
  name?: string | null | undefined;
  /** JIS prefecture code, e.g. "13". */
  prefectureCode?: string | null | undefined;
  /** 二次医療圏 code, e.g. "1301". */
  secondaryMedicalAreaCode?: string | null | undefined;
};

/** 施設類型 */
export type FacilityKind =
  /** 一般診療所 */
  | 'CLINIC'
  /** 歯科診療所 */
  | 'DENTAL_CLINIC'
  /** 保健所 */
  | 'HEALTH_CENTER'
  /** 病院 */
  | 'HOSPITAL'
  /** 薬局 */
  | 'PHARMACY';

/** FAQ の登録・編集 (G-MIS office) */
export type FaqEntryInput = {
  /** *回答 (up to 20,000 characters) */
  answer: string;
  /** *分類 (up to 50 characters) */
  category: string;
  /** Readable without signing in (default false). */
  isPublic?: boolean | null | undefined;
  /** *質問 (up to 500 characters) */
  question: string;
  /** 表示順 (0..1,000,000, ascending; default 0) */
  sortOrder?: number | null | undefined;
};

export type FaqFilter = {
  /** Exact 分類. */
  category?: string | null | undefined;
  /** Office only: true = published, false = drafts; others always see published. */
  published?: boolean | null | undefined;
  /** Partial match on 質問 and 回答. */
  text?: string | null | undefined;
};

/** お問合せの分類 */
export type InquiryCategory =
  /** ログイン・アカウント */
  | 'ACCOUNT'
  /** 病床状況の報告 */
  | 'BED_STATUS'
  /** その他 */
  | 'OTHER'
  /** 人材募集登録 */
  | 'RECRUITMENT'
  /** レポート・地域病床見える化 */
  | 'REPORT'
  /** システム操作全般 */
  | 'SYSTEM';

/** Filters for inquiries; all given conditions must hold. */
export type InquiryFilter = {
  category?: InquiryCategory | null | undefined;
  /** Prefecture of the asking organisation, e.g. "13". */
  prefectureCode?: string | null | undefined;
  status?: InquiryStatus | null | undefined;
  /** Partial match on 件名 and 内容 (width- and case-insensitive). */
  text?: string | null | undefined;
};

export type InquiryMessageKind =
  /** 回答 (from the G-MIS office) */
  | 'ANSWER'
  /** 追加質問・コメント (from the asking organisation) */
  | 'COMMENT'
  /** お問合せ本文 (the first message) */
  | 'QUESTION';

/** お問合せの状態 */
export type InquiryStatus =
  /** 回答済 (the office answered the latest question) */
  | 'ANSWERED'
  /** 完了 (closed by the office) */
  | 'CLOSED'
  /** 未回答 (new, or the asker added a follow-up question) */
  | 'OPEN';

/** ホーム画面のメニュー */
export type MenuKey =
  | 'ACCOUNTS'
  | 'API_TOKENS'
  | 'BED_INTAKE'
  | 'BED_REPORT'
  | 'BED_STATUS'
  | 'FAQ'
  | 'INQUIRY_INBOX'
  | 'NEW_INQUIRY'
  | 'NOTICES'
  | 'RECRUITMENT'
  | 'REPORTING_SETTINGS'
  | 'REPORTING_STATUS'
  | 'REPORTS';

export type NoticeFilter = {
  /** Office only: true = published, false = drafts. */
  published?: boolean | null | undefined;
  /** Partial match on 件名 and 本文. */
  text?: string | null | undefined;
  /** Only notices the viewer has not opened yet. */
  unreadOnly?: boolean | null | undefined;
};

/** 重要度 */
export type NoticeImportance =
  /** 重要 */
  | 'IMPORTANT'
  /** 通常 */
  | 'NORMAL';

/** お知らせの登録・編集 (G-MIS office) */
export type NoticeInput = {
  /** Files uploaded by the editor through POST /api/attachments. */
  attachmentIds?: Array<string | number> | null | undefined;
  /** *本文 (up to 20,000 characters) */
  body: string;
  /** default NORMAL */
  importance?: NoticeImportance | null | undefined;
  /** Readable without signing in (default false). */
  isPublic?: boolean | null | undefined;
  /** 掲載日時 (default: now) */
  publishDate?: string | null | undefined;
  /** *件名 (up to 200 characters) */
  title: string;
};

/** 職種 */
export type Occupation =
  /** 准看護師 */
  | 'ASSISTANT_NURSE'
  /** 臨床工学技士 */
  | 'CLINICAL_ENGINEER'
  /** 臨床検査技師 */
  | 'CLINICAL_LABORATORY_TECHNICIAN'
  /** 管理栄養士・栄養士 */
  | 'DIETITIAN'
  /** 医師 */
  | 'DOCTOR'
  /** 助産師 */
  | 'MIDWIFE'
  /** 看護師 */
  | 'NURSE'
  /** 事務 */
  | 'OFFICE_STAFF'
  /** その他 */
  | 'OTHER'
  /** 薬剤師 */
  | 'PHARMACIST'
  /** 理学療法士 */
  | 'PHYSICAL_THERAPIST'
  /** 保健師 */
  | 'PUBLIC_HEALTH_NURSE'
  /** 診療放射線技師 */
  | 'RADIOLOGICAL_TECHNOLOGIST';

/** データ一覧の検索条件 */
export type PostingFilter = {
  employmentType?: EmploymentType | null | undefined;
  /** 登録施設 (Facility の id) */
  facilityId?: string | number | null | undefined;
  /** タイトル・業務内容・就業場所・医療機関名の部分一致 (全角半角を区別しない) */
  keyword?: string | null | undefined;
  occupation?: Occupation | null | undefined;
  /** 登録施設の都道府県コード */
  prefectureCode?: string | null | undefined;
  status?: PostingStatus | null | undefined;
};

/** 人材募集の入力項目 (必須項目はサーバーが検証し fieldErrors で返す) */
export type PostingInput = {
  /** 担当者E-mail */
  contactEmail?: string | null | undefined;
  /** 担当者所在地 (部署) */
  contactLocation?: string | null | undefined;
  /** * 担当者氏名 */
  contactName?: string | null | undefined;
  /** * 応募担当電話番号 */
  contactPhone?: string | null | undefined;
  /** * 業務内容 (2000文字以内) */
  duties?: string | null | undefined;
  /** * 雇用形態 */
  employmentType?: EmploymentType | null | undefined;
  /** 公開時に一定情報をマスキングすることを希望する */
  maskingRequested?: boolean | null | undefined;
  /** * 職種 */
  occupation?: Occupation | null | undefined;
  /** 募集人数 (1〜999) */
  openings?: number | null | undefined;
  /** * 給与 */
  pay?: string | null | undefined;
  /** 募集期間・勤務期間 */
  period?: string | null | undefined;
  /** 必要な資格・経験 */
  qualifications?: string | null | undefined;
  /** * 募集タイトル (100文字以内) */
  title?: string | null | undefined;
  /** 就業場所: 住所(市区町村・番地等) (保健所は必須) */
  workAddress?: string | null | undefined;
  /** 就業場所: 住所(具体的な施設名) (保健所は必須) */
  workFacilityName?: string | null | undefined;
  /** 就業場所: 郵便番号 (7桁。保健所は必須) */
  workPostalCode?: string | null | undefined;
  /** 就業場所: 都道府県コード (保健所は必須) */
  workPrefectureCode?: string | null | undefined;
  /** * 勤務時間 */
  workingHours?: string | null | undefined;
};

/** データ一覧の並び順 */
export type PostingOrder =
  | 'CREATED_AT_DESC'
  | 'TITLE_ASC'
  | 'UPDATED_AT_ASC'
  | 'UPDATED_AT_DESC';

/** 掲載状態 */
export type PostingStatus =
  /** 募集終了 */
  | 'CLOSED'
  /** 下書き */
  | 'DRAFT'
  /** 公開中 */
  | 'PUBLISHED';

/** 列の表示形式 (CSV・表での書き方) */
export type ReportColumnFormat =
  /** はい / いいえ */
  | 'BOOLEAN'
  /** 日付 (日本時間 YYYY-MM-DD) */
  | 'DATE'
  /** 日時 (日本時間 YYYY-MM-DD HH:mm:ss) */
  | 'DATE_TIME'
  /** 小数 */
  | 'DECIMAL'
  /** 整数 */
  | 'INTEGER'
  /** 選択肢の表示名 (BEFORE_DUE を表では 期限前 と示す。値は API の値のまま) */
  | 'LABEL'
  /** 割合 (0.071 を表では 7.1% と示す。値は小数のまま) */
  | 'PERCENT'
  /** 文字列 */
  | 'TEXT';

export type ReportColumnInput = {
  format?: ReportColumnFormat;
  heading: string;
  path: string;
};

/** CSV の文字コード */
export type ReportFileEncoding =
  /** Shift-JIS (CP932、Excel 向け) */
  | 'SHIFT_JIS'
  /** UTF-8 (BOM付き) */
  | 'UTF_8';

/** フォルダの種類 (誰が編集できるか) */
export type ReportFolderKind =
  /** 個人フォルダ: 作成者だけが参照・編集できる */
  | 'PRIVATE'
  /** 共有フォルダ: 所属組織の作成者が編集し、共有範囲の人が参照できる */
  | 'SHARED'
  /** システムフォルダ: 事務局だけが編集でき、全員が参照できる */
  | 'SYSTEM';

/** 保存済みレポートが実行できない理由 */
export type ReportProblemCode =
  /** スキーマの変更により、保存したクエリが現在のスキーマに合わない */
  | 'SCHEMA_CHANGED'
  /** コストの規則の変更により、保存したクエリが上限を超える */
  | 'TOO_COSTLY';

/** 購読の頻度 */
export type ReportScheduleFrequency =
  /** 毎日 */
  | 'DAILY'
  /** 毎週 (weekday の曜日) */
  | 'WEEKLY';

/** フォルダの共有範囲 (誰が参照できるか) */
export type ReportSharing =
  /** ログインしている全員 */
  | 'EVERYONE'
  /** 同じ組織 (医療機関・保健所・都道府県、分析担当・事務局はそれぞれ一つの組織) */
  | 'ORGANISATION'
  /** 作成者のみ (個人フォルダ) */
  | 'OWNER'
  /** 同じ都道府県のアカウント */
  | 'PREFECTURE';

/** 報告元 */
export type ReportSource =
  /** デモデータ */
  | 'DEMO'
  /** 医療機関 (自施設の報告) */
  | 'FACILITY'
  /** 保健所 (とりまとめ団体の一括取込) */
  | 'HEALTH_CENTER'
  /** 都道府県 (代理・一括報告) */
  | 'PREFECTURE';

export type ReportSubscriptionInput = {
  encoding?: ReportFileEncoding;
  frequency: ReportScheduleFrequency;
  /** 購読するレポート */
  reportId: string | number;
  /** 送信時刻 (日本時間 HH:MM、00:00〜23:59) */
  time: string;
  /** 実行する変数 */
  variables?: unknown;
  /** 曜日 (1=月 … 7=日)。毎週のとき必須 */
  weekday?: number | null | undefined;
};

/** 絞り込みフォームの項目名 */
export type ReportVariableLabelInput = {
  /** 項目名 (1〜40文字) */
  label: string;
  /** 変数名 ($なし) */
  name: string;
};

/** 報告の運用モード */
export type ReportingMode =
  /** 警戒 (報告周期を短くする) */
  | 'ALERT'
  /** 災害 (報告周期をさらに短くする) */
  | 'DISASTER'
  /** 平時 (1日1回) */
  | 'NORMAL';

/** 報告期限と運用モードの設定 */
export type ReportingScheduleInput = {
  /** 警戒時の報告周期 (1,2,3,4,6,8,12 時間) */
  alertCadenceHours: number;
  /** 災害時の報告周期 (警戒時以下) */
  disasterCadenceHours: number;
  /** 毎日の報告期限 (HH:MM、日本時間) */
  dueTime: string;
  /** 期限の何分後に督促を送るか (0〜720) */
  escalationAfterMinutes: number;
  mode: ReportingMode;
  /** 都道府県コード (都道府県アカウントは省略可: 自都道府県) */
  prefectureCode?: string | null | undefined;
  /** 期限の何分前にリマインドを送るか (0〜720) */
  reminderBeforeMinutes: number;
};

/** 今期の報告状況 */
export type ReportingStatus =
  /** 期限前 (未報告) */
  | 'BEFORE_DUE'
  /** 期限超過 (未報告) */
  | 'OVERDUE'
  /** 報告済 */
  | 'REPORTED';

/** アカウントの種別 (what the account may do) */
export type Role =
  /** 分析担当（病床データの参照のみ） */
  | 'ANALYST'
  /** 医療機関 */
  | 'FACILITY'
  /** 保健所（とりまとめ団体用ID） */
  | 'HEALTH_CENTER_AGGREGATOR'
  /** 保健所（人材募集登録用ID） */
  | 'HEALTH_CENTER_RECRUITMENT'
  /** G-MIS事務局 */
  | 'OFFICE'
  /** 都道府県 */
  | 'PREFECTURE';

export type SaveReportInput = {
  /** 列 (1〜100、表示順) */
  columns: Array<ReportColumnInput>;
  /** 既定の変数 (クエリの変数名 → 値) */
  defaultVariables?: unknown;
  /** GraphQL のクエリ (query 1つ。mutation・subscription は保存できない) */
  document: string;
  /** 保存先のフォルダ */
  folderId: string | number;
  /** 変更するレポート (省略: 新規作成) */
  id?: string | number | null | undefined;
  /** レポート名 (1〜100文字) */
  name: string;
  /** 絞り込みフォームの項目名 (変数ごと)。省略した変数は引数の名前から付けた項目名になる */
  variableLabels?: Array<ReportVariableLabelInput> | null | undefined;
};

export type SortDirection =
  | 'ASC'
  | 'DESC';

/** 職員の充足状況 */
export type StaffingStatus =
  /** 枯渇 */
  | 'DEPLETED'
  /** 通常 */
  | 'NORMAL'
  /** 欠員あり */
  | 'SHORTAGE'
  /** 未回答 */
  | 'UNANSWERED';

export type UpdatePostingInput = {
  id: string | number;
  /** 全項目 (送られなかった任意項目は空になる) */
  posting: PostingInput;
  /** 省略時は変更しない */
  status?: PostingStatus | null | undefined;
  /** 編集を始めたときの版。より新しい版があれば CONFLICT。 */
  version: number;
};

/** An enum describing what kind of type a given `__Type` is. */
export type __TypeKind =
  /** Indicates this type is a scalar. */
  | 'SCALAR'
  /** Indicates this type is an object. `fields` and `interfaces` are valid fields. */
  | 'OBJECT'
  /** Indicates this type is an interface. `fields`, `interfaces`, and `possibleTypes` are valid fields. */
  | 'INTERFACE'
  /** Indicates this type is a union. `possibleTypes` is a valid field. */
  | 'UNION'
  /** Indicates this type is an enum. `enumValues` is a valid field. */
  | 'ENUM'
  /** Indicates this type is an input object. `inputFields` is a valid field. */
  | 'INPUT_OBJECT'
  /** Indicates this type is a list. `ofType` is a valid field. */
  | 'LIST'
  /** Indicates this type is a non-null. `ofType` is a valid field. */
  | 'NON_NULL';

/** A Directive can be adjacent to many parts of the GraphQL language, a __DirectiveLocation describes one such possible adjacencies. */
export type __DirectiveLocation =
  /** Location adjacent to a query operation. */
  | 'QUERY'
  /** Location adjacent to a mutation operation. */
  | 'MUTATION'
  /** Location adjacent to a subscription operation. */
  | 'SUBSCRIPTION'
  /** Location adjacent to a field. */
  | 'FIELD'
  /** Location adjacent to a fragment definition. */
  | 'FRAGMENT_DEFINITION'
  /** Location adjacent to a fragment spread. */
  | 'FRAGMENT_SPREAD'
  /** Location adjacent to an inline fragment. */
  | 'INLINE_FRAGMENT'
  /** Location adjacent to a variable definition. */
  | 'VARIABLE_DEFINITION'
  /** Location adjacent to a schema definition. */
  | 'SCHEMA'
  /** Location adjacent to a scalar definition. */
  | 'SCALAR'
  /** Location adjacent to an object type definition. */
  | 'OBJECT'
  /** Location adjacent to a field definition. */
  | 'FIELD_DEFINITION'
  /** Location adjacent to an argument definition. */
  | 'ARGUMENT_DEFINITION'
  /** Location adjacent to an interface definition. */
  | 'INTERFACE'
  /** Location adjacent to a union definition. */
  | 'UNION'
  /** Location adjacent to an enum definition. */
  | 'ENUM'
  /** Location adjacent to an enum value definition. */
  | 'ENUM_VALUE'
  /** Location adjacent to an input object type definition. */
  | 'INPUT_OBJECT'
  /** Location adjacent to an input object field definition. */
  | 'INPUT_FIELD_DEFINITION'
  /** Location adjacent to a directive definition. */
  | 'DIRECTIVE_DEFINITION';

export type AttachmentList_FileFragment = { __typename: 'Attachment', id: string, fileName: string, sizeBytes: number, downloadUrl: string } & { ' $fragmentName'?: 'AttachmentList_FileFragment' };

export type AccountNewPage_PrefecturesQueryVariables = Exact<{ [key: string]: never; }>;


export type AccountNewPage_PrefecturesQuery = { __typename: 'Query', prefectures: Array<{ __typename: 'Prefecture', id: string, code: string, name: string }> };

export type AccountNewPage_FacilityQueryVariables = Exact<{
  code: string;
}>;


export type AccountNewPage_FacilityQuery = { __typename: 'Query', facilityByCode: { __typename: 'Facility', id: string, name: string } | null };

export type AccountNewPage_CreateMutationVariables = Exact<{
  input: CreateAccountInput;
}>;


export type AccountNewPage_CreateMutation = { __typename: 'Mutation', createAccount: { __typename: 'Account', id: string, loginId: string } };

export type AccountsPage_AccountsQueryVariables = Exact<{
  filter?: AccountFilter | null | undefined;
  first: number;
}>;


export type AccountsPage_AccountsQuery = { __typename: 'Query', accounts: { __typename: 'AccountConnection', totalCount: number, edges: Array<{ __typename: 'AccountEdge', node: { __typename: 'Account', id: string, loginId: string, displayName: string, email: string | null, role: Role, passwordChangedAt: string | null, disabledAt: string | null, facility: { __typename: 'Facility', id: string, name: string } | null, prefecture: { __typename: 'Prefecture', id: string, name: string } | null } }> } };

export type AccountsPage_DisableMutationVariables = Exact<{
  id: string | number;
}>;


export type AccountsPage_DisableMutation = { __typename: 'Mutation', disableAccount: { __typename: 'Account', id: string, disabledAt: string | null } };

export type AccountsPage_EnableMutationVariables = Exact<{
  id: string | number;
}>;


export type AccountsPage_EnableMutation = { __typename: 'Mutation', enableAccount: { __typename: 'Account', id: string, disabledAt: string | null } };

export type ApiTokensPage_TokensQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiTokensPage_TokensQuery = { __typename: 'Query', apiTokens: Array<{ __typename: 'ApiToken', id: string, name: string, tokenPrefix: string, createdAt: string, lastUsedAt: string | null, revokedAt: string | null }> };

export type ApiTokensPage_CreateMutationVariables = Exact<{
  name: string;
}>;


export type ApiTokensPage_CreateMutation = { __typename: 'Mutation', createApiToken: { __typename: 'CreatedApiToken', token: string, apiToken: { __typename: 'ApiToken', id: string } } };

export type ApiTokensPage_RevokeMutationVariables = Exact<{
  id: string | number;
}>;


export type ApiTokensPage_RevokeMutation = { __typename: 'Mutation', revokeApiToken: { __typename: 'ApiToken', id: string, revokedAt: string | null } };

export type HomeTasks_QueryQueryVariables = Exact<{
  facilityId: string | number;
  reportsBeds: boolean;
  readsBeds: boolean;
  inquiryStatus: InquiryStatus;
}>;


export type HomeTasks_QueryQuery = { __typename: 'Query', unreadNoticeCount: number, inquiries: { __typename: 'InquiryConnection', totalCount: number, edges: Array<{ __typename: 'InquiryEdge', node: { __typename: 'Inquiry', id: string, subject: string } }> }, ownBeds?: { __typename: 'BedReportRow', lastUpdated: string | null, stale: boolean }, ownCompliance?: { __typename: 'ReportingCompliance', schedule: { __typename: 'ReportingSchedule', modeLabel: string, currentPeriod: { __typename: 'ReportingPeriod', due: string }, nextPeriod: { __typename: 'ReportingPeriod', due: string } }, facilities: Array<{ __typename: 'FacilityCompliance', status: ReportingStatus, last28Days: { __typename: 'ComplianceCounts', periods: number, onTime: number, late: number, missed: number } }> }, bedReportSummary?: { __typename: 'BedReportSummary', overall: { __typename: 'BedReportTotals', facilities: number, reported: number, stale: number, unreported: number, securedTotal: number, vacantTotal: number } } };

export type LoginPage_LoginMutationVariables = Exact<{
  loginId: string;
  password: string;
}>;


export type LoginPage_LoginMutation = { __typename: 'Mutation', login: { __typename: 'Viewer', role: Role } };

export type LogoutButton_LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutButton_LogoutMutation = { __typename: 'Mutation', logout: boolean };

export type PasswordResetPage_RuleQueryVariables = Exact<{ [key: string]: never; }>;


export type PasswordResetPage_RuleQuery = { __typename: 'Query', passwordRule: { __typename: 'PasswordRule', description: string, minLength: number, maxLength: number } };

export type PasswordResetPage_ResetMutationVariables = Exact<{
  token: string;
  newPassword: string;
}>;


export type PasswordResetPage_ResetMutation = { __typename: 'Mutation', resetPassword: boolean };

export type PasswordResetRequestPage_RequestMutationVariables = Exact<{
  loginId: string;
}>;


export type PasswordResetRequestPage_RequestMutation = { __typename: 'Mutation', requestPasswordReset: boolean };

export type ViewerProvider_ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerProvider_ViewerQuery = { __typename: 'Query', viewer: { __typename: 'Viewer', role: Role, roleLabel: string, account: { __typename: 'Account', id: string, loginId: string, displayName: string }, facility: { __typename: 'Facility', id: string, name: string } | null, prefecture: { __typename: 'Prefecture', id: string, name: string } | null, menus: Array<{ __typename: 'Menu', key: MenuKey, label: string }> } | null };

export type BedAreaHistoryChart_HistoryQueryVariables = Exact<{
  areaCode: string;
  days: number;
}>;


export type BedAreaHistoryChart_HistoryQuery = { __typename: 'Query', bedAreaHistory: { __typename: 'BedAreaHistory', area: { __typename: 'SecondaryMedicalArea', id: string, name: string }, days: Array<{ __typename: 'BedAreaDay', date: string, vacantTotal: number, securedTotal: number, immediateTotal: number, facilitiesReporting: number }> } };

export type BedFacilityPage_DetailQueryVariables = Exact<{
  facilityId: string | number;
  first: number;
}>;


export type BedFacilityPage_DetailQuery = { __typename: 'Query', bedFacilityStatus: (
    { __typename: 'BedReportRow', facility: (
      { __typename: 'Facility', id: string }
      & { ' $fragmentRefs'?: { 'BedFacility_ContactFragment': BedFacility_ContactFragment } }
    ), latest: (
      { __typename: 'BedSnapshot', id: string }
      & { ' $fragmentRefs'?: { 'BedSnapshot_DetailsFragment': BedSnapshot_DetailsFragment } }
    ) | null }
    & { ' $fragmentRefs'?: { 'BedReportRow_RowFragment': BedReportRow_RowFragment } }
  ), bedSnapshots: { __typename: 'BedSnapshotConnection', totalCount: number, edges: Array<{ __typename: 'BedSnapshotEdge', node: (
        { __typename: 'BedSnapshot', id: string, note: string | null }
        & { ' $fragmentRefs'?: { 'BedSnapshot_HistoryRowFragment': BedSnapshot_HistoryRowFragment } }
      ) }> } };

export type BedSnapshot_HistoryRowFragment = { __typename: 'BedSnapshot', id: string, reportedAt: string, securedTotal: number, vacantTotal: number, inpatientAcceptance: AcceptanceStatus, emergencyAcceptance: AcceptanceStatus, amended: boolean, superseded: boolean, correctedAt: string | null } & { ' $fragmentName'?: 'BedSnapshot_HistoryRowFragment' };

export type BedReportAllColumnsPage_ReportQueryVariables = Exact<{
  filter?: BedReportFilter | null | undefined;
  orderBy?: BedReportOrder | null | undefined;
  first: number;
}>;


export type BedReportAllColumnsPage_ReportQuery = { __typename: 'Query', bedReport: { __typename: 'BedReportConnection', totalCount: number, staleAfterHours: number, edges: Array<{ __typename: 'BedReportEdge', node: (
        { __typename: 'BedReportRow', facility: (
          { __typename: 'Facility', id: string }
          & { ' $fragmentRefs'?: { 'BedFacility_ContactFragment': BedFacility_ContactFragment } }
        ), latest: (
          { __typename: 'BedSnapshot', id: string }
          & { ' $fragmentRefs'?: { 'BedSnapshot_DetailsFragment': BedSnapshot_DetailsFragment } }
        ) | null }
        & { ' $fragmentRefs'?: { 'BedReportRow_RowFragment': BedReportRow_RowFragment } }
      ) }> } };

export type BedReportPage_ReportQueryVariables = Exact<{
  filter?: BedReportFilter | null | undefined;
  orderBy?: BedReportOrder | null | undefined;
  first: number;
}>;


export type BedReportPage_ReportQuery = { __typename: 'Query', bedReport: { __typename: 'BedReportConnection', totalCount: number, staleAfterHours: number, edges: Array<{ __typename: 'BedReportEdge', node: (
        { __typename: 'BedReportRow' }
        & { ' $fragmentRefs'?: { 'BedReportRow_RowFragment': BedReportRow_RowFragment } }
      ) }> } };

export type BedReportRow_RowFragment = { __typename: 'BedReportRow', lastUpdated: string | null, stale: boolean, facility: { __typename: 'Facility', id: string, code: string, name: string, secondaryMedicalArea: { __typename: 'SecondaryMedicalArea', id: string, code: string, name: string } }, latest: (
    { __typename: 'BedSnapshot', id: string }
    & { ' $fragmentRefs'?: { 'BedSnapshot_SummaryFragment': BedSnapshot_SummaryFragment } }
  ) | null } & { ' $fragmentName'?: 'BedReportRow_RowFragment' };

export type BedSnapshot_SummaryFragment = { __typename: 'BedSnapshot', id: string, outpatientAcceptance: AcceptanceStatus, inpatientAcceptance: AcceptanceStatus, emergencyAcceptance: AcceptanceStatus, securedTotal: number, vacantTotal: number, ventilatorsTotal: number, ventilatorsInUse: number, correctionOf: string | null } & { ' $fragmentName'?: 'BedSnapshot_SummaryFragment' };

export type BedSnapshot_DetailsFragment = { __typename: 'BedSnapshot', id: string, staffing: StaffingStatus, ecmoTotal: number, ecmoInUse: number, note: string | null, beds: Array<{ __typename: 'BedCount', category: BedCategory, secured: number, immediate: number, inpatients: number, severe: number, vacant: number }> } & { ' $fragmentName'?: 'BedSnapshot_DetailsFragment' };

export type BedFacility_ContactFragment = { __typename: 'Facility', id: string, formattedPostalCode: string, address: string, building: string | null, phone: string | null, prefecture: { __typename: 'Prefecture', id: string, name: string } } & { ' $fragmentName'?: 'BedFacility_ContactFragment' };

export type BedReportSearchForm_PrefecturesQueryVariables = Exact<{ [key: string]: never; }>;


export type BedReportSearchForm_PrefecturesQuery = { __typename: 'Query', bedReportPrefectures: Array<{ __typename: 'Prefecture', id: string, code: string, name: string }> };

export type BedReportSearchForm_AreasQueryVariables = Exact<{
  prefectureCode: string;
}>;


export type BedReportSearchForm_AreasQuery = { __typename: 'Query', secondaryMedicalAreas: Array<{ __typename: 'SecondaryMedicalArea', id: string, code: string, name: string }> };

export type BedReportTotals_TotalsFragment = { __typename: 'BedReportTotals', facilities: number, reported: number, stale: number, unreported: number, securedTotal: number, immediateTotal: number, vacantTotal: number, area: { __typename: 'SecondaryMedicalArea', id: string, code: string, name: string } | null, prefecture: { __typename: 'Prefecture', id: string, code: string, name: string } | null } & { ' $fragmentName'?: 'BedReportTotals_TotalsFragment' };

export type BedReportTotals_SummaryQueryVariables = Exact<{
  filter?: BedReportFilter | null | undefined;
}>;


export type BedReportTotals_SummaryQuery = { __typename: 'Query', bedReportSummary: { __typename: 'BedReportSummary', prefectures: Array<(
      { __typename: 'BedReportTotals' }
      & { ' $fragmentRefs'?: { 'BedReportTotals_TotalsFragment': BedReportTotals_TotalsFragment } }
    )>, areas: Array<(
      { __typename: 'BedReportTotals' }
      & { ' $fragmentRefs'?: { 'BedReportTotals_TotalsFragment': BedReportTotals_TotalsFragment } }
    )> } };

export type BedStatusReport_SnapshotFragment = (
  { __typename: 'BedSnapshot', id: string, reportedAt: string, source: ReportSource }
  & { ' $fragmentRefs'?: { 'BedSnapshot_SummaryFragment': BedSnapshot_SummaryFragment;'BedSnapshot_DetailsFragment': BedSnapshot_DetailsFragment } }
) & { ' $fragmentName'?: 'BedStatusReport_SnapshotFragment' };

export type BedStatusReportForm_CorrectMutationVariables = Exact<{
  snapshotId: string | number;
  input: BedReportInput;
}>;


export type BedStatusReportForm_CorrectMutation = { __typename: 'Mutation', correctBedReport: { __typename: 'ReportBedStatusPayload', duplicate: boolean, snapshot: (
      { __typename: 'BedSnapshot', id: string }
      & { ' $fragmentRefs'?: { 'BedStatusReport_SnapshotFragment': BedStatusReport_SnapshotFragment } }
    ) } };

export type BedStatusReportForm_ReportMutationVariables = Exact<{
  input: BedReportInput;
}>;


export type BedStatusReportForm_ReportMutation = { __typename: 'Mutation', reportBedStatus: { __typename: 'ReportBedStatusPayload', duplicate: boolean, snapshot: (
      { __typename: 'BedSnapshot', id: string }
      & { ' $fragmentRefs'?: { 'BedStatusReport_SnapshotFragment': BedStatusReport_SnapshotFragment } }
    ) } };

export type BedStatusReportPage_ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type BedStatusReportPage_ViewerQuery = { __typename: 'Query', viewer: { __typename: 'Viewer', role: Role, facility: { __typename: 'Facility', id: string, name: string } | null } | null };

export type BedStatusReportPage_StatusQueryVariables = Exact<{
  facilityId: string | number;
  recent: number;
}>;


export type BedStatusReportPage_StatusQuery = { __typename: 'Query', bedFacilityStatus: { __typename: 'BedReportRow', lastUpdated: string | null, stale: boolean, latest: (
      { __typename: 'BedSnapshot', id: string, source: ReportSource }
      & { ' $fragmentRefs'?: { 'BedStatusReport_SnapshotFragment': BedStatusReport_SnapshotFragment } }
    ) | null }, bedSnapshots: { __typename: 'BedSnapshotConnection', totalCount: number, edges: Array<{ __typename: 'BedSnapshotEdge', node: (
        { __typename: 'BedSnapshot', id: string, source: ReportSource, correctable: boolean }
        & { ' $fragmentRefs'?: { 'BedSnapshot_HistoryRowFragment': BedSnapshot_HistoryRowFragment;'BedStatusReport_SnapshotFragment': BedStatusReport_SnapshotFragment } }
      ) }> } };

export type BedReportPage_LiveSubscriptionVariables = Exact<{
  prefectureCode?: string | null | undefined;
  areaCode?: string | null | undefined;
}>;


export type BedReportPage_LiveSubscription = { bedStatusChanged: { __typename: 'BedReportRow', lastUpdated: string | null, facility: { __typename: 'Facility', id: string, name: string } } };

export type FaqDetailPage_EntryQueryVariables = Exact<{
  id: string | number;
}>;


export type FaqDetailPage_EntryQuery = { __typename: 'Query', faqEntry: { __typename: 'FaqEntry', id: string, question: string, answer: string, category: string, published: boolean, isPublic: boolean, updatedAt: string } };

export type FaqDetailPage_PublishMutationVariables = Exact<{
  id: string | number;
}>;


export type FaqDetailPage_PublishMutation = { __typename: 'Mutation', publishFaqEntry: { __typename: 'FaqEntry', id: string, published: boolean } };

export type FaqDetailPage_UnpublishMutationVariables = Exact<{
  id: string | number;
}>;


export type FaqDetailPage_UnpublishMutation = { __typename: 'Mutation', unpublishFaqEntry: { __typename: 'FaqEntry', id: string, published: boolean } };

export type FaqEditorPage_FormFragment = { __typename: 'FaqEntry', id: string, question: string, answer: string, category: string, sortOrder: number, isPublic: boolean } & { ' $fragmentName'?: 'FaqEditorPage_FormFragment' };

export type FaqEditorPage_EntryQueryVariables = Exact<{
  id: string | number;
}>;


export type FaqEditorPage_EntryQuery = { __typename: 'Query', faqEntry: (
    { __typename: 'FaqEntry', id: string }
    & { ' $fragmentRefs'?: { 'FaqEditorPage_FormFragment': FaqEditorPage_FormFragment } }
  ) };

export type FaqEditorPage_CreateMutationVariables = Exact<{
  input: FaqEntryInput;
}>;


export type FaqEditorPage_CreateMutation = { __typename: 'Mutation', createFaqEntry: { __typename: 'FaqEntry', id: string } };

export type FaqEditorPage_UpdateMutationVariables = Exact<{
  id: string | number;
  input: FaqEntryInput;
}>;


export type FaqEditorPage_UpdateMutation = { __typename: 'Mutation', updateFaqEntry: (
    { __typename: 'FaqEntry', id: string }
    & { ' $fragmentRefs'?: { 'FaqEditorPage_FormFragment': FaqEditorPage_FormFragment } }
  ) };

export type FaqListPage_EntriesQueryVariables = Exact<{
  filter?: FaqFilter | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type FaqListPage_EntriesQuery = { __typename: 'Query', faqCategories: Array<string>, faqEntries: { __typename: 'FaqEntryConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'FaqEntryEdge', node: { __typename: 'FaqEntry', id: string, question: string, category: string, published: boolean } }> } };

export type NoticeDetailPage_NoticeQueryVariables = Exact<{
  id: string | number;
}>;


export type NoticeDetailPage_NoticeQuery = { __typename: 'Query', notice: { __typename: 'Notice', id: string, title: string, body: string, importance: NoticeImportance, publishDate: string, published: boolean, isPublic: boolean, read: boolean | null, attachments: Array<(
      { __typename: 'Attachment', id: string }
      & { ' $fragmentRefs'?: { 'AttachmentList_FileFragment': AttachmentList_FileFragment } }
    )> } };

export type NoticeDetailPage_MarkReadMutationVariables = Exact<{
  id: string | number;
}>;


export type NoticeDetailPage_MarkReadMutation = { __typename: 'Mutation', markNoticeRead: { __typename: 'Notice', id: string, read: boolean | null } };

export type NoticeDetailPage_PublishMutationVariables = Exact<{
  id: string | number;
}>;


export type NoticeDetailPage_PublishMutation = { __typename: 'Mutation', publishNotice: { __typename: 'Notice', id: string, published: boolean } };

export type NoticeDetailPage_UnpublishMutationVariables = Exact<{
  id: string | number;
}>;


export type NoticeDetailPage_UnpublishMutation = { __typename: 'Mutation', unpublishNotice: { __typename: 'Notice', id: string, published: boolean } };

export type NoticeEditorPage_FormFragment = { __typename: 'Notice', id: string, title: string, body: string, importance: NoticeImportance, publishDate: string, isPublic: boolean } & { ' $fragmentName'?: 'NoticeEditorPage_FormFragment' };

export type NoticeEditorPage_NoticeQueryVariables = Exact<{
  id: string | number;
}>;


export type NoticeEditorPage_NoticeQuery = { __typename: 'Query', notice: (
    { __typename: 'Notice', id: string }
    & { ' $fragmentRefs'?: { 'NoticeEditorPage_FormFragment': NoticeEditorPage_FormFragment } }
  ) };

export type NoticeEditorPage_CreateMutationVariables = Exact<{
  input: NoticeInput;
}>;


export type NoticeEditorPage_CreateMutation = { __typename: 'Mutation', createNotice: { __typename: 'Notice', id: string } };

export type NoticeEditorPage_UpdateMutationVariables = Exact<{
  id: string | number;
  input: NoticeInput;
}>;


export type NoticeEditorPage_UpdateMutation = { __typename: 'Mutation', updateNotice: (
    { __typename: 'Notice', id: string }
    & { ' $fragmentRefs'?: { 'NoticeEditorPage_FormFragment': NoticeEditorPage_FormFragment } }
  ) };

export type NoticeListPage_NoticesQueryVariables = Exact<{
  filter?: NoticeFilter | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type NoticeListPage_NoticesQuery = { __typename: 'Query', unreadNoticeCount: number, notices: { __typename: 'NoticeConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'NoticeEdge', node: { __typename: 'Notice', id: string, title: string, importance: NoticeImportance, publishDate: string, published: boolean, read: boolean | null } }> } };

export type FacilityResultsTable_FacilityFragment = { __typename: 'Facility', id: string, code: string, name: string, kind: FacilityKind, formattedPostalCode: string, address: string, building: string | null, prefecture: { __typename: 'Prefecture', id: string, name: string }, secondaryMedicalArea: { __typename: 'SecondaryMedicalArea', id: string, name: string } } & { ' $fragmentName'?: 'FacilityResultsTable_FacilityFragment' };

export type FacilitySearchForm_PrefecturesQueryVariables = Exact<{ [key: string]: never; }>;


export type FacilitySearchForm_PrefecturesQuery = { __typename: 'Query', prefectures: Array<{ __typename: 'Prefecture', id: string, code: string, name: string }> };

export type FacilitySearchForm_AreasQueryVariables = Exact<{
  prefectureCode: string;
}>;


export type FacilitySearchForm_AreasQuery = { __typename: 'Query', secondaryMedicalAreas: Array<{ __typename: 'SecondaryMedicalArea', id: string, code: string, name: string }> };

export type FacilitySearchPage_FacilitiesQueryVariables = Exact<{
  filter?: FacilityFilter | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type FacilitySearchPage_FacilitiesQuery = { __typename: 'Query', facilities: { __typename: 'FacilityConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'FacilityEdge', node: (
        { __typename: 'Facility', id: string }
        & { ' $fragmentRefs'?: { 'FacilityResultsTable_FacilityFragment': FacilityResultsTable_FacilityFragment } }
      ) }> } };

export type InquiryListPage_InquiriesQueryVariables = Exact<{
  filter?: InquiryFilter | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type InquiryListPage_InquiriesQuery = { __typename: 'Query', inquiries: { __typename: 'InquiryConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'InquiryEdge', node: (
        { __typename: 'Inquiry', id: string, updatedAt: string, prefecture: { __typename: 'Prefecture', name: string } | null }
        & { ' $fragmentRefs'?: { 'InquirySummary_InquiryFragment': InquirySummary_InquiryFragment } }
      ) }> } };

export type InquiryListPage_PrefecturesQueryVariables = Exact<{ [key: string]: never; }>;


export type InquiryListPage_PrefecturesQuery = { __typename: 'Query', prefectures: Array<{ __typename: 'Prefecture', id: string, code: string, name: string }> };

export type InquirySummary_InquiryFragment = { __typename: 'Inquiry', id: string, number: number, subject: string, status: InquiryStatus, category: InquiryCategory | null, organisationName: string | null } & { ' $fragmentName'?: 'InquirySummary_InquiryFragment' };

export type InquiryThreadPage_InquiryQueryVariables = Exact<{
  id: string | number;
}>;


export type InquiryThreadPage_InquiryQuery = { __typename: 'Query', inquiry: (
    { __typename: 'Inquiry', id: string, messages: Array<{ __typename: 'InquiryMessage', kind: InquiryMessageKind, body: string, fromOffice: boolean, authorName: string, createdAt: string, attachments: Array<(
        { __typename: 'Attachment', id: string }
        & { ' $fragmentRefs'?: { 'AttachmentList_FileFragment': AttachmentList_FileFragment } }
      )> }> }
    & { ' $fragmentRefs'?: { 'InquirySummary_InquiryFragment': InquirySummary_InquiryFragment } }
  ) };

export type InquiryThreadPage_CommentMutationVariables = Exact<{
  input: AddInquiryCommentInput;
}>;


export type InquiryThreadPage_CommentMutation = { __typename: 'Mutation', addInquiryComment: { __typename: 'Inquiry', id: string, status: InquiryStatus } };

export type InquiryThreadPage_AnswerMutationVariables = Exact<{
  input: AnswerInquiryInput;
}>;


export type InquiryThreadPage_AnswerMutation = { __typename: 'Mutation', answerInquiry: { __typename: 'Inquiry', id: string, status: InquiryStatus } };

export type InquiryThreadPage_CloseMutationVariables = Exact<{
  id: string | number;
}>;


export type InquiryThreadPage_CloseMutation = { __typename: 'Mutation', closeInquiry: { __typename: 'Inquiry', id: string, status: InquiryStatus } };

export type NewInquiryPage_CreateMutationVariables = Exact<{
  input: CreateInquiryInput;
}>;


export type NewInquiryPage_CreateMutation = { __typename: 'Mutation', createInquiry: { __typename: 'Inquiry', id: string } };

export type KeyNetPreview_PostingFragment = { __typename: 'KeyNetPosting', title: string, occupationLabel: string, employmentTypeLabel: string, openings: number | null, duties: string, qualifications: string | null, workingHours: string, pay: string, period: string | null, prefectureCode: string, facilityName: string | null, workPostalCode: string | null, workAddress: string | null, workFacilityName: string | null, contactName: string | null, contactLocation: string | null, contactPhone: string | null, contactEmail: string | null, maskedFields: Array<string> } & { ' $fragmentName'?: 'KeyNetPreview_PostingFragment' };

export type PostingDetailPage_PostingFragment = { __typename: 'Posting', id: string, version: number, status: PostingStatus, title: string, occupation: Occupation, occupationLabel: string, employmentType: EmploymentType, employmentTypeLabel: string, openings: number | null, duties: string, qualifications: string | null, workingHours: string, pay: string, period: string | null, workPostalCode: string | null, workPrefectureCode: string | null, workAddress: string | null, workFacilityName: string | null, contactName: string | null, contactLocation: string | null, contactPhone: string | null, contactEmail: string | null, maskingRequested: boolean, maskedFields: Array<string>, viewerCanEdit: boolean, facilityName: string | null, createdAt: string, updatedAt: string, publishedAt: string | null, keyNetPreview: (
    { __typename: 'KeyNetPosting' }
    & { ' $fragmentRefs'?: { 'KeyNetPreview_PostingFragment': KeyNetPreview_PostingFragment } }
  ) | null, history: Array<{ __typename: 'PostingChange', version: number, action: string, accountId: number | null, changedAt: string, changes: Array<{ __typename: 'PostingFieldChange', field: string, before: string | null, after: string | null }> }> | null } & { ' $fragmentName'?: 'PostingDetailPage_PostingFragment' };

export type PostingDetailPage_QueryQueryVariables = Exact<{
  id: string | number;
}>;


export type PostingDetailPage_QueryQuery = { __typename: 'Query', posting: (
    { __typename: 'Posting', id: string }
    & { ' $fragmentRefs'?: { 'PostingDetailPage_PostingFragment': PostingDetailPage_PostingFragment } }
  ) | null, prefectures: Array<{ __typename: 'Prefecture', code: string, name: string }> };

export type PostingEditPage_QueryQueryVariables = Exact<{
  id: string | number;
}>;


export type PostingEditPage_QueryQuery = { __typename: 'Query', posting: (
    { __typename: 'Posting', id: string }
    & { ' $fragmentRefs'?: { 'PostingDetailPage_PostingFragment': PostingDetailPage_PostingFragment } }
  ) | null, postingFacility: { __typename: 'Facility', id: string, name: string, postingRequiredFields: Array<string> } | null };

export type PostingEditPage_UpdateMutationVariables = Exact<{
  input: UpdatePostingInput;
}>;


export type PostingEditPage_UpdateMutation = { __typename: 'Mutation', updatePosting: { __typename: 'UpdatePostingPayload', posting: (
      { __typename: 'Posting', id: string }
      & { ' $fragmentRefs'?: { 'PostingDetailPage_PostingFragment': PostingDetailPage_PostingFragment } }
    ) } };

export type PostingForm_PrefecturesQueryVariables = Exact<{ [key: string]: never; }>;


export type PostingForm_PrefecturesQuery = { __typename: 'Query', prefectures: Array<{ __typename: 'Prefecture', id: string, code: string, name: string }> };

export type PostingForm_PreviewQueryVariables = Exact<{
  posting: PostingInput;
}>;


export type PostingForm_PreviewQuery = { __typename: 'Query', previewKeyNetPosting: (
    { __typename: 'KeyNetPosting' }
    & { ' $fragmentRefs'?: { 'KeyNetPreview_PostingFragment': KeyNetPreview_PostingFragment } }
  ) };

export type PostingListPage_QueryQueryVariables = Exact<{
  filter?: PostingFilter | null | undefined;
  orderBy?: PostingOrder | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type PostingListPage_QueryQuery = { __typename: 'Query', postingFacility: { __typename: 'Facility', id: string } | null, postings: { __typename: 'PostingConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'PostingEdge', node: { __typename: 'Posting', id: string, title: string, occupationLabel: string, employmentTypeLabel: string, status: PostingStatus, facilityName: string | null, maskingRequested: boolean, updatedAt: string } }> } };

export type PostingListPage_ExportQueryVariables = Exact<{
  filter?: PostingFilter | null | undefined;
  orderBy?: PostingOrder | null | undefined;
}>;


export type PostingListPage_ExportQuery = { __typename: 'Query', exportPostings: { __typename: 'CsvExport', fileName: string, contentType: string, rowCount: number, truncated: boolean, content: string } };

export type PostingNewPage_FacilityQueryVariables = Exact<{ [key: string]: never; }>;


export type PostingNewPage_FacilityQuery = { __typename: 'Query', postingFacility: { __typename: 'Facility', id: string, name: string, postingRequiredFields: Array<string> } | null };

export type PostingNewPage_CreateMutationVariables = Exact<{
  input: CreatePostingInput;
}>;


export type PostingNewPage_CreateMutation = { __typename: 'Mutation', createPosting: { __typename: 'CreatePostingPayload', created: boolean, posting: (
      { __typename: 'Posting', id: string }
      & { ' $fragmentRefs'?: { 'PostingDetailPage_PostingFragment': PostingDetailPage_PostingFragment } }
    ) } };

export type ReportingCompliancePage_PrefecturesQueryVariables = Exact<{ [key: string]: never; }>;


export type ReportingCompliancePage_PrefecturesQuery = { __typename: 'Query', prefectures: Array<{ __typename: 'Prefecture', code: string, name: string }> };

export type ReportingCompliancePage_QueryQueryVariables = Exact<{
  prefectureCode?: string | null | undefined;
}>;


export type ReportingCompliancePage_QueryQuery = { __typename: 'Query', reportingCompliance: { __typename: 'ReportingCompliance', totalCount: number, overdueCount: number, schedule: { __typename: 'ReportingSchedule', mode: ReportingMode, dueTime: string, cadenceHours: number, prefecture: { __typename: 'Prefecture', code: string, name: string }, currentPeriod: { __typename: 'ReportingPeriod', start: string, due: string } }, facilities: Array<{ __typename: 'FacilityCompliance', status: ReportingStatus, lastReportedAt: string | null, facility: { __typename: 'Facility', id: string, code: string, name: string, phone: string | null }, last7Days: { __typename: 'ComplianceCounts', periods: number, onTime: number, late: number, missed: number }, last28Days: { __typename: 'ComplianceCounts', periods: number, onTime: number, late: number, missed: number, onTimeShare: number | null } }>, areas: Array<{ __typename: 'AreaCompliance', area: { __typename: 'SecondaryMedicalArea', code: string, name: string } | null, last7Days: { __typename: 'ComplianceCounts', onTimeShare: number | null }, last28Days: { __typename: 'ComplianceCounts', periods: number, onTimeShare: number | null } }>, overall: { __typename: 'AreaCompliance', last7Days: { __typename: 'ComplianceCounts', onTimeShare: number | null }, last28Days: { __typename: 'ComplianceCounts', onTimeShare: number | null } } } };

export type ReportingModeBanner_QueryQueryVariables = Exact<{ [key: string]: never; }>;


export type ReportingModeBanner_QueryQuery = { __typename: 'Query', reportingSchedule: { __typename: 'ReportingSchedule', mode: ReportingMode, modeLabel: string, cadenceHours: number, prefecture: { __typename: 'Prefecture', name: string }, currentPeriod: { __typename: 'ReportingPeriod', due: string }, nextPeriod: { __typename: 'ReportingPeriod', due: string } } };

export type ReportingSettingsPage_PrefecturesQueryVariables = Exact<{ [key: string]: never; }>;


export type ReportingSettingsPage_PrefecturesQuery = { __typename: 'Query', prefectures: Array<{ __typename: 'Prefecture', code: string, name: string }> };

export type ReportingSettingsPage_ScheduleFragment = { __typename: 'ReportingSchedule', mode: ReportingMode, dueTime: string, alertCadenceHours: number, disasterCadenceHours: number, cadenceHours: number, reminderBeforeMinutes: number, escalationAfterMinutes: number, configured: boolean, updatedAt: string | null, prefecture: { __typename: 'Prefecture', code: string, name: string }, currentPeriod: { __typename: 'ReportingPeriod', due: string }, nextPeriod: { __typename: 'ReportingPeriod', due: string } } & { ' $fragmentName'?: 'ReportingSettingsPage_ScheduleFragment' };

export type ReportingSettingsPage_QueryQueryVariables = Exact<{
  prefectureCode?: string | null | undefined;
}>;


export type ReportingSettingsPage_QueryQuery = { __typename: 'Query', reportingSchedule: (
    { __typename: 'ReportingSchedule' }
    & { ' $fragmentRefs'?: { 'ReportingSettingsPage_ScheduleFragment': ReportingSettingsPage_ScheduleFragment } }
  ) };

export type ReportingSettingsPage_SaveMutationVariables = Exact<{
  input: ReportingScheduleInput;
}>;


export type ReportingSettingsPage_SaveMutation = { __typename: 'Mutation', updateReportingSchedule: (
    { __typename: 'ReportingSchedule' }
    & { ' $fragmentRefs'?: { 'ReportingSettingsPage_ScheduleFragment': ReportingSettingsPage_ScheduleFragment } }
  ) };

export type MoveForm_DestinationsQueryVariables = Exact<{
  first: number;
  text?: string | null | undefined;
}>;


export type MoveForm_DestinationsQuery = { __typename: 'Query', reportFolderDestinations: { __typename: 'ReportFolderDestinationConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean }, edges: Array<{ __typename: 'ReportFolderDestinationEdge', node: { __typename: 'ReportFolderDestination', path: Array<string>, pathIds: Array<string>, folder: { __typename: 'ReportFolder', id: string } } }> } };

export type ReportBuilderPage_ReportQueryVariables = Exact<{
  id: string | number;
}>;


export type ReportBuilderPage_ReportQuery = { __typename: 'Query', savedReport: { __typename: 'SavedReport', id: string, name: string, document: string | null, defaultVariables: unknown, canEdit: boolean, folder: { __typename: 'ReportFolder', id: string }, columns: Array<{ __typename: 'ReportColumn', path: string, heading: string, format: ReportColumnFormat }>, variables: Array<{ __typename: 'ReportVariable', name: string, type: string, label: string }> } };

export type ReportBuilderPage_PreviewQueryVariables = Exact<{
  document: string;
  variables?: unknown;
}>;


export type ReportBuilderPage_PreviewQuery = { __typename: 'Query', previewReport: { __typename: 'ReportResult', rows: Array<unknown>, columns: Array<{ __typename: 'ReportColumn', path: string, format: ReportColumnFormat, valueType: string | null }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean }, variables: Array<{ __typename: 'ReportVariable', name: string, type: string, label: string }> } };

export type ReportBuilderPage_SaveMutationVariables = Exact<{
  input: SaveReportInput;
}>;


export type ReportBuilderPage_SaveMutation = { __typename: 'Mutation', saveReport: { __typename: 'SavedReport', id: string } };

export type ReportFolderPage_FolderQueryVariables = Exact<{
  id: string | number;
}>;


export type ReportFolderPage_FolderQuery = { __typename: 'Query', reportFolder: { __typename: 'ReportFolder', id: string, name: string, kind: ReportFolderKind, sharing: ReportSharing, canEdit: boolean, parent: { __typename: 'ReportFolder', id: string } | null, ancestors: Array<{ __typename: 'ReportFolder', id: string, name: string }>, children: Array<(
      { __typename: 'ReportFolder', id: string }
      & { ' $fragmentRefs'?: { 'ReportList_FolderFragment': ReportList_FolderFragment } }
    )>, reports: Array<(
      { __typename: 'SavedReport', id: string }
      & { ' $fragmentRefs'?: { 'ReportList_ReportFragment': ReportList_ReportFragment } }
    )> } };

export type ReportFolderPage_RenameMutationVariables = Exact<{
  id: string | number;
  name: string;
}>;


export type ReportFolderPage_RenameMutation = { __typename: 'Mutation', renameReportFolder: { __typename: 'ReportFolder', id: string, name: string } };

export type ReportFolderPage_ShareMutationVariables = Exact<{
  id: string | number;
  sharing: ReportSharing;
}>;


export type ReportFolderPage_ShareMutation = { __typename: 'Mutation', shareReportFolder: { __typename: 'ReportFolder', id: string, sharing: ReportSharing } };

export type ReportFolderPage_MoveMutationVariables = Exact<{
  id: string | number;
  parentId?: string | number | null | undefined;
}>;


export type ReportFolderPage_MoveMutation = { __typename: 'Mutation', moveReportFolder: { __typename: 'ReportFolder', id: string, sharing: ReportSharing, parent: { __typename: 'ReportFolder', id: string } | null } };

export type ReportFolderPage_DeleteMutationVariables = Exact<{
  id: string | number;
}>;


export type ReportFolderPage_DeleteMutation = { __typename: 'Mutation', deleteReportFolder: string };

export type ReportFoldersPage_FoldersQueryVariables = Exact<{ [key: string]: never; }>;


export type ReportFoldersPage_FoldersQuery = { __typename: 'Query', reportFolders: Array<(
    { __typename: 'ReportFolder', id: string }
    & { ' $fragmentRefs'?: { 'ReportList_FolderFragment': ReportList_FolderFragment } }
  )> };

export type ReportFoldersPage_CreateMutationVariables = Exact<{
  input: CreateReportFolderInput;
}>;


export type ReportFoldersPage_CreateMutation = { __typename: 'Mutation', createReportFolder: (
    { __typename: 'ReportFolder', id: string }
    & { ' $fragmentRefs'?: { 'ReportList_FolderFragment': ReportList_FolderFragment } }
  ) };

export type ReportList_FolderFragment = { __typename: 'ReportFolder', id: string, name: string, sharing: ReportSharing, updatedAt: string } & { ' $fragmentName'?: 'ReportList_FolderFragment' };

export type ReportList_ReportFragment = { __typename: 'SavedReport', id: string, name: string, builtIn: BuiltInReport | null, updatedAt: string, folder: { __typename: 'ReportFolder', id: string, name: string } } & { ' $fragmentName'?: 'ReportList_ReportFragment' };

export type ReportRunPage_ReportQueryVariables = Exact<{
  id: string | number;
}>;


export type ReportRunPage_ReportQuery = { __typename: 'Query', savedReport: { __typename: 'SavedReport', id: string, name: string, builtIn: BuiltInReport | null, canEdit: boolean, createdBy: string | null, updatedAt: string, folder: { __typename: 'ReportFolder', id: string, name: string, ancestors: Array<{ __typename: 'ReportFolder', id: string, name: string }> }, columns: Array<{ __typename: 'ReportColumn', path: string, heading: string, format: ReportColumnFormat, valueType: string | null }>, variables: Array<{ __typename: 'ReportVariable', name: string, label: string, type: string, namedType: string, required: boolean, list: boolean, enumValues: Array<string> | null, defaultValue: unknown }>, problem: { __typename: 'ReportProblem', code: ReportProblemCode, message: string } | null, mySubscription: { __typename: 'ReportSubscription', id: string, frequency: ReportScheduleFrequency, weekday: number | null, time: string, encoding: ReportFileEncoding } | null } };

export type ReportRunPage_RunQueryVariables = Exact<{
  id: string | number;
  variables?: unknown;
  after?: string | null | undefined;
}>;


export type ReportRunPage_RunQuery = { __typename: 'Query', runReport: { __typename: 'ReportResult', rows: Array<unknown>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type ReportRunPage_PrefecturesQueryVariables = Exact<{ [key: string]: never; }>;


export type ReportRunPage_PrefecturesQuery = { __typename: 'Query', prefectures: Array<{ __typename: 'Prefecture', code: string, name: string }> };

export type ReportRunPage_AreasQueryVariables = Exact<{ [key: string]: never; }>;


export type ReportRunPage_AreasQuery = { __typename: 'Query', viewer: { __typename: 'Viewer', prefecture: { __typename: 'Prefecture', code: string } | null } | null, secondaryMedicalAreas: Array<{ __typename: 'SecondaryMedicalArea', code: string, name: string, prefecture: { __typename: 'Prefecture', code: string, name: string } }> };

export type ReportRunPage_MoveMutationVariables = Exact<{
  id: string | number;
  folderId: string | number;
}>;


export type ReportRunPage_MoveMutation = { __typename: 'Mutation', moveReport: { __typename: 'SavedReport', id: string, folder: { __typename: 'ReportFolder', id: string, name: string, ancestors: Array<{ __typename: 'ReportFolder', id: string, name: string }> } } };

export type ReportRunPage_DeleteMutationVariables = Exact<{
  id: string | number;
}>;


export type ReportRunPage_DeleteMutation = { __typename: 'Mutation', deleteReport: string };

export type ReportSearchResults_SearchQueryVariables = Exact<{
  text: string;
  first: number;
  after?: string | null | undefined;
}>;


export type ReportSearchResults_SearchQuery = { __typename: 'Query', searchReports: { __typename: 'SavedReportConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'SavedReportEdge', node: { __typename: 'SavedReport', id: string, name: string, builtIn: BuiltInReport | null, updatedAt: string, folder: { __typename: 'ReportFolder', id: string, name: string, ancestors: Array<{ __typename: 'ReportFolder', id: string, name: string }> } } }> } };

export type ReportSubscriptionForm_SubscribeMutationVariables = Exact<{
  input: ReportSubscriptionInput;
}>;


export type ReportSubscriptionForm_SubscribeMutation = { __typename: 'Mutation', subscribeToReport: { __typename: 'ReportSubscription', id: string, frequency: ReportScheduleFrequency, weekday: number | null, time: string, encoding: ReportFileEncoding } };

export type ReportSubscriptionForm_UnsubscribeMutationVariables = Exact<{
  reportId: string | number;
}>;


export type ReportSubscriptionForm_UnsubscribeMutation = { __typename: 'Mutation', unsubscribeFromReport: string };

export type ReportBuilderPage_SchemaQueryVariables = Exact<{ [key: string]: never; }>;


export type ReportBuilderPage_SchemaQuery = { __typename: 'Query', __schema: { __typename: '__Schema', queryType: { __typename: '__Type', name: string | null, kind: __TypeKind }, mutationType: { __typename: '__Type', name: string | null, kind: __TypeKind } | null, subscriptionType: { __typename: '__Type', name: string | null, kind: __TypeKind } | null, types: Array<(
      { __typename: '__Type' }
      & { ' $fragmentRefs'?: { 'ReportBuilderPage_FullTypeFragment': ReportBuilderPage_FullTypeFragment } }
    )>, directives: Array<{ __typename: '__Directive', name: string, description: string | null, isRepeatable: boolean, locations: Array<__DirectiveLocation>, args: Array<(
        { __typename: '__InputValue' }
        & { ' $fragmentRefs'?: { 'ReportBuilderPage_InputValueFragment': ReportBuilderPage_InputValueFragment } }
      )> }> } };

export type ReportBuilderPage_FullTypeFragment = { __typename: '__Type', kind: __TypeKind, name: string | null, description: string | null, fields: Array<{ __typename: '__Field', name: string, description: string | null, isDeprecated: boolean, deprecationReason: string | null, args: Array<(
      { __typename: '__InputValue' }
      & { ' $fragmentRefs'?: { 'ReportBuilderPage_InputValueFragment': ReportBuilderPage_InputValueFragment } }
    )>, type: (
      { __typename: '__Type' }
      & { ' $fragmentRefs'?: { 'ReportBuilderPage_TypeRefFragment': ReportBuilderPage_TypeRefFragment } }
    ) }> | null, inputFields: Array<(
    { __typename: '__InputValue' }
    & { ' $fragmentRefs'?: { 'ReportBuilderPage_InputValueFragment': ReportBuilderPage_InputValueFragment } }
  )> | null, interfaces: Array<(
    { __typename: '__Type' }
    & { ' $fragmentRefs'?: { 'ReportBuilderPage_TypeRefFragment': ReportBuilderPage_TypeRefFragment } }
  )> | null, enumValues: Array<{ __typename: '__EnumValue', name: string, description: string | null, isDeprecated: boolean, deprecationReason: string | null }> | null, possibleTypes: Array<(
    { __typename: '__Type' }
    & { ' $fragmentRefs'?: { 'ReportBuilderPage_TypeRefFragment': ReportBuilderPage_TypeRefFragment } }
  )> | null } & { ' $fragmentName'?: 'ReportBuilderPage_FullTypeFragment' };

export type ReportBuilderPage_InputValueFragment = { __typename: '__InputValue', name: string, description: string | null, defaultValue: string | null, type: (
    { __typename: '__Type' }
    & { ' $fragmentRefs'?: { 'ReportBuilderPage_TypeRefFragment': ReportBuilderPage_TypeRefFragment } }
  ) } & { ' $fragmentName'?: 'ReportBuilderPage_InputValueFragment' };

export type ReportBuilderPage_TypeRefFragment = { __typename: '__Type', kind: __TypeKind, name: string | null, ofType: { __typename: '__Type', name: string | null, kind: __TypeKind, ofType: { __typename: '__Type', name: string | null, kind: __TypeKind, ofType: { __typename: '__Type', name: string | null, kind: __TypeKind, ofType: { __typename: '__Type', name: string | null, kind: __TypeKind, ofType: { __typename: '__Type', name: string | null, kind: __TypeKind, ofType: { __typename: '__Type', name: string | null, kind: __TypeKind, ofType: { __typename: '__Type', name: string | null, kind: __TypeKind } | null } | null } | null } | null } | null } | null } | null } & { ' $fragmentName'?: 'ReportBuilderPage_TypeRefFragment' };

export const AttachmentList_FileFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AttachmentList_File"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Attachment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]} as unknown as DocumentNode<AttachmentList_FileFragment, unknown>;
export const BedSnapshot_HistoryRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BedSnapshot_HistoryRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BedSnapshot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"securedTotal"}},{"kind":"Field","name":{"kind":"Name","value":"vacantTotal"}},{"kind":"Field","name":{"kind":"Name","value":"inpatientAcceptance"}},{"kind":"Field","name":{"kind":"Name","value":"emergencyAcceptance"}},{"kind":"Field","name":{"kind":"Name","value":"amended"}},{"kind":"Field","name":{"kind":"Name","value":"superseded"}},{"kind":"Field","name":{"kind":"Name","value":"correctedAt"}}]}}]} as unknown as DocumentNode<BedSnapshot_HistoryRowFragment, unknown>;
export const BedSnapshot_SummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BedSnapshot_Summary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BedSnapshot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outpatientAcceptance"}},{"kind":"Field","name":{"kind":"Name","value":"inpatientAcceptance"}},{"kind":"Field","name":{"kind":"Name","value":"emergencyAcceptance"}},{"kind":"Field","name":{"kind":"Name","value":"securedTotal"}},{"kind":"Field","name":{"kind":"Name","value":"vacantTotal"}},{"kind":"Field","name":{"kind":"Name","value":"ventilatorsTotal"}},{"kind":"Field","name":{"kind":"Name","value":"ventilatorsInUse"}},{"kind":"Field","name":{"kind":"Name","value":"correctionOf"}}]}}]} as unknown as DocumentNode<BedSnapshot_SummaryFragment, unknown>;
export const BedReportRow_RowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BedReportRow_Row"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BedReportRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"lastUpdated"}},{"kind":"Field","name":{"kind":"Name","value":"stale"}},{"kind":"Field","name":{"kind":"Name","value":"facility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"secondaryMedicalArea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"latest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"BedSnapshot_Summary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BedSnapshot_Summary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BedSnapshot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outpatientAcceptance"}},{"kind":"Field","name":{"kind":"Name","value":"inpatientAcceptance"}},{"kind":"Field","name":{"kind":"Name","value":"emergencyAcceptance"}},{"kind":"Field","name":{"kind":"Name","value":"securedTotal"}},{"kind":"Field","name":{"kind":"Name","value":"vacantTotal"}},{"kind":"Field","name":{"kind":"Name","value":"ventilatorsTotal"}},{"kind":"Field","name":{"kind":"Name","value":"ventilatorsInUse"}},{"kind":"Field","name":{"kind":"Name","value":"correctionOf"}}]}}]} as unknown as DocumentNode<BedReportRow_RowFragment, unknown>;
export const BedFacility_ContactFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BedFacility_Contact"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Facility"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"formattedPostalCode"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"building"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"prefecture"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<BedFacility_ContactFragment, unknown>;
export const BedReportTotals_TotalsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BedReportTotals_Totals"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BedReportTotals"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"area"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"prefecture"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"facilities"}},{"kind":"Field","name":{"kind":"Name","value":"reported"}},{"kind":"Field","name":{"kind":"Name","value":"stale"}},{"kind":"Field","name":{"kind":"Name","value":"unreported"}},{"kind":"Field","name":{"kind":"Name","value":"securedTotal"}},{"kind":"Field","name":{"kind":"Name","value":"immediateTotal"}},{"kind":"Field","name":{"kind":"Name","value":"vacantTotal"}}]}}]} as unknown as DocumentNode<BedReportTotals_TotalsFragment, unknown>;
export const BedSnapshot_DetailsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BedSnapshot_Details"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BedSnapshot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"staffing"}},{"kind":"Field","name":{"kind":"Name","value":"ecmoTotal"}},{"kind":"Field","name":{"kind":"Name","value":"ecmoInUse"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"beds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"secured"}},{"kind":"Field","name":{"kind":"Name","value":"immediate"}},{"kind":"Field","name":{"kind":"Name","value":"inpatients"}},{"kind":"Field","name":{"kind":"Name","value":"severe"}},{"kind":"Field","name":{"kind":"Name","value":"vacant"}}]}}]}}]} as unknown as DocumentNode<BedSnapshot_DetailsFragment, unknown>;
export const BedStatusReport_SnapshotFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BedStatusReport_Snapshot"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BedSnapshot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"BedSnapshot_Summary"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"BedSnapshot_Details"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BedSnapshot_Summary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BedSnapshot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outpatientAcceptance"}},{"kind":"Field","name":{"kind":"Name","value":"inpatientAcceptance"}},{"kind":"Field","name":{"kind":"Name","value":"emergencyAcceptance"}},{"kind":"Field","name":{"kind":"Name","value":"securedTotal"}},{"kind":"Field","name":{"kind":"Name","value":"vacantTotal"}},{"kind":"Field","name":{"kind":"Name","value":"ventilatorsTotal"}},{"kind":"Field","name":{"kind":"Name","value":"ventilatorsInUse"}},{"kind":"Field","name":{"kind":"Name","value":"correctionOf"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BedSnapshot_Details"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BedSnapshot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"staffing"}},{"kind":"Field","name":{"kind":"Name","value":"ecmoTotal"}},{"kind":"Field","name":{"kind":"Name","value":"ecmoInUse"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"beds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"secured"}},{"kind":"Field","name":{"kind":"Name","value":"immediate"}},{"kind":"Field","name":{"kind":"Name","value":"inpatients"}},{"kind":"Field","name":{"kind":"Name","value":"severe"}},{"kind":"Field","name":{"kind":"Name","value":"vacant"}}]}}]}}]} as unknown as DocumentNode<BedStatusReport_SnapshotFragment, unknown>;
export const FaqEditorPage_FormFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FaqEditorPage_Form"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FaqEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"sortOrder"}},{"kind":"Field","name":{"kind":"Name","value":"isPublic"}}]}}]} as unknown as DocumentNode<FaqEditorPage_FormFragment, unknown>;
export const NoticeEditorPage_FormFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NoticeEditorPage_Form"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"importance"}},{"kind":"Field","name":{"kind":"Name","value":"publishDate"}},{"kind":"Field","name":{"kind":"Name","value":"isPublic"}}]}}]} as unknown as DocumentNode<NoticeEditorPage_FormFragment, unknown>;
export const FacilityResultsTable_FacilityFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FacilityResultsTable_Facility"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Facility"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"formattedPostalCode"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"building"}},{"kind":"Field","name":{"kind":"Name","value":"prefecture"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"secondaryMedicalArea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<FacilityResultsTable_FacilityFragment, unknown>;
export const InquirySummary_InquiryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InquirySummary_Inquiry"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Inquiry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}}]}}]} as unknown as DocumentNode<InquirySummary_InquiryFragment, unknown>;
export const KeyNetPreview_PostingFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KeyNetPreview_Posting"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KeyNetPosting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"occupationLabel"}},{"kind":"Field","name":{"kind":"Name","value":"employmentTypeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"openings"}},{"kind":"Field","name":{"kind":"Name","value":"duties"}},{"kind":"Field","name":{"kind":"Name","value":"qualifications"}},{"kind":"Field","name":{"kind":"Name","value":"workingHours"}},{"kind":"Field","name":{"kind":"Name","value":"pay"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"prefectureCode"}},{"kind":"Field","name":{"kind":"Name","value":"facilityName"}},{"kind":"Field","name":{"kind":"Name","value":"workPostalCode"}},{"kind":"Field","name":{"kind":"Name","value":"workAddress"}},{"kind":"Field","name":{"kind":"Name","value":"workFacilityName"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactLocation"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"maskedFields"}}]}}]} as unknown as DocumentNode<KeyNetPreview_PostingFragment, unknown>;
export const PostingDetailPage_PostingFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PostingDetailPage_Posting"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Posting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"occupation"}},{"kind":"Field","name":{"kind":"Name","value":"occupationLabel"}},{"kind":"Field","name":{"kind":"Name","value":"employmentType"}},{"kind":"Field","name":{"kind":"Name","value":"employmentTypeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"openings"}},{"kind":"Field","name":{"kind":"Name","value":"duties"}},{"kind":"Field","name":{"kind":"Name","value":"qualifications"}},{"kind":"Field","name":{"kind":"Name","value":"workingHours"}},{"kind":"Field","name":{"kind":"Name","value":"pay"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"workPostalCode"}},{"kind":"Field","name":{"kind":"Name","value":"workPrefectureCode"}},{"kind":"Field","name":{"kind":"Name","value":"workAddress"}},{"kind":"Field","name":{"kind":"Name","value":"workFacilityName"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactLocation"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"maskingRequested"}},{"kind":"Field","name":{"kind":"Name","value":"maskedFields"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}},{"kind":"Field","name":{"kind":"Name","value":"facilityName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"keyNetPreview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"KeyNetPreview_Posting"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KeyNetPreview_Posting"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KeyNetPosting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"occupationLabel"}},{"kind":"Field","name":{"kind":"Name","value":"employmentTypeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"openings"}},{"kind":"Field","name":{"kind":"Name","value":"duties"}},{"kind":"Field","name":{"kind":"Name","value":"qualifications"}},{"kind":"Field","name":{"kind":"Name","value":"workingHours"}},{"kind":"Field","name":{"kind":"Name","value":"pay"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"prefectureCode"}},{"kind":"Field","name":{"kind":"Name","value":"facilityName"}},{"kind":"Field","name":{"kind":"Name","value":"workPostalCode"}},{"kind":"Field","name":{"kind":"Name","value":"workAddress"}},{"kind":"Field","name":{"kind":"Name","value":"workFacilityName"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactLocation"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"maskedFields"}}]}}]} as unknown as DocumentNode<PostingDetailPage_PostingFragment, unknown>;
export const ReportingSettingsPage_ScheduleFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportingSettingsPage_Schedule"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportingSchedule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"dueTime"}},{"kind":"Field","name":{"kind":"Name","value":"alertCadenceHours"}},{"kind":"Field","name":{"kind":"Name","value":"disasterCadenceHours"}},{"kind":"Field","name":{"kind":"Name","value":"cadenceHours"}},{"kind":"Field","name":{"kind":"Name","value":"reminderBeforeMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"escalationAfterMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"configured"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"prefecture"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentPeriod"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"due"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextPeriod"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"due"}}]}}]}}]} as unknown as DocumentNode<ReportingSettingsPage_ScheduleFragment, unknown>;
export const ReportList_FolderFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportList_Folder"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportFolder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sharing"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<ReportList_FolderFragment, unknown>;
export const ReportList_ReportFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportList_Report"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SavedReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"builtIn"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"folder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ReportList_ReportFragment, unknown>;
export const ReportBuilderPage_TypeRefFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportBuilderPage_TypeRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"__Type"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"ofType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"ofType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"ofType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"ofType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"ofType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"ofType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"ofType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReportBuilderPage_TypeRefFragment, unknown>;
export const ReportBuilderPage_InputValueFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportBuilderPage_InputValue"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"__InputValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"type"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportBuilderPage_TypeRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"defaultValue"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportBuilderPage_TypeRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"__Type"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"ofType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"ofType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"ofType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"ofType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"ofType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"ofType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"ofType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReportBuilderPage_InputValueFragment, unknown>;
export const ReportBuilderPage_FullTypeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportBuilderPage_FullType"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"__Type"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeDeprecated"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"args"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportBuilderPage_InputValue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"type"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportBuilderPage_TypeRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"isDeprecated"}},{"kind":"Field","name":{"kind":"Name","value":"deprecationReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inputFields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportBuilderPage_InputValue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interfaces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportBuilderPage_TypeRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enumValues"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeDeprecated"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"isDeprecated"}},{"kind":"Field","name":{"kind":"Name","value":"deprecationReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"possibleTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportBuilderPage_TypeRef"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportBuilderPage_TypeRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"__Type"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"ofType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"ofType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"ofType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"ofType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"ofType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"ofType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"ofType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportBuilderPage_InputValue"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"__InputValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"type"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportBuilderPage_TypeRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"defaultValue"}}]}}]} as unknown as DocumentNode<ReportBuilderPage_FullTypeFragment, unknown>;
export const AccountNewPage_PrefecturesDocument = {"__meta__":{"hash":"sha256:3e45ed51613ff45d91d25aeaba5574a0f6204e9d833e7162e385fbd8f59451f8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccountNewPage_Prefectures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"prefectures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AccountNewPage_PrefecturesQuery, AccountNewPage_PrefecturesQueryVariables>;
export const AccountNewPage_FacilityDocument = {"__meta__":{"hash":"sha256:ee7f5aad2d65e0eb1e628b252d8b1ded5ea0c0dfb732e0a909e4dab81aba253d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccountNewPage_Facility"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"facilityByCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AccountNewPage_FacilityQuery, AccountNewPage_FacilityQueryVariables>;
export const AccountNewPage_CreateDocument = {"__meta__":{"hash":"sha256:a9602aa3c1d67def2abdbea37aec3a4c95447a689ee38deffdcaed47da96ee07"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccountNewPage_Create"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"createAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"loginId"}}]}}]}}]} as unknown as DocumentNode<AccountNewPage_CreateMutation, AccountNewPage_CreateMutationVariables>;
export const AccountsPage_AccountsDocument = {"__meta__":{"hash":"sha256:8680a7e48701857c9a476458eef6efa215599053b515c3ad13bbfab8adf5aef9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccountsPage_Accounts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AccountFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"accounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"loginId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"facility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"prefecture"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"passwordChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"disabledAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AccountsPage_AccountsQuery, AccountsPage_AccountsQueryVariables>;
export const AccountsPage_DisableDocument = {"__meta__":{"hash":"sha256:af9b5b8cd3102e5e93432d03e299e7ce6b1a8054018607d88ff5c1db0d53c1db"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccountsPage_Disable"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"disableAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"disabledAt"}}]}}]}}]} as unknown as DocumentNode<AccountsPage_DisableMutation, AccountsPage_DisableMutationVariables>;
export const AccountsPage_EnableDocument = {"__meta__":{"hash":"sha256:6483f5adb5b901e653f419f070690a161d6498ffe33adb094a6a193ffa47a73f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccountsPage_Enable"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"enableAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"disabledAt"}}]}}]}}]} as unknown as DocumentNode<AccountsPage_EnableMutation, AccountsPage_EnableMutationVariables>;
export const ApiTokensPage_TokensDocument = {"__meta__":{"hash":"sha256:869765d4f9402f0fab2363b74b8d276f1569d85fc8abfe24d0f3324bb3797d32"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApiTokensPage_Tokens"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"apiTokens"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"tokenPrefix"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]} as unknown as DocumentNode<ApiTokensPage_TokensQuery, ApiTokensPage_TokensQueryVariables>;
export const ApiTokensPage_CreateDocument = {"__meta__":{"hash":"sha256:8f512a5cbcf391a779f5f979b7b119a54740c6149de112be71f88857590ae53e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApiTokensPage_Create"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"createApiToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"apiToken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ApiTokensPage_CreateMutation, ApiTokensPage_CreateMutationVariables>;
export const ApiTokensPage_RevokeDocument = {"__meta__":{"hash":"sha256:15a13e879a760412129a9dba8bd9f857e3c6b5278370dc96fc7b1d883aa09dd7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApiTokensPage_Revoke"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"revokeApiToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]} as unknown as DocumentNode<ApiTokensPage_RevokeMutation, ApiTokensPage_RevokeMutationVariables>;
export const HomeTasks_QueryDocument = {"__meta__":{"hash":"sha256:3f71c5ca4471dda7e7ccdbdae7c23f35d02fc99f9e8a7a6a32b947a225255436"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HomeTasks_Query"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"facilityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reportsBeds"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"readsBeds"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"inquiryStatus"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InquiryStatus"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"unreadNoticeCount"}},{"kind":"Field","name":{"kind":"Name","value":"inquiries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"inquiryStatus"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"ownBeds"},"name":{"kind":"Name","value":"bedFacilityStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"facilityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"facilityId"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reportsBeds"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"lastUpdated"}},{"kind":"Field","name":{"kind":"Name","value":"stale"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"ownCompliance"},"name":{"kind":"Name","value":"reportingCompliance"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reportsBeds"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"schedule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"modeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"currentPeriod"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"due"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextPeriod"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"due"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"facilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"last28Days"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"periods"}},{"kind":"Field","name":{"kind":"Name","value":"onTime"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"missed"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"bedReportSummary"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"readsBeds"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"overall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"facilities"}},{"kind":"Field","name":{"kind":"Name","value":"reported"}},{"kind":"Field","name":{"kind":"Name","value":"stale"}},{"kind":"Field","name":{"kind":"Name","value":"unreported"}},{"kind":"Field","name":{"kind":"Name","value":"securedTotal"}},{"kind":"Field","name":{"kind":"Name","value":"vacantTotal"}}]}}]}}]}}]} as unknown as DocumentNode<HomeTasks_QueryQuery, HomeTasks_QueryQueryVariables>;
export const LoginPage_LoginDocument = {"__meta__":{"hash":"sha256:367d0f3653264e472b862671331898bf539bd390b1c5908ee7eaa787f931d96e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LoginPage_Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"loginId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"loginId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"loginId"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<LoginPage_LoginMutation, LoginPage_LoginMutationVariables>;
export const LogoutButton_LogoutDocument = {"__meta__":{"hash":"sha256:ca775deb459bbec2ec62ef3a541bd8b4c35a270ce4a99bb2a92bd24931492806"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LogoutButton_Logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"logout"}}]}}]} as unknown as DocumentNode<LogoutButton_LogoutMutation, LogoutButton_LogoutMutationVariables>;
export const PasswordResetPage_RuleDocument = {"__meta__":{"hash":"sha256:d08fdaed09d5aa8c6eb8042cfdea3e031e7e2e5d15922fd3b37e492799f80ea1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PasswordResetPage_Rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"passwordRule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"minLength"}},{"kind":"Field","name":{"kind":"Name","value":"maxLength"}}]}}]}}]} as unknown as DocumentNode<PasswordResetPage_RuleQuery, PasswordResetPage_RuleQueryVariables>;
export const PasswordResetPage_ResetDocument = {"__meta__":{"hash":"sha256:09b09f372feec851aa275c710129d1a5be457c0540e810e8b05ee96fb3e42473"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PasswordResetPage_Reset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"resetPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}},{"kind":"Argument","name":{"kind":"Name","value":"newPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}}}]}]}}]} as unknown as DocumentNode<PasswordResetPage_ResetMutation, PasswordResetPage_ResetMutationVariables>;
export const PasswordResetRequestPage_RequestDocument = {"__meta__":{"hash":"sha256:de04b861c4e8f879026ccdfc23b46f31b57effaf5623078acc80848d7f61acd4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PasswordResetRequestPage_Request"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"loginId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"requestPasswordReset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"loginId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"loginId"}}}]}]}}]} as unknown as DocumentNode<PasswordResetRequestPage_RequestMutation, PasswordResetRequestPage_RequestMutationVariables>;
export const ViewerProvider_ViewerDocument = {"__meta__":{"hash":"sha256:dda89b1814f2da0b22a2887b7cca0bbf6471e3a6d44ac3ecc23c0b334de1638a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ViewerProvider_Viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"roleLabel"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"loginId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"facility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"prefecture"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"menus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]}}]} as unknown as DocumentNode<ViewerProvider_ViewerQuery, ViewerProvider_ViewerQueryVariables>;
export const BedAreaHistoryChart_HistoryDocument = {"__meta__":{"hash":"sha256:99992898da697a92b97a368554c5303a0d5ddd643c7adca7614f973ca009d443"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BedAreaHistoryChart_History"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"areaCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"days"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"bedAreaHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"secondaryMedicalAreaCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"areaCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"days"},"value":{"kind":"Variable","name":{"kind":"Name","value":"days"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"area"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"days"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"vacantTotal"}},{"kind":"Field","name":{"kind":"Name","value":"securedTotal"}},{"kind":"Field","name":{"kind":"Name","value":"immediateTotal"}},{"kind":"Field","name":{"kind":"Name","value":"facilitiesReporting"}}]}}]}}]}}]} as unknown as DocumentNode<BedAreaHistoryChart_HistoryQuery, BedAreaHistoryChart_HistoryQueryVariables>;
export const BedFacilityPage_DetailDocument = {"__meta__":{"hash":"sha256:66fd040b221b6dab2eb290ba6d6cac3b5e457e7c1c36af11c0aea7e5cb053aba"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BedFacilityPage_Detail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"facilityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"bedFacilityStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"facilityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"facilityId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"BedReportRow_Row"}},{"kind":"Field","name":{"kind":"Name","value":"facility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"BedFacility_Contact"}}]}},{"kind":"Field","name":{"kind":"Name","value":"latest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"BedSnapshot_Details"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"bedSnapshots"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"facilityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"facilityId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"BedSnapshot_HistoryRow"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BedSnapshot_Summary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BedSnapshot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outpatientAcceptance"}},{"kind":"Field","name":{"kind":"Name","value":"inpatientAcceptance"}},{"kind":"Field","name":{"kind":"Name","value":"emergencyAcceptance"}},{"kind":"Field","name":{"kind":"Name","value":"securedTotal"}},{"kind":"Field","name":{"kind":"Name","value":"vacantTotal"}},{"kind":"Field","name":{"kind":"Name","value":"ventilatorsTotal"}},{"kind":"Field","name":{"kind":"Name","value":"ventilatorsInUse"}},{"kind":"Field","name":{"kind":"Name","value":"correctionOf"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BedReportRow_Row"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BedReportRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"lastUpdated"}},{"kind":"Field","name":{"kind":"Name","value":"stale"}},{"kind":"Field","name":{"kind":"Name","value":"facility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"secondaryMedicalArea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"latest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"BedSnapshot_Summary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BedFacility_Contact"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Facility"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"formattedPostalCode"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"building"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"prefecture"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BedSnapshot_Details"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BedSnapshot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"staffing"}},{"kind":"Field","name":{"kind":"Name","value":"ecmoTotal"}},{"kind":"Field","name":{"kind":"Name","value":"ecmoInUse"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"beds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"secured"}},{"kind":"Field","name":{"kind":"Name","value":"immediate"}},{"kind":"Field","name":{"kind":"Name","value":"inpatients"}},{"kind":"Field","name":{"kind":"Name","value":"severe"}},{"kind":"Field","name":{"kind":"Name","value":"vacant"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BedSnapshot_HistoryRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BedSnapshot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"securedTotal"}},{"kind":"Field","name":{"kind":"Name","value":"vacantTotal"}},{"kind":"Field","name":{"kind":"Name","value":"inpatientAcceptance"}},{"kind":"Field","name":{"kind":"Name","value":"emergencyAcceptance"}},{"kind":"Field","name":{"kind":"Name","value":"amended"}},{"kind":"Field","name":{"kind":"Name","value":"superseded"}},{"kind":"Field","name":{"kind":"Name","value":"correctedAt"}}]}}]} as unknown as DocumentNode<BedFacilityPage_DetailQuery, BedFacilityPage_DetailQueryVariables>;
export const BedReportAllColumnsPage_ReportDocument = {"__meta__":{"hash":"sha256:5fa0e497ddb2abd72f5556b4b3e7fe7f86ebf3d96e135bcf25dca24ca1771685"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BedReportAllColumnsPage_Report"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"BedReportFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"BedReportOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"bedReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"staleAfterHours"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"BedReportRow_Row"}},{"kind":"Field","name":{"kind":"Name","value":"facility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"BedFacility_Contact"}}]}},{"kind":"Field","name":{"kind":"Name","value":"latest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"BedSnapshot_Details"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BedSnapshot_Summary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BedSnapshot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outpatientAcceptance"}},{"kind":"Field","name":{"kind":"Name","value":"inpatientAcceptance"}},{"kind":"Field","name":{"kind":"Name","value":"emergencyAcceptance"}},{"kind":"Field","name":{"kind":"Name","value":"securedTotal"}},{"kind":"Field","name":{"kind":"Name","value":"vacantTotal"}},{"kind":"Field","name":{"kind":"Name","value":"ventilatorsTotal"}},{"kind":"Field","name":{"kind":"Name","value":"ventilatorsInUse"}},{"kind":"Field","name":{"kind":"Name","value":"correctionOf"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BedReportRow_Row"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BedReportRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"lastUpdated"}},{"kind":"Field","name":{"kind":"Name","value":"stale"}},{"kind":"Field","name":{"kind":"Name","value":"facility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"secondaryMedicalArea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"latest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"BedSnapshot_Summary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BedFacility_Contact"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Facility"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"formattedPostalCode"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"building"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"prefecture"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BedSnapshot_Details"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BedSnapshot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"staffing"}},{"kind":"Field","name":{"kind":"Name","value":"ecmoTotal"}},{"kind":"Field","name":{"kind":"Name","value":"ecmoInUse"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"beds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"secured"}},{"kind":"Field","name":{"kind":"Name","value":"immediate"}},{"kind":"Field","name":{"kind":"Name","value":"inpatients"}},{"kind":"Field","name":{"kind":"Name","value":"severe"}},{"kind":"Field","name":{"kind":"Name","value":"vacant"}}]}}]}}]} as unknown as DocumentNode<BedReportAllColumnsPage_ReportQuery, BedReportAllColumnsPage_ReportQueryVariables>;
export const BedReportPage_ReportDocument = {"__meta__":{"hash":"sha256:4d2c6b730c39fbed6a0c29561f7eb12d33d8f9495430c1af66f0af4ee60c9574"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BedReportPage_Report"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"BedReportFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"BedReportOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"bedReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"staleAfterHours"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"BedReportRow_Row"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BedSnapshot_Summary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BedSnapshot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outpatientAcceptance"}},{"kind":"Field","name":{"kind":"Name","value":"inpatientAcceptance"}},{"kind":"Field","name":{"kind":"Name","value":"emergencyAcceptance"}},{"kind":"Field","name":{"kind":"Name","value":"securedTotal"}},{"kind":"Field","name":{"kind":"Name","value":"vacantTotal"}},{"kind":"Field","name":{"kind":"Name","value":"ventilatorsTotal"}},{"kind":"Field","name":{"kind":"Name","value":"ventilatorsInUse"}},{"kind":"Field","name":{"kind":"Name","value":"correctionOf"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BedReportRow_Row"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BedReportRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"lastUpdated"}},{"kind":"Field","name":{"kind":"Name","value":"stale"}},{"kind":"Field","name":{"kind":"Name","value":"facility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"secondaryMedicalArea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"latest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"BedSnapshot_Summary"}}]}}]}}]} as unknown as DocumentNode<BedReportPage_ReportQuery, BedReportPage_ReportQueryVariables>;
export const BedReportSearchForm_PrefecturesDocument = {"__meta__":{"hash":"sha256:e6ac54b5489a3b98afa3615b43e7e6831ccb124fe03a8265b53a2f352500ccf2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BedReportSearchForm_Prefectures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"bedReportPrefectures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<BedReportSearchForm_PrefecturesQuery, BedReportSearchForm_PrefecturesQueryVariables>;
export const BedReportSearchForm_AreasDocument = {"__meta__":{"hash":"sha256:a408a18de8d16daab7144c790ea72fc09c41edd3e3e6cd66d7b8c51345e09703"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BedReportSearchForm_Areas"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"prefectureCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"secondaryMedicalAreas"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"prefectureCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"prefectureCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<BedReportSearchForm_AreasQuery, BedReportSearchForm_AreasQueryVariables>;
export const BedReportTotals_SummaryDocument = {"__meta__":{"hash":"sha256:0ad3a31392b530c2e3bab6a31c7151db4e0e899c02afae1264b36eb50214762f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BedReportTotals_Summary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"BedReportFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"bedReportSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"prefectures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"BedReportTotals_Totals"}}]}},{"kind":"Field","name":{"kind":"Name","value":"areas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"BedReportTotals_Totals"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BedReportTotals_Totals"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BedReportTotals"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"area"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"prefecture"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"facilities"}},{"kind":"Field","name":{"kind":"Name","value":"reported"}},{"kind":"Field","name":{"kind":"Name","value":"stale"}},{"kind":"Field","name":{"kind":"Name","value":"unreported"}},{"kind":"Field","name":{"kind":"Name","value":"securedTotal"}},{"kind":"Field","name":{"kind":"Name","value":"immediateTotal"}},{"kind":"Field","name":{"kind":"Name","value":"vacantTotal"}}]}}]} as unknown as DocumentNode<BedReportTotals_SummaryQuery, BedReportTotals_SummaryQueryVariables>;
export const BedStatusReportForm_CorrectDocument = {"__meta__":{"hash":"sha256:cc2f756179eb826f58c56ba2156d5d3adf88afadc7bb352436810bfc6c612eef"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BedStatusReportForm_Correct"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"snapshotId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BedReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"correctBedReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"snapshotId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"snapshotId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"duplicate"}},{"kind":"Field","name":{"kind":"Name","value":"snapshot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"BedStatusReport_Snapshot"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BedSnapshot_Summary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BedSnapshot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outpatientAcceptance"}},{"kind":"Field","name":{"kind":"Name","value":"inpatientAcceptance"}},{"kind":"Field","name":{"kind":"Name","value":"emergencyAcceptance"}},{"kind":"Field","name":{"kind":"Name","value":"securedTotal"}},{"kind":"Field","name":{"kind":"Name","value":"vacantTotal"}},{"kind":"Field","name":{"kind":"Name","value":"ventilatorsTotal"}},{"kind":"Field","name":{"kind":"Name","value":"ventilatorsInUse"}},{"kind":"Field","name":{"kind":"Name","value":"correctionOf"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BedSnapshot_Details"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BedSnapshot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"staffing"}},{"kind":"Field","name":{"kind":"Name","value":"ecmoTotal"}},{"kind":"Field","name":{"kind":"Name","value":"ecmoInUse"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"beds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"secured"}},{"kind":"Field","name":{"kind":"Name","value":"immediate"}},{"kind":"Field","name":{"kind":"Name","value":"inpatients"}},{"kind":"Field","name":{"kind":"Name","value":"severe"}},{"kind":"Field","name":{"kind":"Name","value":"vacant"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BedStatusReport_Snapshot"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BedSnapshot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"BedSnapshot_Summary"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"BedSnapshot_Details"}}]}}]} as unknown as DocumentNode<BedStatusReportForm_CorrectMutation, BedStatusReportForm_CorrectMutationVariables>;
export const BedStatusReportForm_ReportDocument = {"__meta__":{"hash":"sha256:308ff2cc84dea1f5cd1e47bd91f2aa4f3cb7f298af50fcf60ad142927a761873"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BedStatusReportForm_Report"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BedReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"reportBedStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"duplicate"}},{"kind":"Field","name":{"kind":"Name","value":"snapshot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"BedStatusReport_Snapshot"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BedSnapshot_Summary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BedSnapshot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outpatientAcceptance"}},{"kind":"Field","name":{"kind":"Name","value":"inpatientAcceptance"}},{"kind":"Field","name":{"kind":"Name","value":"emergencyAcceptance"}},{"kind":"Field","name":{"kind":"Name","value":"securedTotal"}},{"kind":"Field","name":{"kind":"Name","value":"vacantTotal"}},{"kind":"Field","name":{"kind":"Name","value":"ventilatorsTotal"}},{"kind":"Field","name":{"kind":"Name","value":"ventilatorsInUse"}},{"kind":"Field","name":{"kind":"Name","value":"correctionOf"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BedSnapshot_Details"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BedSnapshot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"staffing"}},{"kind":"Field","name":{"kind":"Name","value":"ecmoTotal"}},{"kind":"Field","name":{"kind":"Name","value":"ecmoInUse"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"beds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"secured"}},{"kind":"Field","name":{"kind":"Name","value":"immediate"}},{"kind":"Field","name":{"kind":"Name","value":"inpatients"}},{"kind":"Field","name":{"kind":"Name","value":"severe"}},{"kind":"Field","name":{"kind":"Name","value":"vacant"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BedStatusReport_Snapshot"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BedSnapshot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"BedSnapshot_Summary"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"BedSnapshot_Details"}}]}}]} as unknown as DocumentNode<BedStatusReportForm_ReportMutation, BedStatusReportForm_ReportMutationVariables>;
export const BedStatusReportPage_ViewerDocument = {"__meta__":{"hash":"sha256:a184ea1214ab86848aa8f88c252612f792e090a8d54f9374ae598f4a0783a49b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BedStatusReportPage_Viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"facility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<BedStatusReportPage_ViewerQuery, BedStatusReportPage_ViewerQueryVariables>;
export const BedStatusReportPage_StatusDocument = {"__meta__":{"hash":"sha256:ca1e7c5849809e01f70f00a301bd8b471db6bb289a16f1e9be0572e1a90febb3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BedStatusReportPage_Status"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"facilityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"recent"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"bedFacilityStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"facilityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"facilityId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"lastUpdated"}},{"kind":"Field","name":{"kind":"Name","value":"stale"}},{"kind":"Field","name":{"kind":"Name","value":"latest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"BedStatusReport_Snapshot"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"bedSnapshots"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"facilityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"facilityId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"recent"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"BedSnapshot_HistoryRow"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"correctable"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"BedStatusReport_Snapshot"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BedSnapshot_Summary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BedSnapshot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outpatientAcceptance"}},{"kind":"Field","name":{"kind":"Name","value":"inpatientAcceptance"}},{"kind":"Field","name":{"kind":"Name","value":"emergencyAcceptance"}},{"kind":"Field","name":{"kind":"Name","value":"securedTotal"}},{"kind":"Field","name":{"kind":"Name","value":"vacantTotal"}},{"kind":"Field","name":{"kind":"Name","value":"ventilatorsTotal"}},{"kind":"Field","name":{"kind":"Name","value":"ventilatorsInUse"}},{"kind":"Field","name":{"kind":"Name","value":"correctionOf"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BedSnapshot_Details"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BedSnapshot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"staffing"}},{"kind":"Field","name":{"kind":"Name","value":"ecmoTotal"}},{"kind":"Field","name":{"kind":"Name","value":"ecmoInUse"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"beds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"secured"}},{"kind":"Field","name":{"kind":"Name","value":"immediate"}},{"kind":"Field","name":{"kind":"Name","value":"inpatients"}},{"kind":"Field","name":{"kind":"Name","value":"severe"}},{"kind":"Field","name":{"kind":"Name","value":"vacant"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BedStatusReport_Snapshot"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BedSnapshot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"BedSnapshot_Summary"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"BedSnapshot_Details"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BedSnapshot_HistoryRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BedSnapshot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"securedTotal"}},{"kind":"Field","name":{"kind":"Name","value":"vacantTotal"}},{"kind":"Field","name":{"kind":"Name","value":"inpatientAcceptance"}},{"kind":"Field","name":{"kind":"Name","value":"emergencyAcceptance"}},{"kind":"Field","name":{"kind":"Name","value":"amended"}},{"kind":"Field","name":{"kind":"Name","value":"superseded"}},{"kind":"Field","name":{"kind":"Name","value":"correctedAt"}}]}}]} as unknown as DocumentNode<BedStatusReportPage_StatusQuery, BedStatusReportPage_StatusQueryVariables>;
export const BedReportPage_LiveDocument = {"__meta__":{"hash":"sha256:8e8afa20413eb984e8f9688e35aeb8f906bab3a7a2131b1b3dcd74c81300423d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"BedReportPage_Live"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"prefectureCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"areaCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bedStatusChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"prefectureCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"prefectureCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"areaCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"areaCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"lastUpdated"}},{"kind":"Field","name":{"kind":"Name","value":"facility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<BedReportPage_LiveSubscription, BedReportPage_LiveSubscriptionVariables>;
export const FaqDetailPage_EntryDocument = {"__meta__":{"hash":"sha256:77b674b0c826ed5d71565b9576de23b557163a90b36890ac5d02a13661b2c177"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FaqDetailPage_Entry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"faqEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"published"}},{"kind":"Field","name":{"kind":"Name","value":"isPublic"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<FaqDetailPage_EntryQuery, FaqDetailPage_EntryQueryVariables>;
export const FaqDetailPage_PublishDocument = {"__meta__":{"hash":"sha256:8531d2af6a1e6d3b612b672c687adbe31ba058719de6b71276a18be0ab84fecb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FaqDetailPage_Publish"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"publishFaqEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"published"}}]}}]}}]} as unknown as DocumentNode<FaqDetailPage_PublishMutation, FaqDetailPage_PublishMutationVariables>;
export const FaqDetailPage_UnpublishDocument = {"__meta__":{"hash":"sha256:6a485927652fc62701cf738cb0b88245283e9616059fb5fb7579e6ebd2405bb7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FaqDetailPage_Unpublish"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"unpublishFaqEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"published"}}]}}]}}]} as unknown as DocumentNode<FaqDetailPage_UnpublishMutation, FaqDetailPage_UnpublishMutationVariables>;
export const FaqEditorPage_EntryDocument = {"__meta__":{"hash":"sha256:cbcfbc517bf2c1d9afc4da9808ddf10c9d80f423b076741c928d3db453dc67b0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FaqEditorPage_Entry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"faqEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"FaqEditorPage_Form"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FaqEditorPage_Form"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FaqEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"sortOrder"}},{"kind":"Field","name":{"kind":"Name","value":"isPublic"}}]}}]} as unknown as DocumentNode<FaqEditorPage_EntryQuery, FaqEditorPage_EntryQueryVariables>;
export const FaqEditorPage_CreateDocument = {"__meta__":{"hash":"sha256:74858992698f3db28ae4616271969e99135de0812cb7a638c03365e9763a6de7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FaqEditorPage_Create"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FaqEntryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"createFaqEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<FaqEditorPage_CreateMutation, FaqEditorPage_CreateMutationVariables>;
export const FaqEditorPage_UpdateDocument = {"__meta__":{"hash":"sha256:f42809c8ca2642fa0254ad757e37da16d4f13119f0a362dd362ec7870df37ccd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FaqEditorPage_Update"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FaqEntryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"updateFaqEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"FaqEditorPage_Form"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FaqEditorPage_Form"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FaqEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"sortOrder"}},{"kind":"Field","name":{"kind":"Name","value":"isPublic"}}]}}]} as unknown as DocumentNode<FaqEditorPage_UpdateMutation, FaqEditorPage_UpdateMutationVariables>;
export const FaqListPage_EntriesDocument = {"__meta__":{"hash":"sha256:76b9cc46f77a53824d552af5ae6bb3469670825492c2304fa25670d6f8b1d329"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FaqListPage_Entries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"FaqFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"faqEntries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"published"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"faqCategories"}}]}}]} as unknown as DocumentNode<FaqListPage_EntriesQuery, FaqListPage_EntriesQueryVariables>;
export const NoticeDetailPage_NoticeDocument = {"__meta__":{"hash":"sha256:e72c3b1762076ac8f539e3a5ae7f5f55015b8df6c3fd533e20daec989d29a16f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NoticeDetailPage_Notice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"notice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"importance"}},{"kind":"Field","name":{"kind":"Name","value":"publishDate"}},{"kind":"Field","name":{"kind":"Name","value":"published"}},{"kind":"Field","name":{"kind":"Name","value":"isPublic"}},{"kind":"Field","name":{"kind":"Name","value":"read"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AttachmentList_File"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AttachmentList_File"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Attachment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]} as unknown as DocumentNode<NoticeDetailPage_NoticeQuery, NoticeDetailPage_NoticeQueryVariables>;
export const NoticeDetailPage_MarkReadDocument = {"__meta__":{"hash":"sha256:0cfdb169010b0987f8893b5bda5d939662184af2ba9c24cbaa7f2add6bf96878"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NoticeDetailPage_MarkRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"markNoticeRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"read"}}]}}]}}]} as unknown as DocumentNode<NoticeDetailPage_MarkReadMutation, NoticeDetailPage_MarkReadMutationVariables>;
export const NoticeDetailPage_PublishDocument = {"__meta__":{"hash":"sha256:f7d9c1395b83ab281b80f0b583e8399baf931e27b6a7b4bb7beb10a5caf82cf6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NoticeDetailPage_Publish"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"publishNotice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"published"}}]}}]}}]} as unknown as DocumentNode<NoticeDetailPage_PublishMutation, NoticeDetailPage_PublishMutationVariables>;
export const NoticeDetailPage_UnpublishDocument = {"__meta__":{"hash":"sha256:47ada37fe27db5d8e8dc4b3822d648f3eae9ad33b708f85777c5a9660ead1fcf"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NoticeDetailPage_Unpublish"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"unpublishNotice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"published"}}]}}]}}]} as unknown as DocumentNode<NoticeDetailPage_UnpublishMutation, NoticeDetailPage_UnpublishMutationVariables>;
export const NoticeEditorPage_NoticeDocument = {"__meta__":{"hash":"sha256:312ddb4853be00d91436d33b6103fee445e974fd1ac3053ccd36dbbde9e8270e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NoticeEditorPage_Notice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"notice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"NoticeEditorPage_Form"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NoticeEditorPage_Form"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"importance"}},{"kind":"Field","name":{"kind":"Name","value":"publishDate"}},{"kind":"Field","name":{"kind":"Name","value":"isPublic"}}]}}]} as unknown as DocumentNode<NoticeEditorPage_NoticeQuery, NoticeEditorPage_NoticeQueryVariables>;
export const NoticeEditorPage_CreateDocument = {"__meta__":{"hash":"sha256:9556cf8275dbd9164db37bcc4c107f812b0d9860bc82148533c8c11c085721ee"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NoticeEditorPage_Create"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NoticeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"createNotice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<NoticeEditorPage_CreateMutation, NoticeEditorPage_CreateMutationVariables>;
export const NoticeEditorPage_UpdateDocument = {"__meta__":{"hash":"sha256:49a1480439e651517810bb102fbb5a2017ec1ce4fd6883c19f38984612a759e0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NoticeEditorPage_Update"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NoticeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"updateNotice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"NoticeEditorPage_Form"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NoticeEditorPage_Form"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"importance"}},{"kind":"Field","name":{"kind":"Name","value":"publishDate"}},{"kind":"Field","name":{"kind":"Name","value":"isPublic"}}]}}]} as unknown as DocumentNode<NoticeEditorPage_UpdateMutation, NoticeEditorPage_UpdateMutationVariables>;
export const NoticeListPage_NoticesDocument = {"__meta__":{"hash":"sha256:931f564d528ff391cce89d975a7f3f28597cfe417b18d986372a878c93499588"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NoticeListPage_Notices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NoticeFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"notices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"importance"}},{"kind":"Field","name":{"kind":"Name","value":"publishDate"}},{"kind":"Field","name":{"kind":"Name","value":"published"}},{"kind":"Field","name":{"kind":"Name","value":"read"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"unreadNoticeCount"}}]}}]} as unknown as DocumentNode<NoticeListPage_NoticesQuery, NoticeListPage_NoticesQueryVariables>;
export const FacilitySearchForm_PrefecturesDocument = {"__meta__":{"hash":"sha256:e91dd5ca1f8030d97261cf278c278abc2665024a5c28448ec1db76313dbc3e4a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FacilitySearchForm_Prefectures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"prefectures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<FacilitySearchForm_PrefecturesQuery, FacilitySearchForm_PrefecturesQueryVariables>;
export const FacilitySearchForm_AreasDocument = {"__meta__":{"hash":"sha256:a5408ae5afec04048b08359a09519484db286c84e48f8a5294c8f21c44de51a2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FacilitySearchForm_Areas"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"prefectureCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"secondaryMedicalAreas"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"prefectureCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"prefectureCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<FacilitySearchForm_AreasQuery, FacilitySearchForm_AreasQueryVariables>;
export const FacilitySearchPage_FacilitiesDocument = {"__meta__":{"hash":"sha256:e2f8f569a29119db3af875e8f7f2386ed8eb2dacfa87fffc13159d9344b91b13"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FacilitySearchPage_Facilities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"FacilityFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"facilities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"FacilityResultsTable_Facility"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FacilityResultsTable_Facility"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Facility"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"formattedPostalCode"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"building"}},{"kind":"Field","name":{"kind":"Name","value":"prefecture"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"secondaryMedicalArea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<FacilitySearchPage_FacilitiesQuery, FacilitySearchPage_FacilitiesQueryVariables>;
export const InquiryListPage_InquiriesDocument = {"__meta__":{"hash":"sha256:684edc2196691c1bb4ecf9d6d3ee187488fcc4f2a74032d911df9a731c032c4e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InquiryListPage_Inquiries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"InquiryFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"inquiries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"InquirySummary_Inquiry"}},{"kind":"Field","name":{"kind":"Name","value":"prefecture"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InquirySummary_Inquiry"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Inquiry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}}]}}]} as unknown as DocumentNode<InquiryListPage_InquiriesQuery, InquiryListPage_InquiriesQueryVariables>;
export const InquiryListPage_PrefecturesDocument = {"__meta__":{"hash":"sha256:81540c9a503b1054b70eb0d96c8787e575eb04e640d4afa23c96890c7b1f7fc0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InquiryListPage_Prefectures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"prefectures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<InquiryListPage_PrefecturesQuery, InquiryListPage_PrefecturesQueryVariables>;
export const InquiryThreadPage_InquiryDocument = {"__meta__":{"hash":"sha256:d34179e4171a2b8662f36d44df28d826eb92bc4bc52d2d9fe380514341ecc2f7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InquiryThreadPage_Inquiry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"inquiry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"InquirySummary_Inquiry"}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"fromOffice"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AttachmentList_File"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InquirySummary_Inquiry"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Inquiry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AttachmentList_File"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Attachment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]} as unknown as DocumentNode<InquiryThreadPage_InquiryQuery, InquiryThreadPage_InquiryQueryVariables>;
export const InquiryThreadPage_CommentDocument = {"__meta__":{"hash":"sha256:98edaed7a2077b41f57eb6a69506de317187aae02c62626cc6dd87edaaae1cb6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InquiryThreadPage_Comment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddInquiryCommentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"addInquiryComment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<InquiryThreadPage_CommentMutation, InquiryThreadPage_CommentMutationVariables>;
export const InquiryThreadPage_AnswerDocument = {"__meta__":{"hash":"sha256:daa652407b1e8fefda74f76b8919cb16932d7168842273f53e0734b76f8aaf89"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InquiryThreadPage_Answer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnswerInquiryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"answerInquiry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<InquiryThreadPage_AnswerMutation, InquiryThreadPage_AnswerMutationVariables>;
export const InquiryThreadPage_CloseDocument = {"__meta__":{"hash":"sha256:c4d43aaf73e105f26822febb20810a0ced83177bd838ad4528c086922eda1457"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InquiryThreadPage_Close"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"closeInquiry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<InquiryThreadPage_CloseMutation, InquiryThreadPage_CloseMutationVariables>;
export const NewInquiryPage_CreateDocument = {"__meta__":{"hash":"sha256:37dcb8a177a92e945ab517219af8c82dcd5e5deee9f4ba1ded61f499495a19d3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NewInquiryPage_Create"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateInquiryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"createInquiry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<NewInquiryPage_CreateMutation, NewInquiryPage_CreateMutationVariables>;
export const PostingDetailPage_QueryDocument = {"__meta__":{"hash":"sha256:ba8318133b0250726e396a25711958e3335e3f42e4694217d69843dafbe3ce17"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PostingDetailPage_Query"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"posting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PostingDetailPage_Posting"}}]}},{"kind":"Field","name":{"kind":"Name","value":"prefectures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KeyNetPreview_Posting"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KeyNetPosting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"occupationLabel"}},{"kind":"Field","name":{"kind":"Name","value":"employmentTypeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"openings"}},{"kind":"Field","name":{"kind":"Name","value":"duties"}},{"kind":"Field","name":{"kind":"Name","value":"qualifications"}},{"kind":"Field","name":{"kind":"Name","value":"workingHours"}},{"kind":"Field","name":{"kind":"Name","value":"pay"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"prefectureCode"}},{"kind":"Field","name":{"kind":"Name","value":"facilityName"}},{"kind":"Field","name":{"kind":"Name","value":"workPostalCode"}},{"kind":"Field","name":{"kind":"Name","value":"workAddress"}},{"kind":"Field","name":{"kind":"Name","value":"workFacilityName"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactLocation"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"maskedFields"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PostingDetailPage_Posting"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Posting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"occupation"}},{"kind":"Field","name":{"kind":"Name","value":"occupationLabel"}},{"kind":"Field","name":{"kind":"Name","value":"employmentType"}},{"kind":"Field","name":{"kind":"Name","value":"employmentTypeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"openings"}},{"kind":"Field","name":{"kind":"Name","value":"duties"}},{"kind":"Field","name":{"kind":"Name","value":"qualifications"}},{"kind":"Field","name":{"kind":"Name","value":"workingHours"}},{"kind":"Field","name":{"kind":"Name","value":"pay"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"workPostalCode"}},{"kind":"Field","name":{"kind":"Name","value":"workPrefectureCode"}},{"kind":"Field","name":{"kind":"Name","value":"workAddress"}},{"kind":"Field","name":{"kind":"Name","value":"workFacilityName"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactLocation"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"maskingRequested"}},{"kind":"Field","name":{"kind":"Name","value":"maskedFields"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}},{"kind":"Field","name":{"kind":"Name","value":"facilityName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"keyNetPreview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"KeyNetPreview_Posting"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]}}]} as unknown as DocumentNode<PostingDetailPage_QueryQuery, PostingDetailPage_QueryQueryVariables>;
export const PostingEditPage_QueryDocument = {"__meta__":{"hash":"sha256:f05454766a1e189c4e82f1ce9dc8535faa455a9ecb4a260a12c552bc1de18c48"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PostingEditPage_Query"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"posting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PostingDetailPage_Posting"}}]}},{"kind":"Field","name":{"kind":"Name","value":"postingFacility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"postingRequiredFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KeyNetPreview_Posting"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KeyNetPosting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"occupationLabel"}},{"kind":"Field","name":{"kind":"Name","value":"employmentTypeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"openings"}},{"kind":"Field","name":{"kind":"Name","value":"duties"}},{"kind":"Field","name":{"kind":"Name","value":"qualifications"}},{"kind":"Field","name":{"kind":"Name","value":"workingHours"}},{"kind":"Field","name":{"kind":"Name","value":"pay"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"prefectureCode"}},{"kind":"Field","name":{"kind":"Name","value":"facilityName"}},{"kind":"Field","name":{"kind":"Name","value":"workPostalCode"}},{"kind":"Field","name":{"kind":"Name","value":"workAddress"}},{"kind":"Field","name":{"kind":"Name","value":"workFacilityName"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactLocation"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"maskedFields"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PostingDetailPage_Posting"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Posting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"occupation"}},{"kind":"Field","name":{"kind":"Name","value":"occupationLabel"}},{"kind":"Field","name":{"kind":"Name","value":"employmentType"}},{"kind":"Field","name":{"kind":"Name","value":"employmentTypeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"openings"}},{"kind":"Field","name":{"kind":"Name","value":"duties"}},{"kind":"Field","name":{"kind":"Name","value":"qualifications"}},{"kind":"Field","name":{"kind":"Name","value":"workingHours"}},{"kind":"Field","name":{"kind":"Name","value":"pay"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"workPostalCode"}},{"kind":"Field","name":{"kind":"Name","value":"workPrefectureCode"}},{"kind":"Field","name":{"kind":"Name","value":"workAddress"}},{"kind":"Field","name":{"kind":"Name","value":"workFacilityName"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactLocation"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"maskingRequested"}},{"kind":"Field","name":{"kind":"Name","value":"maskedFields"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}},{"kind":"Field","name":{"kind":"Name","value":"facilityName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"keyNetPreview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"KeyNetPreview_Posting"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]}}]} as unknown as DocumentNode<PostingEditPage_QueryQuery, PostingEditPage_QueryQueryVariables>;
export const PostingEditPage_UpdateDocument = {"__meta__":{"hash":"sha256:744e6ed2db42704a840595c0ffef00e6e79a0e40b33d4bae1dcb139642c9ec76"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PostingEditPage_Update"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePostingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"updatePosting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"posting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PostingDetailPage_Posting"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KeyNetPreview_Posting"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KeyNetPosting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"occupationLabel"}},{"kind":"Field","name":{"kind":"Name","value":"employmentTypeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"openings"}},{"kind":"Field","name":{"kind":"Name","value":"duties"}},{"kind":"Field","name":{"kind":"Name","value":"qualifications"}},{"kind":"Field","name":{"kind":"Name","value":"workingHours"}},{"kind":"Field","name":{"kind":"Name","value":"pay"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"prefectureCode"}},{"kind":"Field","name":{"kind":"Name","value":"facilityName"}},{"kind":"Field","name":{"kind":"Name","value":"workPostalCode"}},{"kind":"Field","name":{"kind":"Name","value":"workAddress"}},{"kind":"Field","name":{"kind":"Name","value":"workFacilityName"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactLocation"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"maskedFields"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PostingDetailPage_Posting"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Posting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"occupation"}},{"kind":"Field","name":{"kind":"Name","value":"occupationLabel"}},{"kind":"Field","name":{"kind":"Name","value":"employmentType"}},{"kind":"Field","name":{"kind":"Name","value":"employmentTypeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"openings"}},{"kind":"Field","name":{"kind":"Name","value":"duties"}},{"kind":"Field","name":{"kind":"Name","value":"qualifications"}},{"kind":"Field","name":{"kind":"Name","value":"workingHours"}},{"kind":"Field","name":{"kind":"Name","value":"pay"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"workPostalCode"}},{"kind":"Field","name":{"kind":"Name","value":"workPrefectureCode"}},{"kind":"Field","name":{"kind":"Name","value":"workAddress"}},{"kind":"Field","name":{"kind":"Name","value":"workFacilityName"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactLocation"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"maskingRequested"}},{"kind":"Field","name":{"kind":"Name","value":"maskedFields"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}},{"kind":"Field","name":{"kind":"Name","value":"facilityName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"keyNetPreview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"KeyNetPreview_Posting"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]}}]} as unknown as DocumentNode<PostingEditPage_UpdateMutation, PostingEditPage_UpdateMutationVariables>;
export const PostingForm_PrefecturesDocument = {"__meta__":{"hash":"sha256:dda585ab31113ec3e4af296750c6e877ef273d49c2c030cf8a64f5139aa9d04a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PostingForm_Prefectures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"prefectures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<PostingForm_PrefecturesQuery, PostingForm_PrefecturesQueryVariables>;
export const PostingForm_PreviewDocument = {"__meta__":{"hash":"sha256:814fb44c136c2d7e19ed2873ae91b83a232bd9c93050c2f891c5c23e2a9a6bb7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PostingForm_Preview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"posting"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PostingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"previewKeyNetPosting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"posting"},"value":{"kind":"Variable","name":{"kind":"Name","value":"posting"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"KeyNetPreview_Posting"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KeyNetPreview_Posting"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KeyNetPosting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"occupationLabel"}},{"kind":"Field","name":{"kind":"Name","value":"employmentTypeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"openings"}},{"kind":"Field","name":{"kind":"Name","value":"duties"}},{"kind":"Field","name":{"kind":"Name","value":"qualifications"}},{"kind":"Field","name":{"kind":"Name","value":"workingHours"}},{"kind":"Field","name":{"kind":"Name","value":"pay"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"prefectureCode"}},{"kind":"Field","name":{"kind":"Name","value":"facilityName"}},{"kind":"Field","name":{"kind":"Name","value":"workPostalCode"}},{"kind":"Field","name":{"kind":"Name","value":"workAddress"}},{"kind":"Field","name":{"kind":"Name","value":"workFacilityName"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactLocation"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"maskedFields"}}]}}]} as unknown as DocumentNode<PostingForm_PreviewQuery, PostingForm_PreviewQueryVariables>;
export const PostingListPage_QueryDocument = {"__meta__":{"hash":"sha256:6baaba3f91012e498a124d13b37dec4cde2d3d16387ca4111e0ef9756c4b6891"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PostingListPage_Query"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PostingFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PostingOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"postingFacility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"postings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"occupationLabel"}},{"kind":"Field","name":{"kind":"Name","value":"employmentTypeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"facilityName"}},{"kind":"Field","name":{"kind":"Name","value":"maskingRequested"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PostingListPage_QueryQuery, PostingListPage_QueryQueryVariables>;
export const PostingListPage_ExportDocument = {"__meta__":{"hash":"sha256:4009b4e7a588ab3b5e9566098a6b7766b9c1ac09dbce551ec0bde9caac163ed2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PostingListPage_Export"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PostingFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PostingOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"exportPostings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}},{"kind":"Field","name":{"kind":"Name","value":"truncated"}},{"kind":"Field","name":{"kind":"Name","value":"content"}}]}}]}}]} as unknown as DocumentNode<PostingListPage_ExportQuery, PostingListPage_ExportQueryVariables>;
export const PostingNewPage_FacilityDocument = {"__meta__":{"hash":"sha256:37968165a3081faa955c528a48b067778a0e82ae9a60a3967910ed02b9bd1c2c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PostingNewPage_Facility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"postingFacility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"postingRequiredFields"}}]}}]}}]} as unknown as DocumentNode<PostingNewPage_FacilityQuery, PostingNewPage_FacilityQueryVariables>;
export const PostingNewPage_CreateDocument = {"__meta__":{"hash":"sha256:87f978e5769c9838eca888ef9a6271dacd9890331db614e50436a10d5c23dc3b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PostingNewPage_Create"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePostingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"createPosting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"posting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PostingDetailPage_Posting"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KeyNetPreview_Posting"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KeyNetPosting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"occupationLabel"}},{"kind":"Field","name":{"kind":"Name","value":"employmentTypeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"openings"}},{"kind":"Field","name":{"kind":"Name","value":"duties"}},{"kind":"Field","name":{"kind":"Name","value":"qualifications"}},{"kind":"Field","name":{"kind":"Name","value":"workingHours"}},{"kind":"Field","name":{"kind":"Name","value":"pay"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"prefectureCode"}},{"kind":"Field","name":{"kind":"Name","value":"facilityName"}},{"kind":"Field","name":{"kind":"Name","value":"workPostalCode"}},{"kind":"Field","name":{"kind":"Name","value":"workAddress"}},{"kind":"Field","name":{"kind":"Name","value":"workFacilityName"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactLocation"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"maskedFields"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PostingDetailPage_Posting"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Posting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"occupation"}},{"kind":"Field","name":{"kind":"Name","value":"occupationLabel"}},{"kind":"Field","name":{"kind":"Name","value":"employmentType"}},{"kind":"Field","name":{"kind":"Name","value":"employmentTypeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"openings"}},{"kind":"Field","name":{"kind":"Name","value":"duties"}},{"kind":"Field","name":{"kind":"Name","value":"qualifications"}},{"kind":"Field","name":{"kind":"Name","value":"workingHours"}},{"kind":"Field","name":{"kind":"Name","value":"pay"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"workPostalCode"}},{"kind":"Field","name":{"kind":"Name","value":"workPrefectureCode"}},{"kind":"Field","name":{"kind":"Name","value":"workAddress"}},{"kind":"Field","name":{"kind":"Name","value":"workFacilityName"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactLocation"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"maskingRequested"}},{"kind":"Field","name":{"kind":"Name","value":"maskedFields"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}},{"kind":"Field","name":{"kind":"Name","value":"facilityName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"keyNetPreview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"KeyNetPreview_Posting"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]}}]} as unknown as DocumentNode<PostingNewPage_CreateMutation, PostingNewPage_CreateMutationVariables>;
export const ReportingCompliancePage_PrefecturesDocument = {"__meta__":{"hash":"sha256:d0c281bc58b223867c427a3ff321df7b080079b99142b400c8cb6c31b82dc1cb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportingCompliancePage_Prefectures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"prefectures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ReportingCompliancePage_PrefecturesQuery, ReportingCompliancePage_PrefecturesQueryVariables>;
export const ReportingCompliancePage_QueryDocument = {"__meta__":{"hash":"sha256:5e7e7714766e17ac32734ae3411e256931397a9b2b4fc11a1a1fe48c1843c6f8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportingCompliancePage_Query"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"prefectureCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"reportingCompliance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"prefectureCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"prefectureCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"overdueCount"}},{"kind":"Field","name":{"kind":"Name","value":"schedule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"dueTime"}},{"kind":"Field","name":{"kind":"Name","value":"cadenceHours"}},{"kind":"Field","name":{"kind":"Name","value":"prefecture"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentPeriod"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"due"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"facilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"facility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lastReportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"last7Days"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"periods"}},{"kind":"Field","name":{"kind":"Name","value":"onTime"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"missed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"last28Days"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"periods"}},{"kind":"Field","name":{"kind":"Name","value":"onTime"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"missed"}},{"kind":"Field","name":{"kind":"Name","value":"onTimeShare"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"areas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"area"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"last7Days"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"onTimeShare"}}]}},{"kind":"Field","name":{"kind":"Name","value":"last28Days"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"periods"}},{"kind":"Field","name":{"kind":"Name","value":"onTimeShare"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"overall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"last7Days"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"onTimeShare"}}]}},{"kind":"Field","name":{"kind":"Name","value":"last28Days"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"onTimeShare"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReportingCompliancePage_QueryQuery, ReportingCompliancePage_QueryQueryVariables>;
export const ReportingModeBanner_QueryDocument = {"__meta__":{"hash":"sha256:16bd06fac049a9200568b5c1776bf6edf10cc98e3d7ce7bffc1a02b59ea57689"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportingModeBanner_Query"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"reportingSchedule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"modeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"cadenceHours"}},{"kind":"Field","name":{"kind":"Name","value":"prefecture"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentPeriod"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"due"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextPeriod"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"due"}}]}}]}}]}}]} as unknown as DocumentNode<ReportingModeBanner_QueryQuery, ReportingModeBanner_QueryQueryVariables>;
export const ReportingSettingsPage_PrefecturesDocument = {"__meta__":{"hash":"sha256:c952b248f2ca323ac18b95b982205cc39247f7bc91b12f021ec7fea2d69f0d65"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportingSettingsPage_Prefectures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"prefectures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ReportingSettingsPage_PrefecturesQuery, ReportingSettingsPage_PrefecturesQueryVariables>;
export const ReportingSettingsPage_QueryDocument = {"__meta__":{"hash":"sha256:842696c8cfa93aafd0b116015bd8242b4a8155249dfeb4d64bb8199b49e4673a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportingSettingsPage_Query"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"prefectureCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"reportingSchedule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"prefectureCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"prefectureCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportingSettingsPage_Schedule"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportingSettingsPage_Schedule"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportingSchedule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"dueTime"}},{"kind":"Field","name":{"kind":"Name","value":"alertCadenceHours"}},{"kind":"Field","name":{"kind":"Name","value":"disasterCadenceHours"}},{"kind":"Field","name":{"kind":"Name","value":"cadenceHours"}},{"kind":"Field","name":{"kind":"Name","value":"reminderBeforeMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"escalationAfterMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"configured"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"prefecture"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentPeriod"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"due"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextPeriod"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"due"}}]}}]}}]} as unknown as DocumentNode<ReportingSettingsPage_QueryQuery, ReportingSettingsPage_QueryQueryVariables>;
export const ReportingSettingsPage_SaveDocument = {"__meta__":{"hash":"sha256:a17213cdba96d36207eac7a090e8895fe00eb14c3227bf2c1934f58cb685f6f2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReportingSettingsPage_Save"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportingScheduleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"updateReportingSchedule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportingSettingsPage_Schedule"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportingSettingsPage_Schedule"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportingSchedule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"dueTime"}},{"kind":"Field","name":{"kind":"Name","value":"alertCadenceHours"}},{"kind":"Field","name":{"kind":"Name","value":"disasterCadenceHours"}},{"kind":"Field","name":{"kind":"Name","value":"cadenceHours"}},{"kind":"Field","name":{"kind":"Name","value":"reminderBeforeMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"escalationAfterMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"configured"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"prefecture"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentPeriod"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"due"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextPeriod"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"due"}}]}}]}}]} as unknown as DocumentNode<ReportingSettingsPage_SaveMutation, ReportingSettingsPage_SaveMutationVariables>;
export const MoveForm_DestinationsDocument = {"__meta__":{"hash":"sha256:7ec80deaf2ae28ab11f4525b6724ba5305f45827e1e09d5add8634a4309cf4e7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MoveForm_Destinations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"reportFolderDestinations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"pathIds"}},{"kind":"Field","name":{"kind":"Name","value":"folder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MoveForm_DestinationsQuery, MoveForm_DestinationsQueryVariables>;
export const ReportBuilderPage_ReportDocument = {"__meta__":{"hash":"sha256:ea68b1b133e9a172fd39a5bf2fd08ca992c6cdb15dc371ca08f25382cab48179"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportBuilderPage_Report"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"savedReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"document"}},{"kind":"Field","name":{"kind":"Name","value":"defaultVariables"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"folder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"columns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"heading"}},{"kind":"Field","name":{"kind":"Name","value":"format"}}]}},{"kind":"Field","name":{"kind":"Name","value":"variables"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]}}]} as unknown as DocumentNode<ReportBuilderPage_ReportQuery, ReportBuilderPage_ReportQueryVariables>;
export const ReportBuilderPage_PreviewDocument = {"__meta__":{"hash":"sha256:a33f57af2e3635a2dad86490f9746251398f0c07ad5daf705c1f79e35b2788e1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportBuilderPage_Preview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"document"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"variables"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"JSON"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"previewReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"document"},"value":{"kind":"Variable","name":{"kind":"Name","value":"document"}}},{"kind":"Argument","name":{"kind":"Name","value":"variables"},"value":{"kind":"Variable","name":{"kind":"Name","value":"variables"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"columns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"valueType"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"variables"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]}}]} as unknown as DocumentNode<ReportBuilderPage_PreviewQuery, ReportBuilderPage_PreviewQueryVariables>;
export const ReportBuilderPage_SaveDocument = {"__meta__":{"hash":"sha256:d9592b39f5c8bec7c51576584fd037313ed4d8e0ada5abfcac78a17f72988c3c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReportBuilderPage_Save"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"saveReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ReportBuilderPage_SaveMutation, ReportBuilderPage_SaveMutationVariables>;
export const ReportFolderPage_FolderDocument = {"__meta__":{"hash":"sha256:96b9bc391d363e07623fcf31492df3799d6dc6f3537995f3a67f426d24e3a21f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportFolderPage_Folder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"reportFolder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"sharing"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ancestors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportList_Folder"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportList_Report"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportList_Folder"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportFolder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sharing"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportList_Report"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SavedReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"builtIn"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"folder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ReportFolderPage_FolderQuery, ReportFolderPage_FolderQueryVariables>;
export const ReportFolderPage_RenameDocument = {"__meta__":{"hash":"sha256:7dad658e5e3d1a30f6ede8566d50f06475eb3d9bfa0c21863e1604c927796afe"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReportFolderPage_Rename"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"renameReportFolder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ReportFolderPage_RenameMutation, ReportFolderPage_RenameMutationVariables>;
export const ReportFolderPage_ShareDocument = {"__meta__":{"hash":"sha256:cb5923f7fce030da6e966a9e8cd1b068acd6ef19d480473a1d5477b9c101dcd3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReportFolderPage_Share"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sharing"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportSharing"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"shareReportFolder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"sharing"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sharing"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sharing"}}]}}]}}]} as unknown as DocumentNode<ReportFolderPage_ShareMutation, ReportFolderPage_ShareMutationVariables>;
export const ReportFolderPage_MoveDocument = {"__meta__":{"hash":"sha256:d91ac6bbb0ecd7fa8e3724c02333e04e879969e52b055bd9e3805a281be61039"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReportFolderPage_Move"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"parentId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"moveReportFolder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"parentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"parentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sharing"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ReportFolderPage_MoveMutation, ReportFolderPage_MoveMutationVariables>;
export const ReportFolderPage_DeleteDocument = {"__meta__":{"hash":"sha256:efaf55aaf63f49454deeff64b977e7fb7825bf33409086d46a0b1e316e8d07d6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReportFolderPage_Delete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"deleteReportFolder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<ReportFolderPage_DeleteMutation, ReportFolderPage_DeleteMutationVariables>;
export const ReportFoldersPage_FoldersDocument = {"__meta__":{"hash":"sha256:35cf340a982b92a3693abeaf88bb4d5a2462ecf47a619def86a4ebec59bf1eb0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportFoldersPage_Folders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"reportFolders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportList_Folder"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportList_Folder"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportFolder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sharing"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<ReportFoldersPage_FoldersQuery, ReportFoldersPage_FoldersQueryVariables>;
export const ReportFoldersPage_CreateDocument = {"__meta__":{"hash":"sha256:90dd4de1395a5bc76341f25232707a6b54818093629d2eb83f76ab09056cc399"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReportFoldersPage_Create"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateReportFolderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"createReportFolder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportList_Folder"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportList_Folder"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportFolder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sharing"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<ReportFoldersPage_CreateMutation, ReportFoldersPage_CreateMutationVariables>;
export const ReportRunPage_ReportDocument = {"__meta__":{"hash":"sha256:b8f412b5a3cb8507b7aaa1720526e02a663faca191f2f4f2bd9330c429e055d4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportRunPage_Report"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"savedReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"builtIn"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"folder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"ancestors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"columns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"heading"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"valueType"}}]}},{"kind":"Field","name":{"kind":"Name","value":"variables"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"namedType"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"list"}},{"kind":"Field","name":{"kind":"Name","value":"enumValues"}},{"kind":"Field","name":{"kind":"Name","value":"defaultValue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"problem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mySubscription"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"weekday"}},{"kind":"Field","name":{"kind":"Name","value":"time"}},{"kind":"Field","name":{"kind":"Name","value":"encoding"}}]}}]}}]}}]} as unknown as DocumentNode<ReportRunPage_ReportQuery, ReportRunPage_ReportQueryVariables>;
export const ReportRunPage_RunDocument = {"__meta__":{"hash":"sha256:91d4e01a0482eb52f1d4993ca1435103028cb7253e1182aff4d3c3a4a14228f9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportRunPage_Run"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"variables"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"JSON"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"runReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"variables"},"value":{"kind":"Variable","name":{"kind":"Name","value":"variables"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ReportRunPage_RunQuery, ReportRunPage_RunQueryVariables>;
export const ReportRunPage_PrefecturesDocument = {"__meta__":{"hash":"sha256:4072306aeabf27a2f0730a425f98c93068ffd7b7702d11e9fae7aeca7afaba69"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportRunPage_Prefectures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"prefectures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ReportRunPage_PrefecturesQuery, ReportRunPage_PrefecturesQueryVariables>;
export const ReportRunPage_AreasDocument = {"__meta__":{"hash":"sha256:08e8e442733c62ffb97844804f665533868ffd4d259327bbee14d52d9c274c21"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportRunPage_Areas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"prefecture"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"secondaryMedicalAreas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefecture"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ReportRunPage_AreasQuery, ReportRunPage_AreasQueryVariables>;
export const ReportRunPage_MoveDocument = {"__meta__":{"hash":"sha256:8b7c66613e6a69b22365f03f197bed15520babbcec721d663984aa292555597a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReportRunPage_Move"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"folderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"moveReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"folderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"folderId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"folder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"ancestors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReportRunPage_MoveMutation, ReportRunPage_MoveMutationVariables>;
export const ReportRunPage_DeleteDocument = {"__meta__":{"hash":"sha256:7572c6ffcc0314688ea21b41106e2c50bf2a213a8b3037623ff58341a82d1cac"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReportRunPage_Delete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"deleteReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<ReportRunPage_DeleteMutation, ReportRunPage_DeleteMutationVariables>;
export const ReportSearchResults_SearchDocument = {"__meta__":{"hash":"sha256:b3efe7eee2e0fa284218dd1c79d3ec269e05a03c2d68e1f311e7d50d887710fb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportSearchResults_Search"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"searchReports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"builtIn"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"folder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"ancestors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReportSearchResults_SearchQuery, ReportSearchResults_SearchQueryVariables>;
export const ReportSubscriptionForm_SubscribeDocument = {"__meta__":{"hash":"sha256:4640de1c03398f09cfa0f32d2937b0c6b4239ba772dcbb2fe89170a7504f55d1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReportSubscriptionForm_Subscribe"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportSubscriptionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"subscribeToReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"weekday"}},{"kind":"Field","name":{"kind":"Name","value":"time"}},{"kind":"Field","name":{"kind":"Name","value":"encoding"}}]}}]}}]} as unknown as DocumentNode<ReportSubscriptionForm_SubscribeMutation, ReportSubscriptionForm_SubscribeMutationVariables>;
export const ReportSubscriptionForm_UnsubscribeDocument = {"__meta__":{"hash":"sha256:a4d2e93d3bb7ba18033fb565cde4840854717b209fc9547fd5ec9fbc728450ca"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReportSubscriptionForm_Unsubscribe"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reportId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"unsubscribeFromReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"reportId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reportId"}}}]}]}}]} as unknown as DocumentNode<ReportSubscriptionForm_UnsubscribeMutation, ReportSubscriptionForm_UnsubscribeMutationVariables>;
export const ReportBuilderPage_SchemaDocument = {"__meta__":{"hash":"sha256:1a7cc61effece2d75e882e1d08b1e36a1833bc7b5cded60226260d0a97147e58"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportBuilderPage_Schema"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"__schema"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"queryType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mutationType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subscriptionType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"types"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportBuilderPage_FullType"}}]}},{"kind":"Field","name":{"kind":"Name","value":"directives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"isRepeatable"}},{"kind":"Field","name":{"kind":"Name","value":"locations"}},{"kind":"Field","name":{"kind":"Name","value":"args"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportBuilderPage_InputValue"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportBuilderPage_TypeRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"__Type"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"ofType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"ofType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"ofType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"ofType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"ofType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"ofType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"ofType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportBuilderPage_InputValue"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"__InputValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"type"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportBuilderPage_TypeRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"defaultValue"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportBuilderPage_FullType"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"__Type"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeDeprecated"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"args"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportBuilderPage_InputValue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"type"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportBuilderPage_TypeRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"isDeprecated"}},{"kind":"Field","name":{"kind":"Name","value":"deprecationReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inputFields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportBuilderPage_InputValue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interfaces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportBuilderPage_TypeRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enumValues"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeDeprecated"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"isDeprecated"}},{"kind":"Field","name":{"kind":"Name","value":"deprecationReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"possibleTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportBuilderPage_TypeRef"}}]}}]}}]} as unknown as DocumentNode<ReportBuilderPage_SchemaQuery, ReportBuilderPage_SchemaQueryVariables>;