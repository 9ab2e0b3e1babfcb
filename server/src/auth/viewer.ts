import type { Request } from 'express';
import type { DataSource } from 'typeorm';

/** Who is asking. Built once per request from the session cookie or bearer token. */
export enum Role {
  HEALTH_CENTER_RECRUITMENT = 'HEALTH_CENTER_RECRUITMENT',
  HEALTH_CENTER_AGGREGATOR = 'HEALTH_CENTER_AGGREGATOR',
  FACILITY = 'FACILITY',
  PREFECTURE = 'PREFECTURE',
  OFFICE = 'OFFICE',
  ANALYST = 'ANALYST',
}

export interface Viewer {
  /** null for anonymous readers (the public Key-Net view, public FAQ/notices). */
  readonly accountId: number | null;
  readonly role: Role | null;
  /** The facility (hospital or health centre) the account acts for, when it has one. */
  readonly facilityId: number | null;
  readonly prefectureCode: string | null;
  /** How the viewer signed in: the dashboard session (logout revokes it) or an API token. */
  readonly sessionId?: number | null;
  readonly apiTokenId?: number | null;
}

export const ANONYMOUS: Viewer = Object.freeze({ accountId: null, role: null, facilityId: null, prefectureCode: null });

/**
 * Turns a request's credentials into a Viewer (GraphQL over HTTP and WebSocket, uploads, exports).
 * The accounts domain provides the real one (accounts/resolve-viewer.ts); tests bring their own.
 */
export type ViewerResolver = (req: Request, db: DataSource) => Promise<Viewer>;
