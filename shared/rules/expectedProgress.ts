import { differenceInCalendarDays, parseISO } from 'date-fns';
import type { DateOnly, KeyResult, PeriodRange } from '../model';

type DatedPeriod = Pick<PeriodRange, 'start' | 'end'>;

function clamp01(value: number): number {
  return Math.min(1, Math.max(0, value));
}

/**
 * Share 0–1 of the period elapsed at `today`, linear in calendar days: 0 on the first day,
 * 1 on the last day and after, 0 before the period starts. A one-day period is 1 on its day.
 */
export function expectedProgress(period: DatedPeriod, today: DateOnly): number {
  const elapsed = differenceInCalendarDays(parseISO(today), parseISO(period.start));
  const length = differenceInCalendarDays(parseISO(period.end), parseISO(period.start));
  if (length <= 0) return elapsed >= 0 ? 1 : 0;
  return clamp01(elapsed / length);
}

/** True once the period's last day is over: only then is a milestone "missed". */
export function periodHasEnded(period: DatedPeriod, today: DateOnly): boolean {
  return today > period.end;
}

/**
 * The value a key result should have reached on `day` to be exactly on pace: the straight line
 * from start to target across the period. Stay above/below: the line to hold, all period long.
 * Milestones have no pace (they are done or not): undefined. An unknown start (null) is replaced
 * by `baseline` (the first check-in's value); without one there is no line yet: undefined.
 */
export function expectedValue(
  keyResult: Pick<KeyResult, 'metric' | 'start' | 'target'>,
  period: DatedPeriod,
  day: DateOnly,
  baseline?: number,
): number | undefined {
  switch (keyResult.metric) {
    case 'increase':
    case 'decrease': {
      const start = keyResult.start ?? baseline;
      if (start === undefined) return undefined;
      return start + (keyResult.target - start) * expectedProgress(period, day);
    }
    case 'stayAbove':
    case 'stayBelow':
      return keyResult.target;
    case 'milestone':
      return undefined;
  }
}
