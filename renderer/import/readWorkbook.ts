import { CFB, SSF, read, type CellObject, type WorkBook, type WorkSheet } from '@e965/xlsx';
import { classifyCompoundStreams, type CompoundContent } from '../../shared/import/fileContent';
import { excelSerialToIso } from '../../shared/import/excelDates';

/** The names of a compound file's streams ("Root Entry/Workbook"), read with SheetJS's CFB reader. */
export function compoundContent(bytes: Uint8Array): CompoundContent {
  const container = (CFB as { read: (data: Uint8Array, options: { type: 'array' }) => { FullPaths: string[] } }).read(bytes, { type: 'array' });
  return classifyCompoundStreams(container.FullPaths);
}

/**
 * A workbook from its bytes (.xlsx, .xls) or from decoded markup (a web page table, Excel 2003
 * XML: decoded by the importers' own encoding detection, so accents survive).
 */
export function readWorkbook(input: Uint8Array | string): WorkBook {
  // Dense sheets are faster to walk; number formats tell dates from numbers; formulas are read as
  // the values Excel saved with them, never evaluated.
  // Styles only for the columns' hidden flags.
  const options = { dense: true, cellNF: true, cellText: false, cellFormula: false, cellHTML: false, cellStyles: true } as const;
  // Markup cells stay the text they show ("00123", "1,5"): the importers read numbers themselves.
  return typeof input === 'string' ? read(input, { ...options, type: 'string', raw: true }) : read(input, { ...options, type: 'array' });
}

/** The sheets a person can see, in workbook order (hidden ones are usually lookup tables). */
export function visibleSheets(workbook: WorkBook): string[] {
  const props = workbook.Workbook?.Sheets ?? [];
  return workbook.SheetNames.filter((_, index) => !props[index]?.Hidden);
}

const ERROR_TEXT: Record<number, string> = { 0x00: '#NULL!', 0x07: '#DIV/0!', 0x0f: '#VALUE!', 0x17: '#REF!', 0x1d: '#NAME?', 0x24: '#NUM!', 0x2a: '#N/A', 0x2b: '#GETTING_DATA' };

const isDateFormat = (SSF as { is_date: (format: string) => boolean }).is_date;

/** A number format of zeros, optionally after literal text: "000000", "\"E\"0000", "\\P00000". */
const ZERO_PADDED = /^(?:"[^"]*"|\\.)*0{2,}$/;

/** Excel shows 15 significant digits; 0.1 + 0.2 reads as 0.3, as in the sheet. */
function numberText(value: number): string {
  return String(Number(value.toPrecision(15)));
}

/** A cell as text the way the sheet shows its meaning: dates as YYYY-MM-DD, percentages as "50%". */
export function cellText(cell: CellObject | undefined, date1904: boolean): string {
  if (!cell) return '';
  switch (cell.t) {
    case 's':
      return String(cell.v ?? '');
    case 'b':
      return cell.v ? 'TRUE' : 'FALSE';
    case 'e':
      return ERROR_TEXT[cell.v as number] ?? '#ERROR';
    case 'n': {
      const value = cell.v as number;
      const format = typeof cell.z === 'string' ? cell.z : '';
      if (format !== '' && format !== 'General' && isDateFormat(format)) return excelSerialToIso(value, date1904) ?? numberText(value);
      if (/%/.test(format.replace(/"[^"]*"/g, ''))) return `${numberText(value * 100)}%`;
      // Employee IDs shown with leading zeros ("000088", "E"0000) are read as the sheet shows them.
      if (ZERO_PADDED.test(format) && Number.isInteger(value) && value >= 0) return (SSF as { format: (f: string, v: number) => string }).format(format, value);
      return numberText(value);
    }
    case 'd':
      return cell.v instanceof Date ? cell.v.toISOString().slice(0, 10) : String(cell.v ?? '');
    default:
      return '';
  }
}

export interface SheetRows {
  /** Every non-blank row, header first, as text. */
  records: string[][];
  /** The sheet row number (1-based) of each record. */
  lines: number[];
  /** Merged ranges touching the first record's row, as "B1:C1". */
  headerMerges: string[];
  /** Every merged range of the sheet (0-based rows and columns). */
  merges: MergeRange[];
  /** Columns hidden in the sheet (0-based). */
  hiddenColumns: number[];
}

type MergeRange = { s: { r: number; c: number }; e: { r: number; c: number } };

/** Merged ranges touching a sheet row (1-based), as "B4:C4". */
export function mergesOnRow(rows: SheetRows, sheetRow: number): string[] {
  return rows.merges.filter((m) => m.s.r <= sheetRow - 1 && m.e.r >= sheetRow - 1).map(rangeName);
}

function rangeName(range: { s: { r: number; c: number }; e: { r: number; c: number } }): string {
  const cell = (r: number, c: number) => `${columnName(c)}${r + 1}`;
  return `${cell(range.s.r, range.s.c)}:${cell(range.e.r, range.e.c)}`;
}

function columnName(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/**
 * The text each cell under a vertical merge shows: an objective merged down over its key-result
 * rows, a team over its people. Excel stores the value only in the merge's top cell; every row
 * below shows it, so every row reads it. Merges across one row (a title over the columns) are not
 * spread: they would make a title look like a header.
 */
function mergedDown(sheet: WorkSheet, data: (CellObject[] | undefined)[], date1904: boolean): Map<number, Map<number, string>> {
  const fills = new Map<number, Map<number, string>>();
  for (const m of sheet['!merges'] ?? []) {
    if (m.e.r <= m.s.r) continue;
    const text = cellText(data[m.s.r]?.[m.s.c], date1904);
    if (text.trim() === '') continue;
    for (let r = m.s.r + 1; r <= m.e.r; r++) {
      const row = fills.get(r) ?? new Map<number, string>();
      row.set(m.s.c, text);
      fills.set(r, row);
    }
  }
  return fills;
}

export function sheetRows(sheet: WorkSheet, date1904: boolean): SheetRows {
  const data = (sheet['!data'] ?? []) as (CellObject[] | undefined)[];
  const fills = mergedDown(sheet, data, date1904);
  const records: string[][] = [];
  const lines: number[] = [];
  const lastRow = Math.max(data.length - 1, ...fills.keys());
  for (let r = 0; r <= lastRow; r++) {
    const row = data[r] ?? [];
    const filled = fills.get(r);
    const width = Math.max(row.length, ...(filled ? [...filled.keys()].map((c) => c + 1) : []));
    const cells: string[] = [];
    for (let c = 0; c < width; c++) {
      const own = cellText(row[c], date1904);
      cells.push(own === '' ? (filled?.get(c) ?? '') : own);
    }
    while (cells.length > 0 && (cells[cells.length - 1] ?? '').trim() === '') cells.pop();
    if (cells.length === 0) continue;
    records.push(cells);
    lines.push(r + 1);
  }
  const headerRow = (lines[0] ?? 1) - 1;
  const merges = sheet['!merges'] ?? [];
  const headerMerges = merges.filter((m) => m.s.r <= headerRow && m.e.r >= headerRow).map(rangeName);
  const hiddenColumns = (sheet['!cols'] ?? []).flatMap((column, index) => (column?.hidden ? [index] : []));
  return { records, lines, headerMerges, merges, hiddenColumns };
}
