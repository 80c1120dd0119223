import { addDays, format, parseISO } from 'date-fns';
import type { DateOnly, PeriodRange } from '../model';

type NamedPeriod = Pick<PeriodRange, 'name' | 'start' | 'end'>;

let lastDay: { end: string; graceDays: number; day: DateOnly } | undefined;

/** The last day a check-in of the period may be dated: its end plus the grace window (remembered: lists ask thousands of times). */
export function lastCheckInDay(period: Pick<PeriodRange, 'end'>, graceDays: number): DateOnly {
  if (lastDay?.end !== period.end || lastDay.graceDays !== graceDays) lastDay = { end: period.end, graceDays, day: format(addDays(parseISO(period.end), graceDays), 'yyyy-MM-dd') };
  return lastDay.day;
}

/**
 * Why a check-in cannot be dated `date`, or undefined when it can: not in the future, not before
 * the period starts, not more than `graceDays` after it ends (a late final reading is fine).
 */
export function checkInDateProblem(date: DateOnly, period: NamedPeriod, today: DateOnly, graceDays: number): string | undefined {
  if (date > today) return `The check-in date ${date} is in the future: choose today (${today}) or an earlier date.`;
  if (date < period.start) {
    return `The check-in date ${date} is before ${period.name} starts (${period.start}): choose a date from ${period.start} on.`;
  }
  const last = lastCheckInDay(period, graceDays);
  if (date > last) {
    return `The check-in date ${date} is more than ${graceDays} days after ${period.name} ended (${period.end}): choose a date from ${period.start} to ${last}.`;
  }
  return undefined;
}

/** The date a new check-in proposes: today while the period runs, its last day once it has ended. */
export function defaultCheckInDate(period: Pick<PeriodRange, 'end'> | null | undefined, today: DateOnly): DateOnly {
  return period && today > period.end ? period.end : today;
}
