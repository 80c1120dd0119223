import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { checkInsCsv, okrsCsv, peopleCsv } from '../../../shared/exports/csvTables';
import { toCsvText } from '../../../renderer/db/csvExports';
import { richTables } from './backupFixture';

const parse = (text: string) => Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;

describe('CSV text for spreadsheet programs', () => {
  it('starts with a UTF-8 byte-order mark, has a header row and CRLF line ends', () => {
    const text = toCsvText({ header: ['Name', 'Allocation %'], rows: [['Zoë Müller', 60]] });
    expect(text).toBe('\uFEFFName,Allocation %\r\nZoë Müller,60\r\n');
  });

  it('quotes commas, quotes and line breaks', () => {
    const text = toCsvText({ header: ['Note'], rows: [['one, "two"\nthree']] });
    expect(parse(text)).toEqual([['Note'], ['one, "two"\nthree']]);
  });

  it.each(['=SUM(A1:A9)', '+1', '-1+2', '@cmd', '\tformula', '\r=1', '=HYPERLINK("http://evil")\nsecond line'])(
    'neutralises a cell a spreadsheet would run as a formula: %j',
    (cell) => {
      const [, row] = parse(toCsvText({ header: ['Text'], rows: [[cell]] }));
      expect(row).toEqual([`'${cell}`]);
    },
  );

  it('leaves numbers alone, negative ones included', () => {
    expect(toCsvText({ header: ['Value'], rows: [[-5]] })).toBe('\uFEFFValue\r\n-5\r\n');
  });
});

describe('the people export', () => {
  const table = peopleCsv(richTables());

  it('lists alive people of the live organisation with team, role and allocation', () => {
    expect(table.header).toEqual(['Name', 'Email', 'Title', 'Department', 'Department kind', 'Team', 'Role', 'Allocation %', 'Total allocation %']);
    const names = new Set(table.rows.map((r) => r[0]));
    expect(names.has('Gone Person')).toBe(false);
    expect(table.rows.every((r) => r[5] !== 'Draft Team' && r[5] !== 'Old Team')).toBe(true);
    const member = table.rows.find((r) => r[5] !== '');
    expect(member?.[6]).toMatch(/^[A-Z]/);
    expect(typeof member?.[7]).toBe('number');
  });

  it('gives every alive person at least one row', () => {
    const alive = richTables().people.filter((p) => p.deletedAt === null).length;
    expect(new Set(table.rows.map((r) => r[1])).size).toBe(alive);
  });
});

describe('the OKR exports', () => {
  it('has one row per key result with its latest check-in and ISO dates', () => {
    const table = okrsCsv(richTables());
    const fy27 = table.rows.find((r) => r[3] === 'Customers renew without a call')!;
    const column = (name: string) => fy27[table.header.indexOf(name)];
    expect(column('Period')).toBe('FY27 H1');
    expect(column('Period start')).toBe('2027-01-01');
    expect(column('Key result')).toBe('Renewals done online');
    expect(column('Latest check-in date')).toBe('2026-11-10');
    expect(column('Latest value')).toBe(21); // the correction of 12, not 12 itself
    expect(column('Objective score')).toBe(0.7);
    expect(column('Aligned to')).not.toBe('');
    expect(table.rows).toHaveLength(richTables().keyResults.length);
  });

  it('lists the full check-in history, oldest first, with who recorded it', () => {
    const tables = richTables();
    const table = checkInsCsv(tables);
    expect(table.rows).toHaveLength(tables.checkIns.length);
    const dates = table.rows.map((r) => String(r[0]));
    expect(dates).toEqual([...dates].sort());
    expect(dates.every((d) => /^\d{4}-\d{2}-\d{2}$/.test(d))).toBe(true);
    expect(table.rows.every((r) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/.test(String(r[9])))).toBe(true);
    const note = table.rows.find((r) => r[7] === 'Zoë says: "=SUM(A1)"');
    expect(note?.[8]).not.toBe('');
  });
});
