/**
 * The words the dashboard shows for the API's enum values, keyed by the GraphQL enum's name, and
 * the way it writes a share and a report's dates: the one source of both for the dashboard's screens (client/src/pages/…
 * type them against the generated schema types) and for the service's report CSV, which writes a
 * 選択肢の表示名 (LABEL) or 割合 (PERCENT) column as the table shows it. Plain data and Intl only:
 * this file imports nothing, so neither side's layering rules are touched.
 *
 * Two enums may share a value with different words (PostingStatus CLOSED 募集終了, InquiryStatus
 * CLOSED 完了; ReportingMode NORMAL 平時, AcceptanceStatus NORMAL 通常): a value is only ever read
 * through its enum's name, never looked up across enums.
 */
export const ENUM_LABELS = {
  AcceptanceStatus: { NORMAL: '通常', LIMITED: '制限', SUSPENDED: '停止', UNANSWERED: '未回答' },
  BedCategory: {
    GENERAL: '一般病床',
    ICU_HCU: 'ICU・HCU',
    INFECTIOUS: '感染症病床',
    PSYCHIATRIC: '精神病床',
    PEDIATRIC: '小児病床',
    NEGATIVE_PRESSURE: '陰圧室',
  },
  BedReportSortField: {
    FACILITY_CODE: '医療機関コード',
    FACILITY_NAME: '医療機関名',
    AREA: '二次医療圏',
    LAST_UPDATED: '最終更新',
    VACANT_TOTAL: '空床数（合計）',
    SECURED_TOTAL: '確保病床数（合計）',
    VACANT_GENERAL: '空床数 一般病床',
    VACANT_ICU_HCU: '空床数 ICU・HCU',
    VACANT_INFECTIOUS: '空床数 感染症病床',
    VACANT_PSYCHIATRIC: '空床数 精神病床',
    VACANT_PEDIATRIC: '空床数 小児病床',
    VACANT_NEGATIVE_PRESSURE: '空床数 陰圧室',
  },
  EmploymentType: { FULL_TIME: '常勤', PART_TIME: '非常勤', FIXED_TERM: '有期雇用', TEMPORARY_STAFFING: '派遣', OTHER: 'その他' },
  FacilityKind: { HOSPITAL: '病院', CLINIC: '一般診療所', DENTAL_CLINIC: '歯科診療所', PHARMACY: '薬局', HEALTH_CENTER: '保健所' },
  InquiryCategory: {
    ACCOUNT: 'ログイン・アカウント',
    BED_STATUS: '病床状況の報告',
    RECRUITMENT: '人材募集登録',
    REPORT: 'レポート・地域病床見える化',
    SYSTEM: 'システム操作全般',
    OTHER: 'その他',
  },
  InquiryStatus: { OPEN: '未回答', ANSWERED: '回答済', CLOSED: '完了' },
  Occupation: {
    DOCTOR: '医師',
    NURSE: '看護師',
    PUBLIC_HEALTH_NURSE: '保健師',
    ASSISTANT_NURSE: '准看護師',
    MIDWIFE: '助産師',
    PHARMACIST: '薬剤師',
    CLINICAL_LABORATORY_TECHNICIAN: '臨床検査技師',
    RADIOLOGICAL_TECHNOLOGIST: '診療放射線技師',
    CLINICAL_ENGINEER: '臨床工学技士',
    DIETITIAN: '管理栄養士・栄養士',
    PHYSICAL_THERAPIST: '理学療法士',
    OFFICE_STAFF: '事務',
    OTHER: 'その他',
  },
  PostingStatus: { DRAFT: '下書き', PUBLISHED: '公開中', CLOSED: '募集終了' },
  ReportSharing: {
    OWNER: '自分のみ（個人フォルダ）',
    ORGANISATION: '同じ組織',
    PREFECTURE: '同じ都道府県',
    EVERYONE: 'ログインしている全員',
  },
  ReportingMode: { NORMAL: '平時', ALERT: '警戒', DISASTER: '災害' },
  ReportingStatus: { REPORTED: '報告済', BEFORE_DUE: '期限前', OVERDUE: '期限超過' },
  Role: {
    HEALTH_CENTER_RECRUITMENT: '保健所（人材募集登録用）',
    HEALTH_CENTER_AGGREGATOR: '保健所（とりまとめ団体用）',
    FACILITY: '医療機関',
    PREFECTURE: '都道府県',
    OFFICE: 'G-MIS事務局',
    ANALYST: '分析担当',
  },
  StaffingStatus: { NORMAL: '通常', SHORTAGE: '欠員あり', DEPLETED: '枯渇', UNANSWERED: '未回答' },
} as const satisfies Readonly<Record<string, Readonly<Record<string, string>>>>;

export type LabelledEnum = keyof typeof ENUM_LABELS;

/** The dashboard's word for `value` of the GraphQL enum `enumName`; null when that enum has no words or no such value. */
export function enumLabel(enumName: string | null | undefined, value: string): string | null {
  if (!enumName || !Object.prototype.hasOwnProperty.call(ENUM_LABELS, enumName)) return null;
  const labels: Readonly<Record<string, string>> = ENUM_LABELS[enumName as LabelledEnum];
  return Object.prototype.hasOwnProperty.call(labels, value) ? labels[value] : null;
}

const PERCENT = new Intl.NumberFormat('ja-JP', { style: 'percent', maximumFractionDigits: 1 });

/** A share (0.071) as the 報告状況 dashboard writes it: 7.1%. */
export const formatPercent = (share: number): string => PERCENT.format(share);

/** A report's date cell as the API gives it, already in Japan time: 2026-12-02, or 2026-12-02 00:30:00. */
const REPORT_DATE_CELL = /^(\d{4})-(\d{2})-(\d{2})(?: (\d{2}:\d{2}):\d{2})?$/;

function formatOneDate(value: string): string {
  const parts = REPORT_DATE_CELL.exec(value);
  if (!parts) return value;
  const date = `${parts[1]}/${parts[2]}/${parts[3]}`;
  return parts[4] ? `${date} ${parts[4]}` : date;
}

/**
 * A report's date or date-time cell as the dashboard writes dates: 2026/12/02 and 2026/12/02 00:30
 * (the form Excel in Japanese reads as a date when the CSV is opened). A cell of several values (a
 * list in the path, joined with 、) has each written so. Any other text is returned as it is, so a
 * value that is not a date is never lost.
 */
export const formatReportDate = (cell: string): string => cell.split('、').map(formatOneDate).join('、');
