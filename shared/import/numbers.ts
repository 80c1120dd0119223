/** How a file writes decimals: "1.5" (English) or "1,5" (most of continental Europe). */
export type DecimalMark = '.' | ',';

const COMMA_DECIMAL = /^[-+]?\d{1,3}(?:[. \u00a0\u202f]\d{3})*,\d+$|^[-+]?\d+,\d+$/;
const DOT_DECIMAL = /^[-+]?\d{1,3}(?:[, \u00a0\u202f]\d{3})*\.\d+$|^[-+]?\d+\.\d+$/;
/** "1,234" and "1.234" read either way: they decide nothing. */
const AMBIGUOUS = /^[-+]?\d{1,3}[.,]\d{3}$/;

/**
 * The decimal mark used by the number-like cells of a file, by majority; '.' when nothing
 * decides. A semicolon-separated file from European Excel writes "0,5" and "1.234,5".
 */
export function detectDecimalMark(cells: Iterable<string>): DecimalMark {
  let comma = 0;
  let dot = 0;
  for (const raw of cells) {
    const cell = raw.trim().replace(/%$/, '').trim();
    if (cell === '' || AMBIGUOUS.test(cell)) continue;
    if (COMMA_DECIMAL.test(cell)) comma++;
    else if (DOT_DECIMAL.test(cell)) dot++;
  }
  return comma > dot ? ',' : '.';
}

/**
 * Reads a number as the file writes it: thousands separators (the other mark, spaces, narrow
 * no-break spaces) dropped, a trailing % kept out. Null when the text is not a number.
 */
export function parseLocaleNumber(text: string, decimal: DecimalMark): number | null {
  const cell = text.trim().replace(/\s*%$/, '');
  if (cell === '') return null;
  const thousands = decimal === ',' ? /[.\s\u00a0\u202f]/g : /[,\s\u00a0\u202f]/g;
  const plain = cell.replace(thousands, '');
  const normal = decimal === ',' ? plain.replace(',', '.') : plain;
  if (!/^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/.test(normal)) return null;
  const value = Number(normal);
  return Number.isFinite(value) ? value : null;
}
