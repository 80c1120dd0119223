import { describe, expect, it } from 'vitest';
import { ROSTER_FIELDS, suggestColumnMapping } from '../../../shared/import';

describe('suggestColumnMapping', () => {
  it('recognises the usual spreadsheet headers: "Full name", "E-mail", "Job title", "Dept"', () => {
    expect(suggestColumnMapping(['Full name', 'E-mail', 'Job title', 'Dept'])).toEqual({ name: 0, email: 1, title: 2, department: 3 });
  });

  it('finds the columns in any order, among columns it has no use for', () => {
    expect(suggestColumnMapping(['Start date', 'Department', 'Employee ID', 'Email address', 'Name', 'Position'])).toEqual({
      name: 4,
      email: 3,
      title: 5,
      department: 1,
    });
  });

  it('ignores case, spaces and punctuation', () => {
    expect(suggestColumnMapping(['  NAME ', 'e_mail', 'JOB-TITLE', 'Dept.'])).toEqual({ name: 0, email: 1, title: 2, department: 3 });
  });

  it.each([
    ['Employee name', 'name'],
    ['Display name', 'name'],
    ['Preferred name', 'name'],
    ['Mail', 'email'],
    ['Work e-mail', 'email'],
    ['Role', 'title'],
    ['Job title (official)', 'title'],
    ['Division', 'department'],
    ['Business unit', 'department'],
    ['Department name', 'department'],
    ['Home dept', 'department'],
  ] as const)('maps "%s" to %s', (header, field) => {
    expect(suggestColumnMapping([header])[field]).toBe(0);
  });

  it('leaves a field unmapped when no column fits', () => {
    expect(suggestColumnMapping(['Name', 'Phone'])).toEqual({ name: 0, email: null, title: null, department: null });
    expect(suggestColumnMapping([])).toEqual({ name: null, email: null, title: null, department: null });
  });

  it('does not propose a column holding only part of a name, or someone else\'s details', () => {
    expect(suggestColumnMapping(['First name', 'Last name', 'Username', 'Manager name', 'Manager email'])).toEqual({
      name: null,
      email: null,
      title: null,
      department: null,
    });
  });

  it('prefers a certain match to a probable one, even further right', () => {
    expect(suggestColumnMapping(['Personal e-mail', 'Email']).email).toBe(1);
    expect(suggestColumnMapping(['Preferred name', 'Full name']).name).toBe(1);
  });

  it('takes the leftmost of two equally good columns, and uses a column for one field only', () => {
    const mapping = suggestColumnMapping(['Name', 'Name', 'Title']);
    expect(mapping).toEqual({ name: 0, email: null, title: 2, department: null });
  });

  it('suggests a mapping for every roster field, and only those', () => {
    expect(Object.keys(suggestColumnMapping([]))).toEqual([...ROSTER_FIELDS]);
  });
});
