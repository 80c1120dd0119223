import { describe, expect, it } from 'vitest';
import { expectedProgress, expectedValue, periodHasEnded } from '../../../shared/rules';

// Q4 2026: 1 October to 31 December, 91 days from first to last day.
const Q4 = { start: '2026-10-01', end: '2026-12-31' };

describe('expected progress: the share of the period elapsed, linear', () => {
  it('expects nothing on the first day of the period', () => {
    expect(expectedProgress(Q4, '2026-10-01')).toBe(0);
  });

  it('expects about half way in the middle of the period (15 November: 45 of 91 days)', () => {
    expect(expectedProgress(Q4, '2026-11-15')).toBeCloseTo(45 / 91, 10);
  });

  it('expects everything on the last day of the period', () => {
    expect(expectedProgress(Q4, '2026-12-31')).toBe(1);
  });

  it('expects nothing before the period starts and everything after it ends', () => {
    expect(expectedProgress(Q4, '2026-09-15')).toBe(0);
    expect(expectedProgress(Q4, '2027-02-01')).toBe(1);
  });

  it('counts calendar days, so a daylight-saving change does not bend the line', () => {
    // Clocks go back in Europe on 25 October 2026; 24 days elapsed either way.
    expect(expectedProgress(Q4, '2026-10-25')).toBeCloseTo(24 / 91, 10);
  });

  it('treats a one-day custom period as fully elapsed on its day', () => {
    const hackathon = { start: '2026-11-20', end: '2026-11-20' };
    expect(expectedProgress(hackathon, '2026-11-19')).toBe(0);
    expect(expectedProgress(hackathon, '2026-11-20')).toBe(1);
  });
});

describe('period end', () => {
  it('is still open on its last day and ended the day after', () => {
    expect(periodHasEnded(Q4, '2026-12-31')).toBe(false);
    expect(periodHasEnded(Q4, '2027-01-01')).toBe(true);
  });
});

describe('expected value: the pace line drawn on the chart', () => {
  it('runs straight from start to target for an increase', () => {
    const kr = { metric: 'increase', start: 20, target: 40 } as const;
    expect(expectedValue(kr, Q4, '2026-10-01')).toBe(20);
    expect(expectedValue(kr, Q4, '2026-12-31')).toBe(40);
  });

  it('runs downwards for a decrease', () => {
    const kr = { metric: 'decrease', start: 48, target: 38 } as const;
    expect(expectedValue(kr, Q4, '2026-12-31')).toBe(38);
    expect(expectedValue(kr, Q4, '2026-11-15')!).toBeLessThan(48);
  });

  it('is the line itself for stay above and stay below', () => {
    expect(expectedValue({ metric: 'stayAbove', start: 4.1, target: 4.2 }, Q4, '2026-11-15')).toBe(4.2);
    expect(expectedValue({ metric: 'stayBelow', start: 12, target: 10 }, Q4, '2026-10-01')).toBe(10);
  });

  it('has no pace for a milestone', () => {
    expect(expectedValue({ metric: 'milestone', start: 0, target: 1 }, Q4, '2026-11-15')).toBeUndefined();
  });
});
