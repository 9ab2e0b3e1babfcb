import DataLoader from 'dataloader';
import { type EntityManager, In } from 'typeorm';
import { orderByKeys } from '../graphql/loaders';
import { FaqEntry } from './faq.entity';
import { Notice } from './notice.entity';

/** Key of a read mark: which account, which notice. */
export const readKey = (accountId: number, noticeId: number) => `${accountId}:${noticeId}`;

/** Per-request loaders for FAQ entries and notices: one SQL statement per batch of keys. */
export function createContentLoaders(db: EntityManager) {
  return {
    faqEntryById: new DataLoader<number, FaqEntry | null>(async (ids) =>
      orderByKeys(ids, await db.getRepository(FaqEntry).findBy({ dbId: In([...ids]) }), (f) => f.dbId),
    ),
    noticeById: new DataLoader<number, Notice | null>(async (ids) =>
      orderByKeys(ids, await db.getRepository(Notice).findBy({ dbId: In([...ids]) }), (n) => n.dbId),
    ),
    /** Whether account a has read notice n, keyed by readKey(a, n). */
    noticeReadByKey: new DataLoader<string, boolean>(async (keys) => {
      const pairs = keys.map((k) => k.split(':').map(Number));
      const rows: { account_id: number; notice_id: number }[] = await db.query(
        `SELECT account_id, notice_id FROM notice_read WHERE (account_id, notice_id) IN (SELECT * FROM unnest($1::int[], $2::int[]))`,
        [pairs.map((p) => p[0]), pairs.map((p) => p[1])],
      );
      const read = new Set(rows.map((r) => readKey(r.account_id, r.notice_id)));
      return keys.map((k) => read.has(k));
    }),
  };
}

export type ContentLoaders = ReturnType<typeof createContentLoaders>;

// ctx.loaders carries these (graphql/loaders.ts).
declare module '../graphql/loaders' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface Loaders extends ContentLoaders {}
}
