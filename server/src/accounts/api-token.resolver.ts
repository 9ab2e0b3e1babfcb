import { Arg, Authorized, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../graphql/context';
import { badUserInput } from '../graphql/errors';
import { fromGlobalId, toGlobalId } from '../graphql/node';
import { Account } from './account.entity';
import { accountIdOf } from './account-management';
import { requireAccount } from './account.resolver';
import { ApiToken } from './api-token.entity';
import { createApiToken, listApiTokens, MAX_LISTED_API_TOKENS, revokeApiToken } from './api-token';
import { SIGNED_IN } from '../auth/access-policy';
import { Cost } from '../graphql/cost';

@ObjectType('CreatedApiToken')
export class CreatedApiToken {
  @Field(() => String, { description: 'The secret, shown only this once: send it as `Authorization: Bearer <token>`.' })
  token!: string;

  @Field(() => ApiToken)
  apiToken!: ApiToken;
}

function apiTokenIdOf(id: string): number {
  const { type, localId } = fromGlobalId(id);
  if (type !== 'ApiToken' || !/^\d{1,9}$/.test(localId))
    throw badUserInput('IDの形式が正しくありません。', [{ field: 'id', message: 'IDの形式が正しくありません。' }]);
  return Number(localId);
}

/** API tokens: an account manages its own; the office manages anyone's. */
@Resolver(() => ApiToken)
export class ApiTokenResolver {
  @Authorized(SIGNED_IN)
  @Cost({ listSize: MAX_LISTED_API_TOKENS })
  @Query(() => [ApiToken], { description: "APIトークン一覧, newest first, at most 100 (own, or any account's for the office)." })
  async apiTokens(@Arg('accountId', () => ID, { nullable: true }) accountId: string | null, @Ctx() ctx: Context): Promise<ApiToken[]> {
    return listApiTokens(ctx.db, ctx.viewer, accountId ? accountIdOf(accountId, 'accountId') : requireAccount(ctx));
  }

  @Authorized(SIGNED_IN)
  @Mutation(() => CreatedApiToken, { description: 'APIトークン発行 (own, or for another account by the office).' })
  async createApiToken(
    @Arg('name', () => String) name: string,
    @Arg('accountId', () => ID, { nullable: true }) accountId: string | null,
    @Ctx() ctx: Context,
  ): Promise<CreatedApiToken> {
    return createApiToken(ctx.db, ctx.viewer, accountId ? accountIdOf(accountId, 'accountId') : requireAccount(ctx), name);
  }

  @Authorized(SIGNED_IN)
  @Mutation(() => ApiToken, { description: 'APIトークン無効化' })
  async revokeApiToken(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<ApiToken> {
    return revokeApiToken(ctx.db, ctx.viewer, apiTokenIdOf(id));
  }

  @FieldResolver(() => ID)
  id(@Root() token: ApiToken): string {
    return toGlobalId('ApiToken', token.dbId);
  }

  @FieldResolver(() => Account)
  async account(@Root() token: ApiToken, @Ctx() ctx: Context): Promise<Account> {
    return (await ctx.loaders.accountById.load(token.accountId))!;
  }
}
