import type { DateOnly, PeriodRange } from '../model';
import { calendarDaysBetween } from './calendarDays';

export interface CheckInHistory {
  /** Date of the latest check-in; undefined when there is none. */
  lastCheckInDate: DateOnly | undefined;
  /** The day the key result was created (YYYY-MM-DD): nobody can check in before it exists. */
  createdOn: DateOnly;
}

type DatedPeriod = Pick<PeriodRange, 'start' | 'end'>;

/**
 * Days without a check-in, counted up to today or the period's last day, whichever comes first
 * (nobody checks in on a closed period). Without any check-in, counted from the period start or
 * the key result's creation, whichever is later. 0 before the period starts.
 */
export function daysWithoutCheckIn(history: CheckInHistory, period: DatedPeriod, today: DateOnly): number {
  const asOf = today < period.end ? today : period.end;
  if (asOf < period.start) return 0;
  const laterOf = (a: DateOnly, b: DateOnly) => (a > b ? a : b);
  const since = history.lastCheckInDate ?? laterOf(period.start, history.createdOn);
  return Math.max(0, calendarDaysBetween(since, asOf));
}

/** Stale: no check-in for more than `staleAfterDays` days (Settings, default 14). */
export function checkInIsStale(history: CheckInHistory, period: DatedPeriod, today: DateOnly, staleAfterDays: number): boolean {
  return daysWithoutCheckIn(history, period, today) > staleAfterDays;
}
