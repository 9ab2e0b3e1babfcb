import { ENUM_LABELS } from '../../../common/enum-labels';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Role } from '../auth/viewer';
import { Node } from '../graphql/node';

registerEnumType(Role, {
  name: 'Role',
  description: 'アカウントの種別 (what the account may do)',
  valuesConfig: {
    HEALTH_CENTER_RECRUITMENT: { description: '保健所（人材募集登録用ID）' },
    HEALTH_CENTER_AGGREGATOR: { description: '保健所（とりまとめ団体用ID）' },
    FACILITY: { description: '医療機関' },
    PREFECTURE: { description: '都道府県' },
    OFFICE: { description: 'G-MIS事務局' },
    ANALYST: { description: '分析担当（病床データの参照のみ）' },
  },
});

/** The words shown for each value: common/enum-labels.ts, shared with the dashboard. */
export const ROLE_LABELS: Record<Role, string> = ENUM_LABELS.Role;

/** Roles that act for one facility (and so must have one). */
export const FACILITY_ROLES: readonly Role[] = [Role.HEALTH_CENTER_RECRUITMENT, Role.HEALTH_CENTER_AGGREGATOR, Role.FACILITY];

/** A person or system that signs in. Password hash, sessions and tokens never leave the server. */
@Entity({ name: 'account' })
@ObjectType('Account', { implements: Node, description: 'アカウント (ユーザ名でログインする利用者)' })
export class Account extends Node {
  @PrimaryGeneratedColumn('identity', { name: 'id', type: 'integer' })
  dbId!: number;

  @Column({ name: 'login_id', type: 'text' })
  @Field(() => String, { description: 'ユーザ名 (ID). Lower-case; sign-in ignores case and full-width forms.' })
  loginId!: string;

  @Column({ name: 'display_name', type: 'text' })
  @Field(() => String, { description: '表示名' })
  displayName!: string;

  /** Exposed through AccountResolver.email, which hides it from anyone but the account and the office. */
  @Column({ type: 'text' })
  email!: string;

  @Column({ type: 'text' })
  @Field(() => Role)
  role!: Role;

  @Column({ name: 'facility_id', type: 'integer', nullable: true })
  facilityId!: number | null;

  @Column({ name: 'prefecture_code', type: 'char', length: 2, nullable: true })
  prefectureCode!: string | null;

  @Column({ name: 'password_hash', type: 'text', nullable: true, select: false })
  passwordHash!: string | null;

  @Column({ name: 'password_changed_at', type: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true, description: 'null until the account has set its first password.' })
  passwordChangedAt!: Date | null;

  @Column({ name: 'disabled_at', type: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true, description: '利用停止日時 (a disabled account cannot sign in).' })
  disabledAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  @Field(() => Date)
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  @Field(() => Date)
  updatedAt!: Date;
}
