import { type Audience, operationsCallableBy, SIGNED_IN } from '../auth/access-policy';
import { Role, type Viewer } from '../auth/viewer';

/**
 * Who may see and who may edit report folders and their reports, decided here and nowhere else:
 * the GraphQL fields, node(id:), the export endpoint and the subscription worker all call these
 * (or the SQL form of the same rule, visibleFolderSql).
 *
 * - Everyone signed in runs the reports they can see; what a report returns is what the runner
 *   may see (the report runs with the runner's viewer, never the author's).
 * - Builders (analysts, the office, prefectures) write documents, save reports and keep folders.
 * - A folder is seen by: everyone (system folders, and shared folders shared with EVERYONE); the
 *   owning organisation (ORGANISATION); everyone in its prefecture (PREFECTURE); its owner only
 *   (private folders, sharing OWNER).
 * - A saved report is seen (listed, searched, opened, exported, subscribed to) only by roles that
 *   may call every root field its query calls (saved_report.root_fields, written when saved;
 *   built-ins: the bedReport their screens read): a 人材募集 ID is not offered 地域病床見える化
 *   reports it could only open to 権限がありません. Hidden reports read as missing (NOT_FOUND);
 *   subscribing to one whose folder is visible is FORBIDDEN.
 * - A folder is edited by: the office (system folders, read-only for everyone else); builders of
 *   the owning organisation (shared folders); its owner (private folders).
 */
export const REPORT_READERS: readonly Audience[] = SIGNED_IN;
export const REPORT_BUILDERS: readonly Audience[] = [Role.ANALYST, Role.OFFICE, Role.PREFECTURE];
/** Signed-in dashboard sessions that may read the schema by introspection (the builder's editor). */
export const SCHEMA_READERS: readonly Role[] = [Role.ANALYST, Role.OFFICE];

export enum ReportFolderKind {
  SYSTEM = 'SYSTEM',
  SHARED = 'SHARED',
  PRIVATE = 'PRIVATE',
}

export enum ReportSharing {
  OWNER = 'OWNER',
  ORGANISATION = 'ORGANISATION',
  PREFECTURE = 'PREFECTURE',
  EVERYONE = 'EVERYONE',
}

/** The columns of a folder that decide who sees and edits it. */
export interface FolderAccess {
  kind: ReportFolderKind;
  sharing: ReportSharing;
  ownerAccountId: number | null;
  organisationKey: string | null;
  prefectureCode: string | null;
}

/**
 * The organisation a viewer acts for: their facility (hospital or health centre), their
 * prefecture for prefecture accounts, and for accounts of no facility or prefecture (analysts,
 * the office) their role's team.
 */
export function organisationKeyOf(viewer: Viewer): string | null {
  if (viewer.accountId === null || viewer.role === null) return null;
  if (viewer.facilityId !== null) return `facility:${viewer.facilityId}`;
  if (viewer.role === Role.PREFECTURE && viewer.prefectureCode) return `prefecture:${Number(viewer.prefectureCode)}`;
  return `role:${viewer.role}`;
}

export function isReportBuilder(viewer: Viewer): boolean {
  return viewer.accountId !== null && viewer.role !== null && REPORT_BUILDERS.includes(viewer.role);
}

export function canSeeFolder(viewer: Viewer, folder: FolderAccess): boolean {
  if (viewer.accountId === null) return false;
  switch (folder.sharing) {
    case ReportSharing.EVERYONE:
      return true;
    case ReportSharing.OWNER:
      return folder.ownerAccountId === viewer.accountId;
    case ReportSharing.ORGANISATION:
      return folder.organisationKey !== null && folder.organisationKey === organisationKeyOf(viewer);
    case ReportSharing.PREFECTURE:
      return folder.prefectureCode !== null && folder.prefectureCode === viewer.prefectureCode;
  }
}

export function canEditFolder(viewer: Viewer, folder: FolderAccess): boolean {
  if (!isReportBuilder(viewer) || !canSeeFolder(viewer, folder)) return false;
  switch (folder.kind) {
    case ReportFolderKind.SYSTEM:
      return viewer.role === Role.OFFICE;
    case ReportFolderKind.PRIVATE:
      return folder.ownerAccountId === viewer.accountId;
    case ReportFolderKind.SHARED:
      return folder.organisationKey === organisationKeyOf(viewer);
  }
}

/**
 * canSeeFolder as SQL over `report_folder <alias>`, with the viewer's values as parameters
 * $<first>..$<first+2> (viewerParameters gives them in that order).
 */
export function visibleFolderSql(alias: string, first: number): string {
  const [account, organisation, prefecture] = [first, first + 1, first + 2].map((n) => `$${n}`);
  return `(${alias}.sharing = 'EVERYONE'
    OR (${alias}.sharing = 'OWNER' AND ${alias}.owner_account_id = ${account}::int)
    OR (${alias}.sharing = 'ORGANISATION' AND ${alias}.organisation_key = ${organisation}::text)
    OR (${alias}.sharing = 'PREFECTURE' AND ${alias}.prefecture_code = ${prefecture}::char(2)))`;
}

export function viewerParameters(viewer: Viewer): [number | null, string | null, string | null] {
  return [viewer.accountId, organisationKeyOf(viewer), viewer.prefectureCode];
}

/** The root fields of a report the viewer may run, as SQL over `saved_report <alias>` with the viewer's callable operations as $<n>. */
export function runnableReportSql(alias: string, n: number): string {
  return `${alias}.root_fields <@ $${n}::text[]`;
}

/** The parameter of runnableReportSql. */
export function runnableParameter(viewer: Viewer): readonly string[] {
  return operationsCallableBy(viewer);
}

/** runnableReportSql in TypeScript. */
export function canRunReport(viewer: Viewer, report: { rootFields: readonly string[] }): boolean {
  const callable = operationsCallableBy(viewer);
  return report.rootFields.every((field) => callable.includes(field));
}
