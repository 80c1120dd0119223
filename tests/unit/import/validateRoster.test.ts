import { describe, expect, it } from 'vitest';
import { MAX_ROSTER_ROWS, suggestColumnMapping, validateRoster, type RosterInput } from '../../../shared/import';
import { deleted } from '../rules/factories';
import { defaultDepartments, person } from '../rules/orgFactories';
import { ROSTER_HEADERS, ROSTER_ROWS } from './rosterFixture';

const departments = defaultDepartments();
const mapping = { name: 0, email: 1, title: 2, department: 3 };

function validate(rows: string[][], fields: Partial<RosterInput> = {}) {
  return validateRoster({ rows, mapping, departments, existingPeople: [], ...fields });
}

describe('validateRoster: the 40-person fixture', () => {
  const result = validateRoster({ rows: ROSTER_ROWS, mapping: suggestColumnMapping(ROSTER_HEADERS), departments, existingPeople: [] });

  it('accepts 37 rows and reports the 3 bad ones with their spreadsheet row numbers', () => {
    expect(result.valid).toHaveLength(37);
    expect(result.errors).toEqual([
      { rowNumber: 14, field: 'email', message: 'row 14: email is not valid' },
      {
        rowNumber: 23,
        field: 'department',
        message: 'row 23: department "Marketting" does not exist; valid departments are Marketing, Customer Success, Engineering, Finance, HR and 6 more',
      },
      { rowNumber: 37, field: 'name', message: 'row 37: name is required' },
    ]);
  });

  it('numbers rows as the spreadsheet does: the header is row 1, so the first person is on row 2', () => {
    expect(result.valid[0]?.rowNumber).toBe(2);
    expect(result.valid.at(-1)?.rowNumber).toBe(41);
    expect(result.valid.map((v) => v.rowNumber)).not.toContain(14);
  });

  it('tidies whitespace and matches departments without regard to case', () => {
    expect(result.valid[0]?.person).toEqual({
      name: 'Grace Tanaka',
      email: 'grace.tanaka@example.com',
      title: 'Security Analyst',
      departmentId: 'department:engineering',
    });
    expect(result.valid.find((v) => v.rowNumber === 5)?.person.departmentId).toBe('department:sales');
  });

  it('accepts a person without email or department', () => {
    expect(result.valid.find((v) => v.rowNumber === 7)?.person).toEqual({ name: 'Eli Cohen', email: null, title: 'Software Engineer', departmentId: null });
  });
});

describe('validateRoster: rows', () => {
  it('skips empty rows but keeps counting them, so numbers still match the spreadsheet', () => {
    const result = validate([['Ana Souza', '', '', ''], ['', ' ', ''], [], ['', 'bad', '', '']]);
    expect(result.valid.map((v) => v.rowNumber)).toEqual([2]);
    expect(result.errors.map((e) => e.message)).toEqual(['row 5: name is required', 'row 5: email is not valid']);
  });

  it('reports every problem of a row, each against its field', () => {
    const result = validate([['', 'nope', 'x'.repeat(121), 'Nowhere']]);
    expect(result.errors.map((e) => e.field)).toEqual(['name', 'email', 'title', 'department']);
    expect(result.errors[2]?.message).toBe('row 2: title must be at most 120 characters');
  });

  it('applies the Person rules to names: at most 120 characters', () => {
    expect(validate([['y'.repeat(121)]]).errors[0]?.message).toBe('row 2: name must be at most 120 characters');
  });

  it('treats missing cells of a short row as empty', () => {
    expect(validate([['Ana Souza']]).valid[0]?.person).toEqual({ name: 'Ana Souza', email: null, title: '', departmentId: null });
  });

  it('reads only the mapped columns, in whatever order they are', () => {
    const result = validate([['x', 'Sales', 'ana@example.com', 'Ana Souza']], { mapping: { name: 3, email: 2, title: null, department: 1 } });
    expect(result.valid[0]?.person).toEqual({ name: 'Ana Souza', email: 'ana@example.com', title: '', departmentId: 'department:sales' });
  });
});

describe('validateRoster: departments', () => {
  it('lists all valid departments when there are five or fewer, alphabetically after a near miss', () => {
    const few = departments.filter((d) => ['Sales', 'Finance', 'Legal'].includes(d.name));
    expect(validate([['Ana Souza', '', '', 'Sails']], { departments: few }).errors[0]?.message).toBe(
      'row 2: department "Sails" does not exist; valid departments are Sales, Finance and Legal',
    );
  });

  it('names the only department when there is one, and explains when there are none', () => {
    const [engineering] = departments;
    expect(validate([['Ana Souza', '', '', 'Sales']], { departments: [engineering!] }).errors[0]?.message).toBe(
      'row 2: department "Sales" does not exist; the only department is Engineering',
    );
    expect(validate([['Ana Souza', '', '', 'Sales']], { departments: [] }).errors[0]?.message).toBe(
      'row 2: department "Sales" does not exist; there are no departments yet, so add it first or leave the department empty',
    );
  });

  it('neither matches nor lists a deleted department', () => {
    const withoutLegal = departments.filter((d) => ['Legal', 'HR'].includes(d.name)).map((d) => (d.name === 'Legal' ? deleted(d) : d));
    expect(validate([['Ana Souza', '', '', 'legal']], { departments: withoutLegal }).errors[0]?.message).toBe(
      'row 2: department "legal" does not exist; the only department is HR',
    );
  });
});

describe('validateRoster: duplicates', () => {
  it('rejects the later of two rows with the same email, whatever its case', () => {
    const result = validate([
      ['Ana Souza', 'ana@example.com'],
      ['Ben Okafor', 'ben@example.com'],
      ['Ana S.', 'ANA@example.com'],
    ]);
    expect(result.valid.map((v) => v.rowNumber)).toEqual([2, 3]);
    expect(result.errors).toEqual([{ rowNumber: 4, field: 'email', message: 'row 4: email ANA@example.com already appears on row 2' }]);
  });

  it('still rejects the later row when the first one has another problem: the email is taken in the file', () => {
    const result = validate([['', 'ana@example.com'], ['Ana Souza', 'ana@example.com']]);
    expect(result.errors.map((e) => e.message)).toEqual(['row 2: name is required', 'row 3: email ana@example.com already appears on row 2']);
  });

  it('accepts several people without an email: blank is not a duplicate', () => {
    expect(validate([['Ana Souza', ''], ['Ben Okafor', '']]).valid).toHaveLength(2);
  });

  it('marks a row whose email belongs to an existing person, whatever its case, so the person importing can update or skip', () => {
    const existingPeople = [person('ana', 'Ana Souza', { email: 'Ana@Example.com' }), deleted(person('old', 'Ben Okafor', { email: 'ben@example.com' }))];
    const result = validate([['Ana Souza', 'ana@example.com'], ['Ben Okafor', 'ben@example.com']], { existingPeople });
    expect(result.valid).toEqual([
      { rowNumber: 2, person: { name: 'Ana Souza', email: 'ana@example.com', title: '', departmentId: null }, duplicateOf: 'person:ana' },
      { rowNumber: 3, person: { name: 'Ben Okafor', email: 'ben@example.com', title: '', departmentId: null } },
    ]);
    expect(result.errors).toEqual([]);
  });
});

describe('validateRoster: the whole file', () => {
  it(`takes up to ${MAX_ROSTER_ROWS} people in one import`, () => {
    const rows = Array.from({ length: MAX_ROSTER_ROWS }, (_, i) => [`Person ${i}`, `p${i}@example.com`]);
    const result = validate([...rows, [], ['']]);
    expect(result.valid).toHaveLength(MAX_ROSTER_ROWS);
    expect(result.errors).toEqual([]);
  });

  it('refuses a file with more people than that, with a clear error and nothing to import', () => {
    const rows = Array.from({ length: 12_345 }, (_, i) => [`Person ${i}`]);
    expect(validate(rows)).toEqual({
      valid: [],
      errors: [{ rowNumber: null, field: null, message: 'The file has 12,345 people, more than the 10,000 one import can take: split it into smaller files.' }],
    });
  });

  it('asks for the name column when none is mapped', () => {
    expect(validate([['Ana Souza']], { mapping: { name: null, email: 0, title: null, department: null } })).toEqual({
      valid: [],
      errors: [{ rowNumber: null, field: 'name', message: "Choose the column that holds each person's name." }],
    });
  });

  it('has nothing to report about a file without people', () => {
    expect(validate([])).toEqual({ valid: [], errors: [] });
  });
});
