import type { EntityManager } from 'typeorm';
import type { Viewer } from '../auth/viewer';

/**
 * The request's DataLoaders (ctx.loaders). Empty here on purpose: each domain adds its own
 * beside its loaders factory, by augmenting this interface —
 *
 *   declare module '../graphql/loaders' { interface Loaders extends FacilityLoaders {} }
 *
 * — and lists the factory in its module (`*.module.ts`); the composition root builds every
 * domain's loaders for each request. So this module, and the Context that holds them, name no
 * domain, and a domain whose factory is not listed does not compile (app.modules.ts).
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface Loaders {}

/** Makes one domain's loaders for one request; the viewer is for loaders whose SQL depends on who asks. */
export type LoadersFactory = (manager: EntityManager, viewer: Viewer) => object;

/** Returns the rows in the order of `keys` (null where missing), as DataLoader requires. */
export function orderByKeys<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): (V | null)[] {
  const byKey = new Map<K, V>();
  for (const row of rows) byKey.set(keyOf(row), row);
  return keys.map((key) => byKey.get(key) ?? null);
}
