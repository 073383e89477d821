/**
 * The first sheet of a `.xlsx` file as rows of text, read with read-excel-file's `universal` entry (its `browser` entry spawns Web Workers from `blob:` URLs, which a portal's Content-Security-Policy may forbid, and it did not load in the test server)
 * (a part: xlsx-part.ts downloads it). A date cell (a Date, at midnight UTC) becomes dd/mm/yyyy,
 * as the sheet showed it and as the grid reads it back; numbers are written without grouping
 * (a year stays 2017, not 2.017). A day number in a cell without a date format is read as a
 * date by the grid, in a date column only (sheet.ts `readDate`).
 */
import { readSheet } from 'read-excel-file/universal';

const two = (n: number) => String(n).padStart(2, '0');

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date)
    return Number.isNaN(value.getTime())
      ? ''
      : `${two(value.getUTCDate())}/${two(value.getUTCMonth() + 1)}/${value.getUTCFullYear()}`;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  return String(value).normalize('NFC');
}

/** The rows of the first sheet, blank rows left out; throws when the file is not a spreadsheet. */
export async function readXlsxRows(file: Blob): Promise<string[][]> {
  const rows = await readSheet(file);
  return rows.map((row) => row.map(cellText)).filter((row) => row.some((cell) => cell.trim() !== ''));
}
