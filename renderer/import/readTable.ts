/**
 * The one reader every import uses (people, memberships, OKRs): bytes in, a table of text out,
 * or one sentence saying why the file cannot be read. Pure apart from the libraries it calls, so
 * it runs in the reader worker, in a test, or on the page when a worker is unavailable.
 */
import { detectEncoding, ENCODING_LABELS, isUtf16 } from '../../shared/import/encoding';
import { recogniseFileContent } from '../../shared/import/fileContent';
import { findHeaderRow, skippedAboveHeaderNotice, totalsRowsNotice, trailingTotalsRows } from '../../shared/import/headerRow';
import { detectDecimalMark } from '../../shared/import/numbers';
import { SEPARATOR_LABELS } from '../../shared/import/separator';
import {
  MAX_IMPORT_FILE_BYTES,
  MAX_IMPORT_ROWS,
  raggedRowsNotice,
  tidyHeaders,
  type ReadOptions,
  type ReadOutcome,
  type ReadTable,
} from '../../shared/import/table';
import { countOf, megabytes, thousands } from '../../shared/import/wording';
import { decodeText, splitRecords } from './readText';
import { compoundContent, mergesOnRow, readWorkbook, sheetRows, visibleSheets, type SheetRows } from './readWorkbook';

export interface FileToRead {
  name: string;
  bytes: Uint8Array;
}

const SAVE_AS_HINT = 'save it from Excel as “Excel Workbook (.xlsx)” or “CSV UTF-8”, then import that file';

function refuse(message: string): ReadOutcome {
  return { ok: false, message };
}

/** How many cells are sampled to tell "1,5" from "1.5". */
const DECIMAL_SAMPLE_ROWS = 500;

function finish(
  file: FileToRead,
  records: string[][],
  lines: number[],
  base: Pick<ReadTable, 'format' | 'encoding' | 'encodingChosen' | 'separator' | 'separatorChosen' | 'sheets' | 'sheet'>,
  where: string,
): ReadOutcome {
  const unit = base.format === 'xlsx' ? 'row' : 'line';
  // A title, company or "as of" date above the column names (HR exports) is not the header.
  const headerIndex = findHeaderRow(records);
  const aboveHeader = skippedAboveHeaderNotice(records, lines, headerIndex, unit);
  const [rawHeaders, ...allRows] = records.slice(headerIndex);
  const totals = trailingTotalsRows(allRows, rawHeaders?.length ?? 0);
  const rows = allRows.slice(0, allRows.length - totals);
  const totalsNotice = totalsRowsNotice(allRows, lines.slice(headerIndex + 1), totals, unit);
  if (!rawHeaders) return refuse(`${file.name} has no data${where}: choose a file whose first row names the columns, with one row per record below it.`);
  if (rows.length === 0) return refuse(`${file.name} has only a header row${where} (${rawHeaders.filter((h) => h.trim() !== '').slice(0, 4).join(', ')}…) and no data below it: choose the file that holds the rows.`);
  if (rows.length > MAX_IMPORT_ROWS) return refuse(`${file.name} has ${thousands(rows.length)} rows${where}, more than the ${thousands(MAX_IMPORT_ROWS)} one import can take: split it into smaller files.`);
  const { headers, notices } = tidyHeaders(rawHeaders);
  if (aboveHeader) notices.unshift(aboveHeader);
  if (totalsNotice) notices.push(totalsNotice);
  const dataLines = lines.slice(headerIndex + 1, headerIndex + 1 + rows.length);
  const table = { headers, rows, lines: dataLines };
  const ragged = raggedRowsNotice(table, unit);
  if (ragged) notices.push(ragged);
  const damagedRows: number[] = [];
  rows.forEach((row, index) => {
    if (row.some((cell) => cell.includes('\uFFFD'))) damagedRows.push(index);
  });
  if (damagedRows.length > 0 && base.encoding) {
    notices.push(`${countOf(damagedRows.length, 'row has', 'rows have')} letters that ${ENCODING_LABELS[base.encoding]} cannot read (shown as �): choose another encoding above.`);
  }
  const decimalMark = detectDecimalMark(rows.slice(0, DECIMAL_SAMPLE_ROWS).flat());
  return { ok: true, table: { ...table, ...base, fileName: file.name, byteLength: file.bytes.length, decimalMark, damagedRows, notices } };
}

function readText(file: FileToRead, options: ReadOptions): ReadOutcome {
  const { text, encoding } = decodeText(file.bytes, options.encoding);
  if (text.trim() === '') return refuse(`${file.name} is empty: choose a file with a header row and one row per record.`);
  const { records, lines, separator } = splitRecords(text, options.separator);
  return finish(file, records, lines, {
    format: 'text',
    encoding,
    encodingChosen: options.encoding !== undefined,
    separator,
    separatorChosen: options.separator !== undefined,
    sheets: [],
    sheet: null,
  }, '');
}

function looksLikeTable(rows: SheetRows): boolean {
  const header = findHeaderRow(rows.records);
  return rows.records.length >= header + 2 && (rows.records[header] ?? []).filter((cell) => cell.trim() !== '').length >= 2;
}

function readXlsx(file: FileToRead, options: ReadOptions): ReadOutcome {
  let workbook;
  try {
    workbook = readWorkbook(file.bytes);
  } catch {
    return refuse(`${file.name} is a ZIP archive but not an Excel workbook Teamshape can read: ${SAVE_AS_HINT}.`);
  }
  const sheets = visibleSheets(workbook);
  if (sheets.length === 0) return refuse(`${file.name} has no visible sheets: unhide the sheet that holds the data in Excel, save, and import again.`);
  const date1904 = workbook.Workbook?.WBProps?.date1904 === true;
  if (options.sheet !== undefined && !sheets.includes(options.sheet)) {
    return refuse(`${file.name} has no sheet called “${options.sheet}”; its sheets are ${sheets.map((s) => `“${s}”`).join(', ')}.`);
  }
  // Without a choice: the first sheet that looks like a table (a header of several columns and
  // rows below it), so a cover sheet or a notes sheet does not hide the data.
  const read = (name: string) => ({ name, rows: sheetRows(workbook.Sheets[name] ?? {}, date1904) });
  const candidates = options.sheet !== undefined ? [options.sheet] : sheets;
  const first = read(candidates[0] ?? '');
  let found = looksLikeTable(first.rows) ? first : undefined;
  for (const name of candidates.slice(1)) {
    if (found) break;
    const next = read(name);
    if (looksLikeTable(next.rows)) found = next;
  }
  const { name: chosen, rows } = found ?? first;
  const where = ` on sheet “${chosen}”`;
  const headerMerges = mergesOnRow(rows, rows.lines[findHeaderRow(rows.records)] ?? 1);
  if (headerMerges.length > 0) {
    return refuse(
      `The header row${where} of ${file.name} has merged cells (${headerMerges.slice(0, 3).join(', ')}), so some columns have no name of their own. Unmerge them in Excel (Home › Merge & Center › Unmerge Cells), give each column one name in one row, save, and import again.`,
    );
  }
  return finish(file, rows.records, rows.lines, { format: 'xlsx', encoding: null, encodingChosen: false, separator: null, separatorChosen: false, sheets, sheet: chosen }, where);
}

/** Reads any file an import accepts, recognised by its content rather than its name. */
export function readTableFile(file: FileToRead, options: ReadOptions = {}): ReadOutcome {
  if (file.bytes.length > MAX_IMPORT_FILE_BYTES) {
    return refuse(`${file.name} is ${megabytes(file.bytes.length)}, over the ${megabytes(MAX_IMPORT_FILE_BYTES)} an import reads: split it into smaller files.`);
  }
  const detected = detectEncoding(file.bytes);
  const content = recogniseFileContent(file.bytes, isUtf16(options.encoding ?? detected.encoding));
  switch (content.kind) {
    case 'empty':
      return refuse(`${file.name} is empty (0 bytes): choose a file with a header row and one row per record.`);
    case 'binary':
      return refuse(`${file.name} is ${content.looksLike}, not a table: choose a CSV, TSV or text file, or an Excel workbook (.xlsx).`);
    case 'compound': {
      let kind;
      try {
        kind = compoundContent(file.bytes);
      } catch {
        kind = 'other' as const;
      }
      if (kind === 'encrypted-office') {
        return refuse(`${file.name} is protected with a password, so it cannot be read. Open it in Excel, remove the password (File › Info › Protect Workbook › Encrypt with Password, clear the box), save, and import again.`);
      }
      if (kind === 'legacy-excel') return refuse(`${file.name} is an old Excel 97–2003 workbook (.xls), which Teamshape does not read: ${SAVE_AS_HINT}.`);
      return refuse(`${file.name} is an Office document but not a spreadsheet Teamshape can read: ${SAVE_AS_HINT}.`);
    }
    case 'zip':
      return readXlsx(file, options);
    case 'text':
      return readText(file, options);
  }
}

/** "Semicolon", "Comma"…; for the preview's description of how the file was read. */
export function separatorLabel(table: ReadTable): string {
  return table.separator ? SEPARATOR_LABELS[table.separator] : 'None (one column)';
}
