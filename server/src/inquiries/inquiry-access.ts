import { Role, type Viewer } from '../auth/viewer';
import type { Inquiry } from './inquiry.entity';

/**
 * Who may read an inquiry, decided here and nowhere else (GraphQL fields, node(id:), the
 * attachment download endpoint all call these). The office reads every inquiry; anyone else
 * reads the inquiries of the organisation they act for: their facility (hospital or health
 * centre), their prefecture for prefecture accounts, or only their own for accounts that act
 * for no organisation.
 */
export function isOffice(viewer: Viewer): boolean {
  return viewer.role === Role.OFFICE && viewer.accountId !== null;
}

/** The organisation an asker acts for, as stored in inquiry.organisation_key. */
export function organisationKeyOf(viewer: Viewer): string | null {
  if (viewer.accountId === null || viewer.role === null) return null;
  if (viewer.facilityId !== null) return `facility:${viewer.facilityId}`;
  if (viewer.role === Role.PREFECTURE && viewer.prefectureCode) return `prefecture:${Number(viewer.prefectureCode)}`;
  return `account:${viewer.accountId}`;
}

export function canReadInquiry(viewer: Viewer, inquiry: Pick<Inquiry, 'organisationKey'>): boolean {
  if (isOffice(viewer)) return true;
  const key = organisationKeyOf(viewer);
  return key !== null && key === inquiry.organisationKey;
}

/** Follow-up comments come from the asking organisation; the office writes answers instead. */
export function canCommentOnInquiry(viewer: Viewer, inquiry: Pick<Inquiry, 'organisationKey'>): boolean {
  return !isOffice(viewer) && canReadInquiry(viewer, inquiry);
}
