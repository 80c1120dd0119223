import { addDays, differenceInCalendarDays, format, parseISO } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { calendarDaysBetween } from '../../../shared/rules';

describe('calendar days between two dates', () => {
  it('counts whole days, negative backwards', () => {
    expect(calendarDaysBetween('2026-11-02', '2026-11-16')).toBe(14);
    expect(calendarDaysBetween('2026-11-16', '2026-11-02')).toBe(-14);
    expect(calendarDaysBetween('2026-11-16', '2026-11-16')).toBe(0);
  });

  it('agrees with date-fns on every day of two years, across daylight saving and leap days', () => {
    const from = '2027-06-15';
    for (let i = 0; i < 730; i++) {
      const day = format(addDays(parseISO('2027-01-01'), i), 'yyyy-MM-dd');
      expect(calendarDaysBetween(day, from)).toBe(differenceInCalendarDays(parseISO(from), parseISO(day)));
    }
  });
});
