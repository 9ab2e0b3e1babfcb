import { z } from 'zod';
import { FacilityKind } from '../facilities/facility.entity';
import { badUserInput, type FieldProblem } from '../graphql/errors';
import { EmploymentType, Occupation, type PostingContent } from './posting.entity';

/** What the form sends; every field may be missing so that each gets its own Japanese message. */
export interface PostingFields {
  title?: string | null;
  occupation?: Occupation | null;
  employmentType?: EmploymentType | null;
  openings?: number | null;
  duties?: string | null;
  qualifications?: string | null;
  workingHours?: string | null;
  pay?: string | null;
  period?: string | null;
  workPostalCode?: string | null;
  workPrefectureCode?: string | null;
  workAddress?: string | null;
  workFacilityName?: string | null;
  contactName?: string | null;
  contactLocation?: string | null;
  contactPhone?: string | null;
  contactEmail?: string | null;
  maskingRequested?: boolean | null;
}

/** Trimmed text, or null when empty: a field left blank is "not entered". */
const blankToNull = (value: unknown) => {
  if (typeof value !== 'string') return value ?? null;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
};

/** Full-width digits and the many dash characters people type become ASCII (０３−１２３４ → 03-1234). */
const foldDigits = (value: unknown) => {
  const text = blankToNull(value);
  return typeof text === 'string'
    ? text
        .normalize('NFKC')
        .replace(/[‐‑‒–—―−ー－]/gu, '-')
        .replace(/\s+/gu, '')
    : text;
};

const required = (label: string) => ({
  error: (issue: { input: unknown }) => (issue.input == null ? `${label}を入力してください。` : `${label}の形式が正しくありません。`),
});

const requiredText = (label: string, max: number) =>
  z.preprocess(blankToNull, z.string(required(label)).max(max, `${label}は${max}文字以内で入力してください。`));
const optionalText = (label: string, max: number) =>
  z.preprocess(blankToNull, z.string().max(max, `${label}は${max}文字以内で入力してください。`).nullable());

const postalCode = z.preprocess(
  (value) => (typeof foldDigits(value) === 'string' ? (foldDigits(value) as string).replace(/-/g, '') : foldDigits(value)),
  z
    .string()
    .regex(/^\d{7}$/, '郵便番号は7桁の数字で入力してください (例: 1000013)。')
    .nullable(),
);

const phone = z.preprocess(
  foldDigits,
  z
    .string(required('応募担当電話番号'))
    .regex(/^0[0-9-]+$/, '電話番号は 0 から始まる数字とハイフンで入力してください (例: 03-1234-5678)。')
    .refine((v) => !/--/.test(v) && !v.endsWith('-') && [10, 11].includes(v.replace(/-/g, '').length), {
      message: '電話番号は市外局番から10桁または11桁で入力してください (例: 03-1234-5678)。',
    }),
);

const email = z.preprocess(
  (value) => (typeof blankToNull(value) === 'string' ? (blankToNull(value) as string).normalize('NFKC') : blankToNull(value)),
  z
    .email({ error: 'E-mailの形式が正しくありません (例: saiyo@example.jp)。' })
    .max(254, 'E-mailは254文字以内で入力してください。')
    .nullable(),
);

const postingSchema = z.object({
  title: requiredText('募集タイトル', 100),
  occupation: z.enum(Occupation, required('職種')),
  employmentType: z.enum(EmploymentType, required('雇用形態')),
  openings: z
    .number()
    .int('募集人数は整数で入力してください。')
    .min(1, '募集人数は1以上で入力してください。')
    .max(999, '募集人数は999以下で入力してください。')
    .nullable()
    .default(null),
  duties: requiredText('業務内容', 2000),
  qualifications: optionalText('必要な資格・経験', 1000),
  workingHours: requiredText('勤務時間', 500),
  pay: requiredText('給与', 500),
  period: optionalText('募集期間', 200),
  workPostalCode: postalCode,
  workPrefectureCode: z.preprocess(
    blankToNull,
    z
      .string()
      .regex(/^(0[1-9]|[1-3][0-9]|4[0-7])$/, '都道府県を選択してください。')
      .nullable(),
  ),
  workAddress: optionalText('住所(市区町村・番地等)', 200),
  workFacilityName: optionalText('住所(具体的な施設名)', 100),
  contactName: requiredText('担当者氏名', 50),
  contactLocation: optionalText('担当者所在地', 100),
  contactPhone: phone,
  contactEmail: email,
  maskingRequested: z
    .boolean()
    .nullable()
    .transform((v) => v ?? false),
});

/** Work-location fields required when a 保健所 registers a posting, with their form labels. */
const HEALTH_CENTER_LOCATION_FIELDS = {
  workPostalCode: '郵便番号',
  workPrefectureCode: '住所(都道府県)',
  workAddress: '住所(市区町村・番地等)',
  workFacilityName: '住所(具体的な施設名)',
} as const;

/** Which fields the form marks with *, for a facility of this kind (the client shows the same marks). */
export function requiredPostingFields(kind: FacilityKind): string[] {
  const always = ['title', 'occupation', 'employmentType', 'duties', 'workingHours', 'pay', 'contactName', 'contactPhone'];
  return kind === FacilityKind.HEALTH_CENTER ? [...always, ...Object.keys(HEALTH_CENTER_LOCATION_FIELDS)] : always;
}

/**
 * Checks and normalises what the form sent. Every problem is reported at once, per field, in
 * Japanese; messages never repeat the value entered (it may be one that masking hides).
 */
export function validatePostingFields(fields: PostingFields, facilityKind: FacilityKind): PostingContent {
  const problems: FieldProblem[] = [];
  const parsed = postingSchema.safeParse({
    ...Object.fromEntries(Object.keys(postingSchema.shape).map((key) => [key, null])),
    ...Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, v === undefined ? null : v])),
  });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? 'input');
      if (!problems.some((p) => p.field === field)) problems.push({ field, message: issue.message });
    }
  }
  if (facilityKind === FacilityKind.HEALTH_CENTER) {
    for (const [field, label] of Object.entries(HEALTH_CENTER_LOCATION_FIELDS)) {
      const value = blankToNull((fields as Record<string, unknown>)[field]);
      if (value === null && !problems.some((p) => p.field === field)) {
        problems.push({ field, message: `保健所の募集では就業場所の${label}を入力してください。` });
      }
    }
  }
  if (problems.length || !parsed.success) {
    const order = Object.keys(postingSchema.shape);
    problems.sort((a, b) => order.indexOf(a.field) - order.indexOf(b.field));
    throw badUserInput('入力内容に誤りがあります。各項目のメッセージを確認してください。', problems);
  }
  return parsed.data;
}
