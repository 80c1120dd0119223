import { describe, expect, it } from 'vitest';
import { readTableFile } from '../../../renderer/import/readTable';
import { decideDecimalSeparator, numericCells, planOkrImport, suggestOkrMapping } from '../../../shared/import/okrs';
import { readDayText } from '../../../shared/import/okrs/dayText';
import type { ReadTable } from '../../../shared/import';
import { germanOkrCsv, mergedOkrWorkbook } from '../../fixtures/import/okrSheets';

const TEAMS = ['Payments', 'Checkout', 'Data Platform'].map((name, i) => ({ id: `team-${i}`, name }));

function plan(read: ReadTable) {
  const mapping = suggestOkrMapping(read.headers);
  const decision = decideDecimalSeparator(numericCells(read.rows, mapping));
  return planOkrImport({
    rows: read.rows, mapping, decimal: decision.separator, decimalDecided: decision.decided, fiscalStartMonth: 1, today: '2026-11-16', graceDays: 14,
    teams: TEAMS, people: [], customPeriods: [], existingObjectives: [],
  });
}

function table(name: string, bytes: Uint8Array): ReadTable {
  const outcome = readTableFile({ name, bytes });
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.table;
}

describe('a published OKR sheet', () => {
  it('reads objectives merged down over their key-result rows, owners written “A & B” and “A, B”, under a title row', () => {
    const read = table('Company OKRs.xlsx', mergedOkrWorkbook());
    expect(read.sheet).toBe('Q4 2026');
    expect(read.rows.map((r) => r[1])).toEqual(['Customers pay without friction', 'Customers pay without friction', 'Customers pay without friction', 'Run a reliable platform', 'Run a reliable platform']);
    const result = plan(read);
    expect(result.problems).toEqual([]);
    expect(result.objectives.map((o) => [o.title, o.ownerTeamNames])).toEqual([
      ['Customers pay without friction', ['Payments', 'Checkout']],
      ['Run a reliable platform', ['Payments', 'Data Platform']],
    ]);
    expect(result.objectives[0]!.keyResults.map((k) => [k.title, k.metric, k.start, k.target, k.checkIn?.value, k.checkIn?.date])).toEqual([
      ['Checkout conversion', 'increase', 40, 60, 48, '2026-11-10'],
      ['Failed payments', 'decrease', 3.2, 1.5, 2.5, '2026-11-10'],
      ['Instant payouts shipped', 'milestone', 0, 1, undefined, undefined],
    ]);
    expect(result.objectives[1]!.keyResults.map((k) => [k.metric, k.target, k.unit])).toEqual([['stayAbove', 99.9, '%'], ['increase', 1_500_000, '€']]);
  });

  it('reads the German CSV of the same quarter: decimal commas, “1.200.000”, dotted dates — and names the row and value of an impossible date', () => {
    const read = table('OKRs.csv', germanOkrCsv());
    const result = plan(read);
    expect(result.problems).toEqual([{ row: 5, message: 'the "as of" date "31.02.2026" is not a day that can be read: write it like 2026-09-30 or 30.09.2026' }]);
    const reliability = result.objectives.find((o) => o.title === 'Run a reliable platform')!;
    expect(reliability.keyResults.map((k) => [k.target, k.checkIn?.value, k.checkIn?.date])).toEqual([[99.9, 99.95, '2026-11-12']]);
    const customers = result.objectives.find((o) => o.title === 'Customers pay without friction')!;
    expect(customers.keyResults.map((k) => [k.start, k.target, k.checkIn?.date])).toEqual([[40, 60, '2026-11-10'], [3.2, 1.5, '2026-11-10']]);
  });

  it('reads days as locales write them, never guessing a slashed day-first or month-first date', () => {
    expect(readDayText('2026-09-30')).toBe('2026-09-30');
    expect(readDayText('30.09.2026')).toBe('2026-09-30');
    expect(readDayText('1.2.2027')).toBe('2027-02-01');
    expect(readDayText('2026/9/3')).toBe('2026-09-03');
    expect(readDayText('09/10/2026')).toBeNull();
    expect(readDayText('31.02.2026')).toBeNull();
  });
});

describe('owner teams written with “&”', () => {
  it('splits “Payments & Checkout” when Payments is a team named alone elsewhere in the file, even before either exists; keeps “Data & Analytics” whole', () => {
    const rows = [
      ['Q4 2026', 'Pay fast', 'Payments & Checkout', 'Conversion', 'Increase to', '40', '60'],
      ['Q4 2026', 'Stay up', 'Payments, Ledger', 'Uptime', 'Stay above', '', '99.9'],
      ['Q4 2026', 'Know customers', 'Data & Analytics', 'Dashboards live', 'Milestone', '', ''],
    ];
    const mapping = suggestOkrMapping(['Quarter', 'Objective', 'Owner teams', 'Key result', 'Metric', 'Start', 'Target']);
    const result = planOkrImport({
      rows, mapping, decimal: '.', decimalDecided: true, fiscalStartMonth: 1, today: '2026-11-16', graceDays: 14, teams: [], people: [], customPeriods: [], existingObjectives: [],
    });
    expect(result.problems).toEqual([]);
    expect(result.objectives.map((o) => o.ownerTeamNames)).toEqual([['Payments', 'Checkout'], ['Payments', 'Ledger'], ['Data & Analytics']]);
    expect(result.newTeamNames.sort()).toEqual(['Checkout', 'Data & Analytics', 'Ledger', 'Payments']);
  });
});
