import { NewPerson, employeeIdKey, type Department, type DepartmentKind, type Person } from '../model';
import { parseDepartmentKind, suggestDepartmentKind } from './departmentKinds';
import { detectDayMonthOrder } from './dates';
import { endDateSaysLeft, statusSaysLeft } from './employmentStatus';
import { hasUnreadableText, showUnreadable } from './encoding';
import { composeName, tidyCell } from './personName';
import { ROSTER_FIELDS, type RosterField, type RosterMapping } from './rosterColumns';
import { columnLetter, isSpreadsheetError, type ImportTable } from './table';
import { thousands } from './wording';

/** One import takes at most this many people. */
export const MAX_ROSTER_ROWS = 50_000;

export interface RosterInput {
  table: ImportTable;
  mapping: RosterMapping;
  departments: readonly Pick<Department, 'id' | 'name' | 'deletedAt'>[];
  existingPeople: readonly Pick<Person, 'id' | 'name' | 'email' | 'title' | 'departmentId' | 'employeeId' | 'deletedAt' | 'updatedAt'>[];
  /** Indexes into the table's rows holding U+FFFD (text the encoding could not read). */
  damagedRows?: readonly number[];
  /** Rows whose status or past leaving date says the person has left are skipped (the default), or imported. */
  skipInactive?: boolean;
  /** YYYY-MM-DD: a leaving date before it means the person has left (without it, leaving dates are not judged). */
  today?: string;
  /** How the file writes decimals; it tells "03/04/2025" in a US file from a European one. */
  decimalMark?: '.' | ',';
}

/** A person as the file describes them; the department by name, as it will be after the import. */
export interface RosterPerson {
  name: string;
  email: string | null;
  title: string;
  department: string | null;
  employeeId: string | null;
}

/** 'inactive': the file says the person has left (status or leaving date), so the row is skipped. */
export type RosterRowStatus = 'new' | 'update' | 'unchanged' | 'refused' | 'inactive';

/** The fields a person's row can change, as the preview names them. */
export type PersonField = 'name' | 'email' | 'title' | 'department' | 'employeeId';
export const PERSON_FIELD_LABELS: Record<PersonField, string> = { name: 'Name', email: 'Email', title: 'Title', department: 'Department', employeeId: 'Employee ID' };

export interface FieldChange {
  field: PersonField;
  from: string;
  to: string;
}

export interface RowProblem<F extends string = RosterField> {
  field: F | null;
  /** What is wrong, starting lower case: "email is not valid". */
  message: string;
  /** The offending value as the file has it ('' when the cell is empty). */
  value: string;
  /** The file's column it was read from: “Work Email” (column G). */
  column?: string;
  /** What to do about it: "correct the address in the file, or leave the cell empty". */
  fix?: string;
}

export interface RosterRow {
  /** 1-based among the data rows (the header is not a data row). */
  dataRow: number;
  /** Where the row starts in the file: its line (text) or sheet row (workbook). */
  line: number;
  status: RosterRowStatus;
  person: RosterPerson | null;
  /** The existing person this row matches (by employee ID, else email). */
  personId: string | null;
  matchedBy: 'employeeId' | 'email' | null;
  /** The version read, so the commit refuses to overwrite a newer edit from another window. */
  personUpdatedAt: string | null;
  changes: FieldChange[];
  problems: RowProblem[];
  /** Why the file says this person has left ("status “Terminated”"), whether or not the row is skipped. */
  inactiveReason?: string | null;
  /** A skipped leaver: their name, and who in the directory they are (they stay there: an import never removes anyone). */
  leaver?: { name: string; inDirectory: string | null };
}

export interface NewDepartmentSummary {
  name: string;
  rows: number;
  /** The kind the file states for it, else one guessed from its name. */
  kind: DepartmentKind;
  kindFromFile: boolean;
}

export interface RosterValidation {
  rows: RosterRow[];
  totals: Record<RosterRowStatus, number>;
  newDepartments: NewDepartmentSummary[];
  /** Problems with the whole file or mapping (no name column, too many rows). */
  fileProblems: string[];
}

/** "Data row 12 (file line 13)" — clearly both, since spreadsheets and editors count differently. */
export function rowPlace(row: Pick<RosterRow, 'dataRow' | 'line'>, unit: 'line' | 'row' = 'line'): string {
  return `Data row ${thousands(row.dataRow)} (file ${unit} ${thousands(row.line)})`;
}

/** "“E-mail” (column B): email is not valid: “lars.lund@example” — correct the address in the file, or leave the cell empty". */
export function describeProblem(problem: RowProblem<string>): string {
  const where = problem.column ? `${problem.column}: ` : '';
  const what = problem.value === '' ? problem.message : `${problem.message}: “${problem.value}”`;
  return `${where}${what}${problem.fix ? ` — ${problem.fix}` : ''}`;
}

/** What to do about a field the Person rules refuse. */
function fixFor(field: string, message: string): string {
  if (/at most/.test(message)) return 'shorten it in the file, then import again';
  if (field === 'email') return 'correct the address in the file, or leave the cell empty';
  if (field === 'name') return 'fill in the name in the file, or choose the name columns above';
  return 'correct it in the file, then import again';
}

/** “Work Email” (column G), or the name columns the name is composed of. */
function columnOf(table: ImportTable, mapping: RosterMapping, field: RosterField | null): string | undefined {
  const fields: RosterField[] = field === 'name' || field === 'firstName' ? ['name', 'preferredName', 'firstName', 'lastName'] : field ? [field] : [];
  const named = fields.flatMap((f) => {
    const column = mapping[f];
    return column === null ? [] : [`“${table.headers[column] ?? ''}” (column ${columnLetter(column)})`];
  });
  return named.length > 0 ? named.join(' + ') : undefined;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function nameOf(cell: (field: RosterField) => string): string {
  return composeName({ full: cell('name'), first: cell('firstName'), middle: cell('middleName'), last: cell('lastName'), preferred: cell('preferredName') });
}

/**
 * The key people are matched by: the employee ID without case, and without the leading zeros
 * Excel drops from a numeric ID when someone opens and saves the file ("00042" is "42").
 */
export function rosterIdKey(employeeId: string): string {
  const key = employeeIdKey(employeeId);
  return /^\d+$/.test(key) ? key.replace(/^0+(?=\d)/, '') : key;
}

function hasNameColumn(mapping: RosterMapping): boolean {
  return mapping.name !== null || mapping.firstName !== null || mapping.lastName !== null || mapping.preferredName !== null;
}

/**
 * Checks every row of a roster against the Person rules and the directory. Departments that do
 * not exist yet are collected (they are created with the import), never a reason to refuse. A
 * row matches an existing person by employee ID (without case), else by email (without case).
 */
export function validateRoster(input: RosterInput): RosterValidation {
  const steps = validateRosterSteps(input, Number.MAX_SAFE_INTEGER);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * validateRoster in steps: yields the number of rows checked every `chunkRows` rows, so a screen
 * can validate 50,000 rows without freezing (it resumes the generator between frames), and
 * returns the same result.
 */
export function* validateRosterSteps(input: RosterInput, chunkRows = 2000): Generator<number, RosterValidation> {
  const { table, mapping, departments, existingPeople, damagedRows = [], skipInactive = true, today } = input;
  const result: RosterValidation = { rows: [], totals: { new: 0, update: 0, unchanged: 0, refused: 0, inactive: 0 }, newDepartments: [], fileProblems: [] };
  if (table.rows.length > MAX_ROSTER_ROWS) {
    result.fileProblems.push(`The file has ${thousands(table.rows.length)} rows, more than the ${thousands(MAX_ROSTER_ROWS)} people one import can take: split it into smaller files.`);
    return result;
  }
  if (!hasNameColumn(mapping)) {
    result.fileProblems.push('Choose the column that holds each person’s full name, or the first and last name columns.');
    return result;
  }
  const aliveDepartments = departments.filter((d) => d.deletedAt === null);
  const departmentById = new Map(aliveDepartments.map((d) => [d.id, d.name]));
  const departmentByKey = new Map(aliveDepartments.map((d) => [tidyCell(d.name).toLowerCase(), d.name]));
  const alive = existingPeople.filter((p) => p.deletedAt === null);
  const byEmployeeId = new Map(alive.filter((p) => p.employeeId).map((p) => [rosterIdKey(p.employeeId ?? ''), p]));
  const byEmail = new Map(alive.filter((p) => p.email).map((p) => [(p.email ?? '').toLowerCase(), p]));
  const damaged = new Set(damagedRows);
  const firstRowOfId = new Map<string, RosterRow>();
  const firstRowOfEmail = new Map<string, RosterRow>();
  const firstRowOfPerson = new Map<string, RosterRow>();
  const newDepartments = new Map<string, NewDepartmentSummary>();
  const statusHeader = mapping.status === null ? '' : (table.headers[mapping.status] ?? '');
  const endHeader = mapping.endDate === null ? '' : (table.headers[mapping.endDate] ?? '');
  const endColumn = mapping.endDate;
  const dateOrder = endColumn === null ? 'dmy' : detectDayMonthOrder(table.rows.map((r) => r[endColumn] ?? ''), input.decimalMark ?? '.');

  for (let index = 0; index < table.rows.length; index++) {
    if (index > 0 && index % chunkRows === 0) yield index;
    const cells = table.rows[index] ?? [];
    const cell = (field: RosterField) => {
      const column = mapping[field];
      return column === null ? '' : tidyCell(cells[column]);
    };
    const row: RosterRow = {
      dataRow: index + 1,
      line: table.lines[index] ?? index + 2,
      status: 'refused',
      person: null,
      personId: null,
      matchedBy: null,
      personUpdatedAt: null,
      changes: [],
      problems: [],
    };
    const problem = (field: RosterField | null, message: string, value: string, fix?: string) =>
      row.problems.push({ field, message, value, ...(field ? { column: columnOf(table, mapping, field) } : {}), ...(fix ? { fix } : {}) });
    result.rows.push(row);
    row.inactiveReason = statusSaysLeft(statusHeader, cell('status')) ?? (today ? endDateSaysLeft(endHeader, cell('endDate'), dateOrder, today) : null);
    if (row.inactiveReason && skipInactive) {
      // A leaver is not checked: their row is not imported, and a rehire's later row is no duplicate of it.
      row.status = 'inactive';
      result.totals.inactive++;
      const [id, mail] = [cell('employeeId'), cell('email').toLowerCase()];
      const known = (id !== '' ? byEmployeeId.get(rosterIdKey(id)) : undefined) ?? (mail !== '' ? byEmail.get(mail) : undefined);
      row.leaver = { name: nameOf(cell), inDirectory: known?.name ?? null };
      continue;
    }
    if (damaged.has(index)) {
      const bad = showUnreadable(cells.find(hasUnreadableText) ?? '');
      problem(null, 'has letters the chosen encoding cannot read (shown as �); choose the file’s encoding above', tidyCell(bad));
    }
    for (const field of ROSTER_FIELDS) {
      if (mapping[field] !== null && isSpreadsheetError(cell(field))) {
        problem(field, 'is an Excel error, not a value', cell(field), 'correct the formula in the sheet, or clear the cell, then save and import again');
      }
    }
    const name = nameOf(cell);
    const email = cell('email');
    const employeeId = cell('employeeId');
    const parsed = NewPerson.safeParse({ name, email: email === '' ? null : email, title: cell('title'), employeeId: employeeId === '' ? null : employeeId });
    const failed = new Set<string>();
    for (const issue of parsed.error?.issues ?? []) {
      const field = String(issue.path[0]);
      if (failed.has(field)) continue;
      failed.add(field);
      const values: Record<string, string> = { name, email, title: cell('title'), employeeId };
      const mapped = (field === 'name' ? (mapping.name !== null ? 'name' : 'firstName') : field) as RosterField;
      problem(mapped, lowerFirst(issue.message), values[field] ?? '', fixFor(field, issue.message));
    }
    if (employeeId !== '' && !failed.has('employeeId')) {
      const key = rosterIdKey(employeeId);
      const first = firstRowOfId.get(key);
      if (first) problem('employeeId', `employee ID already appears on ${lowerFirst(rowPlace(first))}`, employeeId, 'keep one of the two rows in the file, or correct the ID');
      else firstRowOfId.set(key, row);
    }
    if (email !== '' && !failed.has('email')) {
      const first = firstRowOfEmail.get(email.toLowerCase());
      if (first) problem('email', `email already appears on ${lowerFirst(rowPlace(first))}`, email, 'keep one of the two rows in the file, or correct the address');
      else firstRowOfEmail.set(email.toLowerCase(), row);
    }
    const existing = (employeeId !== '' ? byEmployeeId.get(rosterIdKey(employeeId)) : undefined) ?? (email !== '' ? byEmail.get(email.toLowerCase()) : undefined);
    if (existing) {
      const first = firstRowOfPerson.get(existing.id);
      if (first) problem(null, `matches ${existing.name}, whom ${lowerFirst(rowPlace(first))} already matches`, employeeId || email, 'keep one of the two rows in the file');
      else firstRowOfPerson.set(existing.id, row);
    }
    const departmentCell = cell('department');
    const departmentName = departmentCell === '' ? null : (departmentByKey.get(departmentCell.toLowerCase()) ?? newDepartments.get(departmentCell.toLowerCase())?.name ?? departmentCell);
    if (row.problems.length > 0 || !parsed.success) {
      result.totals.refused++;
      continue;
    }
    if (departmentName !== null && !departmentByKey.has(departmentName.toLowerCase())) {
      const key = departmentName.toLowerCase();
      const known = newDepartments.get(key);
      const fileKind = parseDepartmentKind(cell('departmentKind'));
      if (known) {
        known.rows++;
        if (!known.kindFromFile && fileKind) Object.assign(known, { kind: fileKind, kindFromFile: true });
      } else newDepartments.set(key, { name: departmentName, rows: 1, kind: fileKind ?? suggestDepartmentKind(departmentName), kindFromFile: fileKind !== null });
    }
    row.person = { name: parsed.data.name, email: parsed.data.email, title: parsed.data.title, department: departmentName, employeeId: parsed.data.employeeId ?? null };
    if (!existing) {
      row.status = 'new';
      result.totals.new++;
      continue;
    }
    row.personId = existing.id;
    row.personUpdatedAt = existing.updatedAt;
    row.matchedBy = employeeId !== '' && byEmployeeId.get(rosterIdKey(employeeId)) === existing ? 'employeeId' : 'email';
    row.changes = changesFor(existing, row.person, departmentById);
    row.status = row.changes.length > 0 ? 'update' : 'unchanged';
    result.totals[row.status]++;
  }
  result.newDepartments = [...newDepartments.values()].sort((a, b) => b.rows - a.rows || a.name.localeCompare(b.name));
  return result;
}

/**
 * What a row changes for the person it matches. An empty cell or an unmapped column never blanks
 * a field: it keeps what the directory already knows.
 */
function changesFor(existing: RosterInput['existingPeople'][number], person: RosterPerson, departmentById: ReadonlyMap<string, string>): FieldChange[] {
  const changes: FieldChange[] = [];
  const compare = (field: PersonField, from: string, to: string, sameWhen = (a: string, b: string) => a === b) => {
    if (to !== '' && !sameWhen(from, to)) changes.push({ field, from, to });
  };
  const noCase = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
  compare('name', existing.name, person.name);
  compare('email', existing.email ?? '', person.email ?? '', noCase);
  compare('title', existing.title, person.title);
  compare('department', existing.departmentId ? (departmentById.get(existing.departmentId) ?? '') : '', person.department ?? '', noCase);
  compare('employeeId', existing.employeeId ?? '', person.employeeId ?? '', (a, b) => rosterIdKey(a) === rosterIdKey(b));
  return changes;
}

export interface RosterUpdate {
  personId: string;
  expectedUpdatedAt: string | null;
  changes: Partial<Record<PersonField, string | null>>;
}

export interface RosterImportPlan {
  /** Departments to create first, with the kind the person importing chose. */
  departments: { name: string; kind: DepartmentKind }[];
  create: RosterPerson[];
  update: RosterUpdate[];
  /** Rows matching an existing person that were left alone. */
  skipped: number;
}

/**
 * What to write. Rows matching an existing person update the fields that change, or are skipped,
 * as the person importing chose; new departments get the kind chosen for each (else the proposed one).
 */
export function planRosterImport(
  validation: RosterValidation,
  choice: 'update' | 'skip',
  departmentKinds: Readonly<Record<string, DepartmentKind>> = {},
): RosterImportPlan {
  const plan: RosterImportPlan = { departments: [], create: [], update: [], skipped: 0 };
  const used = new Set<string>();
  const use = (department: string | null | undefined) => {
    if (department) used.add(department.toLowerCase());
  };
  for (const row of validation.rows) {
    if (!row.person) continue;
    if (row.status === 'new') {
      plan.create.push({ ...row.person });
      use(row.person.department);
    } else if (row.status === 'update' && choice === 'update' && row.personId) {
      const changes: Partial<Record<PersonField, string | null>> = {};
      for (const change of row.changes) changes[change.field] = row.person[change.field];
      use(changes.department);
      plan.update.push({ personId: row.personId, expectedUpdatedAt: row.personUpdatedAt, changes });
    } else if (row.status === 'update') plan.skipped++;
  }
  plan.departments = validation.newDepartments
    .filter((d) => used.has(d.name.toLowerCase()))
    .map((d) => ({ name: d.name, kind: departmentKinds[d.name.toLowerCase()] ?? d.kind }));
  return plan;
}
