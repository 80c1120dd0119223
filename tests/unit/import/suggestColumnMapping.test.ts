import { describe, expect, it } from 'vitest';
import { ROSTER_FIELDS, suggestColumnMapping, type RosterMapping } from '../../../shared/import';

/** A mapping with the given columns and every other field unmapped. */
function only(columns: Partial<RosterMapping>): RosterMapping {
  return { ...(Object.fromEntries(ROSTER_FIELDS.map((f) => [f, null])) as RosterMapping), ...columns };
}

describe('suggestColumnMapping', () => {
  it('recognises the usual spreadsheet headers: "Full name", "E-mail", "Job title", "Dept"', () => {
    expect(suggestColumnMapping(['Full name', 'E-mail', 'Job title', 'Dept'])).toEqual(only({ name: 0, email: 1, title: 2, department: 3 }));
  });

  it('finds the columns in any order, among columns it has no use for', () => {
    expect(suggestColumnMapping(['Start date', 'Department', 'Employee ID', 'Email address', 'Name', 'Position'])).toEqual(
      only({ employeeId: 2, name: 4, email: 3, title: 5, department: 1 }),
    );
  });

  it('ignores case, spaces and punctuation', () => {
    expect(suggestColumnMapping(['  NAME ', 'e_mail', 'JOB-TITLE', 'Dept.'])).toEqual(only({ name: 0, email: 1, title: 2, department: 3 }));
  });

  it.each([
    ['Employee name', 'name'],
    ['Display name', 'name'],
    ['Preferred name', 'preferredName'],
    ['Known as', 'preferredName'],
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
    expect(suggestColumnMapping(['Name', 'Phone'])).toEqual(only({ name: 0 }));
    expect(suggestColumnMapping([])).toEqual(only({}));
  });

  it('maps name parts to their own fields, never to the full name, and never someone else\'s details', () => {
    expect(suggestColumnMapping(['First name', 'Last name', 'Username', 'Manager name', 'Manager email'])).toEqual(only({ firstName: 0, lastName: 1 }));
  });

  it('prefers a certain match to a probable one, even further right', () => {
    expect(suggestColumnMapping(['Personal e-mail', 'Email']).email).toBe(1);
    expect(suggestColumnMapping(['Preferred name', 'Full name']).name).toBe(1);
  });

  it('takes the leftmost of two equally good columns, and uses a column for one field only', () => {
    const mapping = suggestColumnMapping(['Name', 'Name', 'Title']);
    expect(mapping).toEqual(only({ name: 0, title: 2 }));
  });

  it('suggests a mapping for every roster field, and only those', () => {
    expect(Object.keys(suggestColumnMapping([]))).toEqual([...ROSTER_FIELDS]);
  });

  it.each([
    [['Vorname', 'Nachname', 'E-Mail-Adresse', 'Stellenbezeichnung', 'Abteilung', 'Personalnummer'], 'German'],
    [['Prénom', 'Nom', 'Courriel', 'Intitulé de poste', 'Département', 'Matricule'], 'French'],
    [['Nombre', 'Apellidos', 'Correo electrónico', 'Puesto', 'Departamento', 'ID empleado'], 'Spanish'],
    [['Nome', 'Cognome', 'E-mail', 'Ruolo', 'Dipartimento', 'Matricola'], 'Italian'],
    [['Voornaam', 'Achternaam', 'E-mailadres', 'Functie', 'Afdeling', 'Personeelsnummer'], 'Dutch'],
    [['Förnamn', 'Efternamn', 'E-post', 'Befattning', 'Avdelning', 'Anställningsnummer'], 'Swedish'],
  ])('reads HR headers in %s (%s)', (headers) => {
    expect(suggestColumnMapping(headers)).toEqual(only({ firstName: 0, lastName: 1, email: 2, title: 3, department: 4, employeeId: 5 }));
  });

  it('finds the department kind column of Teamshape’s own export', () => {
    expect(suggestColumnMapping(['Employee ID', 'Name', 'Email', 'Title', 'Department', 'Department kind'])).toEqual(
      only({ employeeId: 0, name: 1, email: 2, title: 3, department: 4, departmentKind: 5 }),
    );
  });
});
