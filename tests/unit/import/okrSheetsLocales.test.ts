import { describe, expect, it } from 'vitest';
import { readTableFile } from '../../../renderer/import/readTable';
import { decideDecimalSeparator, numericCells, planOkrImport, suggestOkrMapping } from '../../../shared/import/okrs';
import { readConfidence, readMetric, readMilestoneValue, splitTeamNames } from '../../../shared/import/okrs/okrCells';
import { readDayText } from '../../../shared/import/okrs/dayText';
import { readPeriod } from '../../../shared/import/okrs/periodText';
import { WORKBOOK_LABELS, type ReadTable } from '../../../shared/import';
import { zipSpreadsheetKind } from '../../../shared/import/fileContent';
import { FRENCH_HEADER, GERMAN_HEADER, frenchOkrCsv, germanOkrWorkbook } from '../../fixtures/import/okrSheetsLocales';

const TEAMS = ['Zahlungen', 'Checkout', 'Datenplattform', 'Portail client'].map((name, i) => ({ id: `team-${i}`, name }));
const PEOPLE = [{ id: 'p-ada', name: 'Ada Lovelace', email: 'ada@example.com' }];

function table(name: string, bytes: Uint8Array): ReadTable {
  const outcome = readTableFile({ name, bytes });
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.table;
}

function plan(read: ReadTable, today = '2026-04-02') {
  const mapping = suggestOkrMapping(read.headers);
  const decision = decideDecimalSeparator(numericCells(read.rows, mapping));
  return planOkrImport({
    rows: read.rows, mapping, decimal: decision.separator, decimalDecided: decision.decided, fiscalStartMonth: 1, today, graceDays: 14,
    teams: TEAMS, people: PEOPLE, customPeriods: [], existingObjectives: [],
  });
}

describe('column headers in German and French', () => {
  it('proposes every column of a German sheet', () => {
    const mapping = suggestOkrMapping(GERMAN_HEADER);
    expect(mapping).toMatchObject({ period: 0, objective: 1, ownerTeams: [2], keyResult: 3, metric: 4, start: 5, target: 6, unit: 7, owner: 8, current: 9, progress: 10, confidence: 11, asOf: 12 });
  });
  it('proposes every column of a French sheet, accents and all', () => {
    const mapping = suggestOkrMapping(FRENCH_HEADER);
    expect(mapping).toMatchObject({ period: 0, objective: 1, ownerTeams: [2], keyResult: 3, metric: 4, start: 5, target: 6, unit: 7, owner: 8, current: 9, confidence: 10, asOf: 11 });
  });
});

describe('a quarter saved by German Excel as .xlsx', () => {
  const result = plan(table('OKR Q1 2026.xlsx', germanOkrWorkbook()));

  it('reads owners "Zahlungen / Checkout", German metrics, "2,5 Mio. €" with € as the unit, and "WAHR"/boolean milestones', () => {
    expect(result.problems).toEqual([]);
    expect(result.objectives.map((o) => [o.title, o.ownerTeamNames])).toEqual([
      ['Kunden zahlen ohne Reibung', ['Zahlungen', 'Checkout']],
      ['Verlässliche Plattform', ['Datenplattform']],
    ]);
    expect(result.objectives[0]!.keyResults.map((k) => [k.title, k.metric, k.start, k.target, k.unit, k.checkIn?.value, k.checkIn?.confidence, k.checkIn?.date])).toEqual([
      ['Conversion im Checkout', 'increase', 2.1, 3.5, '%', 2.8, 7, '2026-02-15'],
      ['Umsatz Self-Service', 'increase', 2_500_000, 4_000_000, '€', 3_100_000, 6, '2026-02-15'],
      ['Ein-Klick-Zahlung live', 'milestone', 0, 1, '', 1, 9, '2026-02-15'],
      ['Betrugsprüfung live', 'milestone', 0, 1, '', 0, 4, '2026-02-15'],
    ]);
  });

  it('turns a progress of 40 % into the value it means, and a confidence of 0,8 into 8 of 10 — and says so', () => {
    expect(result.notes).toEqual(expect.arrayContaining([
      { row: 3, message: '"Umsatz Self-Service": progress 40 % read as the value 3,100,000 (that share of the way from 2,500,000 to 4,000,000)' },
      { row: 6, message: 'confidence "0,8" read as 8 of 10' },
    ]));
  });

  it('reads "3 von 8" as the value 3 when 8 is the target, and names the row and value when it is not', () => {
    expect(result.objectives[1]!.keyResults.map((k) => [k.metric, k.target, k.unit, k.checkIn?.value])).toEqual([['stayAbove', 99.9, '%', 99.95], ['decrease', 2, 'Vorfälle', 4], ['increase', 8, 'Verträge', 3]]);
    const read = table('OKR Q1 2026.xlsx', germanOkrWorkbook());
    const wrong = { ...read, rows: read.rows.map((row, index) => (index === 6 ? row.map((cell, column) => (column === 9 ? '3 von 10' : cell)) : row)) };
    expect(plan(wrong).problems).toEqual([{ row: 8, message: 'current value: "3 von 10" counts towards 10, but the target is 8: write the value alone (3) or correct the target' }]);
  });
});

describe('the same quarter saved by LibreOffice as .ods', () => {
  it('is read as an OpenDocument spreadsheet, by its content whatever its name, with the same rows and the same plan as the .xlsx', () => {
    const ods = germanOkrWorkbook('ods');
    const read = table('OKR Q1 2026.ods', ods);
    const renamed = table('export.xlsx', ods);
    expect(read.workbookKind).toBe('ods');
    expect(renamed.workbookKind).toBe('ods');
    expect(WORKBOOK_LABELS[read.workbookKind!]).toBe('OpenDocument spreadsheet');
    const fromExcel = table('OKR Q1 2026.xlsx', germanOkrWorkbook('xlsx'));
    expect(read.headers).toEqual(fromExcel.headers);
    expect(read.rows).toEqual(fromExcel.rows);
    const { problems, objectives } = plan(read);
    expect(problems).toEqual([]);
    expect(objectives).toEqual(plan(fromExcel).objectives);
  });

  it('names a damaged .ods as an OpenDocument spreadsheet (by its first entry, the mimetype LibreOffice writes first) and says what to do', () => {
    const mimetype = 'application/vnd.oasis.opendocument.spreadsheet';
    // A ZIP local file header for an uncompressed entry named "mimetype", then its content, then the cut.
    const header = [0x50, 0x4b, 0x03, 0x04, 0x0a, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, mimetype.length, 0, 0, 0, mimetype.length, 0, 0, 0, 8, 0, 0, 0];
    const damaged = new Uint8Array([...header, ...new TextEncoder().encode(`mimetype${mimetype}`), 0x50, 0x4b, 0x03, 0x04, 1, 2, 3]);
    expect(zipSpreadsheetKind(damaged)).toBe('ods');
    expect(zipSpreadsheetKind(germanOkrWorkbook('xlsx'))).toBe('xlsx');
    const outcome = readTableFile({ name: 'OKR Q1.ods', bytes: damaged });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.message).toMatch(/^OKR Q1\.ods is an OpenDocument spreadsheet \(\.ods\) that Teamshape could not read .*: save it from Excel as/);
  });
});

describe('a quarter saved by French Excel as CSV', () => {
  const result = plan(table('OKR T1.csv', frenchOkrCsv()));

  it('reads "T1 2026", "4 200" with no-break spaces, "3 650,5", "VRAI", confidence "70 %" and slashed day-first dates', () => {
    expect(result.problems).toEqual([]);
    expect(result.objectives.map((o) => [o.title, 'id' in o.period ? o.period.id : o.period.name, o.ownerTeamNames])).toEqual([['Les clients se servent seuls', 'period:2026-Q1', ['Portail client']]]);
    expect(result.objectives[0]!.keyResults.map((k) => [k.metric, k.start, k.target, k.unit, k.checkIn?.value, k.checkIn?.confidence, k.checkIn?.date])).toEqual([
      ['increase', 20, 45, '%', 31.5, 7, '2026-03-31'],
      ['decrease', 4200, 3000, 'appels', 3650.5, 6, '2026-02-15'],
      ['milestone', 0, 1, '', 1, 8, '2026-02-15'],
    ]);
  });
});

describe('cells as other locales write them', () => {
  it('reads metrics in German, French and Spanish', () => {
    expect(['Erhöhen', 'Senken auf', 'Meilenstein', 'Mindestens', 'Höchstens', 'Augmenter', 'Réduire', 'Jalon', 'Aumentar', 'Reducir', 'Hito'].map(readMetric)).toEqual([
      'increase', 'decrease', 'milestone', 'stayAbove', 'stayBelow', 'increase', 'decrease', 'milestone', 'increase', 'decrease', 'milestone',
    ]);
  });
  it('reads done and not done in English, German, French and Spanish, and spreadsheet booleans', () => {
    expect(['WAHR', 'erledigt', 'ja', 'VRAI', 'oui', 'terminé', 'sí', 'TRUE', '✓', '✅'].map(readMilestoneValue)).toEqual(Array(10).fill(1));
    expect(['FALSCH', 'nein', 'offen', 'FAUX', 'non', 'en cours', 'no', 'FALSE'].map(readMilestoneValue)).toEqual(Array(8).fill(0));
  });
  it('reads a confidence written as a share (0.7, "70 %") as 7 of 10, and refuses one that is no tenth', () => {
    expect(readConfidence('70 %')).toEqual({ ok: true, value: 7, converted: true });
    expect(readConfidence('0,7')).toEqual({ ok: true, value: 7, converted: true });
    expect(readConfidence('7')).toEqual({ ok: true, value: 7 });
    expect(readConfidence('75 %')).toEqual({ ok: false, message: 'confidence "75 %" must be a whole number from 0 (no chance) to 10 (certain)' });
  });
  it('splits owner teams written "A / B" and keeps "Data/Analytics" whole', () => {
    expect(splitTeamNames(['Zahlungen / Checkout'], new Set())).toEqual(['Zahlungen', 'Checkout']);
    expect(splitTeamNames(['Data/Analytics'], new Set())).toEqual(['Data/Analytics']);
  });
  it('reads slashed dates only when the day cannot be a month (31/03/2026), never guessing 03/04/2026', () => {
    expect(readDayText('31/03/2026')).toBe('2026-03-31');
    expect(readDayText('3/31/2026')).toBe('2026-03-31');
    expect(readDayText('03/04/2026')).toBeNull();
  });
  it('reads period start and end written as 01.01.2026 and 31.03.2026, and French quarters "T1 2026"', () => {
    expect(readPeriod({ name: 'Q1', start: '01.01.2026', end: '31.03.2026' }, 1)).toMatchObject({ ok: true, period: { kind: 'quarter', id: 'period:2026-Q1' } });
    expect(readPeriod({ name: 'T3 2026' }, 1)).toMatchObject({ ok: true, period: { id: 'period:2026-Q3' } });
    expect(readPeriod({ name: 'Q1/26' }, 1)).toMatchObject({ ok: true, period: { id: 'period:2026-Q1' } });
  });
});

describe('a sheet that holds only the words of its key results', () => {
  const rows = [
    ['Q4 2026', 'Customers pay without friction', 'Payments', 'Reduce p95 checkout latency from 800 ms to 300 ms', '45 %'],
    ['Q4 2026', 'Customers pay without friction', 'Payments', 'Grow revenue per customer from $1.2k to $1.5k', ''],
    ['Q4 2026', 'Customers pay without friction', 'Payments', 'Ship one-tap payments', '100 %'],
    ['Q4 2026', 'Customers pay without friction', 'Payments', 'Hire 3–5 engineers', ''],
  ];
  const result = planOkrImport({
    rows, mapping: suggestOkrMapping(['Quarter', 'Objective', 'Team', 'Key result', 'Progress']), decimal: '.', decimalDecided: true, fiscalStartMonth: 1, today: '2026-11-16', graceDays: 14,
    teams: [{ id: 't', name: 'Payments' }], people: [], customPeriods: [], existingObjectives: [],
  });

  it('reads start, target and unit from the words (never a silent milestone) and turns the progress into the value', () => {
    expect(result.objectives[0]?.keyResults.map((k) => [k.metric, k.start, k.target, k.unit, k.checkIn?.value ?? null])).toEqual([
      ['decrease', 800, 300, 'ms', 575],
      ['increase', 1200, 1500, '$', null],
      ['milestone', 0, 1, '', 1],
    ]);
    expect(result.notes).toContainEqual({ row: 2, message: '"Reduce p95 checkout latency from 800 ms to 300 ms": read from its words as decrease from 800 to 300 ms' });
  });

  it('names the row of words that give no single target', () => {
    expect(result.problems).toEqual([{ row: 5, message: '"Hire 3–5 engineers" gives a range (3–5), not one target: write the value to reach, e.g. "to 5", or fill the Metric, Start and Target columns' }]);
  });
});
