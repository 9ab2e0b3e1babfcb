import DataLoader from 'dataloader';
import { type EntityManager, In } from 'typeorm';
import { orderByKeys } from '../graphql/loaders';
import { Attachment } from './attachment.entity';
import { InquiryComment } from './inquiry-comment.entity';
import { Inquiry } from './inquiry.entity';

function groupByKeys<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): V[][] {
  const groups = new Map<K, V[]>(keys.map((k) => [k, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((k) => groups.get(k) ?? []);
}

/** Per-request loaders for inquiries: one SQL statement per batch of keys, whatever the page size. */
export function createInquiryLoaders(db: EntityManager) {
  return {
    inquiryById: new DataLoader<number, Inquiry | null>(async (ids) =>
      orderByKeys(ids, await db.getRepository(Inquiry).findBy({ dbId: In([...ids]) }), (i) => i.dbId),
    ),
    inquiryCommentsByInquiryId: new DataLoader<number, InquiryComment[]>(async (ids) =>
      groupByKeys(
        ids,
        await db.getRepository(InquiryComment).find({ where: { inquiryId: In([...ids]) }, order: { dbId: 'ASC' } }),
        (c) => c.inquiryId,
      ),
    ),
    attachmentsByInquiryId: new DataLoader<number, Attachment[]>(async (ids) =>
      groupByKeys(
        ids,
        await db.getRepository(Attachment).find({ where: { inquiryId: In([...ids]) }, order: { dbId: 'ASC' } }),
        (a) => a.inquiryId!,
      ),
    ),
    attachmentsByNoticeId: new DataLoader<number, Attachment[]>(async (ids) =>
      groupByKeys(
        ids,
        await db.getRepository(Attachment).find({ where: { noticeId: In([...ids]) }, order: { dbId: 'ASC' } }),
        (a) => a.noticeId!,
      ),
    ),
  };
}

export { groupByKeys };

export type InquiryLoaders = ReturnType<typeof createInquiryLoaders>;

// ctx.loaders carries these (graphql/loaders.ts).
declare module '../graphql/loaders' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface Loaders extends InquiryLoaders {}
}
