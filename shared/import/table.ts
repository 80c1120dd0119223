import type { TextEncoding } from './encoding';
import type { DecimalMark } from './numbers';
import type { Separator } from './separator';
import { countOf, thousands } from './wording';

/** The largest file an import reads: bigger is almost certainly not a roster or an OKR sheet. */
export const MAX_IMPORT_FILE_BYTES = 50 * 1024 * 1024;

/** Rows past the header; the same bound for every import, so a runaway file is refused early. */
export const MAX_IMPORT_ROWS = 100_000;

/** A file's table: header and data rows as text, blank rows left out. */
export interface ImportTable {
  headers: string[];
  /** Data rows (never blank); a row may have fewer cells than headers (missing cells are empty). */
  rows: string[][];
  /** Where each row starts in the file: the line of a text file, the row number of a sheet (1-based). */
  lines: number[];
}

export type WorkbookKind = 'xlsx' | 'ods' | 'xls' | 'html' | 'spreadsheet-xml';

export const WORKBOOK_LABELS: Record<WorkbookKind, string> = {
  xlsx: 'Excel workbook',
  ods: 'OpenDocument spreadsheet',
  xls: 'Excel 97–2003 workbook',
  html: 'web page table saved as Excel',
  'spreadsheet-xml': 'Excel 2003 XML spreadsheet',
};

/** Everything the reader found out about a file, for the mapping screen and the preview. */
export interface ReadTable extends ImportTable {
  fileName: string;
  byteLength: number;
  format: 'text' | 'xlsx';
  /** Sheets (format 'xlsx'): which kind of workbook held them; an HR system's "Excel" export is often an old .xls, a web page table or Excel 2003 XML. */
  workbookKind?: WorkbookKind;
  /** Text files: the encoding used and whether it was detected or chosen. */
  encoding: TextEncoding | null;
  encodingChosen: boolean;
  /** Text files: the separator used (null: one column) and whether it was detected or chosen. */
  separator: Separator | null;
  separatorChosen: boolean;
  decimalMark: DecimalMark;
  /** Workbooks: every sheet's name and the one read. */
  sheets: string[];
  sheet: string | null;
  /** Indexes into `rows` of rows holding U+FFFD: text the encoding could not read. */
  damagedRows: number[];
  /** Warnings that do not stop the import (renamed headers, ragged rows), each a sentence. */
  notices: string[];
  /** Workbooks: columns hidden in the sheet (0-based); suggestions prefer visible ones. */
  hiddenColumns?: number[];
}

export type ReadOutcome = { ok: true; table: ReadTable } | { ok: false; message: string };

/** How the user steers a re-read; anything left out is detected. */
export interface ReadOptions {
  encoding?: TextEncoding;
  separator?: Separator;
  sheet?: string;
  /** Without a sheet chosen: 'people' reads the sheet whose header names the most people columns (ID, name, email). */
  prefer?: 'people';
}

/** "column C": sheets and most people count columns by letter. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/**
 * Header names fit to map: trimmed, inner spaces collapsed, an empty one named after its column
 * ("Column C"), a repeated one numbered ("Email (2)"), each change explained in a notice.
 */
export function tidyHeaders(raw: readonly string[]): { headers: string[]; notices: string[] } {
  const seen = new Map<string, number>();
  const notices: string[] = [];
  const headers = raw.map((cell, index) => {
    const name = cell.replace(/\s+/g, ' ').trim() || `Column ${columnLetter(index)}`;
    const key = name.toLowerCase();
    const count = (seen.get(key) ?? 0) + 1;
    seen.set(key, count);
    if (count === 1) return name;
    const renamed = `${name} (${count})`;
    notices.push(`Two columns are both called “${name}”: column ${columnLetter(index)} is shown as “${renamed}”. Check which one you map.`);
    return renamed;
  });
  return { headers, notices };
}

/** How many ragged rows a notice names before saying "and N more". */
const LISTED_ROWS = 5;

/** A notice for data rows with more cells than the header has names: the extra cells are not read. */
export function raggedRowsNotice(table: ImportTable, unit: 'line' | 'row'): string | null {
  const long: number[] = [];
  table.rows.forEach((row, index) => {
    let last = row.length - 1;
    while (last >= table.headers.length && (row[last] ?? '').trim() === '') last--;
    if (last >= table.headers.length) long.push(index);
  });
  if (long.length === 0) return null;
  const listed = long.slice(0, LISTED_ROWS).map((index) => `${table.lines[index]}`);
  const more = long.length > LISTED_ROWS ? ` and ${thousands(long.length - LISTED_ROWS)} more` : '';
  return `${countOf(long.length, 'row has', 'rows have')} more cells than the header has columns (file ${unit}${long.length === 1 ? '' : 's'} ${listed.join(', ')}${more}): the extra cells are not imported. A separator inside an unquoted value usually causes this.`;
}

/** The error values a spreadsheet formula shows instead of a value (a failed lookup: #N/A). */
const SPREADSHEET_ERROR = /^#(?:N\/A|REF!|VALUE!|NAME\?|DIV\/0!|NULL!|NUM!|GETTING_DATA|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|ERROR)$/i;

export function isSpreadsheetError(cell: string): boolean {
  return SPREADSHEET_ERROR.test(cell.trim());
}
