import Papa from 'papaparse';

export interface ParsedCsv {
  headers: string[];
  rows: string[][];
  problems: string[];
}

/** Splits CSV text into a header row and data rows; papaparse handles quotes, BOMs and line endings. */
export function parseCsv(text: string): ParsedCsv {
  const result = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' });
  const [headers = [], ...rows] = result.data;
  const problems = result.errors
    .filter((e) => e.code !== 'UndetectableDelimiter')
    .slice(0, 10)
    .map((e) => (e.row === undefined ? e.message : `row ${e.row + 1}: ${e.message}`));
  return { headers: headers.map((h) => h.trim()), rows, problems };
}
