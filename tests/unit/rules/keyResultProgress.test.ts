import { describe, expect, it } from 'vitest';
import type { MetricKind } from '../../../shared/model';
import { keyResultProgress, latestCheckIn, progressAt } from '../../../shared/rules';
import { checkIn, deleted, keyResult } from './factories';

const KR = 'key-result:uptime';

describe('latestCheckIn', () => {
  it('has no latest check-in when there are none', () => {
    expect(latestCheckIn([])).toBeUndefined();
  });

  it('picks the latest date, whatever the order of the list', () => {
    const early = checkIn({ keyResultId: KR, date: '2026-10-01', value: 1 });
    const late = checkIn({ keyResultId: KR, date: '2026-10-15', value: 2 });
    const middle = checkIn({ keyResultId: KR, date: '2026-10-08', value: 3 });
    expect(latestCheckIn([early, late, middle])).toBe(late);
    expect(latestCheckIn([late, middle, early])).toBe(late);
  });

  it('does not let a back-dated check-in entered last become the current value', () => {
    const current = checkIn({ keyResultId: KR, date: '2026-10-15', value: 2, createdAt: '2026-10-15T09:00:00.000Z' });
    const backDated = checkIn({ keyResultId: KR, date: '2026-10-10', value: 1, createdAt: '2026-10-20T09:00:00.000Z' });
    expect(latestCheckIn([current, backDated])).toBe(current);
  });

  it('breaks a tie on the same date by the later createdAt', () => {
    const morning = checkIn({ keyResultId: KR, date: '2026-10-15', value: 1, createdAt: '2026-10-15T09:00:00.000Z' });
    const afternoon = checkIn({ keyResultId: KR, date: '2026-10-15', value: 2, createdAt: '2026-10-15T15:00:00.000Z' });
    expect(latestCheckIn([afternoon, morning])).toBe(afternoon);
    expect(latestCheckIn([morning, afternoon])).toBe(afternoon);
  });

  it('compares createdAt as instants, not text, when precisions differ', () => {
    const withMillis = checkIn({ keyResultId: KR, date: '2026-10-15', value: 1, createdAt: '2026-10-15T09:00:00.500Z' });
    const withoutMillis = checkIn({ keyResultId: KR, date: '2026-10-15', value: 2, createdAt: '2026-10-15T09:00:00Z' });
    expect(latestCheckIn([withoutMillis, withMillis])).toBe(withMillis);
  });

  it('settles a dead heat on date and createdAt by id, so the answer never depends on order', () => {
    const a = checkIn({ id: 'check-in:a', keyResultId: KR, date: '2026-10-15', value: 1 });
    const b = checkIn({ id: 'check-in:b', keyResultId: KR, date: '2026-10-15', value: 2 });
    expect(latestCheckIn([a, b])).toBe(b);
    expect(latestCheckIn([b, a])).toBe(b);
  });

  it('ignores deleted check-ins, even the latest one', () => {
    const kept = checkIn({ keyResultId: KR, date: '2026-10-01', value: 1 });
    const removed = deleted(checkIn({ keyResultId: KR, date: '2026-10-15', value: 2 }));
    expect(latestCheckIn([kept, removed])).toBe(kept);
    expect(latestCheckIn([removed])).toBeUndefined();
  });
});

describe('progressAt: increase and decrease', () => {
  it('measures progress of an increasing target: 0 → 100, now 40 is 40%', () => {
    expect(progressAt({ metric: 'increase', start: 0, target: 100 }, 40)).toBe(0.4);
  });

  it('measures progress of a decreasing target: 20 → 10, now 15 is 50%', () => {
    expect(progressAt({ metric: 'decrease', start: 20, target: 10 }, 15)).toBe(0.5);
  });

  it('uses the same formula whichever way the numbers run', () => {
    expect(progressAt({ metric: 'increase', start: 20, target: 10 }, 15)).toBe(0.5);
    expect(progressAt({ metric: 'decrease', start: -10, target: -30 }, -25)).toBe(0.75);
  });

  it('is 0 at the start and 1 at the target', () => {
    const kr = { metric: 'increase', start: 40, target: 60 } as const;
    expect(progressAt(kr, 40)).toBe(0);
    expect(progressAt(kr, 60)).toBe(1);
  });

  it('clamps at 0 when the value moved the wrong way', () => {
    expect(progressAt({ metric: 'increase', start: 50, target: 100 }, 40)).toBe(0);
    expect(progressAt({ metric: 'decrease', start: 20, target: 10 }, 25)).toBe(0);
  });

  it('clamps at 1 when the value overshot the target', () => {
    expect(progressAt({ metric: 'increase', start: 0, target: 100 }, 130)).toBe(1);
    expect(progressAt({ metric: 'decrease', start: 20, target: 10 }, 5)).toBe(1);
  });

  it('handles fractional values: 0.1 → 0.3, now 0.2 is about 50%', () => {
    expect(progressAt({ metric: 'increase', start: 0.1, target: 0.3 }, 0.2)).toBeCloseTo(0.5, 10);
  });

  it('treats target equal to start as done once reached (increase: at or above)', () => {
    const kr = { metric: 'increase', start: 10, target: 10 } as const;
    expect(progressAt(kr, 10)).toBe(1);
    expect(progressAt(kr, 12)).toBe(1);
    expect(progressAt(kr, 9)).toBe(0);
  });

  it('treats target equal to start as done once reached (decrease: at or below)', () => {
    const kr = { metric: 'decrease', start: 10, target: 10 } as const;
    expect(progressAt(kr, 10)).toBe(1);
    expect(progressAt(kr, 8)).toBe(1);
    expect(progressAt(kr, 11)).toBe(0);
  });
});

describe('progressAt: stay above and stay below', () => {
  it('is 1 while the value stays above the line (the line itself counts as holding)', () => {
    const kr = { metric: 'stayAbove', start: 99.9, target: 99.9 } as const;
    expect(progressAt(kr, 99.95)).toBe(1);
    expect(progressAt(kr, 99.9)).toBe(1);
    expect(progressAt(kr, 99.8)).toBe(0);
  });

  it('is 1 while the value stays below the line (the line itself counts as holding)', () => {
    const kr = { metric: 'stayBelow', start: 5, target: 5 } as const;
    expect(progressAt(kr, 3)).toBe(1);
    expect(progressAt(kr, 5)).toBe(1);
    expect(progressAt(kr, 5.1)).toBe(0);
  });

  it('judges only by the line, not by the start value', () => {
    expect(progressAt({ metric: 'stayAbove', start: 0, target: 90 }, 91)).toBe(1);
    expect(progressAt({ metric: 'stayBelow', start: 100, target: 10 }, 11)).toBe(0);
  });
});

describe('progressAt: milestone', () => {
  const milestone = { metric: 'milestone', start: 0, target: 1 } as const;

  it('is 0 until done and 1 once done', () => {
    expect(progressAt(milestone, 0)).toBe(0);
    expect(progressAt(milestone, 1)).toBe(1);
  });

  it('has no partial credit: 0.5 is not done', () => {
    expect(progressAt(milestone, 0.5)).toBe(0);
  });

  it('counts any value of 1 or more as done', () => {
    expect(progressAt(milestone, 2)).toBe(1);
  });
});

describe('progressAt: no check-in yet', () => {
  it.each<[MetricKind, number, number]>([
    ['increase', 0, 100],
    ['decrease', 20, 10],
    ['increase', 10, 10],
    ['decrease', 10, 10],
    ['stayAbove', 0, 0],
    ['stayBelow', 10, 10],
    ['milestone', 0, 1],
  ])('is 0 for %s from %d to %d: nothing counts as achieved before the first check-in', (metric, start, target) => {
    expect(progressAt({ metric, start, target }, undefined)).toBe(0);
  });
});

describe('keyResultProgress', () => {
  it('is 0 with no check-ins', () => {
    expect(keyResultProgress(keyResult({ id: KR }), [])).toBe(0);
  });

  it('uses the value of the latest check-in by date, not the last one in the list', () => {
    const kr = keyResult({ id: KR, metric: 'increase', start: 0, target: 100 });
    const checkIns = [
      checkIn({ keyResultId: KR, date: '2026-10-20', value: 60 }),
      checkIn({ keyResultId: KR, date: '2026-10-01', value: 10 }),
    ];
    expect(keyResultProgress(kr, checkIns)).toBe(0.6);
  });

  it('ignores check-ins of other key results', () => {
    const kr = keyResult({ id: KR, metric: 'increase', start: 0, target: 100 });
    const checkIns = [
      checkIn({ keyResultId: KR, date: '2026-10-01', value: 25 }),
      checkIn({ keyResultId: 'key-result:other', date: '2026-10-20', value: 90 }),
    ];
    expect(keyResultProgress(kr, checkIns)).toBe(0.25);
  });

  it('ignores deleted check-ins, falling back to the one before', () => {
    const kr = keyResult({ id: KR, metric: 'decrease', start: 20, target: 10 });
    const checkIns = [
      checkIn({ keyResultId: KR, date: '2026-10-01', value: 15 }),
      deleted(checkIn({ keyResultId: KR, date: '2026-10-20', value: 10 })),
    ];
    expect(keyResultProgress(kr, checkIns)).toBe(0.5);
  });

  it('drops a stay-above key result to 0 as soon as the latest value falls below the line', () => {
    const kr = keyResult({ id: KR, metric: 'stayAbove', start: 95, target: 95 });
    const checkIns = [
      checkIn({ keyResultId: KR, date: '2026-10-01', value: 97 }),
      checkIn({ keyResultId: KR, date: '2026-10-08', value: 94 }),
    ];
    expect(keyResultProgress(kr, checkIns)).toBe(0);
  });
});
