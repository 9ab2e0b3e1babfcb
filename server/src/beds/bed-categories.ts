/**
 * The bed categories and the counts reported for each, after G-MIS's own items. This one list
 * drives the table columns (entity), the GraphQL lists, the input and the CSV/full-column
 * headers, so a category added here appears everywhere at once (plus a migration).
 */
export const BED_CATEGORIES = [
  { key: 'general', column: 'general', label: '一般病床' },
  { key: 'icuHcu', column: 'icu_hcu', label: 'ICU・HCU' },
  { key: 'infectious', column: 'infectious', label: '感染症病床' },
  { key: 'psychiatric', column: 'psychiatric', label: '精神病床' },
  { key: 'pediatric', column: 'pediatric', label: '小児病床' },
  { key: 'negativePressure', column: 'negative_pressure', label: '陰圧室' },
] as const;

export type BedCategoryKey = (typeof BED_CATEGORIES)[number]['key'];

export const BED_MEASURES = [
  { key: 'Secured', column: 'secured', label: '確保病床数' },
  { key: 'Immediate', column: 'immediate', label: '即応病床数' },
  { key: 'Inpatients', column: 'inpatients', label: '入院患者数' },
  { key: 'Severe', column: 'severe', label: 'うち重症者数' },
  { key: 'Vacant', column: 'vacant', label: '空床数' },
] as const;

export type BedMeasureKey = (typeof BED_MEASURES)[number]['key'];

/** Property names on the snapshot: generalSecured, icuHcuVacant, … */
export type BedCountProperty = `${BedCategoryKey}${BedMeasureKey}`;
export type BedCountColumns = { [P in BedCountProperty]: number };

export const bedCountProperty = (category: BedCategoryKey, measure: BedMeasureKey): BedCountProperty => `${category}${measure}`;

export const BED_COUNT_FIELDS: { property: BedCountProperty; column: string; category: BedCategoryKey; measure: BedMeasureKey }[] =
  BED_CATEGORIES.flatMap((c) =>
    BED_MEASURES.map((m) => ({
      property: bedCountProperty(c.key, m.key),
      column: `${c.column}_${m.column}`,
      category: c.key,
      measure: m.key,
    })),
  );

/** 受入状況: 通常 / 制限 / 停止, and 未回答 when the facility has not answered. */
export enum AcceptanceStatus {
  NORMAL = 'NORMAL',
  LIMITED = 'LIMITED',
  SUSPENDED = 'SUSPENDED',
  UNANSWERED = 'UNANSWERED',
}
export const ACCEPTANCE_LABELS: Record<AcceptanceStatus, string> = {
  NORMAL: '通常',
  LIMITED: '制限',
  SUSPENDED: '停止',
  UNANSWERED: '未回答',
};

/** 職員の充足状況: 通常 / 欠員あり / 枯渇, and 未回答. */
export enum StaffingStatus {
  NORMAL = 'NORMAL',
  SHORTAGE = 'SHORTAGE',
  DEPLETED = 'DEPLETED',
  UNANSWERED = 'UNANSWERED',
}
export const STAFFING_LABELS: Record<StaffingStatus, string> = {
  NORMAL: '通常',
  SHORTAGE: '欠員あり',
  DEPLETED: '枯渇',
  UNANSWERED: '未回答',
};

export const NOTE_MAX_LENGTH = 500;
/** Upper bound for any single count: far above any hospital, low enough to catch typos (an extra digit). */
export const MAX_COUNT = 9999;
