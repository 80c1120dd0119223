import { describe, expect, it } from 'vitest';
import { MAX_ROSTER_ROWS, ROSTER_FIELDS, describeProblem, rowPlace, suggestColumnMapping, validateRoster, type RosterInput, type RosterMapping } from '../../../shared/import';
import type { ImportTable } from '../../../shared/import/table';
import { deleted } from '../rules/factories';
import { defaultDepartments, person } from '../rules/orgFactories';
import { ROSTER_HEADERS, ROSTER_ROWS } from './rosterFixture';
import { hrExportRows } from '../../fixtures/import/importFiles';

const departments = defaultDepartments();

function only(columns: Partial<RosterMapping>): RosterMapping {
  return { ...(Object.fromEntries(ROSTER_FIELDS.map((f) => [f, null])) as RosterMapping), ...columns };
}
const mapping = only({ name: 0, email: 1, title: 2, department: 3 });

/** A table as the reader gives it: rows with the file line of each (header on line 1). */
function tableOf(rows: string[][], headers: string[] = ['Name', 'Email', 'Title', 'Department'], lines?: number[]): ImportTable {
  return { headers, rows, lines: lines ?? rows.map((_, i) => i + 2) };
}

function validate(rows: string[][], fields: Partial<RosterInput> = {}) {
  return validateRoster({ table: tableOf(rows), mapping, departments, existingPeople: [], ...fields });
}

const messages = (result: ReturnType<typeof validate>) =>
  result.rows.filter((r) => r.status === 'refused').map((r) => `${rowPlace(r)}: ${r.problems.map(describeProblem).join('; ')}`);

describe('validateRoster: the 40-person fixture', () => {
  const result = validateRoster({ table: tableOf(ROSTER_ROWS, ROSTER_HEADERS), mapping: suggestColumnMapping(ROSTER_HEADERS), departments, existingPeople: [] });

  it('accepts 38 rows, refuses 2 with data row, file line and the offending value, and plans the unknown department', () => {
    expect(result.totals).toEqual({ new: 38, update: 0, unchanged: 0, refused: 2, inactive: 0 });
    expect(messages(result)).toEqual([
      'Data row 13 (file line 14): “E-mail” (column B): email is not valid: “lars.lund@example” — correct the address in the file, or leave the cell empty',
      'Data row 36 (file line 37): “Full name” (column A): name is required — fill in the name in the file, or choose the name columns above',
    ]);
    expect(result.newDepartments).toEqual([{ name: 'Marketting', rows: 1, kind: 'business', kindFromFile: false }]);
  });

  it('tidies whitespace and matches departments without regard to case, keeping the directory’s spelling', () => {
    expect(result.rows[0]?.person).toEqual({ name: 'Grace Tanaka', email: 'grace.tanaka@example.com', title: 'Security Analyst', department: 'Engineering', employeeId: null });
    expect(result.rows[3]?.person?.department).toBe('Sales');
  });

  it('accepts a person without email or department', () => {
    expect(result.rows[5]?.person).toEqual({ name: 'Eli Cohen', email: null, title: 'Software Engineer', department: null, employeeId: null });
  });
});

describe('validateRoster: names composed from an HR export', () => {
  it('joins first, middle and last name when there is no full-name column', () => {
    const table = tableOf([['Ana', 'Maria', 'Souza'], ['Ben', '', 'Okafor'], ['', '', '']], ['First Name', 'Middle', 'Last Name']);
    const result = validateRoster({ table, mapping: only({ firstName: 0, middleName: 1, lastName: 2 }), departments, existingPeople: [] });
    expect(result.rows.map((r) => r.person?.name ?? null)).toEqual(['Ana Maria Souza', 'Ben Okafor', null]);
    expect(result.rows[2]?.problems[0]).toMatchObject({ field: 'firstName', message: 'name is required' });
  });

  it('prefers a filled full-name column and falls back to the parts on rows where it is empty', () => {
    const table = tableOf([['Dr Ana Souza', 'Ana', 'Souza'], ['', 'Ben', 'Okafor']], ['Name', 'First', 'Last']);
    const result = validateRoster({ table, mapping: only({ name: 0, firstName: 1, lastName: 2 }), departments, existingPeople: [] });
    expect(result.rows.map((r) => r.person?.name)).toEqual(['Dr Ana Souza', 'Ben Okafor']);
  });

  it('asks for a name column when neither a full name nor name parts are mapped', () => {
    expect(validateRoster({ table: tableOf([['a@x.org']]), mapping: only({ email: 0 }), departments, existingPeople: [] }).fileProblems).toEqual([
      'Choose the column that holds each person’s full name, or the first and last name columns.',
    ]);
  });

  it('imports a generated 5,000-row export with 8 unknown departments in one pass', () => {
    const [headers = [], ...rows] = hrExportRows(5000);
    const result = validateRoster({ table: tableOf(rows, headers), mapping: suggestColumnMapping(headers), departments, existingPeople: [] });
    expect(result.totals).toEqual({ new: 5000, update: 0, unchanged: 0, refused: 0, inactive: 0 });
    expect(result.newDepartments.map((d) => `${d.name}: ${d.rows} ${d.kind}`)).toEqual([
      'Customer Care: 625 business',
      'Cyber Defence: 625 technology',
      'Data & Analytics: 625 technology',
      'Development: 625 technology',
      'People: 625 business',
      'Platform Engineering: 625 technology',
      'Retail Banking: 625 business',
      'Risk: 625 business',
    ]);
    expect(result.rows[0]?.person).toMatchObject({ name: 'Aamer Abbasi', employeeId: 'E00001' });
  });
});

describe('validateRoster: rows', () => {
  it('numbers data rows from 1 and keeps the file line the reader found (blank lines and multi-line cells in between)', () => {
    const result = validateRoster({ table: tableOf([['Ana Souza'], ['', 'bad']], undefined, [2, 7]), mapping, departments, existingPeople: [] });
    expect(messages(result)).toEqual([
      'Data row 2 (file line 7): “Name” (column A): name is required — fill in the name in the file, or choose the name columns above; “Email” (column B): email is not valid: “bad” — correct the address in the file, or leave the cell empty',
    ]);
  });

  it('reports every problem of a row, each against its field, with its value', () => {
    const result = validate([['', 'nope', 'x'.repeat(121), 'Nowhere']]);
    expect(result.rows[0]?.problems.map((p) => p.field)).toEqual(['name', 'email', 'title']);
    expect(result.rows[0]?.problems[2]?.message).toBe('title must be at most 120 characters');
  });

  it('refuses a row holding U+FFFD, naming the damaged text, so nothing is stored garbled', () => {
    const result = validate([['Jos\uFFFD N\uFFFD\uFFFDez'], ['Ana Souza']], { damagedRows: [0] });
    expect(messages(result)).toEqual(['Data row 1 (file line 2): has letters the chosen encoding cannot read (shown as �); choose the file’s encoding above: “Jos� N��ez”']);
    expect(result.totals.new).toBe(1);
  });

  it('treats missing cells of a short row as empty', () => {
    expect(validate([['Ana Souza']]).rows[0]?.person).toEqual({ name: 'Ana Souza', email: null, title: '', department: null, employeeId: null });
  });
});

describe('validateRoster: departments', () => {
  it('never refuses a row for a department that does not exist yet: it is listed with its row count and a proposed kind', () => {
    const result = validate([['Ana', '', '', 'Platform Engineering'], ['Ben', '', '', 'platform engineering'], ['Cy', '', '', 'Treasury']]);
    expect(result.totals.refused).toBe(0);
    expect(result.newDepartments).toEqual([
      { name: 'Platform Engineering', rows: 2, kind: 'technology', kindFromFile: false },
      { name: 'Treasury', rows: 1, kind: 'business', kindFromFile: false },
    ]);
    expect(result.rows[1]?.person?.department).toBe('Platform Engineering');
  });

  it('takes the kind from a department kind column when the file has one', () => {
    const result = validateRoster({ table: tableOf([['Ana', 'Treasury', 'Technology']]), mapping: only({ name: 0, department: 1, departmentKind: 2 }), departments, existingPeople: [] });
    expect(result.newDepartments).toEqual([{ name: 'Treasury', rows: 1, kind: 'technology', kindFromFile: true }]);
  });

  it('does not match a deleted department: it is created again', () => {
    const withoutLegal = departments.map((d) => (d.name === 'Legal' ? deleted(d) : d));
    expect(validate([['Ana Souza', '', '', 'legal']], { departments: withoutLegal }).newDepartments.map((d) => d.name)).toEqual(['legal']);
  });
});

describe('validateRoster: matching people already in the directory', () => {
  const existingPeople = [
    person('ana', 'Ana Souza', { email: 'Ana@Example.com', employeeId: 'E-1', title: 'Analyst' }),
    person('ben', 'Ben Okafor', { email: 'ben@example.com', title: 'Engineer' }),
    deleted(person('old', 'Cy Old', { email: 'cy@example.com' })),
  ];
  const withId = only({ employeeId: 0, name: 1, email: 2, title: 3, department: 4 });
  const run = (rows: string[][]) => validateRoster({ table: tableOf(rows, ['ID', 'Name', 'Email', 'Title', 'Dept']), mapping: withId, departments, existingPeople });

  it('matches by employee ID before email, without case, and shows what changes per field', () => {
    const result = run([['e-1', 'Ana Souza', 'ana.souza@new.example', 'Lead Analyst', 'Finance']]);
    expect(result.rows[0]).toMatchObject({ status: 'update', personId: 'person:ana', matchedBy: 'employeeId' });
    expect(result.rows[0]?.changes).toEqual([
      { field: 'email', from: 'Ana@Example.com', to: 'ana.souza@new.example' },
      { field: 'title', from: 'Analyst', to: 'Lead Analyst' },
      { field: 'department', from: 'Engineering', to: 'Finance' },
    ]);
  });

  it('falls back to email, counts a row that changes nothing as unchanged, and never blanks a field with an empty cell', () => {
    const result = run([['', 'Ben Okafor', 'BEN@example.com', '', '']]);
    expect(result.rows[0]).toMatchObject({ status: 'unchanged', personId: 'person:ben', matchedBy: 'email', changes: [] });
  });

  it('treats a deleted person as unknown: the row is new', () => {
    expect(run([['', 'Cy Old', 'cy@example.com', '', '']]).rows[0]?.status).toBe('new');
  });

  it('refuses the later of two rows with one employee ID or one email, naming the first row', () => {
    const result = run([
      ['E-9', 'Dee', 'dee@example.com', '', ''],
      ['e-9', 'Dee Two', 'dee2@example.com', '', ''],
      ['', 'Dee Three', 'DEE@example.com', '', ''],
    ]);
    expect(messages(result)).toEqual([
      'Data row 2 (file line 3): “ID” (column A): employee ID already appears on data row 1 (file line 2): “e-9” — keep one of the two rows in the file, or correct the ID',
      'Data row 3 (file line 4): “Email” (column C): email already appears on data row 1 (file line 2): “DEE@example.com” — keep one of the two rows in the file, or correct the address',
    ]);
  });

  it('refuses a second row matching the same person by another key', () => {
    const result = run([['E-1', 'Ana Souza', '', '', ''], ['', 'Ana S.', 'ana@example.com', '', '']]);
    expect(messages(result)).toEqual(['Data row 2 (file line 3): matches Ana Souza, whom data row 1 (file line 2) already matches: “ana@example.com” — keep one of the two rows in the file']);
  });
});

describe('validateRoster: the whole file', () => {
  it(`takes up to ${MAX_ROSTER_ROWS.toLocaleString('en-US')} people and refuses more with a clear sentence`, () => {
    const rows = Array.from({ length: MAX_ROSTER_ROWS + 1 }, (_, i) => [`Person ${i}`]);
    expect(validate(rows).fileProblems).toEqual(['The file has 50,001 rows, more than the 50,000 people one import can take: split it into smaller files.']);
  });
});
