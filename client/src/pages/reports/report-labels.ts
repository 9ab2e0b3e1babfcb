import { ENUM_LABELS } from '../../../../common/enum-labels';
import type { BuiltInReport, ReportSharing } from '../../gql/graphql';
import type { Role } from '../../viewer';
import { type ScreenName, SCREEN_PATHS } from '../../screens';

/** 共有範囲 as a folder's form and list show it; keyed by the schema's enum, so a new value needs a label. */
export const SHARING_LABEL: Record<ReportSharing, string> = ENUM_LABELS.ReportSharing;

/** Where each built-in report of 999_システム(自治体) opens: its own screen of the dashboard. */
export const BUILT_IN_SCREEN: Record<BuiltInReport, ScreenName> = {
  BED_REPORT_ALL_COLUMNS: 'bedReportAllColumns',
  BED_REPORT: 'bedReport',
};

export const builtInPath = (builtIn: BuiltInReport): string => SCREEN_PATHS[BUILT_IN_SCREEN[builtIn]];

/**
 * Who writes queries in the builder: the roles the API serves its schema to (analysts and the
 * office). Others run the reports they can see.
 */
export const BUILDER_ROLES: readonly Role[] = ['ANALYST', 'OFFICE'];

export const canBuild = (role: Role | null): boolean => role !== null && BUILDER_ROLES.includes(role);

/*
 * Links to the builder (新規レポート, 編集) load the page anew (react-router's reloadDocument):
 * only the builder's own documents are served with the style policy its editor needs
 * (server/src/http/security.ts), and a screen opened inside the dashboard keeps its document's.
 */

/** Who keeps folders and saves reports (the API's REPORT_BUILDERS): the builder's roles and prefectures. */
const FOLDER_KEEPER_ROLES: readonly Role[] = ['ANALYST', 'OFFICE', 'PREFECTURE'];

export const canKeepFolders = (role: Role | null): boolean => role !== null && FOLDER_KEEPER_ROLES.includes(role);

const DATE = new Intl.DateTimeFormat('ja-JP', {
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'Asia/Tokyo',
});
export const formatUpdated = (iso: string): string => DATE.format(new Date(iso));
