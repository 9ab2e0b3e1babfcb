import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type PostingChangeAction = 'CREATED' | 'UPDATED';

/** One field's value before and after a change (null before = the posting was created). */
export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

/** History of a posting: one row per version, written in the same transaction as the change. */
@Entity({ name: 'posting_change' })
export class PostingChange {
  @PrimaryGeneratedColumn('identity', { name: 'id', type: 'bigint' })
  dbId!: string;

  @Column({ name: 'posting_id', type: 'integer' }) postingId!: number;
  @Column({ type: 'integer' }) version!: number;
  @Column({ type: 'text' }) action!: PostingChangeAction;
  @Column({ name: 'account_id', type: 'integer', nullable: true }) accountId!: number | null;
  @Column({ type: 'text', nullable: true }) role!: string | null;
  @Column({ name: 'changed_at', type: 'timestamptz' }) changedAt!: Date;
  @Column({ type: 'jsonb' }) changes!: FieldChange[];
}
