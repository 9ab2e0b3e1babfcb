import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { setImmediate as nextTurn } from 'node:timers/promises';
import ExcelJS from 'exceljs';
import type { EntityManager } from 'typeorm';
import type { ReferenceCatalog } from '../facilities/reference-catalog';
import { BED_REPORT_COLUMNS, EXPORT_BATCH_ROWS, EXPORT_SLICE_ROWS, type ExportProgress } from './bed-report.csv';
import type { BedReportQuery } from './bed-report.query';
import { bedReportRows } from './bed-report.search';
import type { Staleness } from './bed-staleness';

export const BED_REPORT_SHEET_NAME = '地域病床見える化';

/**
 * The bed report as an Excel workbook (.xlsx): the CSV's 「詳細のみ」 columns (BED_REPORT_COLUMNS), the
 * same rows in the same order, so a file exported here, edited in Excel and uploaded to 一括取込 reads
 * as the CSV does. Codes and times are text cells (Excel keeps leading zeros and never reformats
 * them), counts are numbers, and text needs no formula guard (a string cell is never evaluated).
 * Written with exceljs's streaming writer (no shared strings, no styles): each row is committed as it
 * is written, read in the report's keyset batches, so memory stays flat whatever the row count.
 */
export async function writeBedReportXlsx(
  db: EntityManager,
  args: { query: BedReportQuery; staleness: Staleness; reference: ReferenceCatalog; stream: Writable },
  progress: ExportProgress,
): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: args.stream, useStyles: false, useSharedStrings: false });
  const sheet = workbook.addWorksheet(BED_REPORT_SHEET_NAME, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow(BED_REPORT_COLUMNS.map((c) => c.header)).commit();
  for await (const batch of bedReportRows(db, args.query, { batchRows: EXPORT_BATCH_ROWS, staleness: args.staleness })) {
    for (let start = 0; start < batch.length; start += EXPORT_SLICE_ROWS) {
      for (const row of batch.slice(start, start + EXPORT_SLICE_ROWS)) {
        sheet
          .addRow(
            BED_REPORT_COLUMNS.map((column) => {
              const value = column.value(row, args.reference);
              if (value === null || value === undefined || value === '') return null;
              return column.kind === 'number' && typeof value === 'number' ? value : String(value);
            }),
          )
          .commit();
        progress.rows += 1;
      }
      // exceljs writes without waiting for a slow reader: wait for the socket to take what is queued.
      if (args.stream.writableNeedDrain) await once(args.stream, 'drain');
      await nextTurn();
    }
  }
  sheet.commit();
  await workbook.commit();
}
