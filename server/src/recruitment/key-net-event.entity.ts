import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { KeyNetDocument } from './posting.view';

export enum KeyNetEventKind {
  PUBLISHED = 'PUBLISHED',
  UPDATED = 'UPDATED',
  MASKING_CHANGED = 'MASKING_CHANGED',
  CLOSED = 'CLOSED',
}

/** One entry of the Key-Net outbox: the public (already masked) view of a posting at a version. */
@Entity({ name: 'key_net_event' })
export class KeyNetEvent {
  /** bigint comes back from pg as a string; it is the feed's order. */
  @PrimaryGeneratedColumn('identity', { name: 'id', type: 'bigint' })
  dbId!: string;

  @Column({ name: 'posting_id', type: 'integer' }) postingId!: number;
  @Column({ name: 'posting_version', type: 'integer' }) postingVersion!: number;
  @Column({ type: 'text' }) kind!: KeyNetEventKind;
  @Column({ name: 'occurred_at', type: 'timestamptz' }) occurredAt!: Date;
  @Column({ type: 'jsonb' }) document!: KeyNetDocument;
}
