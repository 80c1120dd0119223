import { excelSerialToIso } from './excelDates';

/** Which comes first in a date like 03/04/2025: the day (Europe) or the month (the US). */
export type DayMonthOrder = 'dmy' | 'mdy';

const NUMERIC = /^(\d{1,2})[./-](\d{1,2})[./-](\d{2}|\d{4})(?:\s.*)?$/;
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T\s].*)?$/;
const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
  mai: 5, okt: 10, dez: 12, mrz: 3, janv: 1, fevr: 2, fev: 2, avr: 4, juin: 6, juil: 7, aout: 8, dic: 12, ene: 1, abr: 4, ago: 8, mei: 5,
};
const NAMED = /^(\d{1,2})[.\s-]+([\p{L}]+)\.?[\s-]+(\d{2}|\d{4})$/u;

/**
 * The order of day and month in a column of numeric dates: 'dmy' when a first number is above 12
 * (31/10/2025), 'mdy' when a second one is (10/31/2025); when nothing decides, dotted dates are
 * day first (German, Polish) and slashed ones follow the decimal mark (US files write "0.8").
 */
export function detectDayMonthOrder(cells: Iterable<string>, decimalMark: '.' | ',' = ','): DayMonthOrder {
  let slashes = false;
  for (const raw of cells) {
    const match = NUMERIC.exec(raw.trim());
    if (!match) continue;
    if (Number(match[1]) > 12) return 'dmy';
    if (Number(match[2]) > 12) return 'mdy';
    if (raw.includes('/')) slashes = true;
  }
  return slashes && decimalMark === '.' ? 'mdy' : 'dmy';
}

function iso(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const fullYear = (text: string) => (text.length === 2 ? 2000 + Number(text) - (Number(text) > 69 ? 100 : 0) : Number(text));

/**
 * A date as HR exports write it — ISO, 31.10.2025, 10/31/2025 or 31/10/2025 (by the column's
 * order), 31-Oct-2025, or an Excel serial number (45961) — as YYYY-MM-DD; null when it is none.
 */
export function parseExportDate(text: string, order: DayMonthOrder): string | null {
  const cell = text.trim();
  if (cell === '') return null;
  let match = ISO.exec(cell);
  if (match) return iso(Number(match[1]), Number(match[2]), Number(match[3]));
  match = NUMERIC.exec(cell);
  if (match) {
    const [a, b] = [Number(match[1]), Number(match[2])];
    return order === 'dmy' ? iso(fullYear(match[3] ?? ''), b, a) : iso(fullYear(match[3] ?? ''), a, b);
  }
  match = NAMED.exec(cell);
  if (match) {
    const word = (match[2] ?? '').toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
    const month = MONTHS[word.slice(0, 4)] ?? MONTHS[word.slice(0, 3)];
    return month ? iso(fullYear(match[3] ?? ''), month, Number(match[1])) : null;
  }
  // Excel serials of 1930–2099, as a CSV written from a sheet without date formats has them.
  if (/^\d{5}(?:\.\d+)?$/.test(cell)) {
    const serial = Number(cell);
    if (serial >= 10_959 && serial <= 73_050) return excelSerialToIso(Math.floor(serial));
  }
  return null;
}
