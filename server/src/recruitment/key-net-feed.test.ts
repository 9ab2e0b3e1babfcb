import http from 'node:http';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { createTestDatabase, type TestDatabase } from '../../test/test-database';
import { startTestServer, type TestServer } from '../../test/test-server';
import { as, resolveTestViewer } from '../../test/test-viewers';
import { SECRET_VALUES, createRecruitmentWorld, postingInput, type RecruitmentWorld } from '../../test/recruitment-fixtures';
import { ConfigError, type KeyNetWebhookConfig, loadConfig } from '../config';
import { deliverDueKeyNetEvents, retryDelayMs, startKeyNetWebhookWorker, verifyKeyNetSignature } from './key-net-webhook';

let db: TestDatabase;
let server: TestServer;
let world: RecruitmentWorld;

beforeAll(async () => {
  db = await createTestDatabase();
  world = await createRecruitmentWorld(db.dataSource);
  server = await startTestServer(db, {}, { resolveViewer: resolveTestViewer });
});

afterAll(async () => {
  await server?.stop();
  await db?.drop();
});

const FEED = `query($first: Int!, $after: String) {
  keyNetFeed(first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node { sequence kind postingId postingVersion occurredAt posting { postingId version status title facilityName contactPhone maskedFields } } }
  }
}`;

let keySerial = 0;
async function publish(posting: Record<string, unknown>, status = 'PUBLISHED') {
  const res = await server.graphql(
    `mutation($input: CreatePostingInput!) { createPosting(input: $input) { posting { id version } } }`,
    { input: { idempotencyKey: `feed-key-${(keySerial += 1)}`, status, posting } },
    as(world.viewers.owner),
  );
  expect(res.errors).toBeUndefined();
  return res.data.createPosting.posting as { id: string; version: number };
}

async function edit(id: string, version: number, posting: Record<string, unknown>, status?: string) {
  const res = await server.graphql(
    `mutation($input: UpdatePostingInput!) { updatePosting(input: $input) { posting { id version } } }`,
    { input: { id, version, posting, status } },
    as(world.viewers.owner),
  );
  expect(res.errors).toBeUndefined();
  return res.data.updatePosting.posting as { id: string; version: number };
}

async function readWholeFeed(pageSize: number) {
  const events: any[] = [];
  let after: string | null = null;
  for (;;) {
    const res: any = await server.graphql(FEED, { first: pageSize, after });
    expect(res.errors).toBeUndefined();
    events.push(...res.data.keyNetFeed.edges.map((e: any) => e.node));
    if (!res.data.keyNetFeed.pageInfo.hasNextPage) return events;
    after = res.data.keyNetFeed.pageInfo.endCursor;
  }
}

describe('Key-Net publication feed', () => {
  it('carries publish, edit, masking change and close in order, with the stable id and version, masked as the public sees it', async () => {
    const before = (await readWholeFeed(100)).length;
    const draft = await publish(postingInput({ title: 'フィード下書き' }), 'DRAFT');
    const draftEdited = await edit(draft.id, draft.version, postingInput({ title: 'フィード下書き (改)' }));
    const published = await edit(draftEdited.id, draftEdited.version, postingInput({ title: 'フィード公開' }), 'PUBLISHED');
    // A change to a masked field of a masked posting changes nothing Key-Net shows: no event, nothing hinted.
    const hiddenEdit = await edit(published.id, published.version, postingInput({ title: 'フィード公開', contactPhone: '03-7777-6666' }));
    const retitled = await edit(
      hiddenEdit.id,
      hiddenEdit.version,
      postingInput({ title: 'フィード公開 (改題)', contactPhone: '03-7777-6666' }),
    );
    const unmasked = await edit(
      retitled.id,
      retitled.version,
      postingInput({ title: 'フィード公開 (改題)', contactPhone: '03-7777-6666', maskingRequested: false }),
    );
    await edit(
      unmasked.id,
      unmasked.version,
      postingInput({ title: 'フィード公開 (改題)', contactPhone: '03-7777-6666', maskingRequested: false }),
      'CLOSED',
    );

    const events = (await readWholeFeed(2)).slice(before).filter((e) => e.postingId === draft.id);
    expect(events.map((e) => [e.kind, e.postingVersion, e.posting.title, e.posting.contactPhone, e.posting.facilityName])).toEqual([
      ['PUBLISHED', 3, 'フィード公開', null, null],
      ['UPDATED', 5, 'フィード公開 (改題)', null, null],
      ['MASKING_CHANGED', 6, 'フィード公開 (改題)', '03-7777-6666', '秘匿テスト記念病院'],
      ['CLOSED', 7, 'フィード公開 (改題)', '03-7777-6666', '秘匿テスト記念病院'],
    ]);
    for (const event of events) expect(event.posting).toMatchObject({ postingId: draft.id, version: event.postingVersion });
    expect(events[0].posting.maskedFields).toContain('contactPhone');
    expect(events[3].posting.status).toBe('CLOSED');
    const sequences = events.map((e) => BigInt(e.sequence));
    expect([...sequences].sort((a, b) => (a < b ? -1 : 1))).toEqual(sequences);
  });

  it('pages without repeating or skipping, and rejects a forged cursor', async () => {
    const all = await readWholeFeed(500);
    const paged = await readWholeFeed(3);
    expect(paged.map((e) => e.sequence)).toEqual(all.map((e) => e.sequence));
    const forged = await server.graphql(FEED, { first: 5, after: Buffer.from('["1 OR 1=1"]').toString('base64url') });
    expect(forged.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('keeps commit order under concurrent publishing: a reader that saw event n never later finds an earlier one', async () => {
    const start = await readWholeFeed(500);
    const seen: string[] = start.map((e) => e.sequence);
    let cursor: string | null = null;
    if (start.length) {
      const res: any = await server.graphql(FEED, { first: 500 });
      cursor = res.data.keyNetFeed.pageInfo.endCursor;
    }
    const writers = Promise.all(Array.from({ length: 20 }, (_, i) => publish(postingInput({ title: `同時公開${i}` }))));
    // Tail the feed while the writers run, as Key-Net would.
    const tailed: string[] = [];
    let done = false;
    void writers.then(() => (done = true));
    for (let rounds = 0; rounds < 1000; rounds += 1) {
      const finished = done;
      const res: any = await server.graphql(FEED, { first: 500, after: cursor });
      for (const edge of res.data.keyNetFeed.edges) tailed.push(edge.node.sequence);
      cursor = res.data.keyNetFeed.pageInfo.endCursor ?? cursor;
      if (finished) break;
    }
    await writers;
    const final = (await readWholeFeed(500)).map((e) => e.sequence).filter((s) => !seen.includes(s));
    expect(tailed).toEqual(final);
    expect(final).toHaveLength(20);
  });
});

describe('signed webhook delivery', () => {
  const SECRET = 'test-secret-0123456789abcdef-0123456789';

  interface Receiver {
    url: string;
    /** Every request received, successful or not. */
    requests: { eventId: string; body: string; signatureValid: boolean; answered: number }[];
    close(): Promise<void>;
  }

  /** A real HTTP receiver on loopback that answers 503 to the first `failures` requests. */
  async function startReceiver(failures: number): Promise<Receiver> {
    const requests: Receiver['requests'] = [];
    let failuresLeft = failures;
    const receiver = http.createServer((req, res) => {
      let body = '';
      req.setEncoding('utf8');
      req.on('data', (chunk) => (body += chunk));
      req.on('end', () => {
        const answered = failuresLeft > 0 ? 503 : 204;
        failuresLeft -= 1;
        requests.push({
          eventId: String(req.headers['x-keynet-event-id']),
          body,
          signatureValid: verifyKeyNetSignature(SECRET, body, req.headers['x-keynet-signature'] as string | undefined),
          answered,
        });
        res.statusCode = answered;
        res.end();
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    return {
      url: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/key-net/hook`,
      requests,
      close: () =>
        new Promise<void>((resolve) => {
          receiver.closeAllConnections();
          receiver.close(() => resolve());
        }),
    };
  }

  const configFor = (url: string): KeyNetWebhookConfig => ({
    url,
    secret: SECRET,
    pollMs: 20,
    retryBaseMs: 5,
    retryMaxMs: 50,
    timeoutMs: 2000,
  });
  const allEventIds = async () => (await db.dataSource.query(`SELECT id FROM key_net_event ORDER BY id`)).map((r: any) => String(r.id));

  async function until(condition: () => Promise<boolean> | boolean) {
    for (let i = 0; i < 2000; i += 1) {
      if (await condition()) return;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    throw new Error('condition not reached');
  }

  it('signs each body with HMAC-SHA256, retries with back-off after failures, and delivers every event once, in order', async () => {
    await publish(postingInput({ title: 'Webhook 対象' }));
    const receiver = await startReceiver(3);
    const config = configFor(receiver.url);
    // Two workers at once, as two processes behind a load balancer would run them.
    const workers = [
      startKeyNetWebhookWorker(db.dataSource, config, pino({ level: 'silent' })),
      startKeyNetWebhookWorker(db.dataSource, config, pino({ level: 'silent' })),
    ];
    try {
      const expected = await allEventIds();
      const succeeded = () => receiver.requests.filter((r) => r.answered === 204).map((r) => r.eventId);
      await until(() => succeeded().length >= expected.length);
      // A later publication is picked up by the running loop as well.
      await publish(postingInput({ title: 'Webhook 追加' }));
      const expectedAfter = await allEventIds();
      await until(() => succeeded().length >= expectedAfter.length);
      await Promise.all(workers.map((w) => w.stop()));

      expect(succeeded()).toEqual(expectedAfter);
      expect(receiver.requests.every((r) => r.signatureValid)).toBe(true);
      expect(receiver.requests.slice(0, 4).map((r) => [r.eventId, r.answered])).toEqual([
        [expected[0], 503],
        [expected[0], 503],
        [expected[0], 503],
        [expected[0], 204],
      ]);
      const [first] = await db.dataSource.query(`SELECT attempts FROM key_net_delivery WHERE event_id = $1`, [expected[0]]);
      expect(first.attempts).toBe(4);
      const body = JSON.parse(receiver.requests[3].body);
      expect(body).toMatchObject({
        sequence: expected[0],
        kind: 'PUBLISHED',
        postingVersion: expect.any(Number),
        posting: { maskedFields: expect.arrayContaining(['contactPhone']) },
      });
      // Bodies of masked postings carry no masked value (one posting was unmasked on purpose above).
      const maskedBodies = receiver.requests.filter((r) => JSON.parse(r.body).posting.maskedFields.length > 0);
      expect(maskedBodies.length).toBeGreaterThan(3);
      for (const request of maskedBodies) for (const secret of SECRET_VALUES) expect(request.body).not.toContain(secret);
      expect(verifyKeyNetSignature('another-secret-0123456789abcdef-012345', receiver.requests[3].body, undefined)).toBe(false);
    } finally {
      await Promise.all(workers.map((w) => w.stop()));
      await receiver.close();
    }
  });

  it('does not deliver again what a target already received, after a restart', async () => {
    const receiver = await startReceiver(0);
    try {
      const config = configFor(receiver.url);
      const log = pino({ level: 'silent' });
      const firstRound = await deliverDueKeyNetEvents(db.dataSource, config, log, 1000);
      expect(firstRound).toEqual({ delivered: (await allEventIds()).length, retryInMs: null });
      expect(await deliverDueKeyNetEvents(db.dataSource, config, log, 1000)).toEqual({ delivered: 0, retryInMs: null });
      await publish(postingInput({ title: '再起動後' }));
      expect(await deliverDueKeyNetEvents(db.dataSource, config, log, 1000)).toEqual({ delivered: 1, retryInMs: null });
      const ids = receiver.requests.map((r) => r.eventId);
      expect(new Set(ids).size).toBe(ids.length);
    } finally {
      await receiver.close();
    }
  });

  it('backs off exponentially up to the cap, and waits before retrying an unreachable target', async () => {
    expect([1, 2, 3, 4, 10].map((n) => retryDelayMs({ retryBaseMs: 1000, retryMaxMs: 600_000 }, n))).toEqual([
      1000, 2000, 4000, 8000, 512_000,
    ]);
    expect(retryDelayMs({ retryBaseMs: 1000, retryMaxMs: 600_000 }, 40)).toBe(600_000);
    const receiver = await startReceiver(0);
    await receiver.close();
    const config = { ...configFor(receiver.url), retryBaseMs: 3_600_000, retryMaxMs: 3_600_000 };
    const log = pino({ level: 'silent' });
    expect(await deliverDueKeyNetEvents(db.dataSource, config, log)).toEqual({ delivered: 0, retryInMs: 3_600_000 });
    // Still backing off: the next round does not even try.
    expect(await deliverDueKeyNetEvents(db.dataSource, config, log)).toEqual({ delivered: 0, retryInMs: null });
    const [target] = await db.dataSource.query(`SELECT attempts, last_error FROM key_net_delivery_target WHERE target_url = $1`, [
      config.url,
    ]);
    expect(target).toEqual({ attempts: 1, last_error: 'connection failed' });
  });

  it('is configured from the environment: URL and a long secret together, or not at all', () => {
    expect(loadConfig({}).keyNetWebhook).toBeNull();
    expect(() => loadConfig({ KEYNET_WEBHOOK_URL: 'https://key-net.example/hook' })).toThrow(ConfigError);
    expect(() => loadConfig({ KEYNET_WEBHOOK_URL: 'ftp://x', KEYNET_WEBHOOK_SECRET: SECRET })).toThrow(ConfigError);
    expect(loadConfig({ KEYNET_WEBHOOK_URL: 'https://key-net.example/hook', KEYNET_WEBHOOK_SECRET: SECRET }).keyNetWebhook).toMatchObject({
      url: 'https://key-net.example/hook',
      pollMs: 5000,
      retryBaseMs: 1000,
    });
  });
});
