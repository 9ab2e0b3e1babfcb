import { defineDomain } from '../domain';
import { createContentLoaders } from './content.loaders';
import { FaqEntry } from './faq.entity';
import { FaqResolver, loadFaqEntryNode } from './faq.resolver';
import { NoticeRead } from './notice-read.entity';
import { Notice } from './notice.entity';
import { loadNoticeNode, NoticeResolver } from './notice.resolver';

/** FAQ and お知らせ, with per-account read marks. */
export const content = defineDomain({
  name: 'content',
  entities: [FaqEntry, Notice, NoticeRead],
  resolvers: [FaqResolver, NoticeResolver],
  loaders: createContentLoaders,
  nodes: { FaqEntry: loadFaqEntryNode, Notice: loadNoticeNode },
});
