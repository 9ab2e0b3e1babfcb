import { Field, ID, InputType } from 'type-graphql';
import { Role } from '../auth/viewer';

@InputType('CreateAccountInput', { description: 'アカウント新規作成 (事務局). A password-setup mail goes to the address.' })
export class CreateAccountInput {
  @Field(() => String, { description: 'ユーザ名: 3〜64 characters of a-z 0-9 . _ @ - (stored in lower case).' })
  loginId!: string;

  @Field(() => String)
  displayName!: string;

  @Field(() => String)
  email!: string;

  @Field(() => Role)
  role!: Role;

  @Field(() => ID, {
    nullable: true,
    description: 'Facility global id: a 保健所 for health-centre roles, a medical institution for FACILITY.',
  })
  facilityId?: string | null;

  @Field(() => String, { nullable: true, description: 'JIS prefecture code, for PREFECTURE accounts.' })
  prefectureCode?: string | null;
}

@InputType('UpdateAccountInput')
export class UpdateAccountInput {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  displayName?: string | null;

  @Field(() => String, { nullable: true })
  email?: string | null;
}

@InputType('AccountFilter')
export class AccountFilter {
  @Field(() => Role, { nullable: true })
  role?: Role | null;

  @Field(() => String, { nullable: true, description: 'Partial match on ユーザ名 or 表示名.' })
  text?: string | null;
}
