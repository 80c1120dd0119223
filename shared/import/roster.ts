import { NewPerson, type Department, type Person } from '../model';
import { closestFirst, listOf } from './closest';
import type { RosterField, RosterMapping } from './rosterColumns';

/** One import takes at most this many people: more is almost certainly the wrong file. */
export const MAX_ROSTER_ROWS = 10_000;

/** How many department names an "unknown department" error lists. */
const LISTED_DEPARTMENTS = 5;

export interface RosterInput {
  /** The data rows as parsed from the file, without the header row. */
  rows: readonly (readonly string[])[];
  mapping: RosterMapping;
  departments: readonly Pick<Department, 'id' | 'name' | 'deletedAt'>[];
  existingPeople: readonly Pick<Person, 'id' | 'email' | 'deletedAt'>[];
}

export interface RosterPerson {
  name: string;
  email: string | null;
  title: string;
  departmentId: string | null;
}

export interface ValidRosterRow {
  /** The spreadsheet row: the header is row 1, so the first data row is row 2. */
  rowNumber: number;
  person: RosterPerson;
  /** The existing person with the same email (compared without case), when there is one. */
  duplicateOf?: string;
}

export interface RosterError {
  /** The spreadsheet row (header = row 1); null for a problem with the whole file. */
  rowNumber: number | null;
  /** null for a problem with the whole file. */
  field: RosterField | null;
  /** Reads on its own, e.g. "row 14: email is not valid". */
  message: string;
}

export interface RosterValidation {
  valid: ValidRosterRow[];
  errors: RosterError[];
}

function tidy(cell: string | undefined): string {
  return (cell ?? '').replace(/\s+/g, ' ').trim();
}

function thousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function unknownDepartment(name: string, known: readonly string[]): string {
  if (known.length === 0) return `department "${name}" does not exist; there are no departments yet, so add it first or leave the department empty`;
  const listed = closestFirst(name, known).slice(0, LISTED_DEPARTMENTS);
  const more = known.length - listed.length;
  const list = listOf(more > 0 ? [...listed, `${more} more`] : listed);
  return known.length === 1
    ? `department "${name}" does not exist; the only department is ${list}`
    : `department "${name}" does not exist; valid departments are ${list}`;
}

/**
 * Checks every row of a roster file against the Person rules. Blank rows are skipped, cells are
 * trimmed and inner runs of spaces collapsed. A row with any error is left out of `valid`.
 */
export function validateRoster({ rows, mapping, departments, existingPeople }: RosterInput): RosterValidation {
  const filled = rows.map((row, index) => ({ row, rowNumber: index + 2 })).filter(({ row }) => row.some((cell) => tidy(cell) !== ''));
  if (filled.length > MAX_ROSTER_ROWS) {
    const message = `The file has ${thousands(filled.length)} people, more than the ${thousands(MAX_ROSTER_ROWS)} one import can take: split it into smaller files.`;
    return { valid: [], errors: [{ rowNumber: null, field: null, message }] };
  }
  if (mapping.name === null) {
    return { valid: [], errors: [{ rowNumber: null, field: 'name', message: "Choose the column that holds each person's name." }] };
  }
  const aliveDepartments = departments.filter((d) => d.deletedAt === null);
  const departmentIds = new Map(aliveDepartments.map((d) => [tidy(d.name).toLowerCase(), d.id]));
  const departmentNames = aliveDepartments.map((d) => d.name).sort((a, b) => a.localeCompare(b));
  const existing = new Map<string, string>();
  for (const p of existingPeople) if (p.deletedAt === null && p.email) existing.set(p.email.toLowerCase(), p.id);
  const firstRowOfEmail = new Map<string, number>();
  const result: RosterValidation = { valid: [], errors: [] };

  for (const { row, rowNumber } of filled) {
    const cell = (field: RosterField) => {
      const column = mapping[field];
      return column === null ? '' : tidy(row[column]);
    };
    const errors: RosterError[] = [];
    const fail = (field: RosterField, message: string) => errors.push({ rowNumber, field, message: `row ${rowNumber}: ${message}` });
    const email = cell('email');
    const parsed = NewPerson.safeParse({ name: cell('name'), email: email === '' ? null : email, title: cell('title') });
    const failed = new Set<RosterField>();
    for (const issue of parsed.error?.issues ?? []) {
      const field = issue.path[0] as RosterField;
      if (!failed.has(field)) fail(field, lowerFirst(issue.message));
      failed.add(field);
    }
    const department = cell('department');
    const departmentId = department === '' ? null : departmentIds.get(department.toLowerCase());
    if (departmentId === undefined) fail('department', unknownDepartment(department, departmentNames));
    const emailKey = email.toLowerCase();
    if (email !== '' && !failed.has('email')) {
      const first = firstRowOfEmail.get(emailKey);
      if (first === undefined) firstRowOfEmail.set(emailKey, rowNumber);
      else fail('email', `email ${email} already appears on row ${first}`);
    }
    if (errors.length > 0 || !parsed.success || departmentId === undefined) {
      result.errors.push(...errors);
      continue;
    }
    const person: RosterPerson = { name: parsed.data.name, email: parsed.data.email, title: parsed.data.title, departmentId };
    const duplicateOf = email === '' ? undefined : existing.get(emailKey);
    result.valid.push(duplicateOf === undefined ? { rowNumber, person } : { rowNumber, person, duplicateOf });
  }
  return result;
}

export interface RosterUpdate {
  personId: string;
  changes: Partial<Omit<RosterPerson, 'email'>>;
}

export interface RosterImportPlan {
  create: NewPerson[];
  update: RosterUpdate[];
  /** Rows matching an existing person that were left alone (always 0 when updating). */
  skipped: number;
}

/**
 * What to write for the valid rows. A row matching an existing person updates that person or is
 * skipped, as the person importing chose. An update never blanks a field: an empty cell or an
 * unmapped column keeps what the directory already knows, and the email that matched stays as is.
 */
export function planRosterImport(validation: RosterValidation, choice: 'update' | 'skip'): RosterImportPlan {
  const plan: RosterImportPlan = { create: [], update: [], skipped: 0 };
  for (const { person, duplicateOf } of validation.valid) {
    if (duplicateOf === undefined) plan.create.push({ ...person });
    else if (choice === 'skip') plan.skipped += 1;
    else {
      const changes: RosterUpdate['changes'] = { name: person.name };
      if (person.title !== '') changes.title = person.title;
      if (person.departmentId !== null) changes.departmentId = person.departmentId;
      plan.update.push({ personId: duplicateOf, changes });
    }
  }
  return plan;
}
