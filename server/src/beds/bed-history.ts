import type { EntityManager } from 'typeorm';
import { decodeCursor, encodeCursor, type Page, toPage } from '../graphql/connection';
import { BedSnapshot } from './bed-snapshot.entity';

export const MAX_HISTORY_PAGE = 500;

type HistoryCursor = [string, number];
const isHistoryCursor = (key: unknown[]): key is HistoryCursor =>
  key.length === 2 && typeof key[0] === 'string' && !Number.isNaN(Date.parse(key[0])) && Number.isInteger(key[1]);

/** A facility's reports, newest first, keyset-paginated on (reported_at, id). */
export async function bedSnapshotHistory(
  db: EntityManager,
  facilityId: number,
  first: number,
  after: string | null | undefined,
): Promise<Page<BedSnapshot>> {
  const cursor = after ? decodeCursor(after, isHistoryCursor) : null;
  const base = () => db.getRepository(BedSnapshot).createQueryBuilder('s').where('s.facility_id = :facilityId', { facilityId });
  const query = base()
    .orderBy('s.reported_at', 'DESC')
    .addOrderBy('s.id', 'DESC')
    .limit(first + 1);
  if (cursor) query.andWhere('(s.reported_at, s.id) < (CAST(:at AS timestamptz), :id)', { at: cursor[0], id: cursor[1] });
  const rows = await query.getMany();
  return toPage(
    rows,
    first,
    cursor !== null,
    (s) => encodeCursor([s.reportedAt.toISOString(), s.dbId]),
    () => base().getCount(),
  );
}
