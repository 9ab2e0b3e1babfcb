import DataLoader from 'dataloader';
import { type EntityManager, In } from 'typeorm';
import { Facility } from './facility.entity';

/** Returns the rows in the order of `keys` (null where missing), as DataLoader requires. */
export function orderByKeys<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): (V | null)[] {
  const byKey = new Map<K, V>();
  for (const row of rows) byKey.set(keyOf(row), row);
  return keys.map((key) => byKey.get(key) ?? null);
}

/**
 * Per-request loaders for the facilities domain: one SQL statement per batch of keys.
 * Prefectures and areas come from the in-memory ReferenceCatalog (ctx.reference) instead.
 */
export function createFacilityLoaders(db: EntityManager) {
  return {
    facilityById: new DataLoader<number, Facility | null>(async (ids) =>
      orderByKeys(ids, await db.getRepository(Facility).findBy({ dbId: In([...ids]) }), (f) => f.dbId),
    ),
    facilityByCode: new DataLoader<string, Facility | null>(async (codes) =>
      orderByKeys(codes, await db.getRepository(Facility).findBy({ code: In([...codes]) }), (f) => f.code),
    ),
  };
}

export type FacilityLoaders = ReturnType<typeof createFacilityLoaders>;
