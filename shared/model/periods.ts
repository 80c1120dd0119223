import { addQuarters, endOfQuarter, format, getQuarter, getYear, parseISO, startOfQuarter } from 'date-fns';
import type { DateOnly } from './common';

export interface PeriodRange {
  id: string;
  name: string;
  kind: 'quarter' | 'custom';
  start: DateOnly;
  end: DateOnly;
}

const QUARTER_ID = /^period:(\d{4})-Q([1-4])$/;

function toDateOnly(date: Date): DateOnly {
  return format(date, 'yyyy-MM-dd');
}

/** The calendar quarter containing `day` (a YYYY-MM-DD date), e.g. id `period:2026-Q4`. */
export function quarterOf(day: DateOnly): PeriodRange {
  const date = parseISO(day);
  const year = getYear(date);
  const quarter = getQuarter(date);
  return {
    id: `period:${year}-Q${quarter}`,
    name: `Q${quarter} ${year}`,
    kind: 'quarter',
    start: toDateOnly(startOfQuarter(date)),
    end: toDateOnly(endOfQuarter(date)),
  };
}

/** The quarter `offset` quarters away from the one containing `day` (−1 previous, +1 next). */
export function quarterAround(day: DateOnly, offset: number): PeriodRange {
  return quarterOf(toDateOnly(addQuarters(startOfQuarter(parseISO(day)), offset)));
}

/** Resolves a generated quarter id back to its range; undefined for any other id. */
export function quarterFromId(id: string): PeriodRange | undefined {
  const match = QUARTER_ID.exec(id);
  if (!match) return undefined;
  const month = (Number(match[2]) - 1) * 3 + 1;
  return quarterOf(`${match[1]}-${String(month).padStart(2, '0')}-01`);
}

/** Previous, current and next quarter around `today`, in that order. */
export function quartersAround(today: DateOnly): PeriodRange[] {
  return [-1, 0, 1].map((offset) => quarterAround(today, offset));
}
