import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Field, Int, ObjectType } from 'type-graphql';
import { Node } from '../graphql/node';

/**
 * An uploaded file. Uploaded first through POST /api/attachments (owned by the uploader and
 * attached to nothing), then attached by a mutation to one inquiry (or one of its messages) or
 * one notice. The bytes live behind AttachmentStorage; this row keeps the name, the type
 * verified from the content, the size and the SHA-256.
 */
@Entity({ name: 'attachment' })
@ObjectType('Attachment', { implements: Node, description: '添付ファイル' })
export class Attachment extends Node {
  @PrimaryGeneratedColumn('identity', { name: 'id', type: 'integer' })
  dbId!: number;

  @Column({ name: 'file_name', type: 'text' })
  @Field(() => String, { description: 'File name as uploaded, without any directory part.' })
  fileName!: string;

  @Column({ name: 'content_type', type: 'text' })
  @Field(() => String, { description: 'Media type verified from the content.' })
  contentType!: string;

  @Column({ name: 'size_bytes', type: 'integer' })
  @Field(() => Int)
  sizeBytes!: number;

  @Column({ type: 'bytea' })
  sha256!: Buffer;

  @Column({ name: 'uploaded_by_account_id', type: 'integer' })
  uploadedByAccountId!: number;

  @Column({ name: 'inquiry_id', type: 'integer', nullable: true })
  inquiryId!: number | null;

  @Column({ name: 'comment_id', type: 'integer', nullable: true })
  commentId!: number | null;

  @Column({ name: 'notice_id', type: 'integer', nullable: true })
  noticeId!: number | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  @Field(() => Date)
  createdAt!: Date;

  @Column({ name: 'attached_at', type: 'timestamptz', nullable: true })
  attachedAt!: Date | null;
}
