import DataLoader from 'dataloader';
import { type EntityManager, In } from 'typeorm';
import { orderByKeys } from '../graphql/loaders';
import { Facility } from './facility.entity';

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

// ctx.loaders carries these (graphql/loaders.ts).
declare module '../graphql/loaders' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface Loaders extends FacilityLoaders {}
}
