import { defineDomain } from '../domain';
import { Account } from './account.entity';
import { createAccountLoaders } from './account.loaders';
import { AccountResolver, ViewerResolver } from './account.resolver';
import { ApiToken } from './api-token.entity';
import { ApiTokenResolver } from './api-token.resolver';
import { startHousekeeping } from './housekeeping';

/** Accounts, roles, sign-in and sessions, password reset, API tokens. */
export const accounts = defineDomain({
  name: 'accounts',
  entities: [Account, ApiToken],
  resolvers: [ViewerResolver, AccountResolver, ApiTokenResolver],
  loaders: createAccountLoaders,
  workers: ({ db, log }) => {
    const stop = startHousekeeping(db, (err) => log.warn({ err }, 'housekeeping failed'));
    return [{ stop }];
  },
});
