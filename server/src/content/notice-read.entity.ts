import { Column, Entity, PrimaryColumn } from 'typeorm';

/** That an account has opened a notice: what the unread markers are computed from. */
@Entity({ name: 'notice_read' })
export class NoticeRead {
  @PrimaryColumn({ name: 'account_id', type: 'integer' })
  accountId!: number;

  @PrimaryColumn({ name: 'notice_id', type: 'integer' })
  noticeId!: number;

  @Column({ name: 'read_at', type: 'timestamptz' })
  readAt!: Date;
}
