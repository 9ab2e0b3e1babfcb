import type { DataSource } from 'typeorm';
import type { Viewer } from '../auth/viewer';
import { parseLsn } from './lsn';

/**
 * Who wrote, for read-your-writes: the session or the API token a request came with. Anonymous
 * callers have no key (they cannot come back as the same writer).
 */
export function writerKey(viewer: Viewer): string | null {
  if (viewer.apiTokenId != null) return `token:${viewer.apiTokenId}`;
  if (viewer.sessionId != null) return `session:${viewer.sessionId}`;
  return null;
}

/**
 * The primary's WAL position after a writer's latest write, kept on the primary (table
 * read_your_writes), so that every process sees it: the writer's next request may land on any
 * of them. A write's commit lies before the position read after it, so a replica that has
 * replayed that position holds the write.
 */
export async function markWrite(db: DataSource, writer: string): Promise<void> {
  // GREATEST: two writes of one writer may finish in either order; the mark never moves back.
  await db.query(
    `INSERT INTO read_your_writes AS w (writer, lsn) VALUES ($1, pg_current_wal_lsn())
     ON CONFLICT (writer) DO UPDATE SET lsn = GREATEST(w.lsn, EXCLUDED.lsn), written_at = now()`,
    [writer],
  );
}

/** The writer's mark, or null when it has not written (or its mark was swept). */
export async function lastWrite(db: DataSource, writer: string): Promise<bigint | null> {
  const [row] = await db.query<{ lsn: string }[]>(`SELECT lsn::text AS lsn FROM read_your_writes WHERE writer = $1`, [writer]);
  return row ? parseLsn(row.lsn) : null;
}

/**
 * Drops marks older than `olderThanMs`. Safe once that is longer than the replicas' lag bound: a
 * replica in rotation has replayed every write that old, so the mark would send no read elsewhere.
 */
export async function sweepWriteMarks(db: DataSource, olderThanMs: number): Promise<void> {
  await db.query(`DELETE FROM read_your_writes WHERE written_at < now() - make_interval(secs => $1)`, [olderThanMs / 1000]);
}
