import { Readable } from 'node:stream';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { TextDecoder } from 'node:util';
import { parse } from 'csv-parse';
import ExcelJS from 'exceljs';

/** One row of an uploaded sheet: its row number as the spreadsheet shows it, and its cells as text. */
export interface SheetRow {
  row: number;
  cells: string[];
}

export type SheetFormat = 'csv' | 'xlsx';
export type TextEncoding = 'utf8' | 'sjis';

/** What was learnt about the file while reading it. */
export interface SheetInfo {
  format: SheetFormat;
  encoding: TextEncoding | null;
}

/** An .xlsx is a zip: it starts with PK\x03\x04. */
export const isZip = (head: Buffer) => head.length >= 4 && head.readUInt32BE(0) === 0x504b0304;

/**
 * A CSV in UTF-8 (with or without BOM) or Shift-JIS (CP932, what Excel on Japanese Windows writes),
 * told apart by its first chunk: a BOM, or bytes that are valid UTF-8, mean UTF-8. The header row is
 * Japanese, so a Shift-JIS file is never valid UTF-8 there. Decoded and parsed as it streams
 * (csv-parse), one record at a time.
 */
export async function* csvRows(input: AsyncIterable<Buffer>, info: SheetInfo): AsyncGenerator<SheetRow> {
  const parser = parse({ bom: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: false });
  let decoder: TextDecoder | null = null;
  const feed = (async () => {
    try {
      for await (const chunk of input) {
        if (!decoder) {
          let utf8 = chunk.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]));
          if (!utf8) {
            try {
              new TextDecoder('utf-8', { fatal: true }).decode(chunk, { stream: true });
              utf8 = true;
            } catch {
              utf8 = false;
            }
          }
          info.encoding = utf8 ? 'utf8' : 'sjis';
          decoder = new TextDecoder(utf8 ? 'utf-8' : 'shift_jis');
        }
        // Backpressure: wait while the parser's buffer is full.
        if (!parser.write(decoder.decode(chunk, { stream: true }))) await new Promise((resolve) => parser.once('drain', resolve));
      }
      if (decoder) parser.write(decoder.decode());
      parser.end();
    } catch (error) {
      parser.destroy(error as Error);
    }
  })();
  let row = 0;
  for await (const record of parser as AsyncIterable<string[]>) {
    row += 1;
    yield { row, cells: record };
  }
  await feed;
}

/** A cell of exceljs as the text a person sees: rich text joined, a formula's result, a date as Japan time. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) {
    // Excel dates have no zone: exceljs gives the wall time as UTC, which is the time the sheet shows.
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${value.getUTCFullYear()}/${pad(value.getUTCMonth() + 1)}/${pad(value.getUTCDate())} ${pad(value.getUTCHours())}:${pad(value.getUTCMinutes())}`;
  }
  if (typeof value === 'object') {
    const v = value as { richText?: { text: string }[]; result?: unknown; text?: unknown; error?: unknown };
    if (Array.isArray(v.richText)) return v.richText.map((r) => r.text).join('');
    if ('result' in v) return cellText(v.result);
    if (typeof v.text === 'string') return v.text;
    if (typeof v.error === 'string') return v.error;
  }
  return '';
}

/**
 * The first worksheet of an .xlsx, row by row, with exceljs's streaming WorkbookReader (the zip is
 * read as it arrives; shared strings are kept, as the format requires, and so bounded by the file).
 */
export async function* xlsxRows(input: Readable): AsyncGenerator<SheetRow> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'ignore',
    entries: 'ignore',
  });
  let first = true;
  for await (const worksheet of workbook) {
    if (!first) {
      // Other sheets are not read, but their entries must still be consumed for the zip to go on.
      for await (const _row of worksheet) {
        // skipped
      }
      continue;
    }
    first = false;
    for await (const row of worksheet) {
      const values = Array.isArray(row.values) ? (row.values as unknown[]) : [];
      // exceljs rows are 1-based: values[0] is empty.
      yield { row: row.number, cells: Array.from(values.slice(1), cellText) };
    }
  }
}

/** A file that is no sheet at all (empty): refused before any row is read. */
export class EmptyFileError extends Error {
  constructor() {
    super('ファイルが空です。');
  }
}

/**
 * Bytes handed to a reader at a time, with a turn of the event loop after each: csv-parse parses all
 * it is given at once, and exceljs's worksheet reader turns all the XML one zip chunk inflates to
 * into rows at once; a 256 KiB chunk of the stored file was 2,000 rows in one go (100 ms and more), and 16 KiB
 * of CSV or 4 KiB of .xlsx still about 130 and 47 rows (up to 60 ms on a loaded machine).
 */
export const CSV_PIECE_BYTES = 4 * 1024;
export const XLSX_PIECE_BYTES = 1024;

async function* inPieces(input: AsyncIterable<Buffer>, size: number): AsyncGenerator<Buffer> {
  for await (const chunk of input) {
    for (let at = 0; at < chunk.length; at += size) {
      yield chunk.subarray(at, at + size);
      await nextTurn();
    }
  }
}

/** The rows of an uploaded file, CSV or .xlsx told apart by its first bytes (an .xlsx is a zip). */
export async function sheetRows(file: AsyncIterable<Buffer>, info: SheetInfo): Promise<AsyncIterable<SheetRow>> {
  const iterator = file[Symbol.asyncIterator]();
  const first = await iterator.next();
  if (first.done || first.value.length === 0) throw new EmptyFileError();
  async function* all(): AsyncGenerator<Buffer> {
    yield first.value as Buffer;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
  }
  if (isZip(first.value)) {
    info.format = 'xlsx';
    return xlsxRows(Readable.from(inPieces(all(), XLSX_PIECE_BYTES), { objectMode: false }));
  }
  info.format = 'csv';
  return csvRows(inPieces(all(), CSV_PIECE_BYTES), info);
}
