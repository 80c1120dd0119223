import { compactHeader } from './headerMatch';
import { parseLocaleNumber, type DecimalMark } from './numbers';

/** Headers that count time in hours: "Weekly hours", "Hours per week (of 40)", "Wochenstunden", "Heures/semaine". */
const HOURS = /hours|hrs|stunden|std|heures|horas|uren|timer|godzin/;

/** The usual full-time week when the header does not name one. */
export const DEFAULT_WEEK_HOURS = 40;

/**
 * The length of a full-time week when a column counts allocation in hours — only when its header
 * says hours, since "32" alone is more often a percentage —, else null. "Hours (of 38.5)",
 * "Std./Woche (35 h)": the number in the header is the full week.
 */
export function weekHoursOfColumn(header: string): number | null {
  if (!HOURS.test(compactHeader(header))) return null;
  const stated = /(\d{2}(?:[.,]\d+)?)/.exec(header)?.[1];
  const week = stated ? Number(stated.replace(',', '.')) : DEFAULT_WEEK_HOURS;
  return week >= 10 && week <= 60 ? week : DEFAULT_WEEK_HOURS;
}

/** "32" hours of a 40-hour week → 80 (%); a cell written as a percentage stays one. Null when it is no number. */
export function hoursToAllocation(text: string, decimalMark: DecimalMark, weekHours: number): number | null {
  const cell = text.trim();
  const value = parseLocaleNumber(cell, decimalMark);
  if (value === null) return null;
  if (cell.endsWith('%')) return value;
  return Math.round((value / weekHours) * 1000) / 10;
}
