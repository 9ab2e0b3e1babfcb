import DataLoader from 'dataloader';
import { type EntityManager, In } from 'typeorm';
import { Facility } from './facility.entity';
import { Prefecture } from './prefecture.entity';
import { SecondaryMedicalArea } from './secondary-medical-area.entity';

/** Returns the rows in the order of `keys` (null where missing), as DataLoader requires. */
export function orderByKeys<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): (V | null)[] {
  const byKey = new Map<K, V>();
  for (const row of rows) byKey.set(keyOf(row), row);
  return keys.map((key) => byKey.get(key) ?? null);
}

/** Per-request loaders for the facilities domain: one SQL statement per batch of keys. */
export function createFacilityLoaders(db: EntityManager) {
  return {
    facilityById: new DataLoader<number, Facility | null>(async (ids) =>
      orderByKeys(ids, await db.getRepository(Facility).findBy({ dbId: In([...ids]) }), (f) => f.dbId),
    ),
    facilityByCode: new DataLoader<string, Facility | null>(async (codes) =>
      orderByKeys(codes, await db.getRepository(Facility).findBy({ code: In([...codes]) }), (f) => f.code),
    ),
    prefectureByCode: new DataLoader<string, Prefecture | null>(async (codes) =>
      orderByKeys(codes, await db.getRepository(Prefecture).findBy({ code: In([...codes]) }), (p) => p.code),
    ),
    areaByCode: new DataLoader<string, SecondaryMedicalArea | null>(async (codes) =>
      orderByKeys(codes, await db.getRepository(SecondaryMedicalArea).findBy({ code: In([...codes]) }), (a) => a.code),
    ),
  };
}

export type FacilityLoaders = ReturnType<typeof createFacilityLoaders>;
