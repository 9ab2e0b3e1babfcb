/**
 * Numbers the server enforces that the dashboard's screens need to know beforehand. The server is
 * the rule: e2e/client-limits.test.ts holds each number here to the schema's description and to
 * what the server accepts and refuses, so a number changed on one side only fails that test.
 * Screens take these numbers from here only. (Text lengths of the forms: text-limits.ts.)
 */

/**
 * Rows a 地域病床見える化 screen asks for and shows (`bedReport(first:)`'s largest page); more is the
 * export's job, which has no such limit.
 */
export const BED_REPORT_SCREEN_LIMIT = 2000;

/** 病床状況報告: the largest count (beds, patients, devices) one report may give. */
export const BED_COUNT_MAX = 9999;

/** 病床状況報告: 備考's longest length, counted in characters (code points, so 𠮷 is one) after trimming. */
export const BED_NOTE_MAX_LENGTH = 500;
