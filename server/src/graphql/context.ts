import type { DataSource } from 'typeorm';
import type { Logger } from 'pino';
import type { Config } from '../config';
import { ANONYMOUS, type Viewer } from '../auth/viewer';
import { createFacilityLoaders } from '../facilities/facility.loaders';
import { createBedReportLoaders } from '../beds/bed-report.loaders';

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
}

export function createLoaders(db: DataSource) {
  return {
    ...createFacilityLoaders(db.manager),
    ...createBedReportLoaders(db.manager),
  };
}
export type Loaders = ReturnType<typeof createLoaders>;

export function createContext(args: { requestId: string; db: DataSource; config: Config; log: Logger; viewer?: Viewer; clientAddress?: string }): Context {
  return {
    requestId: args.requestId,
    viewer: args.viewer ?? ANONYMOUS,
    clientAddress: args.clientAddress ?? 'unknown',
    db: args.db,
    config: args.config,
    log: args.log,
    loaders: createLoaders(args.db),
  };
}
