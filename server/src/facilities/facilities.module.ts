import { defineDomain } from '../domain';
import { rowIdOf } from '../graphql/node';
import { Facility } from './facility.entity';
import { createFacilityLoaders } from './facility.loaders';
import { FacilityResolver } from './facility.resolver';
import { Municipality } from './municipality.entity';
import { Prefecture } from './prefecture.entity';
import { readReferenceCatalog } from './reference-catalog';
import { PrefectureResolver, SecondaryMedicalAreaResolver } from './reference.resolver';
import { SecondaryMedicalArea } from './secondary-medical-area.entity';

/** Prefectures, 二次医療圏 and facilities: the reference data every other domain points at. */
export const facilities = defineDomain({
  name: 'facilities',
  entities: [Prefecture, SecondaryMedicalArea, Municipality, Facility],
  resolvers: [FacilityResolver, PrefectureResolver, SecondaryMedicalAreaResolver],
  loaders: createFacilityLoaders,
  nodes: {
    Facility: (id, ctx) => ctx.loaders.facilityById.load(rowIdOf(id)),
    Prefecture: (code, ctx) => ctx.reference.prefecture(code),
    SecondaryMedicalArea: (code, ctx) => ctx.reference.area(code),
  },
  // A gateway joins on the public codes; each is checked against the matching root query's rule.
  entityReferences: {
    Facility: {
      operation: 'Query.facilityByCode',
      resolve: (reference, ctx) => (/^\d{10}$/.test(reference.code) ? ctx.loaders.facilityByCode.load(reference.code) : null),
    },
    Prefecture: {
      operation: 'Query.prefectures',
      resolve: (reference, ctx) => (/^\d{2}$/.test(reference.code) ? ctx.reference.prefecture(reference.code) : null),
    },
    SecondaryMedicalArea: {
      operation: 'Query.secondaryMedicalAreas',
      resolve: (reference, ctx) => (/^\d{4}$/.test(reference.code) ? ctx.reference.area(reference.code) : null),
    },
  },
  // Read before the first request, so that no request pays for it (or fails on it alone).
  context: async ({ db }) => ({ reference: await readReferenceCatalog(db) }),
});
