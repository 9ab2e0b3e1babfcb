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
