import { LRUCache } from 'lru-cache';
import type { Viewer } from '../auth/viewer';

/**
 * Viewers of sessions looked up in the last few seconds, by the session token's hash. Every
 * dashboard request starts by finding who its cookie belongs to; one statement per request was a
 * fifth of the service's throughput under load (bench, mixed workload).
 *
 * A cached viewer is used for at most SESSION_CACHE_SECONDS (default 2; 0 turns it off) and never
 * past its session's expiry. Anything that ends sessions in this process (sign-out, password
 * change or reset, an account stopped) empties the cache, so the next request is checked in
 * PostgreSQL; in another server process the change takes effect within those seconds.
 * Unknown tokens are not cached: guessing fills nothing.
 */
export class SessionViewerCache {
  private readonly cache = new LRUCache<string, Viewer>({ max: 10_000, ttlAutopurge: false });

  /** The cached viewer for this token hash, if still fresh. */
  get(tokenHash: string): Viewer | undefined {
    return this.cache.get(tokenHash);
  }

  remember(tokenHash: string, viewer: Viewer, ttlMs: number): void {
    // Shared by the requests that reuse it: nobody may change it.
    if (ttlMs > 0) this.cache.set(tokenHash, Object.freeze(viewer), { ttl: ttlMs });
  }

  forgetAll(): void {
    this.cache.clear();
  }
}

/** This process's cache (sessions end in accounts/session.ts, which empties it). */
export const sessionViewers = new SessionViewerCache();
