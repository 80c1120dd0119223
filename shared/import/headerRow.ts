import { countOf, thousands } from './wording';

/** How far down a file the header row is looked for (HR exports put a title and a date above it). */
const HEADER_SEARCH_ROWS = 20;

const filledCells = (record: readonly string[]) => record.filter((cell) => cell.trim() !== '').length;

/**
 * The index of the header row among a file's non-blank records: the first one naming at least half
 * as many columns as the widest row near the top. Workday, SuccessFactors and Personio exports put
 * a report title, the company and "as of" date above the header ("Worker Roster — ACME GmbH"), and
 * a grouped header ("Worker" merged over two columns) above the real column names; those rows fill
 * one or two cells of a wide table. A file whose header is its first row gives 0.
 */
export function findHeaderRow(records: readonly (readonly string[])[]): number {
  const sample = records.slice(0, HEADER_SEARCH_ROWS).map(filledCells);
  const widest = Math.max(0, ...sample);
  if (widest < 2) return 0;
  const needed = Math.max(2, Math.ceil(widest / 2));
  const index = sample.findIndex((filled) => filled >= needed);
  return index < 0 ? 0 : index;
}

/** The notice for rows above the header: what they said, so a wrong guess is plain to see. */
export function skippedAboveHeaderNotice(records: readonly (readonly string[])[], lines: readonly number[], headerIndex: number, unit: 'line' | 'row'): string | null {
  if (headerIndex === 0) return null;
  const first = (records[0] ?? []).find((cell) => cell.trim() !== '')?.trim() ?? '';
  const quoted = first.length > 60 ? `${first.slice(0, 59)}…` : first;
  return `The column names are on file ${unit} ${thousands(lines[headerIndex] ?? headerIndex + 1)}: ${countOf(headerIndex, `${unit} above it`, `${unit}s above it`)} (“${quoted}”) ${headerIndex === 1 ? 'is a title and is' : 'are a title and are'} not imported.`;
}

/** First cells of totals rows as HR systems and spreadsheets write them, in the common languages. */
const TOTALS = /^(?:grand\s+)?(?:totals?|sum|subtotal|summe|gesamt(?:summe)?|insgesamt|total\s+g[ée]n[ée]ral|totaal|totale|summa|yhteens[äa]|razem|anzahl|count|ergebnis)\b\s*:?/i;

/**
 * Trailing rows that total the ones above ("Total | | | 42", "Summe: 17 Mitarbeiter"): they name no
 * record, so they are left out rather than refused one by one. Counts from the end: how many rows
 * to drop. A row counts only when its first filled cell starts with a totals word and it fills at
 * most half the columns (two in a narrow file), so a person called "Total" with a full row stays.
 */
export function trailingTotalsRows(rows: readonly (readonly string[])[], columns: number): number {
  let drop = 0;
  for (let i = rows.length - 1; i >= 0 && drop < 3; i--) {
    const row = rows[i] ?? [];
    const first = row.find((cell) => cell.trim() !== '')?.trim() ?? '';
    if (!TOTALS.test(first) || filledCells(row) > Math.max(2, Math.ceil(columns / 2))) break;
    drop++;
  }
  return drop;
}

export function totalsRowsNotice(rows: readonly (readonly string[])[], lines: readonly number[], dropped: number, unit: 'line' | 'row'): string | null {
  if (dropped === 0) return null;
  const from = rows.length - dropped;
  const first = (rows[from] ?? []).find((cell) => cell.trim() !== '')?.trim() ?? '';
  const where = lines.slice(from).map((line) => thousands(line)).join(', ');
  return `File ${unit}${dropped === 1 ? '' : 's'} ${where} (“${first.slice(0, 40)}”) ${dropped === 1 ? 'is a totals row' : 'are totals rows'} at the end of the table and ${dropped === 1 ? 'is' : 'are'} not imported.`;
}


/** Columns a merged cell spans, 0-based and inclusive. */
export interface ColumnSpan {
  start: number;
  end: number;
}

/** A cell that reads as data rather than a column name: an address, a number, a date, a percentage. */
const DATA_LIKE = /@|^[-+]?[\d.,\s%]+$|^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}/;

/**
 * A report's two-row header as one: Workday, SuccessFactors and many kept spreadsheets put group
 * names merged across columns ("Worker" over "Legal First Name", "Last Name") above the column
 * names. The lower row counts where it names a column, the group row elsewhere; a name the lower
 * row repeats under different groups ("Worker Email", "Manager Email") takes its group's name.
 * Null when the row below is not a row of names: then the merged row is the header itself.
 */
export function combineGroupedHeader(upper: readonly string[], lower: readonly string[], groups: readonly ColumnSpan[]): string[] | null {
  const wide = groups.filter((span) => span.end > span.start);
  if (wide.length === 0) return null;
  const filled = (cell: string | undefined) => (cell ?? '').trim() !== '';
  if (!wide.every((span) => lower.slice(span.start, span.end + 1).some(filled))) return null;
  if (lower.some((cell) => filled(cell) && DATA_LIKE.test(cell.trim()))) return null;
  const width = Math.max(upper.length, lower.length, ...wide.map((span) => span.end + 1));
  const groupOf = (column: number) => {
    const span = wide.find((s) => s.start <= column && column <= s.end);
    return span ? (upper[span.start] ?? '').trim() : '';
  };
  const names = Array.from({ length: width }, (_, column) => (lower[column] ?? '').trim());
  return names.map((name, column) => {
    if (name === '') return (upper[column] ?? '').trim();
    const group = groupOf(column);
    const clash = names.some((other, at) => at !== column && other.toLowerCase() === name.toLowerCase() && groupOf(at) !== group);
    return clash && group !== '' ? `${group} ${name}` : name;
  });
}

/** Words of a report's footer line ("Confidential", "Generated by Workday on …", "Page 1 of 3", "42 records"). */
const FOOTER = /confidential|generated|printed|exported|page\s+\d|\bseite\s+\d|report|source:|copyright|©|vertraulich|erstellt|confidentiel|g[ée]n[ée]r[ée]|\d+\s+(?:records?|rows?|employees?|datens[äa]tze|eintr[äa]ge|mitarbeiter)|end of (?:report|list)/i;

/**
 * Trailing one-cell lines of a wide table that read as a report's footer: they name nobody and are
 * left out rather than refused. A one-cell row of a person with only a name stays.
 */
export function trailingFooterRows(rows: readonly (readonly string[])[], columns: number): number {
  if (columns < 3) return 0;
  let drop = 0;
  for (let i = rows.length - 1; i >= 0 && drop < 3; i--) {
    const row = rows[i] ?? [];
    const cells = row.filter((cell) => cell.trim() !== '');
    if (cells.length !== 1 || !FOOTER.test(cells[0] ?? '')) break;
    drop++;
  }
  return drop;
}

export function footerRowsNotice(rows: readonly (readonly string[])[], lines: readonly number[], dropped: number, unit: 'line' | 'row'): string | null {
  if (dropped === 0) return null;
  const from = rows.length - dropped;
  const text = (rows[from] ?? []).find((cell) => cell.trim() !== '')?.trim() ?? '';
  const where = lines.slice(from, rows.length).map((line) => thousands(line)).join(', ');
  return `File ${unit}${dropped === 1 ? '' : 's'} ${where} (“${text.length > 60 ? `${text.slice(0, 59)}…` : text}”) ${dropped === 1 ? 'is a footer' : 'are footers'} of the report and ${dropped === 1 ? 'is' : 'are'} not imported.`;
}
