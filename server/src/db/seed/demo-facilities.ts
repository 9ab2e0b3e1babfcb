import type { EntityManager } from 'typeorm';
import { FacilityKind } from '../../facilities/facility.entity';
import { makeMedicalInstitutionCode } from '../../facilities/medical-institution-code';
import { searchKey } from '../../shared/japanese-text';
import { readMunicipalities, readSecondaryMedicalAreas } from '../reference-data';
import { intBetween, pick, rngFor } from './random';

export const DEMO_SEED = 20261124;

/** First two digits of postal codes by prefecture (a representative range, for plausible demo data). */
const POSTAL_PREFIXES: Record<string, number[]> = {
  '01': [0, 4, 5, 6, 7, 8, 9],
  '02': [3],
  '03': [2],
  '04': [98],
  '05': [1],
  '06': [99],
  '07': [96, 97],
  '08': [30, 31],
  '09': [32],
  '10': [37],
  '11': [33, 34, 35, 36],
  '12': [26, 27, 28, 29],
  '13': [10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20],
  '14': [21, 22, 23, 24, 25],
  '15': [94, 95],
  '16': [93],
  '17': [92],
  '18': [91],
  '19': [40],
  '20': [38, 39],
  '21': [50],
  '22': [41, 42, 43],
  '23': [44, 45, 46, 47, 48, 49],
  '24': [51],
  '25': [52],
  '26': [60, 61, 62],
  '27': [53, 54, 55, 56, 57, 58, 59],
  '28': [65, 66, 67],
  '29': [63],
  '30': [64],
  '31': [68],
  '32': [69],
  '33': [70, 71],
  '34': [72, 73],
  '35': [74, 75],
  '36': [77],
  '37': [76],
  '38': [79],
  '39': [78],
  '40': [80, 81, 82, 83],
  '41': [84],
  '42': [85],
  '43': [86],
  '44': [87],
  '45': [88],
  '46': [89],
  '47': [90],
};

const SURNAMES = [
  '佐藤',
  '鈴木',
  '高橋',
  '田中',
  '伊藤',
  '渡辺',
  '山本',
  '中村',
  '小林',
  '加藤',
  '吉田',
  '山田',
  '佐々木',
  '山口',
  '松本',
  '井上',
  '木村',
  '林',
  '清水',
  '斎藤',
  '森',
  '池田',
  '橋本',
  '石川',
  '前田',
  '藤田',
  '岡田',
  '後藤',
  '長谷川',
  '村上',
  '近藤',
  '坂本',
  '遠藤',
  '青木',
  '藤井',
  '西村',
  '福田',
  '太田',
  '三浦',
  '髙橋',
  '山﨑',
];
const PLACE_WORDS = [
  '中央',
  '東',
  '西',
  '南',
  '北',
  '桜ヶ丘',
  '緑町',
  '青葉',
  '若葉',
  '旭',
  '港',
  '本町',
  '駅前',
  '第一',
  '城南',
  '城北',
  '新町',
  '泉',
  '栄',
  '朝日',
];
const HOSPITAL_SUFFIXES = [
  '病院',
  '総合病院',
  '記念病院',
  '中央病院',
  '市民病院',
  '医療センター',
  'リハビリテーション病院',
  '赤十字病院',
  '済生会病院',
  '大学病院',
];
const CLINIC_SUFFIXES = ['内科クリニック', '医院', 'クリニック', '診療所', '内科・小児科', '整形外科'];

function stripCity(municipality: string): string {
  // 「札幌市中央区」→「札幌」, 「八王子市」→「八王子」: the local name a hospital would carry.
  const match = municipality.match(/^(.+)[市町村]/u) ?? municipality.match(/^(.+?)区/u);
  return match ? match[1] : municipality;
}

export interface DemoFacility {
  code: string;
  name: string;
  kind: FacilityKind;
  postalCode: string;
  prefectureCode: string;
  address: string;
  building: string | null;
  phone: string;
  areaCode: string;
}

/**
 * Deterministic demo facilities: facility i is the same for any count, so a larger run extends a
 * smaller one. Addresses use real municipalities, and each facility's 二次医療圏 is the one its
 * municipality belongs to.
 */
export function* generateDemoFacilities(count: number, seed = DEMO_SEED): Generator<DemoFacility> {
  const municipalities = readMunicipalities();
  const areaPrefecture = new Map(readSecondaryMedicalAreas().map((a) => [a.code, a.prefectureCode]));
  const serialByPrefecture = new Map<string, number>();
  for (let i = 0; i < count; i += 1) {
    const rng = rngFor(seed, i);
    const municipality = pick(rng, municipalities);
    const prefectureCode = areaPrefecture.get(municipality.areaCode)!;
    const serial = serialByPrefecture.get(prefectureCode) ?? 0;
    serialByPrefecture.set(prefectureCode, serial + 1);
    const roll = rng();
    const kind = roll < 0.04 ? FacilityKind.HEALTH_CENTER : roll < 0.8 ? FacilityKind.HOSPITAL : FacilityKind.CLINIC;
    const local = stripCity(municipality.name);
    const name =
      kind === FacilityKind.HEALTH_CENTER
        ? `${local}${pick(rng, ['保健所', '保健福祉事務所', '保健センター'])}`
        : kind === FacilityKind.HOSPITAL
          ? rng() < 0.35
            ? `医療法人${pick(rng, SURNAMES)}会 ${local}${pick(rng, PLACE_WORDS)}${pick(rng, HOSPITAL_SUFFIXES)}`
            : `${local}${pick(rng, PLACE_WORDS)}${pick(rng, HOSPITAL_SUFFIXES)}`
          : `${pick(rng, SURNAMES)}${pick(rng, CLINIC_SUFFIXES)}`;
    const postalPrefix = pick(rng, POSTAL_PREFIXES[prefectureCode]);
    const postalCode = `${String(postalPrefix).padStart(2, '0')}${String(intBetween(rng, 0, 99999)).padStart(5, '0')}`;
    const address = `${municipality.name}${pick(rng, PLACE_WORDS)}${intBetween(rng, 1, 5)}丁目${intBetween(rng, 1, 30)}番${intBetween(rng, 1, 20)}号`;
    const building = rng() < 0.3 ? `${pick(rng, ['本館', '東棟', '西棟', '新館'])}` : null;
    const phone = `0${intBetween(rng, 10, 99)}-${intBetween(rng, 100, 999)}-${String(intBetween(rng, 0, 9999)).padStart(4, '0')}`;
    const district = 1 + (Math.floor(serial / 9999) % 99);
    const code = makeMedicalInstitutionCode(prefectureCode, '1', district, (serial % 9999) + 1);
    yield { code, name, kind, postalCode, prefectureCode, address, building, phone, areaCode: municipality.areaCode };
  }
}

/**
 * Writes demo facilities in batches (one INSERT per batch); existing codes are left alone, so a
 * second run adds nothing and a larger count only adds the new ones.
 */
export async function seedDemoFacilities(
  db: EntityManager,
  count: number,
  onProgress?: (done: number, total: number) => void,
  batchSize = 1000,
): Promise<number> {
  let inserted = 0;
  let batch: DemoFacility[] = [];
  let done = 0;
  const flush = async () => {
    if (!batch.length) return;
    const columns = (pickColumn: (f: DemoFacility) => string | null) => batch.map(pickColumn);
    const result: { code: string }[] = await db.query(
      `INSERT INTO facility (code, name, name_search_key, kind, postal_code, prefecture_code, address, building, phone, area_code)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[])
       ON CONFLICT (code) DO NOTHING RETURNING code`,
      [
        columns((f) => f.code),
        columns((f) => f.name),
        columns((f) => searchKey(f.name)),
        columns((f) => f.kind),
        columns((f) => f.postalCode),
        columns((f) => f.prefectureCode),
        columns((f) => f.address),
        columns((f) => f.building),
        columns((f) => f.phone),
        columns((f) => f.areaCode),
      ],
    );
    inserted += result.length;
    done += batch.length;
    batch = [];
    onProgress?.(done, count);
  };
  for (const facility of generateDemoFacilities(count)) {
    batch.push(facility);
    if (batch.length >= batchSize) await flush();
  }
  await flush();
  return inserted;
}
