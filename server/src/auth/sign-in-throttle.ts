import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import type { DataSource } from 'typeorm';
import type { AuthConfig } from '../config';
import { DomainError, ErrorCode } from '../graphql/errors';

/**
 * Brute-force protection for sign-in and reset mails, kept in PostgreSQL (table rate_limit) so
 * every server process sees the same counts. Failed sign-ins count per login ID (whether or not
 * the ID exists, so the throttle does not reveal which IDs exist) and per client address.
 */
export class SignInThrottle {
  private readonly perAccount: RateLimiterPostgres;
  private readonly perAddress: RateLimiterPostgres;
  private readonly resetMails: RateLimiterPostgres;

  constructor(db: DataSource, config: AuthConfig) {
    const common = { storeClient: db, storeType: 'typeorm', tableName: 'rate_limit', tableCreated: true };
    const window = config.loginFailureWindowSeconds;
    this.perAccount = new RateLimiterPostgres({
      ...common,
      keyPrefix: 'login-id',
      points: config.loginFailuresPerAccount,
      duration: window,
      blockDuration: window,
    });
    this.perAddress = new RateLimiterPostgres({
      ...common,
      keyPrefix: 'login-ip',
      points: config.loginFailuresPerAddress,
      duration: window,
      blockDuration: window,
    });
    this.resetMails = new RateLimiterPostgres({
      ...common,
      keyPrefix: 'reset-mail',
      points: config.passwordResetsPerAccountPerHour,
      duration: 3600,
    });
  }

  /** Throws TOO_MANY_REQUESTS before any password is checked when either counter is used up. */
  async checkAllowed(loginId: string, address: string): Promise<void> {
    const [account, client] = await Promise.all([this.perAccount.get(loginId), this.perAddress.get(address)]);
    const blocked = [
      account && account.consumedPoints >= this.perAccount.points ? account : null,
      client && client.consumedPoints >= this.perAddress.points ? client : null,
    ].filter((r): r is RateLimiterRes => r !== null);
    if (blocked.length) throw tooManyAttempts(Math.max(...blocked.map((r) => r.msBeforeNext)));
  }

  async recordFailure(loginId: string, address: string): Promise<void> {
    // consume() rejects once the points are used up; that only means the next attempt is refused.
    await Promise.all([this.perAccount.consume(loginId).catch(ignoreLimit), this.perAddress.consume(address).catch(ignoreLimit)]);
  }

  /** A successful sign-in clears the ID's count (the address count is left to expire). */
  async recordSuccess(loginId: string): Promise<void> {
    await this.perAccount.delete(loginId);
  }

  /** Whether another reset mail may go to this account now; used silently (the answer never changes). */
  async allowResetMail(accountId: number): Promise<boolean> {
    try {
      await this.resetMails.consume(String(accountId));
      return true;
    } catch (error) {
      if (error instanceof RateLimiterRes) return false;
      throw error;
    }
  }
}

function ignoreLimit(error: unknown): void {
  if (!(error instanceof RateLimiterRes)) throw error;
}

export function tooManyAttempts(msBeforeNext: number): DomainError {
  const minutes = Math.max(1, Math.ceil(msBeforeNext / 60_000));
  return new DomainError(
    ErrorCode.TOO_MANY_REQUESTS,
    `ログインの試行回数が上限に達しました。${minutes}分ほど待ってから再度お試しください。`,
    {
      retryAfterSeconds: Math.ceil(msBeforeNext / 1000),
    },
  );
}

const throttles = new WeakMap<DataSource, WeakMap<AuthConfig, SignInThrottle>>();
/** One throttle per database and configuration (its counters live in the database, not here). */
export function signInThrottleFor(db: DataSource, config: AuthConfig): SignInThrottle {
  let byConfig = throttles.get(db);
  if (!byConfig) throttles.set(db, (byConfig = new WeakMap()));
  let throttle = byConfig.get(config);
  if (!throttle) byConfig.set(config, (throttle = new SignInThrottle(db, config)));
  return throttle;
}
