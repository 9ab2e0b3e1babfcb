import type { DataSource } from 'typeorm';
import { Role } from '../../auth/viewer';
import { EmploymentType, Occupation, PostingStatus } from '../../recruitment/posting.entity';
import { createPosting, updatePosting } from '../../recruitment/posting-registration';
import type { PostingFields } from '../../recruitment/posting-validation';

interface DemoPosting {
  key: string;
  facility: 'hospital1' | 'hospital2' | 'hospital3' | 'healthCenter';
  status: PostingStatus;
  fields: PostingFields;
}

const common = {
  workingHours: '8:30〜17:15 (休憩60分)',
  contactLocation: '総務課 採用担当',
};

const DEMO_POSTINGS: DemoPosting[] = [
  {
    key: 'demo-posting-01',
    facility: 'hospital1',
    status: PostingStatus.PUBLISHED,
    fields: {
      ...common,
      title: '病棟看護師 (常勤)',
      occupation: Occupation.NURSE,
      employmentType: EmploymentType.FULL_TIME,
      openings: 3,
      duties: '急性期病棟での看護業務全般',
      qualifications: '看護師免許',
      pay: '月給 280,000円〜 (経験により優遇)',
      period: '通年',
      contactName: '山田 花子',
      contactPhone: '03-1234-5678',
      contactEmail: 'saiyo@hospital1.example.jp',
      maskingRequested: false,
    },
  },
  {
    key: 'demo-posting-02',
    facility: 'hospital1',
    status: PostingStatus.PUBLISHED,
    fields: {
      ...common,
      title: '夜勤専従看護師',
      occupation: Occupation.NURSE,
      employmentType: EmploymentType.PART_TIME,
      openings: 2,
      duties: '夜間帯の病棟看護',
      qualifications: '看護師免許 (夜勤経験3年以上)',
      workingHours: '16:30〜翌9:00',
      pay: '1回 35,000円',
      contactName: '山田 花子',
      contactPhone: '03-1234-5678',
      maskingRequested: true,
    },
  },
  {
    key: 'demo-posting-03',
    facility: 'hospital1',
    status: PostingStatus.DRAFT,
    fields: {
      ...common,
      title: '医療事務 (外来受付)',
      occupation: Occupation.OFFICE_STAFF,
      employmentType: EmploymentType.PART_TIME,
      duties: '外来受付・会計',
      pay: '時給 1,200円',
      contactName: '佐藤 一郎',
      contactPhone: '03-1234-5679',
      maskingRequested: false,
    },
  },
  {
    key: 'demo-posting-04',
    facility: 'hospital2',
    status: PostingStatus.PUBLISHED,
    fields: {
      ...common,
      title: '臨床検査技師',
      occupation: Occupation.CLINICAL_LABORATORY_TECHNICIAN,
      employmentType: EmploymentType.FULL_TIME,
      openings: 1,
      duties: '検体検査・生理機能検査',
      qualifications: '臨床検査技師免許',
      pay: '月給 250,000円〜',
      contactName: '鈴木 次郎',
      contactPhone: '06-1111-2222',
      contactEmail: 'jinji@hospital2.example.jp',
      maskingRequested: true,
    },
  },
  {
    key: 'demo-posting-05',
    facility: 'hospital2',
    status: PostingStatus.CLOSED,
    fields: {
      ...common,
      title: '薬剤師 (病棟業務)',
      occupation: Occupation.PHARMACIST,
      employmentType: EmploymentType.FULL_TIME,
      duties: '病棟での服薬指導・調剤',
      qualifications: '薬剤師免許',
      pay: '月給 300,000円〜',
      contactName: '鈴木 次郎',
      contactPhone: '06-1111-2222',
      maskingRequested: false,
    },
  },
  {
    key: 'demo-posting-06',
    facility: 'hospital3',
    status: PostingStatus.PUBLISHED,
    fields: {
      ...common,
      title: '常勤医師 (内科)',
      occupation: Occupation.DOCTOR,
      employmentType: EmploymentType.FULL_TIME,
      openings: 1,
      duties: '内科外来・病棟管理',
      qualifications: '医師免許 (内科専門医歓迎)',
      pay: '年俸 15,000,000円〜 (応相談)',
      contactName: '高橋 三郎',
      contactPhone: '011-222-3333',
      contactEmail: 'ishi-saiyo@hospital3.example.jp',
      maskingRequested: true,
    },
  },
  {
    key: 'demo-posting-07',
    facility: 'healthCenter',
    status: PostingStatus.PUBLISHED,
    fields: {
      ...common,
      title: '保健師 (感染症対応)',
      occupation: Occupation.PUBLIC_HEALTH_NURSE,
      employmentType: EmploymentType.FIXED_TERM,
      openings: 2,
      duties: '積極的疫学調査・健康観察',
      qualifications: '保健師免許',
      pay: '日額 15,000円',
      period: '採用日から1年間',
      contactName: '伊藤 四郎',
      contactPhone: '03-5555-6666',
      maskingRequested: false,
    },
  },
];

/**
 * Demo postings for a few demo facilities (the first hospitals and health centre by 医療機関コード).
 * Idempotent like every seed step: each posting has a fixed registration key, so a second run
 * finds them and adds nothing.
 */
export async function seedDemoPostings(db: DataSource): Promise<number> {
  const hospitals: { id: number; prefecture_code: string }[] = await db.query(
    `SELECT id, prefecture_code FROM facility WHERE kind = 'HOSPITAL' ORDER BY code LIMIT 3`,
  );
  const [healthCenter]: { id: number; prefecture_code: string; postal_code: string; address: string; name: string }[] = await db.query(
    `SELECT id, prefecture_code, postal_code, address, name FROM facility WHERE kind = 'HEALTH_CENTER' ORDER BY code LIMIT 1`,
  );
  if (hospitals.length < 3 || !healthCenter) return 0;
  const facilities = { hospital1: hospitals[0], hospital2: hospitals[1], hospital3: hospitals[2], healthCenter };
  let inserted = 0;
  for (const demo of DEMO_POSTINGS) {
    const facility = facilities[demo.facility];
    const role = demo.facility === 'healthCenter' ? Role.HEALTH_CENTER_RECRUITMENT : Role.FACILITY;
    const viewer = { accountId: null, role, facilityId: facility.id, prefectureCode: facility.prefecture_code };
    // 保健所: the work location is required; the demo uses the health centre's own address.
    const fields =
      demo.facility === 'healthCenter'
        ? {
            ...demo.fields,
            workPostalCode: healthCenter.postal_code,
            workPrefectureCode: healthCenter.prefecture_code,
            workAddress: healthCenter.address,
            workFacilityName: `${healthCenter.name} 2階 健康危機管理課`,
          }
        : demo.fields;
    const initialStatus = demo.status === PostingStatus.CLOSED ? PostingStatus.PUBLISHED : demo.status;
    const { posting, created } = await createPosting(db, viewer, { idempotencyKey: demo.key, status: initialStatus, fields });
    if (!created) continue;
    inserted += 1;
    if (demo.status === PostingStatus.CLOSED) {
      await updatePosting(db, viewer, { postingDbId: posting.dbId, version: posting.version, status: PostingStatus.CLOSED, fields });
    }
  }
  return inserted;
}
