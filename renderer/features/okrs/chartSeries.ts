import { parseISO } from 'date-fns';
import type { CheckIn, KeyResult, PeriodRange } from '../../../shared/model';
import { expectedValue } from '../../../shared/rules';

export interface HistoryPoint {
  t: number;
  date: string;
  value: number;
  confidence: number;
}

export interface PacePoint {
  t: number;
  expected: number;
}

export function dayToTime(day: string): number {
  return parseISO(day).getTime();
}

/** One point per check-in, oldest first (the history is already sorted by date, then entry). */
export function historyPoints(checkIns: readonly CheckIn[]): HistoryPoint[] {
  return checkIns.map((c) => ({ t: dayToTime(c.date), date: c.date, value: c.value, confidence: c.confidence }));
}

/**
 * The expected-pace line: a straight line across the period (the line to hold for stay above/below).
 * An unknown start is replaced by `baseline` (the first check-in's value); without one, no line.
 */
export function pacePoints(keyResult: Pick<KeyResult, 'metric' | 'start' | 'target'>, period: PeriodRange, baseline?: number): PacePoint[] {
  const from = expectedValue(keyResult, period, period.start, baseline);
  const to = expectedValue(keyResult, period, period.end, baseline);
  if (from === undefined || to === undefined) return [];
  return [
    { t: dayToTime(period.start), expected: from },
    { t: dayToTime(period.end), expected: to },
  ];
}

/** The time axis covers the period, widened for any check-in outside it (back-dated before the start). */
export function timeDomain(period: PeriodRange, points: readonly HistoryPoint[]): [number, number] {
  const times = [dayToTime(period.start), dayToTime(period.end), ...points.map((p) => p.t)];
  return [Math.min(...times), Math.max(...times)];
}

/** Ticks on the first of each month inside the domain (plus the domain's ends when few). */
export function monthTicks([from, to]: [number, number]): number[] {
  const ticks: number[] = [];
  const date = new Date(from);
  date.setDate(1);
  if (date.getTime() < from) date.setMonth(date.getMonth() + 1);
  while (date.getTime() <= to) {
    ticks.push(date.getTime());
    date.setMonth(date.getMonth() + 1);
  }
  return ticks.length >= 2 ? ticks : [from, to];
}
