import type { DateOnly } from '../model';

const DAY_MS = 86_400_000;

function dayNumber(day: DateOnly): number {
  return Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) / DAY_MS;
}

/**
 * Calendar days from `from` to `to` (both YYYY-MM-DD); negative when `to` is earlier. The same as
 * date-fns differenceInCalendarDays on those dates, but without parsing a Date per call: the OKR
 * page runs it for thousands of key results.
 */
export function calendarDaysBetween(from: DateOnly, to: DateOnly): number {
  return Math.round(dayNumber(to) - dayNumber(from));
}
