import type { DataSource } from 'typeorm';
import type { Logger } from 'pino';
import type { Config } from '../config';
import { ANONYMOUS, type Viewer } from '../auth/viewer';
import { createFacilityLoaders } from '../facilities/facility.loaders';
import { createPostingLoaders } from '../recruitment/posting.loaders';
import { createAccountLoaders } from '../accounts/account.loaders';
import { createInquiryLoaders } from '../inquiries/inquiry.loaders';
import { createContentLoaders } from '../content/content.loaders';
import { type HttpExchange, NO_HTTP } from '../auth/http-exchange';
import { createBedReportLoaders } from '../beds/bed-report.loaders';
import type { BedStatusChanges } from '../beds/bed-status-changes';
import type { ReferenceCatalog } from '../facilities/reference-catalog';

/** Everything a resolver may use. Built once per request; nothing in it outlives the request. */
export interface Context {
  requestId: string;
  viewer: Viewer;
  /** The client's address (after trusted proxies): the cost-budget key for anonymous callers. */
  clientAddress: string;
  db: DataSource;
  config: Config;
  log: Logger;
  loaders: Loaders;
  /** Prefectures and 二次医療圏, in memory (facilities/reference-catalog.ts). */
  reference: ReferenceCatalog;
  /** Client address and session cookie of the HTTP request (a no-op stand-in outside HTTP). */
  http: HttpExchange;
  /** The process's bed-status listener: set for operations over WebSocket (subscriptions) only. */
  bedStatusChanges?: BedStatusChanges;
}

/** Loaders whose SQL depends on who asks (e.g. which postings a facility shows) take the viewer. */
export function createLoaders(db: DataSource, viewer: Viewer = ANONYMOUS) {
  return {
    ...createFacilityLoaders(db.manager),
    ...createPostingLoaders(db.manager, viewer),
    ...createAccountLoaders(db.manager),
    ...createInquiryLoaders(db.manager),
    ...createContentLoaders(db.manager),
    ...createBedReportLoaders(db.manager),
  };
}
export type Loaders = ReturnType<typeof createLoaders>;

export function createContext(args: {
  requestId: string;
  db: DataSource;
  config: Config;
  log: Logger;
  reference: ReferenceCatalog;
  viewer?: Viewer;
  clientAddress?: string;
  http?: HttpExchange;
}): Context {
  return {
    requestId: args.requestId,
    viewer: args.viewer ?? ANONYMOUS,
    clientAddress: args.clientAddress ?? 'unknown',
    db: args.db,
    config: args.config,
    log: args.log,
    loaders: createLoaders(args.db, args.viewer ?? ANONYMOUS),
    reference: args.reference,
    http: args.http ?? NO_HTTP,
  };
}
