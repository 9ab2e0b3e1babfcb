import crypto from 'node:crypto';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import type { KeyNetWebhookConfig } from '../config';
import { KeyNetEvent } from './key-net-event.entity';
import { feedItem } from './key-net-feed';

/** `sha256=<hex>`: HMAC-SHA256 of the exact request body with the shared secret. */
export function signKeyNetBody(secret: string, body: string): string {
  return `sha256=${crypto.createHmac('sha256', secret).update(body, 'utf8').digest('hex')}`;
}

/** Checks a signature in constant time (what a receiver does; used by the tests' receiver too). */
export function verifyKeyNetSignature(secret: string, body: string, signature: string | undefined): boolean {
  const expected = Buffer.from(signKeyNetBody(secret, body));
  const given = Buffer.from(signature ?? '');
  return given.length === expected.length && crypto.timingSafeEqual(given, expected);
}

/** Wait before retry n (1-based): base·2^(n-1), capped. */
export function retryDelayMs(config: Pick<KeyNetWebhookConfig, 'retryBaseMs' | 'retryMaxMs'>, attempts: number): number {
  return Math.min(config.retryMaxMs, config.retryBaseMs * 2 ** Math.min(attempts - 1, 30));
}

/** Feed events not yet delivered to `targetUrl` (the webhook backlog, exported as a metric). */
export async function countPendingKeyNetEvents(db: Pick<DataSource, 'query'>, targetUrl: string): Promise<number> {
  const [{ count }] = await db.query(
    `SELECT count(*)::int AS count FROM key_net_event
     WHERE id > coalesce((SELECT last_event_id FROM key_net_delivery_target WHERE target_url = $1), 0)`,
    [targetUrl],
  );
  return count;
}

export interface DeliveryRound {
  delivered: number;
  /** Set when the round stopped on a failed attempt: the target waits this long before the next one. */
  retryInMs: number | null;
}

/**
 * Delivers due feed events to the configured target, oldest first, one at a time, until the
 * feed is drained, an attempt fails, or `limit` events went out. The target's row is locked for
 * each attempt (FOR UPDATE SKIP LOCKED), so any number of workers in any number of processes
 * never send one event twice at the same time, and the target's cursor only moves after a 2xx.
 * (If the process dies between the receiver's 2xx and the commit, the event is sent again with
 * the same X-KeyNet-Event-Id: receivers use it to ignore the repeat.)
 */
export async function deliverDueKeyNetEvents(
  db: DataSource,
  config: KeyNetWebhookConfig,
  log: Logger,
  limit = 100,
): Promise<DeliveryRound> {
  await db.query(`INSERT INTO key_net_delivery_target (target_url) VALUES ($1) ON CONFLICT DO NOTHING`, [config.url]);
  let delivered = 0;
  while (delivered < limit) {
    const outcome = await db.transaction(async (m) => {
      const [target] = await m.query(
        `SELECT last_event_id, attempts FROM key_net_delivery_target
         WHERE target_url = $1 AND next_attempt_at <= now() FOR UPDATE SKIP LOCKED`,
        [config.url],
      );
      if (!target) return 'idle' as const;
      const event = await m
        .getRepository(KeyNetEvent)
        .createQueryBuilder('e')
        .where('e.id > :last', { last: target.last_event_id })
        .orderBy('e.id', 'ASC')
        .limit(1)
        .getOne();
      if (!event) return 'idle' as const;
      const body = JSON.stringify(feedItem(event));
      const attempt = target.attempts + 1;
      let status = 0;
      let problem: string | null = null;
      try {
        const response = await fetch(config.url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'x-keynet-event-id': event.dbId,
            'x-keynet-signature': signKeyNetBody(config.secret, body),
          },
          body,
          redirect: 'manual',
          signal: AbortSignal.timeout(config.timeoutMs),
        });
        status = response.status;
        await response.body?.cancel();
        if (status < 200 || status >= 300) problem = `HTTP ${status}`;
      } catch (error) {
        problem = error instanceof Error && error.name === 'TimeoutError' ? 'timeout' : 'connection failed';
      }
      if (problem) {
        const delay = retryDelayMs(config, attempt);
        await m.query(
          `UPDATE key_net_delivery_target SET attempts = $2, last_error = $3, updated_at = now(),
             next_attempt_at = now() + make_interval(secs => $4::double precision / 1000) WHERE target_url = $1`,
          [config.url, attempt, problem, delay],
        );
        log.warn({ eventId: event.dbId, attempt, problem, retryInMs: delay }, 'Key-Net webhook delivery failed');
        return delay;
      }
      await m.query(`INSERT INTO key_net_delivery (target_url, event_id, attempts, response_status) VALUES ($1, $2, $3, $4)`, [
        config.url,
        event.dbId,
        attempt,
        status,
      ]);
      await m.query(
        `UPDATE key_net_delivery_target SET last_event_id = $2, attempts = 0, last_error = NULL, next_attempt_at = now(), updated_at = now()
         WHERE target_url = $1`,
        [config.url, event.dbId],
      );
      return 'delivered' as const;
    });
    if (outcome === 'idle') return { delivered, retryInMs: null };
    if (typeof outcome === 'number') return { delivered, retryInMs: outcome };
    delivered += 1;
  }
  return { delivered, retryInMs: null };
}

export interface KeyNetWebhookWorker {
  stop(): Promise<void>;
}

/**
 * The worker loop: a delivery round every `pollMs` (at once again while events are flowing, after
 * the back-off when a delivery failed); errors are logged, never fatal.
 */
export function startKeyNetWebhookWorker(db: DataSource, config: KeyNetWebhookConfig, log: Logger): KeyNetWebhookWorker {
  let stopped = false;
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> | null = null;

  const schedule = (ms: number) => {
    if (stopped) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(run, ms);
  };
  const run = () => {
    timer = null;
    if (running || stopped) return;
    running = deliverDueKeyNetEvents(db, config, log)
      .then((round) => {
        if (round.retryInMs !== null) schedule(Math.min(config.pollMs, round.retryInMs));
        else schedule(round.delivered > 0 ? 0 : config.pollMs);
      })
      .catch((error) => {
        log.error({ err: error }, 'Key-Net webhook round failed');
        schedule(config.pollMs);
      })
      .finally(() => {
        running = null;
      });
  };
  schedule(0);
  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
