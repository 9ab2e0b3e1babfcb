import { type Options, stringify } from 'csv-stringify/sync';

/**
 * The one CSV writer of the service: every CSV it produces (bed report, posting exports, and any
 * later export) goes through here, so that Excel on Japanese Windows, Python's csv module and any
 * RFC 4180 reader see the same rows.
 *
 * Rules:
 * - Records end with CRLF. A line break inside a text cell is written as LF (CRLF and CR become
 *   LF), which Excel shows as a line break within the cell.
 * - A field holding CR, LF, a comma or a double quote is quoted, quotes doubled. csv-stringify
 *   by itself quotes only for the record delimiter it was given (CRLF), so a bare LF or CR would
 *   be left unquoted and split the record in Excel and Python; `quoted_match` adds them.
 * - Formula injection: a text cell starting with = + - @ tab or CR, or full-width ＝ ＋ － ＠ (which
 *   Japanese Excel also takes as a formula), gets a leading apostrophe.
 * - Codes keep leading zeros: a digits-only code (都道府県 "01", 二次医療圏 "0101", 医療機関コード,
 *   郵便番号) is written as ="0101", Excel's text-literal formula, the only form Excel opens by
 *   double-click without dropping the zeros (quoting alone does not stop it turning "0101" into
 *   101). It does not reopen the injection hole: the wrapper is written only by this module, only
 *   in columns declared as codes, and only around values that are digits and nothing else; any
 *   other value in those columns goes through the text rule. Tools other than Excel see the literal
 *   ="0101"; `codes: 'plain'` writes the bare digits instead.
 * - Numbers are written as they are; a value in a number column that is not a number is text.
 */

/** How code columns are written: `excel` as ="0101", `plain` as 0101. */
export type CsvCodes = 'excel' | 'plain';

export type CsvValue = string | number | null | undefined;

export interface CsvColumn<Row, Ctx = undefined> {
  header: string;
  /** `text` (the default) for anything a person typed or a label; `code` for identifiers whose leading zeros matter. */
  kind?: 'text' | 'code' | 'number';
  value: (row: Row, ctx: Ctx) => CsvValue;
}

const FORMULA_START = /^[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]/;

/** A text cell: neutralised against formula injection, line breaks as LF. */
export function textCell(value: CsvValue): string {
  if (value == null || value === '') return '';
  const text = String(value);
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return safe.replace(/\r\n?/g, '\n');
}

/** A code cell: digits-only codes as ="…" so Excel keeps leading zeros (or bare digits when plain); anything else as text. */
export function codeCell(value: CsvValue, plain = false): string {
  if (value == null || value === '') return '';
  const text = String(value);
  if (/^\d+$/.test(text)) return plain ? text : `="${text}"`;
  return textCell(text);
}

/** A number cell: finite numbers as written (a negative number is not a formula); anything else as text. */
export function numberCell(value: CsvValue): string {
  return typeof value === 'number' && Number.isFinite(value) ? String(value) : textCell(value);
}

const STRINGIFY_OPTIONS: Options = { record_delimiter: '\r\n', quoted_match: [/[\r\n]/], eof: true };

/** Byte order mark that makes Excel read a UTF-8 CSV as UTF-8. */
export const UTF8_BOM = '\uFEFF';

/**
 * Writes the header and rows of one CSV layout. Text only: encoding (UTF-8 with BOM, Shift-JIS)
 * is the caller's, so a streaming export can encode each slice as it goes.
 */
export class CsvWriter<Row, Ctx = undefined> {
  private readonly plainCodes: boolean;

  constructor(
    private readonly columns: readonly CsvColumn<Row, Ctx>[],
    private readonly ctx: Ctx,
    options: { codes?: CsvCodes } = {},
  ) {
    this.plainCodes = options.codes === 'plain';
  }

  /** The header record, CRLF-terminated. */
  header(): string {
    return stringify([this.columns.map((c) => textCell(c.header))], STRINGIFY_OPTIONS);
  }

  /** The rows as records, each CRLF-terminated ('' for no rows). */
  rows(rows: readonly Row[]): string {
    if (rows.length === 0) return '';
    return stringify(
      rows.map((row) => this.columns.map((column) => this.cell(column, row))),
      STRINGIFY_OPTIONS,
    );
  }

  /** Header and rows in one string, for exports small enough to build in memory. */
  document(rows: readonly Row[]): string {
    return this.header() + this.rows(rows);
  }

  private cell(column: CsvColumn<Row, Ctx>, row: Row): string {
    const value = column.value(row, this.ctx);
    switch (column.kind ?? 'text') {
      case 'code':
        return codeCell(value, this.plainCodes);
      case 'number':
        return numberCell(value);
      default:
        return textCell(value);
    }
  }
}
