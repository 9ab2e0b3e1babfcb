import type { DataSource } from 'typeorm';
import { Role, type Viewer } from '../src/auth/viewer';
import { makeMedicalInstitutionCode } from '../src/facilities/medical-institution-code';
import { searchKey } from '../src/shared/japanese-text';
import { ANONYMOUS } from '../src/auth/viewer';

let serial = 0;

/** Inserts one facility and returns its database id. */
export async function insertFacility(
  db: DataSource,
  facility: { name: string; kind: 'HOSPITAL' | 'HEALTH_CENTER' | 'CLINIC'; prefectureCode: '13' | '27' },
): Promise<number> {
  serial += 1;
  const area = facility.prefectureCode === '13' ? '1303' : '2701';
  const [{ id }] = await db.query(
    `INSERT INTO facility (code, name, name_search_key, kind, postal_code, prefecture_code, address, phone, area_code)
     VALUES ($1, $2, $3, $4, '1000001', $5, '施設の住所1-1', '03-0000-0000', $6) RETURNING id`,
    [
      makeMedicalInstitutionCode(facility.prefectureCode, '1', 97, 9000 + serial),
      facility.name,
      searchKey(facility.name),
      facility.kind,
      facility.prefectureCode,
      area,
    ],
  );
  return id;
}

export interface RecruitmentWorld {
  hospitalId: number;
  otherHospitalId: number;
  healthCenterId: number;
  viewers: Record<
    | 'owner'
    | 'ownerColleague'
    | 'healthCenter'
    | 'prefecture'
    | 'otherPrefecture'
    | 'office'
    | 'otherFacility'
    | 'analyst'
    | 'aggregator'
    | 'anonymous',
    Viewer
  >;
}

/** Two hospitals (Tokyo, Osaka), a Tokyo health centre, and one viewer of every kind. */
export async function createRecruitmentWorld(
  db: DataSource,
  names = { hospital: '秘匿テスト記念病院', other: '大阪みなと病院', healthCenter: 'みなと保健所' },
): Promise<RecruitmentWorld> {
  const hospitalId = await insertFacility(db, { name: names.hospital, kind: 'HOSPITAL', prefectureCode: '13' });
  const otherHospitalId = await insertFacility(db, { name: names.other, kind: 'HOSPITAL', prefectureCode: '27' });
  const healthCenterId = await insertFacility(db, { name: names.healthCenter, kind: 'HEALTH_CENTER', prefectureCode: '13' });
  return {
    hospitalId,
    otherHospitalId,
    healthCenterId,
    viewers: {
      owner: { accountId: 1, role: Role.FACILITY, facilityId: hospitalId, prefectureCode: '13' },
      ownerColleague: { accountId: 2, role: Role.FACILITY, facilityId: hospitalId, prefectureCode: '13' },
      healthCenter: { accountId: 3, role: Role.HEALTH_CENTER_RECRUITMENT, facilityId: healthCenterId, prefectureCode: '13' },
      prefecture: { accountId: 4, role: Role.PREFECTURE, facilityId: null, prefectureCode: '13' },
      otherPrefecture: { accountId: 5, role: Role.PREFECTURE, facilityId: null, prefectureCode: '27' },
      office: { accountId: 6, role: Role.OFFICE, facilityId: null, prefectureCode: null },
      otherFacility: { accountId: 7, role: Role.FACILITY, facilityId: otherHospitalId, prefectureCode: '27' },
      analyst: { accountId: 8, role: Role.ANALYST, facilityId: null, prefectureCode: null },
      aggregator: { accountId: 9, role: Role.HEALTH_CENTER_AGGREGATOR, facilityId: healthCenterId, prefectureCode: '13' },
      anonymous: ANONYMOUS,
    },
  };
}

/** A complete, valid form. */
export function postingInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    title: '病棟看護師 (常勤) 募集',
    occupation: 'NURSE',
    employmentType: 'FULL_TIME',
    openings: 3,
    duties: '一般病棟での看護業務全般',
    qualifications: '看護師免許',
    workingHours: '8:30〜17:15 (休憩60分)',
    pay: '月給 280,000円〜',
    period: '2027年3月31日まで',
    workPostalCode: '1500001',
    workPrefectureCode: '13',
    workAddress: '渋谷区神宮前九丁目9番9号',
    workFacilityName: '秘匿テスト記念病院 東棟',
    contactName: '秘匿 花子',
    contactLocation: '看護部 採用担当',
    contactPhone: '03-9999-8888',
    contactEmail: 'hitoku-saiyo@example.jp',
    maskingRequested: true,
    ...overrides,
  };
}

/**
 * The masked values of `postingInput()`, for leak searches in whole responses. (The facility's
 * name is public on its own; what masking hides is which facility a posting belongs to.)
 */
export const SECRET_VALUES = [
  '1500001',
  '150-0001',
  '神宮前九丁目',
  '東棟',
  '秘匿 花子',
  '03-9999-8888',
  '0399998888',
  'hitoku-saiyo',
  '看護部 採用担当',
];

/** A posting that does not ask for masking, with its own (public) location and contact. */
export function unmaskedPostingInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return postingInput({
    title: '外来クラーク (非常勤)',
    occupation: 'OFFICE_STAFF',
    employmentType: 'PART_TIME',
    workPostalCode: '1000005',
    workAddress: '千代田区丸の内一丁目1番1号',
    workFacilityName: '本館',
    contactName: '公開 太郎',
    contactLocation: '人事課',
    contactPhone: '03-1111-2222',
    contactEmail: 'kokai@example.jp',
    maskingRequested: false,
    ...overrides,
  });
}
