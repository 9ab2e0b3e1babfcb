import type { FieldDirectory } from '../../components/ErrorMessage';
import type {
  AcceptanceStatus,
  BedCategory,
  BedReportInput,
  BedSnapshot_DetailsFragment,
  BedSnapshot_SummaryFragment,
  ReportSource,
  StaffingStatus,
} from '../../gql/graphql';
import { BED_COUNT_MAX, BED_NOTE_MAX_LENGTH } from '../../limits';
import { BED_CATEGORIES, BED_CATEGORY_LABEL, BED_MEASURES } from './bed-labels';

export type BedMeasure = (typeof BED_MEASURES)[number]['key'];
export type EquipmentField = 'ventilatorsTotal' | 'ventilatorsInUse' | 'ecmoTotal' | 'ecmoInUse';
export type StatusField = 'outpatientAcceptance' | 'inpatientAcceptance' | 'emergencyAcceptance';

/** How the server names a category in field errors (`beds.general.vacant`, `beds.icuHcu.secured`). */
export const CATEGORY_FIELD_KEY: Record<BedCategory, string> = {
  GENERAL: 'general',
  ICU_HCU: 'icuHcu',
  INFECTIOUS: 'infectious',
  PSYCHIATRIC: 'psychiatric',
  PEDIATRIC: 'pediatric',
  NEGATIVE_PRESSURE: 'negativePressure',
};

/** Everything is text while it is edited; counts are parsed when the report is sent. */
export interface BedStatusValues {
  beds: Record<BedCategory, Record<BedMeasure, string>>;
  outpatientAcceptance: AcceptanceStatus;
  inpatientAcceptance: AcceptanceStatus;
  emergencyAcceptance: AcceptanceStatus;
  staffing: StaffingStatus;
  ventilatorsTotal: string;
  ventilatorsInUse: string;
  ecmoTotal: string;
  ecmoInUse: string;
  note: string;
}

/** What a previous report holds: the figures every bed screen shows (BedReportRow.tsx's fragments). */
export type ReportedValues = Fields<BedSnapshot_SummaryFragment> & Fields<BedSnapshot_DetailsFragment>;
/** A fragment's fields without codegen's masking markers (so two fragments' fields can be merged). */
type Fields<Fragment> = Omit<Fragment, ' $fragmentName' | ' $fragmentRefs'>;

export const EQUIPMENT_FIELDS: readonly { key: EquipmentField; label: string; group: string }[] = [
  { key: 'ventilatorsTotal', label: '保有台数', group: '人工呼吸器' },
  { key: 'ventilatorsInUse', label: '使用中台数', group: '人工呼吸器' },
  { key: 'ecmoTotal', label: '保有台数', group: 'ECMO' },
  { key: 'ecmoInUse', label: '使用中台数', group: 'ECMO' },
];

export const STATUS_FIELDS: readonly { key: StatusField; label: string }[] = [
  { key: 'outpatientAcceptance', label: '外来受入' },
  { key: 'inpatientAcceptance', label: '入院受入' },
  { key: 'emergencyAcceptance', label: '救急受入' },
];

export const SOURCE_LABEL: Record<ReportSource, string> = {
  FACILITY: '自施設',
  PREFECTURE: '都道府県',
  HEALTH_CENTER: '保健所（とりまとめ）',
  DEMO: 'デモデータ',
};

/** The API field name of one count (as in `extensions.fieldErrors`). */
export const bedField = (category: BedCategory, measure: BedMeasure) => `beds.${CATEGORY_FIELD_KEY[category]}.${measure}`;
/** The id of a field's control, derived from its API name (dots are awkward in CSS selectors). */
export const controlId = (field: string) => `bed-status-${field.replace(/\./g, '-')}`;

/** Every field the form shows, by API field name: the error summary links to these. */
export const BED_STATUS_FIELDS: FieldDirectory = Object.fromEntries([
  ...BED_CATEGORIES.flatMap((category) =>
    BED_MEASURES.map(({ key, label }) => [
      bedField(category, key),
      { label: `${BED_CATEGORY_LABEL[category]} ${label}`, id: controlId(bedField(category, key)) },
    ]),
  ),
  ...STATUS_FIELDS.map(({ key, label }) => [key, { label, id: controlId(key) }]),
  ['staffing', { label: '職員の充足状況', id: controlId('staffing') }],
  ...EQUIPMENT_FIELDS.map(({ key, label, group }) => [key, { label: `${group} ${label}`, id: controlId(key) }]),
  ['note', { label: '備考', id: controlId('note') }],
]);

const EMPTY_COUNTS = (): Record<BedMeasure, string> => ({ secured: '', immediate: '', inpatients: '', severe: '', vacant: '' });

/** A first report starts blank: a 0 the hospital never typed would read as "no free beds". */
export function emptyValues(): BedStatusValues {
  return {
    beds: Object.fromEntries(BED_CATEGORIES.map((c) => [c, EMPTY_COUNTS()])) as BedStatusValues['beds'],
    outpatientAcceptance: 'UNANSWERED',
    inpatientAcceptance: 'UNANSWERED',
    emergencyAcceptance: 'UNANSWERED',
    staffing: 'UNANSWERED',
    ventilatorsTotal: '',
    ventilatorsInUse: '',
    ecmoTotal: '',
    ecmoInUse: '',
    note: '',
  };
}

/** The form prefilled with a previous report (or blank when there is none). */
export function valuesFrom(report: ReportedValues | null | undefined): BedStatusValues {
  if (!report) return emptyValues();
  const values = emptyValues();
  for (const bed of report.beds) {
    values.beds[bed.category] = {
      secured: String(bed.secured),
      immediate: String(bed.immediate),
      inpatients: String(bed.inpatients),
      severe: String(bed.severe),
      vacant: String(bed.vacant),
    };
  }
  return {
    ...values,
    outpatientAcceptance: report.outpatientAcceptance,
    inpatientAcceptance: report.inpatientAcceptance,
    emergencyAcceptance: report.emergencyAcceptance,
    staffing: report.staffing,
    ventilatorsTotal: String(report.ventilatorsTotal),
    ventilatorsInUse: String(report.ventilatorsInUse),
    ecmoTotal: String(report.ecmoTotal),
    ecmoInUse: String(report.ecmoInUse),
    note: report.note ?? '',
  };
}

/** One value per API field name, to compare two states of the form. */
function flatten(values: BedStatusValues): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const category of BED_CATEGORIES)
    for (const { key } of BED_MEASURES) flat[bedField(category, key)] = values.beds[category][key].trim();
  for (const key of [
    'outpatientAcceptance',
    'inpatientAcceptance',
    'emergencyAcceptance',
    'staffing',
    'ventilatorsTotal',
    'ventilatorsInUse',
    'ecmoTotal',
    'ecmoInUse',
  ] as const) {
    flat[key] = values[key].trim();
  }
  flat.note = normaliseNote(values.note);
  return flat;
}

/** API field names whose value differs between the two states (what 保存 would change). */
export function changedFields(values: BedStatusValues, baseline: BedStatusValues): string[] {
  const now = flatten(values);
  const before = flatten(baseline);
  return Object.keys(now).filter((field) => now[field] !== before[field]);
}

/** The note as the server stores and counts it: LF line breaks, no surrounding blanks. */
export const normaliseNote = (note: string) => note.replace(/\r\n?/g, '\n').trim();
/** Characters as the server counts them (code points, so 𠮷 is one). */
export const noteLength = (note: string) => [...normaliseNote(note)].length;

type Count = { value: number } | { problem: string };

/** Full-width digits (IME input) count as digits; anything else but 0..BED_COUNT_MAX is a problem. */
function parseCount(raw: string): Count {
  const text = raw.normalize('NFKC').trim();
  if (text === '') return { problem: 'を入力してください。' };
  if (!/^\d+$/.test(text)) return { problem: 'は0以上の整数で入力してください。' };
  const value = Number(text);
  if (value > BED_COUNT_MAX) return { problem: `は${BED_COUNT_MAX}以下で入力してください。` };
  return { value };
}

/**
 * The report to send, or the problems per API field that keep it from being sent. Only what the
 * form itself must know is checked here (a count must be a number); the rules between counts
 * (空床数 ≤ 確保病床数 …) are the server's, which answers with the same field names.
 */
export function toReportInput(
  values: BedStatusValues,
): { input: Omit<BedReportInput, 'idempotencyKey'> } | { errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const count = (field: string, name: string, raw: string): number => {
    const parsed = parseCount(raw);
    if ('problem' in parsed) {
      errors[field] = `${name}${parsed.problem}`;
      return 0;
    }
    return parsed.value;
  };
  const beds = BED_CATEGORIES.map((category) => {
    const counts = Object.fromEntries(
      BED_MEASURES.map(({ key, label }) => [
        key,
        count(bedField(category, key), `${BED_CATEGORY_LABEL[category]}の${label}`, values.beds[category][key]),
      ]),
    ) as Record<BedMeasure, number>;
    return { category, ...counts };
  });
  const equipment = Object.fromEntries(
    EQUIPMENT_FIELDS.map(({ key, label, group }) => [key, count(key, `${group}の${label}`, values[key])]),
  ) as Record<EquipmentField, number>;
  const length = noteLength(values.note);
  if (length > BED_NOTE_MAX_LENGTH) errors.note = `備考は${BED_NOTE_MAX_LENGTH}文字以内で入力してください（現在${length}文字）。`;
  if (Object.keys(errors).length > 0) return { errors };
  return {
    input: {
      beds,
      outpatientAcceptance: values.outpatientAcceptance,
      inpatientAcceptance: values.inpatientAcceptance,
      emergencyAcceptance: values.emergencyAcceptance,
      staffing: values.staffing,
      ...equipment,
      note: values.note,
    },
  };
}
