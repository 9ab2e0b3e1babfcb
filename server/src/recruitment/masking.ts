import { Role, type Viewer } from '../auth/viewer';
import { FacilityKind } from '../facilities/facility.entity';
import { toGlobalId } from '../graphql/node';
import { EMPLOYMENT_TYPE_LABELS, OCCUPATION_LABELS, type Posting, PostingStatus } from './posting.entity';
import { KeyNetDocument, PostingView } from './posting.view';

/**
 * The one masking rule of postings published on Key-Net. When a posting asks for masking, readers who may not see
 * the whole posting get these fields as null: the facility (and so its name), postal code /
 * address / specific facility name — all of them — and contact name / location / phone /
 * e-mail — all of them. The prefecture stays public: Key-Net lists postings by prefecture.
 * Every path that shows a posting (field resolvers, node(id:), facility.postings, mutation
 * payloads, the Key-Net feed, webhooks, previews) goes through `maskForViewer` or `keyNetDocument`.
 */
export const MASKED_WHEN_REQUESTED = [
  'facility',
  'facilityName',
  'workPostalCode',
  'workAddress',
  'workFacilityName',
  'contactName',
  'contactLocation',
  'contactPhone',
  'contactEmail',
] as const;

export type PostingAccess = 'FULL' | 'PUBLIC' | 'NONE';

/**
 * Who sees the whole posting: the office, the prefecture the owning facility lies in, and the
 * owning facility's own recruitment accounts. Mirrored in SQL by `fullAccessCondition`.
 */
export function hasFullAccess(viewer: Viewer, posting: Pick<Posting, 'facilityId' | 'facilityPrefectureCode'>): boolean {
  switch (viewer.role) {
    case Role.OFFICE:
      return true;
    case Role.PREFECTURE:
      return viewer.prefectureCode !== null && viewer.prefectureCode === posting.facilityPrefectureCode;
    case Role.FACILITY:
    case Role.HEALTH_CENTER_RECRUITMENT:
      return viewer.facilityId !== null && viewer.facilityId === posting.facilityId;
    default:
      return false;
  }
}

/** Who may edit: only the owning facility's recruitment accounts (not the prefecture, not the office). */
export function canEditPosting(viewer: Viewer, posting: Pick<Posting, 'facilityId'>): boolean {
  return (
    (viewer.role === Role.FACILITY || viewer.role === Role.HEALTH_CENTER_RECRUITMENT) &&
    viewer.facilityId !== null &&
    viewer.facilityId === posting.facilityId
  );
}

/**
 * Who may register postings for a facility: its own facility accounts, and health-centre
 * recruitment accounts only for a 保健所 (aggregator IDs of health centres have no recruitment screens).
 */
export function canPostFor(viewer: Viewer, facility: { dbId: number; kind: FacilityKind }): boolean {
  if (viewer.facilityId === null || viewer.facilityId !== facility.dbId) return false;
  if (viewer.role === Role.FACILITY) return true;
  return viewer.role === Role.HEALTH_CENTER_RECRUITMENT && facility.kind === FacilityKind.HEALTH_CENTER;
}

/** Everyone else sees only published postings, as Key-Net shows them. */
export function postingAccess(viewer: Viewer, posting: Posting): PostingAccess {
  if (hasFullAccess(viewer, posting)) return 'FULL';
  return posting.status === PostingStatus.PUBLISHED ? 'PUBLIC' : 'NONE';
}

/** Whether the public (Key-Net) view of this posting hides the masked fields. */
export const isMaskedInPublic = (posting: Pick<Posting, 'maskingRequested'>): boolean => posting.maskingRequested;

/**
 * The posting as `viewer` may see it, or null when it may not see it at all. The masking
 * decision is taken here, once per posting and field; GraphQL field resolvers only read it.
 */
export function maskForViewer(viewer: Viewer, posting: Posting): PostingView | null {
  const access = postingAccess(viewer, posting);
  if (access === 'NONE') return null;
  return buildView(posting, access === 'PUBLIC' && isMaskedInPublic(posting), access === 'FULL', canEditPosting(viewer, posting));
}

/** The Key-Net reader's view (anonymous, masking applied), whatever the status: for the feed and previews. */
export function publicView(posting: Posting): PostingView {
  return buildView(posting, isMaskedInPublic(posting), false, false);
}

function buildView(posting: Posting, masked: boolean, fullAccess: boolean, viewerCanEdit: boolean): PostingView {
  const hide = <T>(value: T): T | null => (masked ? null : value);
  const view = new PostingView();
  Object.assign(view, {
    id: toGlobalId('Posting', posting.dbId),
    dbId: posting.dbId,
    facilityDbId: hide(posting.facilityId),
    source: fullAccess ? posting : null,
    title: posting.title,
    occupation: posting.occupation,
    occupationLabel: OCCUPATION_LABELS[posting.occupation],
    employmentType: posting.employmentType,
    employmentTypeLabel: EMPLOYMENT_TYPE_LABELS[posting.employmentType],
    openings: posting.openings,
    duties: posting.duties,
    qualifications: posting.qualifications,
    workingHours: posting.workingHours,
    pay: posting.pay,
    period: posting.period,
    workPrefectureCode: posting.workPrefectureCode,
    workPostalCode: hide(posting.workPostalCode),
    workAddress: hide(posting.workAddress),
    workFacilityName: hide(posting.workFacilityName),
    contactName: hide(posting.contactName),
    contactLocation: hide(posting.contactLocation),
    contactPhone: hide(posting.contactPhone),
    contactEmail: hide(posting.contactEmail),
    maskingRequested: posting.maskingRequested,
    maskedFields: masked ? [...MASKED_WHEN_REQUESTED] : [],
    fullAccess,
    viewerCanEdit,
    status: posting.status,
    version: posting.version,
    createdAt: posting.createdAt,
    updatedAt: posting.updatedAt,
    publishedAt: posting.publishedAt,
    closedAt: posting.closedAt,
  } satisfies Omit<PostingView, never>);
  return view;
}

/**
 * The Key-Net document of a posting: its public view plus the facility name unless masked.
 * `facilityName` is asked for lazily so a masked posting never even loads it.
 */
export async function keyNetDocument(posting: Posting, facilityName: () => Promise<string | null>): Promise<KeyNetDocument> {
  const view = publicView(posting);
  const document = new KeyNetDocument();
  Object.assign(document, {
    postingId: view.id,
    version: view.version,
    status: view.status,
    title: view.title,
    occupation: view.occupation,
    occupationLabel: view.occupationLabel,
    employmentType: view.employmentType,
    employmentTypeLabel: view.employmentTypeLabel,
    openings: view.openings,
    duties: view.duties,
    qualifications: view.qualifications,
    workingHours: view.workingHours,
    pay: view.pay,
    period: view.period,
    prefectureCode: view.workPrefectureCode ?? posting.facilityPrefectureCode,
    facilityName: view.facilityDbId === null ? null : await facilityName(),
    workPostalCode: view.workPostalCode,
    workAddress: view.workAddress,
    workFacilityName: view.workFacilityName,
    contactName: view.contactName,
    contactLocation: view.contactLocation,
    contactPhone: view.contactPhone,
    contactEmail: view.contactEmail,
    maskedFields: view.maskedFields.filter((field) => field !== 'facility'),
    publishedAt: view.publishedAt,
    updatedAt: view.updatedAt,
  } satisfies KeyNetDocument);
  return document;
}

/**
 * SQL twin of `hasFullAccess`, for list queries that must filter before loading rows. A test
 * checks that both agree for every role and posting.
 */
export function fullAccessCondition(viewer: Viewer, alias: string): { sql: string; params: Record<string, unknown> } {
  switch (viewer.role) {
    case Role.OFFICE:
      return { sql: 'TRUE', params: {} };
    case Role.PREFECTURE:
      return viewer.prefectureCode === null
        ? { sql: 'FALSE', params: {} }
        : { sql: `${alias}.facility_prefecture_code = :viewerPrefectureCode`, params: { viewerPrefectureCode: viewer.prefectureCode } };
    case Role.FACILITY:
    case Role.HEALTH_CENTER_RECRUITMENT:
      return viewer.facilityId === null
        ? { sql: 'FALSE', params: {} }
        : { sql: `${alias}.facility_id = :viewerFacilityId`, params: { viewerFacilityId: viewer.facilityId } };
    default:
      return { sql: 'FALSE', params: {} };
  }
}
