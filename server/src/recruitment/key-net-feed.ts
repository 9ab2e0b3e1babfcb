import type { EntityManager } from 'typeorm';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ConnectionType, decodeCursor, encodeCursor, type Page, toPage } from '../graphql/connection';
import { KeyNetEvent, KeyNetEventKind } from './key-net-event.entity';
import { keyNetDocument } from './masking';
import { type Posting, PostingStatus } from './posting.entity';
import { KeyNetDocument } from './posting.view';

/** Fields of the Key-Net document that are bookkeeping, not content: a change only there is no event. */
const BOOKKEEPING = new Set(['version', 'updatedAt', 'publishedAt', 'status']);

function sameContent(a: KeyNetDocument, b: KeyNetDocument): boolean {
  const strip = (d: KeyNetDocument) => JSON.stringify(Object.entries(d).filter(([k]) => !BOOKKEEPING.has(k)));
  return strip(a) === strip(b);
}

/**
 * Which Key-Net event a change makes, if any. Only what Key-Net can see counts: a draft is never
 * sent, and an edit of a masked field of a masked posting changes nothing public, so it makes no
 * event (that would tell the public a hidden field changed).
 */
export function keyNetEventKind(
  before: { posting: Posting; document: KeyNetDocument } | null,
  after: { posting: Posting; document: KeyNetDocument },
): KeyNetEventKind | null {
  const wasPublic = before?.posting.status === PostingStatus.PUBLISHED;
  const isPublic = after.posting.status === PostingStatus.PUBLISHED;
  if (!wasPublic && isPublic) return KeyNetEventKind.PUBLISHED;
  if (wasPublic && !isPublic) return KeyNetEventKind.CLOSED;
  if (!wasPublic || !before) return null;
  if (before.posting.maskingRequested !== after.posting.maskingRequested) return KeyNetEventKind.MASKING_CHANGED;
  return sameContent(before.document, after.document) ? null : KeyNetEventKind.UPDATED;
}

/** Any fixed number: the advisory lock that makes feed ids follow commit order. */
const FEED_APPEND_LOCK = 4_733_001;

/**
 * Appends the change's Key-Net event (if it makes one) to the outbox, inside the caller's
 * transaction. The transaction-scoped advisory lock is held until commit, so an event id is taken
 * only after every earlier one is committed: a reader paging with `after` never skips an event
 * that commits late.
 */
export async function appendKeyNetEvent(
  m: EntityManager,
  before: Posting | null,
  after: Posting,
  facilityName: () => Promise<string | null>,
): Promise<KeyNetEventKind | null> {
  const afterDocument = await keyNetDocument(after, facilityName);
  const beforeDocument = before ? await keyNetDocument(before, facilityName) : null;
  const kind = keyNetEventKind(before && beforeDocument ? { posting: before, document: beforeDocument } : null, {
    posting: after,
    document: afterDocument,
  });
  if (!kind) return null;
  await m.query(`SELECT pg_advisory_xact_lock($1)`, [FEED_APPEND_LOCK]);
  await m.query(`INSERT INTO key_net_event (posting_id, posting_version, kind, occurred_at, document) VALUES ($1, $2, $3, $4, $5::jsonb)`, [
    after.dbId,
    after.version,
    kind,
    after.updatedAt,
    JSON.stringify(afterDocument),
  ]);
  return kind;
}

const isSequenceCursor = (key: unknown[]): key is [string] => key.length === 1 && typeof key[0] === 'string' && /^\d{1,18}$/.test(key[0]);

export const MAX_FEED_PAGE = 500;

export const feedCursor = (event: KeyNetEvent) => encodeCursor([event.dbId]);

/** Feed events after `after`, oldest first: one statement per page (plus one for totalCount if asked). */
export async function readKeyNetFeed(m: EntityManager, first: number, after: string | null | undefined): Promise<Page<KeyNetEvent>> {
  const afterId = after ? decodeCursor(after, isSequenceCursor)[0] : '0';
  const rows = await m
    .getRepository(KeyNetEvent)
    .createQueryBuilder('e')
    .where('e.id > :afterId', { afterId })
    .orderBy('e.id', 'ASC')
    .limit(first + 1)
    .getMany();
  return toPage(rows, first, afterId !== '0', feedCursor, () => m.getRepository(KeyNetEvent).count());
}

registerEnumType(KeyNetEventKind, { name: 'KeyNetEventKind', description: 'Key-Net への通知の種類' });

@ObjectType('KeyNetFeedEvent', { description: 'Key-Net 連携フィードの1件: 公開・編集・終了・マスキング変更' })
export class KeyNetFeedEvent {
  @Field(() => String, { description: 'フィード内の通し番号 (昇順)' }) sequence!: string;
  @Field(() => KeyNetEventKind) kind!: KeyNetEventKind;
  @Field(() => ID, { description: '募集の恒久ID' }) postingId!: string;
  @Field(() => Int) postingVersion!: number;
  @Field(() => Date) occurredAt!: Date;
  @Field(() => KeyNetDocument, { description: 'この版の公開内容 (マスキング適用済み)' }) posting!: KeyNetDocument;
}

@ObjectType('KeyNetFeedConnection')
export class KeyNetFeedConnection extends ConnectionType('KeyNetFeed', KeyNetFeedEvent) {}

/** Turns a stored outbox row into the feed item (the document was masked when it was written). */
export function feedItem(event: KeyNetEvent): KeyNetFeedEvent {
  const document = Object.assign(new KeyNetDocument(), event.document);
  return {
    sequence: event.dbId,
    kind: event.kind,
    postingId: document.postingId,
    postingVersion: event.postingVersion,
    occurredAt: event.occurredAt,
    posting: document,
  };
}
