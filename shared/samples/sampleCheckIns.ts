import { addDays, differenceInCalendarDays, format, parseISO } from 'date-fns';
import type { CheckIn, KeyResult } from '../model';

const CHECK_IN_EVERY_DAYS = 14;

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/** Value a sample key result reached on `fraction` of the way to today, given its pace. */
function valueAt(keyResult: KeyResult, pace: number, fraction: number): number {
  if (keyResult.metric === 'milestone') return pace >= 1 && fraction >= 1 ? 1 : 0;
  if (keyResult.metric === 'stayAbove' || keyResult.metric === 'stayBelow') {
    const holds = pace >= 1;
    const margin = Math.abs(keyResult.target) * 0.04 || 0.1;
    const above = keyResult.metric === 'stayAbove' ? holds : !holds;
    return round(keyResult.target + (above ? margin : -margin));
  }
  const start = keyResult.start ?? 0;
  return round(start + (keyResult.target - start) * pace * fraction);
}

/**
 * Check-ins every two weeks from the period start up to `lastDaysAgo` days before today, so some
 * key results are fresh and some are stale in the sample.
 */
export function sampleCheckIns(
  keyResult: KeyResult,
  pace: number,
  periodStart: string,
  today: string,
  lastDaysAgo: number,
  stamp: () => { id: string; createdAt: string; updatedAt: string; deletedAt: null; updatedBy: null },
  at: string,
): CheckIn[] {
  const start = parseISO(periodStart);
  const elapsed = differenceInCalendarDays(parseISO(today), start);
  const lastDay = Math.max(0, elapsed - lastDaysAgo);
  const days: number[] = [];
  for (let day = 0; day < lastDay; day += CHECK_IN_EVERY_DAYS) days.push(day);
  days.push(lastDay);
  return days.map((day, index) => {
    const fraction = elapsed === 0 ? 1 : day / elapsed;
    const confidence = Math.max(1, Math.min(9, Math.round(4 + pace * 5 - (index === 0 ? 0 : 0))));
    return {
      ...stamp(),
      createdAt: at,
      updatedAt: at,
      keyResultId: keyResult.id,
      date: format(addDays(start, day), 'yyyy-MM-dd'),
      value: index === 0 ? valueAt(keyResult, pace, 0) : valueAt(keyResult, pace, fraction),
      confidence,
      note: index === 0 ? 'Baseline at the start of the quarter.' : '',
      authorId: keyResult.ownerId,
    };
  });
}
