import type { DateOnly, PeriodRange } from '../model';
import { calendarDaysBetween } from './calendarDays';
import { lastCheckInDay } from './checkInDates';

export interface DueInput {
  lastCheckInDate: DateOnly | undefined;
  period: Pick<PeriodRange, 'start' | 'end'>;
  today: DateOnly;
  /** Settings: a check-in is expected at least every this many days (default 7). */
  cadenceDays: number;
  /** Settings: check-ins are accepted this many days after the period ends (default 14). */
  graceDays: number;
}

/**
 * Due: no check-in within the cadence, counted up to today (or the period's last day once it has
 * ended, so a final reading is still asked for during the grace window). Never due before the
 * period starts or once its grace window is over, because no check-in could be dated then.
 */
export function isDue({ lastCheckInDate, period, today, cadenceDays, graceDays }: DueInput): boolean {
  if (today < period.start || today > lastCheckInDay(period, graceDays)) return false;
  if (lastCheckInDate === undefined) return true;
  const asOf = today < period.end ? today : period.end;
  return calendarDaysBetween(lastCheckInDate, asOf) >= cadenceDays;
}

export interface DueKeyResult {
  stale: boolean;
  due: boolean;
  daysWithoutCheckIn: number;
  title: string;
}

/** The "Check-ins due" order: stale first, then due, the longest without a check-in first, then by title. */
export function checkInsDue<T extends DueKeyResult>(items: readonly T[]): T[] {
  return [...items].sort(
    (a, b) =>
      Number(b.stale) - Number(a.stale) ||
      Number(b.due) - Number(a.due) ||
      b.daysWithoutCheckIn - a.daysWithoutCheckIn ||
      a.title.localeCompare(b.title),
  );
}
