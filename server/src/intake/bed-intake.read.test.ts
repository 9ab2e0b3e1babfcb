import ExcelJS from 'exceljs';
import { type SheetInfo, sheetRows } from './bed-intake.read';

describe('an uploaded .xlsx read as it streams', () => {
  it('keeps every Japanese character, also one whose bytes fall across two chunks of the sheet', async () => {
    // 3,000 cells of 3-byte characters at every offset: the sheet's XML is inflated in many chunks,
    // and some chunk ends inside a character (exceljs alone read those as U+FFFD; server/patches/).
    const notes = Array.from({ length: 3000 }, (_, i) => `${'あ'.repeat(i % 7)}発熱外来は予約制です。${i}`);
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('病床');
    sheet.addRow(['備考']);
    for (const note of notes) sheet.addRow([note]);
    const file = Buffer.from(await workbook.xlsx.writeBuffer());

    const info: SheetInfo = { format: 'csv', encoding: null };
    const read: string[] = [];
    async function* upload() {
      yield file;
    }
    for await (const row of await sheetRows(upload(), info)) if (row.row > 1) read.push(String(row.cells[0]));
    expect(info.format).toBe('xlsx');
    expect(read.filter((text) => text.includes('\ufffd'))).toEqual([]);
    expect(read).toEqual(notes);
  });
});
