import { defineDomain } from '../domain';
import { KeyNetEvent } from './key-net-event.entity';
import { countPendingKeyNetEvents, startKeyNetWebhookWorker } from './key-net-webhook';
import { maskForViewer } from './masking';
import { PostingChange } from './posting-change.entity';
import { Posting } from './posting.entity';
import { createPostingLoaders } from './posting.loaders';
import { FacilityPostingsResolver, KeyNetFeedResolver, PostingResolver } from './posting.resolver';

/** 人材募集: postings, their history, Key-Net masking, the publication feed and its signed webhook. */
export const recruitment = defineDomain({
  name: 'recruitment',
  entities: [Posting, PostingChange, KeyNetEvent],
  resolvers: [PostingResolver, FacilityPostingsResolver, KeyNetFeedResolver],
  loaders: createPostingLoaders,
  nodes: {
    // Postings go through the masking rule like every other path (null when the viewer may not see it).
    Posting: async (id, ctx) => {
      const posting = /^\d{1,9}$/.test(id) ? await ctx.loaders.postingById.load(Number(id)) : null;
      return posting ? maskForViewer(ctx.viewer, posting) : null;
    },
  },
  gauges: ({ db, config }) => {
    const webhook = config.keyNetWebhook;
    if (!webhook) return [];
    return [
      {
        name: 'gmis_key_net_webhook_pending_events',
        help: 'Key-Net feed events not yet delivered to the webhook target',
        read: () => countPendingKeyNetEvents(db, webhook.url),
      },
    ];
  },
  workers: ({ db, config, log }) =>
    config.keyNetWebhook ? [startKeyNetWebhookWorker(db, config.keyNetWebhook, log.child({ component: 'key-net-webhook' }))] : [],
});
