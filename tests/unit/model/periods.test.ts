import { describe, expect, it } from 'vitest';
import { quarterAround, quarterFromId, quarterOf, quartersAround } from '../../../shared/model';

describe('quarters', () => {
  it('finds the quarter containing a day', () => {
    expect(quarterOf('2026-11-26')).toEqual({ id: 'period:2026-Q4', name: 'Q4 2026', kind: 'quarter', start: '2026-10-01', end: '2026-12-31' });
    expect(quarterOf('2026-01-01').id).toBe('period:2026-Q1');
    expect(quarterOf('2026-03-31').end).toBe('2026-03-31');
  });

  it('moves to the previous and next quarter across a year boundary', () => {
    expect(quarterAround('2026-11-26', 1)).toMatchObject({ id: 'period:2027-Q1', start: '2027-01-01', end: '2027-03-31' });
    expect(quarterAround('2026-02-10', -1)).toMatchObject({ id: 'period:2025-Q4', start: '2025-10-01' });
    expect(quartersAround('2026-05-05').map((q) => q.name)).toEqual(['Q1 2026', 'Q2 2026', 'Q3 2026']);
  });

  it('resolves a quarter id back to its dates and ignores other ids', () => {
    expect(quarterFromId('period:2024-Q1')).toMatchObject({ start: '2024-01-01', end: '2024-03-31' });
    expect(quarterFromId('period:2024-Q5')).toBeUndefined();
    expect(quarterFromId('some-custom-id')).toBeUndefined();
  });
});
