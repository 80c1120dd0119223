import { describe, expect, it } from 'vitest';
import { readTableFile } from '../../../renderer/import/readTable';
import {
  DEFAULT_TITLE_ROLE_SYNONYMS, allocationColumnIsFte, findHeaderRow, parseAllocation, suggestColumnMapping, suggestMembershipMapping, trailingTotalsRows, validateMemberships, validateRoster,
  type ReadTable,
} from '../../../shared/import';
import { parseOutline } from '../../../shared/import/outline/outline';
import { defaultRoles } from '../rules/factories';
import { defaultDepartments, person, team } from '../rules/orgFactories';
import { HR_PEOPLE, personioGermanCsv, successFactorsUnicodeText, workdayRosterWorkbook } from '../../fixtures/import/hrExports';

function table(name: string, bytes: Uint8Array): ReadTable {
  const outcome = readTableFile({ name, bytes });
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.table;
}

describe('HR exports with a title above the header and a totals row below', () => {
  it('reads a Workday roster from its second sheet, under a merged title, an “as of” line and a grouped header, without the totals row', () => {
    const read = table('Worker Roster.xlsx', workdayRosterWorkbook());
    expect(read.sheet).toBe('Worker Roster');
    expect(read.headers).toEqual(['Employee ID', 'Legal Name', 'Preferred Name', 'Business Title', 'Hire Date', 'Cost Center', 'Supervisor', 'FTE']);
    expect(read.rows).toHaveLength(HR_PEOPLE.length);
    expect(read.lines[0]).toBe(6);
    expect(read.rows[2]).toEqual(['W-1003', 'İlkay Işıklı', 'İlkay Işıklı', 'Software Engineer', '2025-01-01', 'Zahlungsverkehrsabwicklung', 'Ada Okafor', '50%']);
    expect(read.notices[0]).toBe('The column names are on file row 5: 3 rows above it (“Worker Roster — ACME GmbH”) are a title and are not imported.');
    expect(read.notices).toContain('File row 13 (“Total”) is a totals row at the end of the table and is not imported.');

    const mapping = suggestColumnMapping(read.headers);
    expect(mapping).toMatchObject({ employeeId: 0, name: 1, preferredName: 2, title: 3, department: 5, email: null });
    const result = validateRoster({ table: read, mapping, departments: defaultDepartments(), existingPeople: [] });
    expect(result.rows.map((r) => r.status)).toEqual(HR_PEOPLE.map(() => 'new'));
    // The name someone goes by wins over the legal one: 王芳 is known as Wang Fang.
    expect(result.rows.map((r) => r.person?.name)).toEqual(HR_PEOPLE.map((p) => p.preferred));
    expect(result.newDepartments.map((d) => d.name).sort()).toEqual(['Data & Analytics', 'Payments', 'Retail Banking', 'Zahlungsverkehrsabwicklung']);
  });

  it('reads a Personio export saved by German Excel: title lines, semicolons, decimal commas, “80 %” with a no-break space, and a “Summe” row', () => {
    const read = table('Mitarbeiter.csv', personioGermanCsv());
    expect(read).toMatchObject({ encoding: 'utf-8', separator: ';', decimalMark: ',' });
    expect(read.headers).toEqual(['Personalnummer', 'Vorname', 'Nachname', 'E-Mail', 'Position', 'Abteilung', 'Eintrittsdatum', 'Beschäftigungsgrad', 'Wochenstunden']);
    expect(read.rows).toHaveLength(HR_PEOPLE.length);
    expect(read.lines[0]).toBe(4);
    expect(read.notices).toContain('File line 10 (“Summe”) is a totals row at the end of the table and is not imported.');
    const mapping = suggestColumnMapping(read.headers);
    expect(mapping).toMatchObject({ employeeId: 0, firstName: 1, lastName: 2, email: 3, title: 4, department: 5 });
    const result = validateRoster({ table: read, mapping, departments: defaultDepartments(), existingPeople: [] });
    expect(result.rows.map((r) => r.person?.name)).toEqual(HR_PEOPLE.map((p) => p.preferred));
    // Two people called Maria García with different emails are two people.
    expect(result.rows.filter((r) => r.person?.name === 'Maria García').map((r) => r.person?.email)).toEqual(['maria.garcia@acme.example', 'maria.garcia2@acme.example']);
    expect(read.rows.map((r) => parseAllocation(r[7] ?? '', read.decimalMark, 100))).toEqual(HR_PEOPLE.map((p) => p.fte * 100));
  });

  it('reads a SuccessFactors “Unicode text” export (UTF-16 LE, tabs) and takes Department over Division', () => {
    const read = table('export.txt', successFactorsUnicodeText());
    expect(read).toMatchObject({ encoding: 'utf-16le', separator: '\t' });
    const mapping = suggestColumnMapping(read.headers);
    expect(mapping).toMatchObject({ employeeId: 0, firstName: 1, lastName: 2, email: 3, title: 4, department: 6, name: null });
    const result = validateRoster({ table: read, mapping, departments: defaultDepartments(), existingPeople: [] });
    expect(result.rows.map((r) => r.person?.name)).toContain("Siobhán O'Brien");
    expect(result.rows.map((r) => r.person?.department)).toContain('Zahlungsverkehrsabwicklung');
  });

  it('keeps the first row as the header when it is one, even with a few unnamed columns', () => {
    expect(findHeaderRow([['Name', 'Email', '', '', 'Team', ''], ['Ana', 'a@x', 'x', 'y', 'Pay', 'z']])).toBe(0);
    expect(findHeaderRow([['Roster'], ['Name', 'Email'], ['Ana', 'a@x']])).toBe(1);
    expect(findHeaderRow([['Name'], ['Ana']])).toBe(0);
  });

  it('drops only trailing totals rows, never a person called Total with a full row', () => {
    expect(trailingTotalsRows([['Ana', 'Pay', '1'], ['Total', '', '1']], 3)).toBe(1);
    expect(trailingTotalsRows([['Ana', 'Pay', '1'], ['Total:', '', ''], ['Grand total', '', '2']], 3)).toBe(2);
    expect(trailingTotalsRows([['Ana', 'Pay', '1'], ['Totally Real', 'Pay', '1']], 3)).toBe(0);
    expect(trailingTotalsRows([['Total', 'Gomez', 'Pay']], 3)).toBe(0);
  });
});

describe('HR column names', () => {
  it('maps BambooHR’s “Employee #” to the employee ID, never to the name, and a supervisor’s name never to the person’s', () => {
    expect(suggestColumnMapping(['Employee #', 'Supervisor Name', 'First Name', 'Last Name', 'Work Email'])).toMatchObject({ employeeId: 0, name: null, firstName: 2, lastName: 3, email: 4 });
    expect(suggestColumnMapping(['Mitarbeiter-Nr.', 'Name'])).toMatchObject({ employeeId: 0, name: 1 });
    expect(suggestColumnMapping(['Worker', 'Employee ID', 'Cost Center'])).toMatchObject({ name: 0, employeeId: 1, department: 2 });
    expect(suggestColumnMapping(['Cost Center', 'Department'])).toMatchObject({ department: 1 });
  });

  it('maps “Employment %”, “Beschäftigungsgrad” and “FTE” to the allocation of a memberships file', () => {
    expect(suggestMembershipMapping(['Employee ID', 'Team', 'Role', 'Employment %']).allocation).toBe(3);
    expect(suggestMembershipMapping(['E-Mail', 'Team', 'Rolle', 'Beschäftigungsgrad']).allocation).toBe(3);
    expect(suggestMembershipMapping(['Email', 'Team', 'Role', 'FTE']).allocation).toBe(3);
  });
});

describe('allocations written as FTE', () => {
  const roles = defaultRoles();
  const people = [person('ana', 'Ana Souza', { email: 'ana@example.com' }), person('ben', 'Ben Okafor', { email: 'ben@example.com' })];
  const headers = ['Email', 'Team', 'Role', 'FTE'];
  const validate = (rows: string[][], decimalMark: ',' | '.') =>
    validateMemberships({
      table: { headers, rows, lines: rows.map((_, i) => i + 2) },
      mapping: suggestMembershipMapping(headers),
      decimalMark, people, teams: [team('payments', 'Payments')], roles, memberships: [], synonyms: DEFAULT_TITLE_ROLE_SYNONYMS, defaultAllocation: 100,
    });

  it('reads “1” in an FTE column as full time (100 %), not 1 %', () => {
    const result = validate([['ana@example.com', 'Payments', 'Developer', '1'], ['ben@example.com', 'Payments', 'Developer', '0,8']], ',');
    expect(result.rows.map((r) => r.allocation)).toEqual([100, 80]);
  });

  it('tells an FTE column by its values when the header does not say so, and leaves percent columns alone', () => {
    expect(allocationColumnIsFte('Allocation', ['1', '0.5', ''], '.')).toBe(true);
    expect(allocationColumnIsFte('Allocation', ['1', '50', '100'], '.')).toBe(false);
    expect(allocationColumnIsFte('Allocation %', ['80 %', '1'], '.')).toBe(false);
    expect(allocationColumnIsFte('FTE', ['1', '1'], '.')).toBe(true);
    expect(parseAllocation('1', '.', 100, true)).toBe(100);
    expect(parseAllocation('1', '.', 100, false)).toBe(1);
  });
});

describe('OKRs published as a document and pasted as text', () => {
  const doc = [
    '# Q1 2027 OKRs — Payments',
    '',
    '## Objective 1: Customers pay without friction',
    'KR1.1: Increase checkout conversion from 40% to 60%',
    'KR1.2 Reduce failed payments from 3.2 % to 1.5 %',
    '• KR: Grow revenue from €1.2M to €1.8M',
    '## Objective 2: Run a reliable platform',
    '• KR: Keep ≥ 99.9 % uptime',
    '• KR: Ship instant payouts by March',
    '• KR: Revenue of the wallet to 1,5 Mio. €',
    '• KR: Raise NPS +20',
  ].join('\n');

  it('skips the quarter heading, reads “KR1.2” without a colon, “≥ 99.9 %”, “€1.2M” and “1,5 Mio.”, and explains “+20”', () => {
    const parsed = parseOutline(doc);
    expect(parsed.objectives.map((o) => o.title)).toEqual(['Customers pay without friction', 'Run a reliable platform']);
    expect(parsed.objectives[0]!.keyResults.map((k) => [k.title, k.metric, k.start, k.target, k.unit])).toEqual([
      ['Increase checkout conversion from 40% to 60%', 'increase', 40, 60, '%'],
      ['Reduce failed payments from 3.2 % to 1.5 %', 'decrease', 3.2, 1.5, '%'],
      ['Grow revenue from €1.2M to €1.8M', 'increase', 1_200_000, 1_800_000, '€'],
    ]);
    expect(parsed.objectives[1]!.keyResults.map((k) => [k.metric, k.start, k.target, k.unit])).toEqual([
      ['stayAbove', null, 99.9, '%'],
      ['milestone', 0, 1, ''],
      ['increase', null, 1_500_000, '€'],
    ]);
    expect(parsed.problems).toEqual([{ line: 11, message: '"Raise NPS +20" names a change ("+20"), not a value to reach: write where it starts and ends, e.g. "from 30 to 50"' }]);
  });
});
