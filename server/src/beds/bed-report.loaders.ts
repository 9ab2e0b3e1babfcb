import DataLoader from 'dataloader';
import { type EntityManager, In } from 'typeorm';
import { orderByKeys } from '../graphql/loaders';
import { BedSnapshot } from './bed-snapshot.entity';

/** Per-request loaders for bed status: one SQL statement per batch of keys. */
export function createBedReportLoaders(db: EntityManager) {
  return {
    bedSnapshotById: new DataLoader<number, BedSnapshot | null>(async (ids) =>
      orderByKeys(ids, await db.getRepository(BedSnapshot).findBy({ dbId: In([...ids]) }), (s) => s.dbId),
    ),
    /** Whether a later snapshot corrects each snapshot (訂正あり on the corrected one). */
    bedSnapshotCorrected: new DataLoader<number, boolean>(async (ids) => {
      const rows: { id: number }[] = await db.query(
        'SELECT DISTINCT corrects_snapshot_id AS id FROM bed_snapshot WHERE corrects_snapshot_id = ANY($1::int[])',
        [[...ids]],
      );
      const corrected = new Set(rows.map((r) => r.id));
      return ids.map((id) => corrected.has(id));
    }),
    /** The current status of each facility: its latest snapshot (null before its first report). */
    latestBedSnapshotByFacilityId: new DataLoader<number, BedSnapshot | null>(async (facilityIds) =>
      orderByKeys(
        facilityIds,
        await db
          .getRepository(BedSnapshot)
          .createQueryBuilder('s')
          .distinctOn(['s.facility_id'])
          .where('s.facility_id IN (:...facilityIds)', { facilityIds: [...facilityIds] })
          .orderBy('s.facility_id')
          .addOrderBy('s.reported_at', 'DESC')
          .addOrderBy('s.id', 'DESC')
          .getMany(),
        (s) => s.facilityId,
      ),
    ),
  };
}

export type BedReportLoaders = ReturnType<typeof createBedReportLoaders>;

// ctx.loaders carries these (graphql/loaders.ts).
declare module '../graphql/loaders' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface Loaders extends BedReportLoaders {}
}
