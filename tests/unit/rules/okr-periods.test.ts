import { describe, expect, it } from 'vitest';
import { findPeriod, nextQuarterAfter, periodChoices } from '../../../shared/rules';

const hackathon = {
  id: 'period:custom-1', name: 'Winter hackathon', kind: 'custom' as const, start: '2026-12-01', end: '2026-12-14', deletedAt: null,
};

describe('periods offered by the picker', () => {
  it('offers the previous, current and next quarter around today, then custom periods', () => {
    expect(periodChoices('2026-11-16', [hackathon]).map((p) => p.name)).toEqual(['Q3 2026', 'Q4 2026', 'Q1 2027', 'Winter hackathon']);
  });

  it('adds the selected period when it is an older quarter', () => {
    expect(periodChoices('2026-11-16', [], 'period:2025-Q2').map((p) => p.name)).toEqual(['Q2 2025', 'Q3 2026', 'Q4 2026', 'Q1 2027']);
  });

  it('leaves out deleted custom periods', () => {
    expect(periodChoices('2026-11-16', [{ ...hackathon, deletedAt: '2026-11-01T00:00:00.000Z' }])).toHaveLength(3);
  });

  it('finds quarters by id and custom periods among the stored ones', () => {
    expect(findPeriod('period:2026-Q4', [])).toMatchObject({ start: '2026-10-01', end: '2026-12-31' });
    expect(findPeriod('period:custom-1', [hackathon])?.name).toBe('Winter hackathon');
    expect(findPeriod('period:nope', [hackathon])).toBeUndefined();
  });

  it('duplicates into the quarter after the period ends, across a year end', () => {
    expect(nextQuarterAfter({ end: '2026-12-31' }).id).toBe('period:2027-Q1');
    expect(nextQuarterAfter(hackathon).id).toBe('period:2026-Q4');
  });
});
