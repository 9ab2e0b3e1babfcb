import DataLoader from 'dataloader';
import { type EntityManager, In } from 'typeorm';
import type { Viewer } from '../auth/viewer';
import { orderByKeys } from '../graphql/loaders';
import { fullAccessCondition } from './masking';
import { Posting, PostingStatus } from './posting.entity';
import { PostingChange } from './posting-change.entity';

/** History entries shown per posting (the query cost table prices Posting.history at this). */
export const MAX_HISTORY_ENTRIES = 100;

export interface FacilityPostingsPage {
  rows: Posting[];
  hasNextPage: boolean;
  totalCount: number;
}

/** Builds Posting entities from raw rows of `SELECT p.*` (column names → property names). */
function hydrate(m: EntityManager, raw: Record<string, unknown>[]): Posting[] {
  const columns = m.connection.getMetadata(Posting).columns;
  return raw.map((row) => {
    const posting = new Posting();
    for (const column of columns) (posting as unknown as Record<string, unknown>)[column.propertyName] = row[column.databaseName];
    return posting;
  });
}

/**
 * Per-request loaders of the recruitment domain: one SQL statement per batch of keys.
 * `postingsOfFacility` depends on the viewer: a reader who may not see a facility's postings
 * whole gets only its published postings that do not ask for masking — listing a masked posting
 * under its facility would tell the facility, the very thing masking hides.
 */
export function createPostingLoaders(db: EntityManager, viewer: Viewer) {
  const byFirst = new Map<number, DataLoader<number, FacilityPostingsPage>>();
  return {
    postingById: new DataLoader<number, Posting | null>(async (ids) =>
      orderByKeys(ids, await db.getRepository(Posting).findBy({ dbId: In([...ids]) }), (p) => p.dbId),
    ),
    /** The latest MAX_HISTORY_ENTRIES changes of each posting, newest first (one window query per batch). */
    postingHistory: new DataLoader<number, PostingChange[]>(async (ids) => {
      const rows = await db
        .getRepository(PostingChange)
        .createQueryBuilder('c')
        .where(
          `c.id IN (SELECT id FROM (SELECT id, row_number() OVER (PARTITION BY posting_id ORDER BY version DESC) AS n
             FROM posting_change WHERE posting_id IN (:...ids)) latest WHERE n <= :max)`,
          { ids: [...ids], max: MAX_HISTORY_ENTRIES },
        )
        .orderBy('c.version', 'DESC')
        .getMany();
      return ids.map((id) => rows.filter((row) => row.postingId === id));
    }),
    postingsOfFacility(first: number): DataLoader<number, FacilityPostingsPage> {
      let loader = byFirst.get(first);
      if (!loader) {
        loader = new DataLoader<number, FacilityPostingsPage>(async (facilityIds) => {
          const full = fullAccessCondition(viewer, 'p');
          const [sql, params] = db.connection.driver.escapeQueryWithParameters(
            `SELECT * FROM (
               SELECT p.*, row_number() OVER (PARTITION BY p.facility_id ORDER BY p.updated_at DESC, p.id DESC) AS row_in_facility,
                      count(*) OVER (PARTITION BY p.facility_id) AS facility_total
               FROM posting p
               WHERE p.facility_id IN (:...facilityIds)
                 AND ((${full.sql}) OR (p.status = :published AND NOT p.masking_requested))
             ) ranked WHERE row_in_facility <= :limit ORDER BY facility_id, row_in_facility`,
            { ...full.params, facilityIds: [...facilityIds], published: PostingStatus.PUBLISHED, limit: first + 1 },
          );
          const raw: Record<string, unknown>[] = await db.query(sql, params);
          const postings = hydrate(db, raw);
          return facilityIds.map((facilityId) => {
            const mine = postings.filter((p) => p.facilityId === facilityId);
            const total = Number(raw.find((r) => r.facility_id === facilityId)?.facility_total ?? 0);
            return { rows: mine.slice(0, first), hasNextPage: mine.length > first, totalCount: total };
          });
        });
        byFirst.set(first, loader);
      }
      return loader;
    },
  };
}

export type PostingLoaders = ReturnType<typeof createPostingLoaders>;

// ctx.loaders carries these (graphql/loaders.ts).
declare module '../graphql/loaders' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface Loaders extends PostingLoaders {}
}
