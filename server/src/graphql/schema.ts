import 'reflect-metadata';
import { type GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema, type PubSub } from 'type-graphql';
import { FacilityResolver } from '../facilities/facility.resolver';
import { PrefectureResolver, SecondaryMedicalAreaResolver } from '../facilities/reference.resolver';
import { NodeResolver } from './node.resolver';
import { FacilityPostingsResolver, KeyNetFeedResolver, PostingResolver } from '../recruitment/posting.resolver';
import { AccountResolver, ViewerResolver } from '../accounts/account.resolver';
import { ApiTokenResolver } from '../accounts/api-token.resolver';
import { AttachmentResolver, InquiryMessageResolver, InquiryResolver } from '../inquiries/inquiry.resolver';
import { FaqResolver } from '../content/faq.resolver';
import { NoticeResolver } from '../content/notice.resolver';
import { BedReportResolver } from '../beds/bed-report.resolver';
import { BedStatusResolver } from '../beds/bed-status.resolver';
import { AuditResolver } from '../audit/audit.resolver';
import { applyOperationPolicy } from '../auth/access-policy';

export const resolvers = [
  NodeResolver,
  FacilityResolver,
  PrefectureResolver,
  SecondaryMedicalAreaResolver,
  PostingResolver,
  FacilityPostingsResolver,
  KeyNetFeedResolver,
  ViewerResolver,
  AccountResolver,
  ApiTokenResolver,
  InquiryResolver,
  InquiryMessageResolver,
  AttachmentResolver,
  FaqResolver,
  NoticeResolver,
  BedReportResolver,
  BedStatusResolver,
  AuditResolver,
] as const;

/**
 * type-graphql insists on a PubSub once there is a subscription, but ours bring their own
 * `subscribe` (beds/bed-status-feed.ts, over PostgreSQL NOTIFY so every process hears every
 * change): an in-process topic bus would miss other processes' changes, so none is offered.
 */
const NO_TOPICS: PubSub = {
  publish() {
    throw new Error('subscriptions use their own subscribe function, not topics');
  },
  subscribe() {
    throw new Error('subscriptions use their own subscribe function, not topics');
  },
};

let built: Promise<GraphQLSchema> | null = null;

/** The executable schema. Built once per process: it holds no request state. */
export function buildAppSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({ resolvers: [...resolvers], validate: false, emitSchemaFile: false, pubSub: NO_TOPICS }).then(applyOperationPolicy);
  return built;
}

/** The SDL checked in as schema.graphql (sorted, so diffs show only real changes). */
export async function printAppSchema(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await buildAppSchema()))}\n`;
}
