import type { DataSource, EntityManager } from 'typeorm';

/**
 * Where attachment bytes live. The service keeps them in PostgreSQL (so any number of processes
 * behind a load balancer see the same files and a backup holds everything); another store
 * (object storage, a folder) would implement the same two methods.
 */
export interface AttachmentStorage {
  /** Stores the bytes of attachment `attachmentId`, inside the caller's transaction `m`. */
  save(m: EntityManager, attachmentId: number, content: AsyncIterable<Buffer>): Promise<void>;
  /** Streams the bytes back, in order. */
  open(attachmentId: number): AsyncIterable<Buffer>;
}

/** 256 KiB: few statements for a 10 MB file, little memory held per upload or download. */
export const CHUNK_BYTES = 256 * 1024;

/** bytea chunks in attachment_chunk: streamed in and out, one chunk in memory at a time. */
export class PostgresAttachmentStorage implements AttachmentStorage {
  constructor(private readonly db: DataSource) {}

  async save(m: EntityManager, attachmentId: number, content: AsyncIterable<Buffer>): Promise<void> {
    let pending: Buffer[] = [];
    let pendingBytes = 0;
    let seq = 0;
    const flush = async (all: boolean) => {
      while (pendingBytes >= CHUNK_BYTES || (all && pendingBytes > 0)) {
        const joined = Buffer.concat(pending);
        const chunk = joined.subarray(0, Math.min(CHUNK_BYTES, joined.length));
        await m.query(`INSERT INTO attachment_chunk (attachment_id, seq, data) VALUES ($1, $2, $3)`, [attachmentId, seq++, chunk]);
        const rest = joined.subarray(chunk.length);
        pending = rest.length ? [rest] : [];
        pendingBytes = rest.length;
      }
    };
    for await (const piece of content) {
      pending.push(piece);
      pendingBytes += piece.length;
      await flush(false);
    }
    await flush(true);
  }

  async *open(attachmentId: number): AsyncIterable<Buffer> {
    for (let seq = 0; ; seq++) {
      const rows: { data: Buffer }[] = await this.db.query(`SELECT data FROM attachment_chunk WHERE attachment_id = $1 AND seq = $2`, [
        attachmentId,
        seq,
      ]);
      if (!rows.length) return;
      yield rows[0].data;
    }
  }
}
