import { describe, expect, it } from 'vitest';
import { fiscalQuarter, readPeriod } from '../../../shared/import/okrs/periodText';

const read = (name: string, fiscal = 1, start?: string, end?: string) => readPeriod({ name, ...(start ? { start } : {}), ...(end ? { end } : {}) }, fiscal);

describe('reading periods from spreadsheet cells', () => {
  it('reads calendar quarters however they are written', () => {
    for (const text of ['Q3 2026', 'q3-2026', '2026-Q3', '2026 Q3', 'Q3/26', 'CY2026 Q3']) {
      expect(read(text)).toEqual({ ok: true, period: { kind: 'quarter', id: 'period:2026-Q3', name: 'Q3 2026', start: '2026-07-01', end: '2026-09-30' } });
    }
  });
  it('reads fiscal quarters as calendar quarters when the fiscal year starts in January', () => {
    expect(read('FY26 Q3')).toMatchObject({ ok: true, period: { kind: 'quarter', id: 'period:2026-Q3' } });
  });
  it('turns fiscal quarters into named periods with the fiscal year start setting (FY named by the year it ends)', () => {
    expect(read('FY27 Q1', 4)).toEqual({ ok: true, period: { kind: 'custom', name: 'FY27 Q1', start: '2026-04-01', end: '2026-06-30' } });
    expect(read('Q4 FY2027', 4)).toEqual({ ok: true, period: { kind: 'custom', name: 'FY27 Q4', start: '2027-01-01', end: '2027-03-31' } });
    expect(fiscalQuarter(2026, 1, 10)).toEqual({ kind: 'custom', name: 'FY26 Q1', start: '2025-10-01', end: '2025-12-31' });
  });
  it('reads a date range, and a range that is a quarter as that quarter', () => {
    expect(read('2026-07-01 – 2026-09-30')).toMatchObject({ ok: true, period: { kind: 'quarter', id: 'period:2026-Q3' } });
    expect(read('2026-07-15 to 2026-10-15')).toEqual({ ok: true, period: { kind: 'custom', name: '2026-07-15 – 2026-10-15', start: '2026-07-15', end: '2026-10-15' } });
  });
  it('reads a name with start and end columns', () => {
    expect(read('Summer push', 1, '2026-06-01', '2026-08-31')).toEqual({ ok: true, period: { kind: 'custom', name: 'Summer push', start: '2026-06-01', end: '2026-08-31' } });
  });
  it('matches a bare name to a custom period that exists', () => {
    expect(readPeriod({ name: 'summer push' }, 1, [{ name: 'Summer push', start: '2026-06-01', end: '2026-08-31' }])).toMatchObject({ ok: true, period: { name: 'Summer push' } });
  });
  it('refuses a period that ends before it starts, naming both dates', () => {
    expect(read('Backwards', 1, '2026-09-30', '2026-07-01')).toEqual({ ok: false, message: 'the period "Backwards" ends (2026-07-01) before it starts (2026-09-30): swap the dates or correct them' });
  });
  it('says how to write a period it cannot read', () => {
    expect(read('Next sprint')).toMatchObject({ ok: false, message: expect.stringContaining('"Next sprint" is not a quarter') });
    expect(read('')).toMatchObject({ ok: false, message: expect.stringContaining('the period is missing') });
  });
});
