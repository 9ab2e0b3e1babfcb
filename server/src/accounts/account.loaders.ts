import DataLoader from 'dataloader';
import { type EntityManager, In } from 'typeorm';
import { orderByKeys } from '../facilities/facility.loaders';
import { Account } from './account.entity';

/** Per-request loaders for the accounts domain. */
export function createAccountLoaders(db: EntityManager) {
  return {
    accountById: new DataLoader<number, Account | null>(async (ids) =>
      orderByKeys(ids, await db.getRepository(Account).findBy({ dbId: In([...ids]) }), (a) => a.dbId),
    ),
  };
}
