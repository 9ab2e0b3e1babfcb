import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The primary's WAL position after each writer's latest write (db/read-your-writes.ts): a
 * session or API token that wrote reads on a replica again only once that replica has replayed
 * this far. Read and written on the primary only. UNLOGGED: a mark adds no WAL, and losing the
 * marks in a crash only sends a writer's next reads to a replica that had replayed its write
 * (a replica in rotation replays within the lag bound, which a crash and restart outlasts).
 */
export class ReadYourWrites1764900000000 implements MigrationInterface {
  name = 'ReadYourWrites1764900000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE UNLOGGED TABLE read_your_writes (
      writer text PRIMARY KEY CHECK (length(writer) BETWEEN 1 AND 100),
      lsn pg_lsn NOT NULL,
      written_at timestamptz NOT NULL DEFAULT now())`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE read_your_writes`);
  }
}
