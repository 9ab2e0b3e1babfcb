import DataLoader from 'dataloader';
import { type EntityManager, In } from 'typeorm';
import { orderByKeys } from '../graphql/loaders';
import { Account } from './account.entity';

/** Per-request loaders for the accounts domain. */
export function createAccountLoaders(db: EntityManager) {
  return {
    accountById: new DataLoader<number, Account | null>(async (ids) =>
      orderByKeys(ids, await db.getRepository(Account).findBy({ dbId: In([...ids]) }), (a) => a.dbId),
    ),
  };
}

export type AccountLoaders = ReturnType<typeof createAccountLoaders>;

// ctx.loaders carries these (graphql/loaders.ts).
declare module '../graphql/loaders' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface Loaders extends AccountLoaders {}
}
