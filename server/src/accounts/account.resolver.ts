import {
  Arg,
  Args,
  ArgsType,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { Role, type Viewer } from '../auth/viewer';
import type { Context } from '../graphql/context';
import { ConnectionType, parseFirst } from '../graphql/connection';
import { unauthenticated } from '../graphql/errors';
import { toGlobalId } from '../graphql/node';
import { Facility } from '../facilities/facility.entity';
import { Prefecture } from '../facilities/prefecture.entity';
import { Account, ROLE_LABELS } from './account.entity';
import { AccountFilter, CreateAccountInput, UpdateAccountInput } from './account.input';
import {
  accountIdOf,
  changePassword,
  createAccount,
  MAX_ACCOUNT_PAGE,
  searchAccounts,
  setAccountDisabled,
  updateAccount,
} from './account-management';
import { Menu, MenuKey, menusFor } from './menus';
import { requestPasswordReset, resetPassword } from './password-reset';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, PASSWORD_RULE_TEXT } from './password-rule';
import { revokeSession } from './session';
import { signIn } from './sign-in';
import { EVERYONE, SIGNED_IN } from '../auth/access-policy';
import { Cost } from '../graphql/cost';

@ObjectType('AccountConnection')
export class AccountConnection extends ConnectionType('Account', Account) {}

@ArgsType()
class AccountsArgs {
  @Field(() => AccountFilter, { nullable: true }) filter?: AccountFilter | null;
  @Field(() => Int, { description: `Page size, 1..${MAX_ACCOUNT_PAGE}.` }) first!: number;
  @Field(() => String, { nullable: true }) after?: string | null;
}

/** Who is signed in, as the dashboard needs it: account, organisation and the home screen's menus. */
@ObjectType('Viewer', { description: 'ログイン中の利用者' })
export class SignedInViewer {
  constructor(viewer: Viewer) {
    this.viewer = viewer;
  }
  viewer: Viewer;

  @Field(() => Role)
  get role(): Role {
    return this.viewer.role!;
  }

  @Field(() => String, { description: '種別の表示名' })
  get roleLabel(): string {
    return ROLE_LABELS[this.viewer.role!];
  }

  @Field(() => Boolean, { description: 'true when signed in with an API token rather than the dashboard session.' })
  get viaApiToken(): boolean {
    return Boolean(this.viewer.apiTokenId);
  }
}

@ObjectType('PasswordRule', { description: 'パスワードの規定ルール (shown on the reset and change forms)' })
export class PasswordRule {
  @Field(() => String) description!: string;
  @Field(() => Int) minLength!: number;
  @Field(() => Int) maxLength!: number;
}

function mayReadPersonalDataOf(viewer: Viewer, account: Account): boolean {
  return viewer.role === Role.OFFICE || viewer.accountId === account.dbId;
}

@Resolver(() => SignedInViewer)
export class ViewerResolver {
  @Authorized(EVERYONE)
  @Query(() => SignedInViewer, { nullable: true, description: 'ログイン中の利用者 (null when anonymous).' })
  viewer(@Ctx() ctx: Context): SignedInViewer | null {
    return ctx.viewer.accountId === null ? null : new SignedInViewer(ctx.viewer);
  }

  @FieldResolver(() => Account)
  async account(@Root() root: SignedInViewer, @Ctx() ctx: Context): Promise<Account> {
    return (await ctx.loaders.accountById.load(root.viewer.accountId!))!;
  }

  @FieldResolver(() => Facility, { nullable: true, description: '所属する施設 (保健所・医療機関)' })
  async facility(@Root() root: SignedInViewer, @Ctx() ctx: Context): Promise<Facility | null> {
    return root.viewer.facilityId === null ? null : ctx.loaders.facilityById.load(root.viewer.facilityId);
  }

  @FieldResolver(() => Prefecture, { nullable: true, description: "所属する都道府県 (the facility's, for facility accounts)" })
  prefecture(@Root() root: SignedInViewer, @Ctx() ctx: Context): Prefecture | null {
    return root.viewer.prefectureCode === null ? null : ctx.reference.prefecture(root.viewer.prefectureCode);
  }

  // At most one per MenuKey (a test holds the two together).
  @Cost({ listSize: Object.keys(MenuKey).length })
  @FieldResolver(() => [Menu], { description: 'ホーム画面に表示するメニュー' })
  menus(@Root() root: SignedInViewer): Menu[] {
    return menusFor(root.viewer.role!);
  }

  @Authorized(EVERYONE)
  @Query(() => PasswordRule)
  passwordRule(): PasswordRule {
    return { description: PASSWORD_RULE_TEXT, minLength: MIN_PASSWORD_LENGTH, maxLength: MAX_PASSWORD_LENGTH };
  }

  @Authorized(EVERYONE)
  @Mutation(() => SignedInViewer, { description: 'ログイン: sets the HTTP-only session cookie (a new session each time).' })
  async login(
    @Arg('loginId', () => String) loginId: string,
    @Arg('password', () => String) password: string,
    @Ctx() ctx: Context,
  ): Promise<SignedInViewer> {
    const signedIn = await signIn(ctx.db, ctx.config, {
      loginId,
      password,
      clientAddress: ctx.http.clientAddress,
      previousSessionToken: ctx.http.sessionToken,
    });
    ctx.http.setSessionCookie(signedIn.token, signedIn.expiresAt);
    return new SignedInViewer(signedIn.viewer);
  }

  @Authorized(EVERYONE)
  @Mutation(() => Boolean, { description: 'ログアウト: revokes the session and clears the cookie.' })
  async logout(@Ctx() ctx: Context): Promise<boolean> {
    if (ctx.viewer.sessionId) await revokeSession(ctx.db.manager, ctx.viewer.sessionId);
    ctx.http.clearSessionCookie();
    return true;
  }

  @Authorized(SIGNED_IN)
  @Mutation(() => Boolean, { description: 'パスワード変更. Other sessions of the account are signed out and its API tokens revoked.' })
  async changePassword(
    @Arg('currentPassword', () => String) currentPassword: string,
    @Arg('newPassword', () => String) newPassword: string,
    @Ctx() ctx: Context,
  ): Promise<boolean> {
    await changePassword(ctx.db, ctx.config, ctx.viewer, { currentPassword, newPassword, clientAddress: ctx.http.clientAddress });
    return true;
  }

  @Authorized(EVERYONE)
  @Mutation(() => Boolean, {
    description: 'パスワードリセット申請. Always true, whether or not the ID exists; a mail goes to the registered address when it does.',
  })
  async requestPasswordReset(@Arg('loginId', () => String) loginId: string, @Ctx() ctx: Context): Promise<boolean> {
    await requestPasswordReset(ctx.db, ctx.config, loginId);
    return true;
  }

  @Authorized(EVERYONE)
  @Mutation(() => Boolean, {
    description: 'Sets a new password with the mailed token. Signs out every session and revokes the API tokens; does not sign in.',
  })
  async resetPassword(
    @Arg('token', () => String) token: string,
    @Arg('newPassword', () => String) newPassword: string,
    @Ctx() ctx: Context,
  ): Promise<boolean> {
    await resetPassword(ctx.db, token, newPassword);
    return true;
  }
}

@Resolver(() => Account)
export class AccountResolver {
  @Authorized([Role.OFFICE])
  @Query(() => AccountConnection, { description: 'アカウント一覧 (事務局)' })
  async accounts(@Args(() => AccountsArgs) args: AccountsArgs, @Ctx() ctx: Context) {
    const page = await searchAccounts(ctx.db, args.filter ?? {}, parseFirst(args.first, MAX_ACCOUNT_PAGE), args.after);
    for (const edge of page.edges) ctx.loaders.accountById.prime(edge.node.dbId, edge.node);
    return page;
  }

  @Authorized([Role.OFFICE])
  @Query(() => Account, { nullable: true, description: 'One account (事務局).' })
  async account(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Account | null> {
    return ctx.loaders.accountById.load(accountIdOf(id));
  }

  @Authorized([Role.OFFICE])
  @Mutation(() => Account, { description: 'アカウント新規作成 (事務局). Mails a link to set the first password.' })
  async createAccount(@Arg('input', () => CreateAccountInput) input: CreateAccountInput, @Ctx() ctx: Context): Promise<Account> {
    return createAccount(ctx.db, ctx.config, input, ctx.viewer.accountId ?? null);
  }

  @Authorized([Role.OFFICE])
  @Mutation(() => Account, { description: 'アカウント編集 (事務局)' })
  async updateAccount(@Arg('input', () => UpdateAccountInput) input: UpdateAccountInput, @Ctx() ctx: Context): Promise<Account> {
    return updateAccount(ctx.db, input, ctx.viewer.accountId ?? null);
  }

  @Authorized([Role.OFFICE])
  @Mutation(() => Account, {
    description: '利用停止 (事務局): signs the account out everywhere and revokes its API tokens (re-enabling brings none back).',
  })
  async disableAccount(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Account> {
    return setAccountDisabled(ctx.db, ctx.viewer, accountIdOf(id), true);
  }

  @Authorized([Role.OFFICE])
  @Mutation(() => Account, { description: '利用再開 (事務局)' })
  async enableAccount(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Account> {
    return setAccountDisabled(ctx.db, ctx.viewer, accountIdOf(id), false);
  }

  @FieldResolver(() => ID)
  id(@Root() account: Account): string {
    return toGlobalId('Account', account.dbId);
  }

  @FieldResolver(() => String, { nullable: true, description: 'メールアドレス: only for the account itself and the office.' })
  email(@Root() account: Account, @Ctx() ctx: Context): string | null {
    return mayReadPersonalDataOf(ctx.viewer, account) ? account.email : null;
  }

  @FieldResolver(() => Facility, { nullable: true })
  async facility(@Root() account: Account, @Ctx() ctx: Context): Promise<Facility | null> {
    return account.facilityId === null ? null : ctx.loaders.facilityById.load(account.facilityId);
  }

  @FieldResolver(() => Prefecture, { nullable: true, description: 'For PREFECTURE accounts.' })
  prefecture(@Root() account: Account, @Ctx() ctx: Context): Prefecture | null {
    return account.prefectureCode === null ? null : ctx.reference.prefecture(account.prefectureCode);
  }
}

export function requireAccount(ctx: Context): number {
  if (ctx.viewer.accountId === null) throw unauthenticated();
  return ctx.viewer.accountId;
}
