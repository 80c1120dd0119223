/**
 * Numbers as people type them in spreadsheets: "40 %", "1.2k", "$3M", "(250)", "1 200,5", "3,5".
 * The decimal separator is decided once per file (see decideDecimalSeparator) so "1,200" and
 * "3,5" are never confused; a value the file's evidence cannot settle is flagged, never guessed.
 */
export type DecimalSeparator = '.' | ',';

export type NumberReading =
  | { kind: 'empty' }
  /** `multiplier`: the k/M/bn suffix it was written with (1000 for "1.2k"), when there was one. */
  | { kind: 'number'; value: number; unit: string; multiplier?: number }
  | { kind: 'ambiguous'; message: string }
  | { kind: 'invalid'; message: string };

const SUFFIXES: Record<string, number> = { k: 1e3, K: 1e3, m: 1e6, M: 1e6, mm: 1e6, MM: 1e6, bn: 1e9, b: 1e9, B: 1e9, Bn: 1e9, Tsd: 1e3, Mio: 1e6, Mn: 1e6, mn: 1e6, Mrd: 1e9 };
const CURRENCY = /^[$€£¥₹]|[$€£¥₹]$|^(USD|EUR|GBP|CHF|JPY)\s*|\s*(USD|EUR|GBP|CHF|JPY)$/i;
const GROUPED_BY: Record<DecimalSeparator, RegExp> = { '.': /^\d{1,3}(\.\d{3})+$/, ',': /^\d{1,3}(,\d{3})+$/ };
const DECIMAL_BY: Record<DecimalSeparator, RegExp> = { '.': /^\d*\.\d+$/, ',': /^\d*,\d+$/ };
const GROUPED = (separator: DecimalSeparator) => GROUPED_BY[separator];
const PLAIN: Record<DecimalSeparator, RegExp> = { '.': /^\d+(?:\.\d+)?$/, ',': /^\d+(?:,\d+)?$/ };

/** What a lone separator in `digits` could mean: a decimal point, thousands grouping, or either. */
function readings(digits: string, separator: DecimalSeparator): { decimal: boolean; grouping: boolean } {
  return { decimal: DECIMAL_BY[separator].test(digits), grouping: GROUPED_BY[separator].test(digits) };
}

/**
 * The evidence one value gives about the file's decimal separator: '.' or ',' when it can only be
 * read one way ("3,5", "1,234.5", "0.25"), undefined when it cannot tell ("1,200", "42").
 */
export function decimalEvidence(text: string): DecimalSeparator | undefined {
  // A cell without either mark says nothing (the quick way out for most cells).
  if (!text.includes('.') && !text.includes(',')) return undefined;
  // The number itself: "2,5 Mio." ends in an abbreviation's dot, not a decimal one.
  const digits = /\d[\d.,]*\d|\d/.exec(text.replace(/(?<=\d)[\s'\u00a0\u202f](?=\d)/g, ''))?.[0] ?? '';
  const lastDot = digits.lastIndexOf('.');
  const lastComma = digits.lastIndexOf(',');
  if (lastDot >= 0 && lastComma >= 0) return lastDot > lastComma ? '.' : ',';
  for (const separator of ['.', ','] as const) {
    if (!digits.includes(separator)) continue;
    const count = digits.split(separator).length - 1;
    if (count > 1) return separator === '.' ? ',' : '.'; // "1.200.000": only grouping repeats
    const { decimal, grouping } = readings(digits, separator);
    if (decimal && !grouping) return separator;
  }
  return undefined;
}

export interface DecimalDecision {
  separator: DecimalSeparator;
  /** True when some value showed it; false when nothing in the file could tell (then "." is assumed). */
  decided: boolean;
  /** How many values pointed each way. */
  votes: Record<DecimalSeparator, number>;
}

/** Decides the file's decimal separator from every number-like cell: the majority of the values that can tell. */
export function decideDecimalSeparator(values: readonly string[]): DecimalDecision {
  const votes: Record<DecimalSeparator, number> = { '.': 0, ',': 0 };
  for (const value of values) {
    const evidence = decimalEvidence(value);
    if (evidence) votes[evidence]++;
  }
  if (votes['.'] === 0 && votes[','] === 0) return { separator: '.', decided: false, votes };
  return { separator: votes[','] > votes['.'] ? ',' : '.', decided: true, votes };
}

/**
 * Reads one cell as a number with the file's decimal separator. Spreadsheet numbers (not text)
 * pass through. Percent, currency and k/M/bn suffixes are understood; "%" or the currency is returned as the unit.
 * `decided` false: a value such as "1,200" (a thousand and two hundred, or one point two) is
 * ambiguous and flagged.
 */
export function readNumber(cell: string | number | null | undefined, separator: DecimalSeparator, decided = true): NumberReading {
  if (typeof cell === 'number') return Number.isFinite(cell) ? { kind: 'number', value: cell, unit: '' } : { kind: 'invalid', message: `${cell} is not a finite number` };
  // Most cells are plain ("42", "3.5" in a point file): nothing below would change them.
  if (cell && PLAIN[separator].test(cell)) {
    const value = Number(separator === '.' ? cell : cell.replace(',', '.'));
    if (Number.isFinite(value)) return { kind: 'number', value, unit: '' };
  }
  const original = (cell ?? '').trim();
  if (original === '') return { kind: 'empty' };
  let text = original.replace(/[\u00a0\u202f\u2009]/g, ' ').replace(/\u2212/g, '-');
  let negative = false;
  if (/^\(.*\)$/.test(text)) {
    negative = true;
    text = text.slice(1, -1).trim();
  }
  if (text.startsWith('-')) {
    negative = !negative;
    text = text.slice(1).trim();
  } else if (text.startsWith('+')) text = text.slice(1).trim();
  let unit = '';
  if (text.endsWith('%')) {
    unit = '%';
    text = text.slice(0, -1).trim();
  }
  const currency = CURRENCY.exec(text)?.[0].trim();
  // "€2.5M", "2,5 Mio. €", "USD 250": the currency is the unit, unless the value is a percentage.
  if (currency && !unit) unit = /^[a-z]+$/i.test(currency) ? currency.toUpperCase() : currency;
  text = text.replace(CURRENCY, '').trim();
  if (text.startsWith('-')) {
    negative = !negative;
    text = text.slice(1).trim();
  }
  let multiplier = 1;
  // German and French reports write "1,5 Mio.", "2 Mrd." and "12 Tsd.".
  const suffix = /^(.*\d)\s*(k|K|mm|MM|m|M|bn|Bn|b|B|Tsd|Mio|Mn|mn|Mrd)\.?$/.exec(text);
  if (suffix) {
    text = suffix[1]!;
    multiplier = SUFFIXES[suffix[2]!]!;
  }
  text = text.replace(/['’ ]/g, (match, offset: number, whole: string) => (/\d/.test(whole[offset - 1] ?? '') && /\d/.test(whole[offset + 1] ?? '') ? '' : match));
  if (!/^[\d.,]+$/.test(text) || !/\d/.test(text)) {
    return { kind: 'invalid', message: `"${original}" is not a number: write it like 40, 40 %, 1.2k or $3M` };
  }
  const grouping = separator === '.' ? ',' : '.';
  const { decimal: asDecimal, grouping: asGrouping } = readings(text, grouping);
  if (!decided && text.split(grouping).length === 2 && asDecimal && asGrouping) {
    return {
      kind: 'ambiguous',
      message: `"${original}" could be ${text.replace(grouping, '')} or ${text.replace(grouping, '.')}: choose the file's decimal separator in the preview, or write the number without grouping`,
    };
  }
  if (text.includes(grouping) && !GROUPED(grouping).test(text.split(separator)[0]!)) {
    return {
      kind: 'invalid',
      message: `"${original}" does not fit this file's decimal separator "${separator}": write it as ${text.replace(grouping, separator)} or switch the separator in the preview`,
    };
  }
  const normal = text.split(grouping).join('').replace(separator, '.');
  if ((normal.match(/\./g) ?? []).length > 1) return { kind: 'invalid', message: `"${original}" has more than one decimal separator` };
  const value = Number(normal) * multiplier * (negative ? -1 : 1);
  if (!Number.isFinite(value)) return { kind: 'invalid', message: `"${original}" is not a finite number` };
  // k/M multiply decimals ("1.2k" = 1200): round away floating-point noise.
  return multiplier === 1 ? { kind: 'number', value, unit } : { kind: 'number', value: Math.round(value * 1e6) / 1e6, unit, multiplier };
}
