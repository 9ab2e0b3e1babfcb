import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Field, ObjectType } from 'type-graphql';
import { Node } from '../graphql/node';

/** A named bearer token for API clients (e.g. a prefecture's system). Only its SHA-256 is stored. */
@Entity({ name: 'api_token' })
@ObjectType('ApiToken', { implements: Node, description: 'APIトークン (the secret is shown once, when created)' })
export class ApiToken extends Node {
  @PrimaryGeneratedColumn('identity', { name: 'id', type: 'integer' })
  dbId!: number;

  @Column({ name: 'account_id', type: 'integer' })
  accountId!: number;

  @Column({ type: 'text' })
  @Field(() => String, { description: '用途がわかる名前' })
  name!: string;

  @Column({ name: 'token_hash', type: 'bytea', select: false })
  tokenHash!: Buffer;

  @Column({ name: 'token_prefix', type: 'text' })
  @Field(() => String, { description: 'The first characters of the token, to tell tokens apart.' })
  tokenPrefix!: string;

  @Column({ name: 'created_by_account_id', type: 'integer' })
  createdByAccountId!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  @Field(() => Date)
  createdAt!: Date;

  @Column({ name: 'last_used_at', type: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true, description: '最終利用日時 (updated at most once a minute)' })
  lastUsedAt!: Date | null;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true })
  revokedAt!: Date | null;
}
