import type { DataSource } from 'typeorm';
import { Prefecture } from './prefecture.entity';
import { SecondaryMedicalArea } from './secondary-medical-area.entity';

/**
 * The 47 prefectures and the 二次医療圏, held in memory once read. They are reference data that
 * only migrations write (db/reference-data.ts), so a process reads them once, at start: every
 * facility row then finds its prefecture and area without a statement or a promise (bench,
 * measured: 2 of the 3 statements of a 2,000-row page, and ~4,000 promises). The objects are
 * shared by all requests and not copied: resolvers must not change them (federation's entity
 * resolution only adds `__typename`, which is the same for every request).
 */
export class ReferenceCatalog {
  private readonly prefecturesByCode: Map<string, Prefecture>;
  private readonly areasByCode: Map<string, SecondaryMedicalArea>;

  constructor(
    readonly prefectures: readonly Prefecture[],
    readonly areas: readonly SecondaryMedicalArea[],
  ) {
    this.prefecturesByCode = new Map(prefectures.map((p) => [p.code, p]));
    this.areasByCode = new Map(areas.map((a) => [a.code, a]));
  }

  prefecture(code: string): Prefecture | null {
    return this.prefecturesByCode.get(code) ?? null;
  }

  area(code: string): SecondaryMedicalArea | null {
    return this.areasByCode.get(code) ?? null;
  }

  /** In code order, optionally of one prefecture. */
  areasOf(prefectureCode: string | null | undefined): readonly SecondaryMedicalArea[] {
    return prefectureCode == null ? this.areas : this.areas.filter((a) => a.prefectureCode === prefectureCode);
  }
}

let catalogOfFacilities: ReferenceCatalog | null = null;

/**
 * The catalog a facility's `prefecture` and `secondaryMedicalArea` read from (facility.entity.ts).
 * They are properties of the entity, not field resolvers, so GraphQL reads them with the row: a
 * resolver a row cost a resolve-info object, a path and three closures each, ~20% of a 2,000-row
 * facilities page's allocations (npm run bench). One catalog per process is right because it is the
 * same in every database of a deployment: only migrations write it, from server/data.
 */
export function referenceCatalogOfFacilities(): ReferenceCatalog {
  if (!catalogOfFacilities) throw new Error('readReferenceCatalog runs at start, before any facility is read');
  return catalogOfFacilities;
}

/** Reads the catalog (two statements); the app does so once, at start. */
export async function readReferenceCatalog(db: DataSource): Promise<ReferenceCatalog> {
  const [prefectures, areas] = await Promise.all([
    db.getRepository(Prefecture).find({ order: { code: 'ASC' } }),
    db.getRepository(SecondaryMedicalArea).find({ order: { code: 'ASC' } }),
  ]);
  catalogOfFacilities = new ReferenceCatalog(prefectures, areas);
  return catalogOfFacilities;
}

// Every context carries the catalog (ctx.reference): facilities.module.ts reads it once at start.
declare module '../graphql/context' {
  interface DomainContext {
    /** Prefectures and 二次医療圏, in memory. */
    reference: ReferenceCatalog;
  }
}
