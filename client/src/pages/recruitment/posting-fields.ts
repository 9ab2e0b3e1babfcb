import { ENUM_LABELS } from '../../../../common/enum-labels';
import type { EmploymentType, Occupation, PostingInput, PostingStatus } from '../../gql/graphql';

/** 職種 and 雇用形態 keyed by the schema's enums: a value added to the API is a compile error here until it has a label. */
export const OCCUPATION_LABEL: Record<Occupation, string> = ENUM_LABELS.Occupation;
export const OCCUPATIONS = Object.keys(OCCUPATION_LABEL) as Occupation[];

export const EMPLOYMENT_TYPE_LABEL: Record<EmploymentType, string> = ENUM_LABELS.EmploymentType;
export const EMPLOYMENT_TYPES = Object.keys(EMPLOYMENT_TYPE_LABEL) as EmploymentType[];

export const STATUS_LABEL: Record<PostingStatus, string> = ENUM_LABELS.PostingStatus;

/** Statuses a posting may move to (the server enforces the same: once public, never back to draft). */
export const NEXT_STATUSES: Record<PostingStatus, PostingStatus[]> = {
  DRAFT: ['DRAFT', 'PUBLISHED'],
  PUBLISHED: ['PUBLISHED', 'CLOSED'],
  CLOSED: ['CLOSED', 'PUBLISHED'],
};

/** The form's text fields (everything is text in the form; openings is parsed on save). */
export type PostingFormValues = {
  [K in Exclude<keyof PostingInput, 'maskingRequested' | 'openings' | 'occupation' | 'employmentType'>]-?: string;
} & {
  occupation: Occupation | '';
  employmentType: EmploymentType | '';
  openings: string;
  maskingRequested: boolean;
};

export const EMPTY_VALUES: PostingFormValues = {
  title: '',
  occupation: '',
  employmentType: '',
  openings: '',
  duties: '',
  qualifications: '',
  workingHours: '',
  pay: '',
  period: '',
  workPostalCode: '',
  workPrefectureCode: '',
  workAddress: '',
  workFacilityName: '',
  contactName: '',
  contactLocation: '',
  contactPhone: '',
  contactEmail: '',
  maskingRequested: false,
};

/**
 * Labels and control ids by API field name (the error summary links to the controls): one entry
 * for each field of the schema's PostingInput, and 掲載状態.
 */
export const POSTING_FIELDS = {
  title: { label: '募集タイトル', id: 'posting-title' },
  occupation: { label: '職種', id: 'posting-occupation' },
  employmentType: { label: '雇用形態', id: 'posting-employment-type' },
  openings: { label: '募集人数', id: 'posting-openings' },
  duties: { label: '業務内容', id: 'posting-duties' },
  qualifications: { label: '必要な資格・経験', id: 'posting-qualifications' },
  workingHours: { label: '勤務時間', id: 'posting-working-hours' },
  pay: { label: '給与', id: 'posting-pay' },
  period: { label: '募集期間・勤務期間', id: 'posting-period' },
  workPostalCode: { label: '郵便番号', id: 'posting-work-postal-code' },
  workPrefectureCode: { label: '住所(都道府県)', id: 'posting-work-prefecture' },
  workAddress: { label: '住所(市区町村・番地等)', id: 'posting-work-address' },
  workFacilityName: { label: '住所(具体的な施設名)', id: 'posting-work-facility-name' },
  contactName: { label: '担当者氏名', id: 'posting-contact-name' },
  contactLocation: { label: '所在地 (部署)', id: 'posting-contact-location' },
  contactPhone: { label: '応募担当電話番号', id: 'posting-contact-phone' },
  contactEmail: { label: 'E-mail', id: 'posting-contact-email' },
  maskingRequested: { label: '公開時に一定情報をマスキングすることを希望する', id: 'posting-masking' },
  status: { label: '掲載状態', id: 'posting-status' },
} as const satisfies Record<keyof PostingInput | 'status', { label: string; id: string }>;

/** The form's values as the API's input. Blank stays blank: the server says what is missing. */
export function toPostingInput(values: PostingFormValues): PostingInput {
  const openings = values.openings.trim();
  return {
    ...values,
    occupation: values.occupation || null,
    employmentType: values.employmentType || null,
    openings: openings === '' ? null : Number(openings.normalize('NFKC')),
  };
}

/** Checks only what the API's types cannot carry (a number typed as text); everything else the server checks. */
export function clientFieldErrors(values: PostingFormValues): Record<string, string> {
  const openings = values.openings.trim().normalize('NFKC');
  return openings !== '' && !/^\d{1,3}$/.test(openings) ? { openings: '募集人数は1〜999の整数で入力してください。' } : {};
}

export const dateTime = new Intl.DateTimeFormat('ja-JP', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Tokyo' });
export const formatDateTime = (value: unknown) => (typeof value === 'string' ? dateTime.format(new Date(value)) : '—');
export const formatPostalCode = (code: string | null | undefined) =>
  code && /^\d{7}$/.test(code) ? `〒${code.slice(0, 3)}-${code.slice(3)}` : (code ?? '');
