import { addDays, addMonths, format, parseISO } from 'date-fns';
import { DateOnly, quarterFromId, quarterOf, type PeriodRange } from '../../model';
import { readDayText } from './dayText';

/** A period a row names: a calendar quarter (generated) or a custom range (created on import when new). */
export type PeriodSpec =
  | { kind: 'quarter'; id: string; name: string; start: string; end: string }
  | { kind: 'custom'; name: string; start: string; end: string };

export type PeriodReading = { ok: true; period: PeriodSpec } | { ok: false; message: string };

const day = (date: Date) => format(date, 'yyyy-MM-dd');
const fullYear = (text: string) => (text.length === 2 ? 2000 + Number(text) : Number(text));
const isDate = (text: string) => DateOnly.safeParse(text).success;

function calendarQuarter(year: number, quarter: number): PeriodSpec {
  const range = quarterFromId(`period:${year}-Q${quarter}`)!;
  return { kind: 'quarter', id: range.id, name: range.name, start: range.start, end: range.end };
}

/** A range that is exactly a calendar quarter becomes that quarter (no custom period needed). */
function fromRange(name: string | undefined, start: string, end: string): PeriodReading {
  if (end < start) return { ok: false, message: `the period${name ? ` "${name}"` : ''} ends (${end}) before it starts (${start}): swap the dates or correct them` };
  const quarter = quarterOf(start);
  if (quarter.start === start && quarter.end === end) return { ok: true, period: { kind: 'quarter', id: quarter.id, name: quarter.name, start, end } };
  const label = (name ?? '').trim() || `${start} – ${end}`;
  if (label.length > 60) return { ok: false, message: `the period name "${label.slice(0, 60)}…" is longer than 60 characters: shorten it` };
  return { ok: true, period: { kind: 'custom', name: label, start, end } };
}

/**
 * Fiscal quarter q of fiscal year FY`year`, named by the calendar year it ends in (FY27 starting in
 * April runs from April 2026 to March 2027). A fiscal year starting in January is the calendar year.
 */
export function fiscalQuarter(year: number, quarter: number, startMonth: number): PeriodSpec {
  if (startMonth === 1) return calendarQuarter(year, quarter);
  const yearStart = parseISO(`${year - 1}-${String(startMonth).padStart(2, '0')}-01`);
  const start = addMonths(yearStart, 3 * (quarter - 1));
  const end = addDays(addMonths(start, 3), -1);
  return { kind: 'custom', name: `FY${String(year).slice(-2)} Q${quarter}`, start: day(start), end: day(end) };
}

// "T1 2026" is the French trimestre.
const QUARTER_FIRST = /^[QT]([1-4])[\s\-/_]*(?:CY)?(\d{4}|\d{2})$/i;
const YEAR_FIRST = /^(?:CY)?(\d{4})[\s\-/_]*Q([1-4])$/i;
const FISCAL_FIRST = /^FY[\s-]?(\d{4}|\d{2})[\s\-/_]*Q([1-4])$/i;
const FISCAL_LAST = /^Q([1-4])[\s\-/_]*FY[\s-]?(\d{4}|\d{2})$/i;
const HALF_FIRST = /^H([12])[\s\-/_]*(?:CY)?(\d{4}|\d{2})$/i;
const YEAR_HALF = /^(?:CY)?(\d{4})[\s\-/_]*H([12])$/i;
const FISCAL_HALF = /^(?:FY[\s-]?(\d{4}|\d{2})[\s\-/_]*H([12])|H([12])[\s\-/_]*FY[\s-]?(\d{4}|\d{2}))$/i;
const DATE_RANGE = /^(\d{4}-\d{2}-\d{2})\s*(?:–|—|-|to|until|\.\.)\s*(\d{4}-\d{2}-\d{2})$/i;

export interface PeriodCells {
  name: string;
  start?: string;
  end?: string;
}

/**
 * Reads a row's period: "Q3 2026", "2026-Q3", "FY26 Q3" (with the fiscal year's first month), a
 * date range "2026-07-01 – 2026-09-30", or a name with start and end columns. A bare name matches
 * a custom period that already exists. The message says what to write instead.
 */
export function readPeriod(cells: PeriodCells, fiscalStartMonth: number, existing: readonly Pick<PeriodRange, 'name' | 'start' | 'end'>[] = []): PeriodReading {
  const name = cells.name.trim().replace(/\s+/g, ' ');
  const startText = cells.start?.trim() ?? '';
  const endText = cells.end?.trim() ?? '';
  if (startText || endText) {
    // Spreadsheets in other locales write "01.07.2026" or "31/12/2026".
    const start = isDate(startText) ? startText : readDayText(startText);
    const end = isDate(endText) ? endText : readDayText(endText);
    if (!start || !end) {
      return { ok: false, message: `the period start "${startText}" and end "${endText}" must both be dates like 2026-07-01 or 01.07.2026` };
    }
    return fromRange(name || undefined, start, end);
  }
  if (!name) return { ok: false, message: 'the period is missing: write it like "Q3 2026", "2026-Q3", "FY26 Q3" or a date range' };
  let match = QUARTER_FIRST.exec(name);
  if (match) return { ok: true, period: calendarQuarter(fullYear(match[2]!), Number(match[1])) };
  match = YEAR_FIRST.exec(name);
  if (match) return { ok: true, period: calendarQuarter(Number(match[1]), Number(match[2])) };
  match = FISCAL_FIRST.exec(name);
  if (match) return { ok: true, period: fiscalQuarter(fullYear(match[1]!), Number(match[2]), fiscalStartMonth) };
  match = FISCAL_LAST.exec(name);
  if (match) return { ok: true, period: fiscalQuarter(fullYear(match[2]!), Number(match[1]), fiscalStartMonth) };
  match = HALF_FIRST.exec(name);
  if (match) return { ok: true, period: halfYear(fullYear(match[2]!), Number(match[1]), fiscalStartMonth, false) };
  match = YEAR_HALF.exec(name);
  if (match) return { ok: true, period: halfYear(Number(match[1]), Number(match[2]), fiscalStartMonth, false) };
  match = FISCAL_HALF.exec(name);
  if (match) return { ok: true, period: halfYear(fullYear(match[1] ?? match[4]!), Number(match[2] ?? match[3]), fiscalStartMonth, true) };
  match = DATE_RANGE.exec(name);
  if (match) return fromRange(undefined, match[1]!, match[2]!);
  const known = existing.find((p) => p.name.toLowerCase() === name.toLowerCase());
  if (known) return fromRange(known.name, known.start, known.end);
  return {
    ok: false,
    message: `the period "${name}" is not a quarter ("Q3 2026", "2026-Q3", "FY26 Q3") or a date range: write it that way, or add Period start and Period end columns`,
  };
}

/**
 * Half year h of (fiscal) year `year`: "H1 2026" is January–June 2026; "H1 FY27" with a fiscal year
 * starting in April is April–September 2026. A custom period, created on import when new.
 */
export function halfYear(year: number, half: number, startMonth: number, fiscal: boolean): PeriodSpec {
  const first = fiscal && startMonth !== 1 ? parseISO(`${year - 1}-${String(startMonth).padStart(2, '0')}-01`) : parseISO(`${year}-01-01`);
  const start = addMonths(first, 6 * (half - 1));
  const end = addDays(addMonths(start, 6), -1);
  const name = fiscal ? `FY${String(year).slice(-2)} H${half}` : `H${half} ${year}`;
  return { kind: 'custom', name, start: day(start), end: day(end) };
}

/** One key per period, for grouping rows: the quarter's id, or the custom period's name. */
export function periodKey(period: PeriodSpec): string {
  return period.kind === 'quarter' ? period.id : `custom:${period.name.toLowerCase()}`;
}
