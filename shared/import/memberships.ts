import { Allocation, employeeIdKey, type Membership, type Person, type Team } from '../model';
import type { MembershipField, MembershipMapping } from './membershipColumns';
import { hoursToAllocation, weekHoursOfColumn } from './allocationHours';
import { compactHeader } from './headerMatch';
import { parseLocaleNumber, type DecimalMark } from './numbers';
import { hasUnreadableText, showUnreadable } from './encoding';
import { findByName, LenientIndex, withoutLeadingZeros } from './lenientMatch';
import { tidyCell } from './personName';
import { roleForTitle, type RoleRef, type TitleRoleSynonym } from './roleSynonyms';
import type { RowProblem } from './roster';
import type { ImportTable } from './table';
import { thousands } from './wording';

export interface MembershipInput {
  table: ImportTable;
  mapping: MembershipMapping;
  decimalMark: DecimalMark;
  people: readonly Pick<Person, 'id' | 'name' | 'email' | 'employeeId' | 'title' | 'deletedAt'>[];
  /** The teams of the plan the file goes into. */
  teams: readonly Pick<Team, 'id' | 'name' | 'deletedAt'>[];
  roles: readonly RoleRef[];
  /** The plan's memberships now (matched by team + person + role; vacancies by team + role + allocation). */
  memberships: readonly Pick<Membership, 'id' | 'teamId' | 'personId' | 'roleId' | 'allocation' | 'deletedAt' | 'updatedAt'>[];
  synonyms: readonly TitleRoleSynonym[];
  defaultAllocation: number;
  damagedRows?: readonly number[];
}

export type MembershipRowStatus = 'new' | 'update' | 'unchanged' | 'refused';

export interface MembershipRow {
  dataRow: number;
  line: number;
  status: MembershipRowStatus;
  /** null: a vacancy (an open role with no person yet). */
  personId: string | null;
  personName: string | null;
  team: string;
  role: string;
  allocation: number;
  /** For an update: the membership and the version read. */
  membershipId: string | null;
  membershipUpdatedAt: string | null;
  previousAllocation: number | null;
  problems: RowProblem<MembershipField>[];
  /** Things to know that do not stop the row (over-allocation). */
  warnings: string[];
  /** A row naming only a team: it creates the team (when new) and no membership. */
  teamOnly?: boolean;
}

export interface NewNameSummary {
  name: string;
  rows: number;
}

export interface MembershipValidation {
  rows: MembershipRow[];
  totals: Record<MembershipRowStatus, number>;
  newTeams: NewNameSummary[];
  newRoles: NewNameSummary[];
  fileProblems: string[];
  /** How many rows are open roles with no person. */
  vacancies: number;
}

const key = (text: string) => tidyCell(text).toLowerCase();

/**
 * Reads an allocation as files write it: "50", "50%", "50 %", a sheet's "50%" cell, or a share
 * "0,5" / "0.5" (at most 1, with a decimal mark). Empty means the default allocation.
 */
export function parseAllocation(text: string, decimalMark: DecimalMark, defaultAllocation: number, fteColumn = false): number | null {
  const cell = text.trim();
  if (cell === '') return defaultAllocation;
  const value = parseLocaleNumber(cell, decimalMark);
  if (value === null) return null;
  const share = !cell.endsWith('%') && value > 0 && value <= 1 && (fteColumn || /[.,]/.test(cell));
  return share ? Math.round(value * 1000) / 10 : value;
}

/**
 * Whether an allocation column counts in FTE (1 = full time) rather than percent: its header says
 * FTE, or every value is a share of at most 1 and one of them has decimals ("1", "0,8", "0,5").
 * Then a plain "1" is 100 %, not 1 %.
 */
export function allocationColumnIsFte(header: string, cells: readonly string[], decimalMark: DecimalMark): boolean {
  if (/^(?:fte|ftes|etp|vollzeitaquivalent|vzae?)$/.test(compactHeader(header))) return true;
  let decimals = false;
  for (const raw of cells) {
    const cell = raw.trim();
    if (cell === '') continue;
    if (cell.endsWith('%')) return false;
    const value = parseLocaleNumber(cell, decimalMark);
    if (value === null || value > 1) return false;
    if (/[.,]/.test(cell)) decimals = true;
  }
  return decimals;
}

/**
 * Interprets a file of memberships (one row per person per team): who — by employee ID, else
 * email, else exact name —, which team (new teams are listed for confirmation), which role (by
 * name, else by the title → role synonyms, else a new role), and how much. A row with a role and
 * nobody is a vacancy; a row naming someone unknown is refused with its row and value; a person
 * above 100 % across the plan is a warning on each of their rows.
 */
export function validateMemberships(input: MembershipInput): MembershipValidation {
  const { table, mapping } = input;
  const result: MembershipValidation = { rows: [], totals: { new: 0, update: 0, unchanged: 0, refused: 0 }, newTeams: [], newRoles: [], fileProblems: [], vacancies: 0 };
  if (mapping.team === null) result.fileProblems.push('Choose the column that names each row’s team.');
  if (mapping.role === null) result.fileProblems.push('Choose the column that names each row’s role.');
  if (result.fileProblems.length > 0) return result;
  const people = input.people.filter((p) => p.deletedAt === null);
  const byId = new Map(people.filter((p) => p.employeeId).map((p) => [employeeIdKey(p.employeeId ?? ''), p]));
  const byEmail = new Map(people.filter((p) => p.email).map((p) => [(p.email ?? '').toLowerCase(), p]));
  // Excel drops the leading zeros of an all-digit ID ("00123" → "123").
  const byDigits = new LenientIndex(people, (p) => withoutLeadingZeros(p.employeeId ?? '') ?? '');
  const byName = new LenientIndex(people, (p) => p.name, key);
  const teams = new LenientIndex(input.teams.filter((t) => t.deletedAt === null), (t) => t.name, key);
  const findTeam = (name: string) => teams.find(name).found ?? undefined;
  const roles = input.roles.filter((r) => r.deletedAt === null);
  const existing = input.memberships.filter((m) => m.deletedAt === null);
  const membershipByKey = new Map(existing.filter((m) => m.personId !== null).map((m) => [`${m.teamId}|${m.personId}|${m.roleId}`, m]));
  const freeVacancies = existing.filter((m) => m.personId === null);
  const newTeams = new Map<string, NewNameSummary>();
  const newRoles = new Map<string, NewNameSummary>();
  const seen = new Map<string, MembershipRow>();
  const damaged = new Set(input.damagedRows ?? []);

  const allocationColumn = mapping.allocation;
  const weekHours = allocationColumn === null ? null : weekHoursOfColumn(table.headers[allocationColumn] ?? '');
  const fteColumn = allocationColumn !== null && allocationColumnIsFte(table.headers[allocationColumn] ?? '', table.rows.map((r) => r[allocationColumn] ?? ''), input.decimalMark);
  table.rows.forEach((cells, index) => {
    const cell = (field: MembershipField) => {
      const column = mapping[field];
      return column === null ? '' : tidyCell(cells[column]);
    };
    const row: MembershipRow = {
      dataRow: index + 1, line: table.lines[index] ?? index + 2, status: 'refused', personId: null, personName: null,
      team: cell('team'), role: cell('role'), allocation: 0, membershipId: null, membershipUpdatedAt: null, previousAllocation: null, problems: [], warnings: [],
    };
    result.rows.push(row);
    const problem = (field: MembershipField | null, message: string, value: string) => row.problems.push({ field, message, value });
    if (damaged.has(index)) problem(null, 'has letters the chosen encoding cannot read (shown as �); choose the file’s encoding above', tidyCell(showUnreadable(cells.find(hasUnreadableText) ?? '')));
    const [employeeId, email, name] = [cell('employeeId'), cell('email'), cell('name')];
    let person: (typeof people)[number] | undefined;
    if (employeeId !== '' || email !== '' || name !== '') {
      const digits = withoutLeadingZeros(employeeId);
      person =
        (employeeId !== '' ? (byId.get(employeeIdKey(employeeId)) ?? (digits !== null ? (byDigits.find(digits).found ?? undefined) : undefined)) : undefined) ??
        (email !== '' ? byEmail.get(email.toLowerCase()) : undefined);
      if (!person && employeeId === '' && email === '') {
        const named = findByName(byName, name);
        if (!named.found && named.ambiguous > 1) problem('name', `${thousands(named.ambiguous)} people are called this; add an Employee ID or Email column to say which one`, name);
        person = named.found ?? undefined;
      }
      if (!person && row.problems.length === 0) {
        const [field, value] = employeeId !== '' ? (['employeeId', employeeId] as const) : email !== '' ? (['email', email] as const) : (['name', name] as const);
        problem(field, `names nobody in the directory; import the people first, or correct the ${field === 'employeeId' ? 'employee ID' : field}`, value);
      }
    }
    row.personId = person?.id ?? null;
    row.personName = person?.name ?? null;
    if (row.team === '') problem('team', 'team is empty', '');
    // A team with nobody and no role: the team alone (how the export writes an empty team).
    if (row.problems.length === 0 && employeeId === '' && email === '' && name === '' && row.role === '' && cell('allocation') === '') {
      const known = findTeam(row.team);
      if (known) row.team = known.name;
      else bump(newTeams, row.team);
      row.teamOnly = true;
      row.status = known ? 'unchanged' : 'new';
      result.totals[row.status]++;
      return;
    }
    const roleText = row.role !== '' ? row.role : (person?.title ?? '');
    const role = roleText === '' ? null : roleForTitle(roleText, input.synonyms, roles);
    if (row.role === '' && !role) problem('role', person ? `role is empty and the title “${person.title}” suggests none` : 'role is empty', '');
    if (role) row.role = role.name;
    const allocation =
      weekHours !== null && cell('allocation') !== ''
        ? hoursToAllocation(cell('allocation'), input.decimalMark, weekHours)
        : parseAllocation(cell('allocation'), input.decimalMark, input.defaultAllocation, fteColumn);
    const parsedAllocation = allocation === null ? null : Allocation.safeParse(allocation);
    if (!parsedAllocation?.success) {
      const message = parsedAllocation?.error.issues[0]?.message ?? 'allocation must be a number';
      problem('allocation', message, cell('allocation'));
    } else row.allocation = parsedAllocation.data;
    if (row.problems.length > 0) {
      result.totals.refused++;
      return;
    }
    const team = findTeam(row.team);
    if (!team) bump(newTeams, row.team);
    if (!role) bump(newRoles, row.role);
    if (team) row.team = team.name;
    const rowKey = `${key(row.team)}|${row.personId ?? `vacancy:${index}`}|${key(row.role)}`;
    const earlier = seen.get(rowKey);
    if (earlier) {
      problem(null, `repeats data row ${thousands(earlier.dataRow)} (file line ${thousands(earlier.line)}): same person, team and role`, `${row.personName ?? ''} · ${row.team} · ${row.role}`);
      result.totals.refused++;
      return;
    }
    seen.set(rowKey, row);
    if (row.personId === null) result.vacancies++;
    const match =
      team && role
        ? row.personId !== null
          ? membershipByKey.get(`${team.id}|${row.personId}|${role.id}`)
          : takeVacancy(freeVacancies, team.id, role.id, row.allocation)
        : undefined;
    if (match) {
      row.membershipId = match.id;
      row.membershipUpdatedAt = match.updatedAt;
      row.previousAllocation = match.allocation;
      row.status = match.allocation === row.allocation ? 'unchanged' : 'update';
    } else row.status = 'new';
    result.totals[row.status]++;
  });
  flagOverAllocation(result.rows, existing);
  result.newTeams = [...newTeams.values()].sort((a, b) => a.name.localeCompare(b.name));
  result.newRoles = [...newRoles.values()].sort((a, b) => a.name.localeCompare(b.name));
  return result;
}

function bump(names: Map<string, NewNameSummary>, name: string): void {
  const known = names.get(key(name));
  if (known) known.rows++;
  else names.set(key(name), { name, rows: 1 });
}

function takeVacancy<M extends { teamId: string; roleId: string; allocation: number }>(free: M[], teamId: string, roleId: string, allocation: number): M | undefined {
  const index = free.findIndex((m) => m.teamId === teamId && m.roleId === roleId && m.allocation === allocation);
  return index < 0 ? undefined : free.splice(index, 1)[0];
}

/** A person above 100 % across the plan after the import: a warning on each of their rows, naming the total and the teams. */
function flagOverAllocation(rows: MembershipRow[], existing: MembershipInput['memberships']): void {
  const replaced = new Set(rows.map((r) => r.membershipId).filter((id) => id !== null));
  const total = new Map<string, number>();
  for (const m of existing) {
    if (m.personId !== null && !replaced.has(m.id)) total.set(m.personId, (total.get(m.personId) ?? 0) + m.allocation);
  }
  const counted = rows.filter((r) => r.status !== 'refused' && r.personId !== null);
  for (const row of counted) total.set(row.personId ?? '', (total.get(row.personId ?? '') ?? 0) + row.allocation);
  for (const row of counted) {
    const sum = total.get(row.personId ?? '') ?? 0;
    if (sum > 100) row.warnings.push(`${row.personName} would be allocated ${thousands(sum)}% in this plan, over 100%`);
  }
}

export interface MembershipImportPlan {
  teams: string[];
  roles: string[];
  create: { personId: string | null; team: string; role: string; allocation: number }[];
  update: { membershipId: string; expectedUpdatedAt: string | null; allocation: number }[];
}

/** What to write: new teams and roles first, then the new memberships and changed allocations. */
export function planMembershipImport(validation: MembershipValidation): MembershipImportPlan {
  const plan: MembershipImportPlan = { teams: validation.newTeams.map((t) => t.name), roles: validation.newRoles.map((r) => r.name), create: [], update: [] };
  for (const row of validation.rows) {
    if (row.teamOnly) continue;
    if (row.status === 'new') plan.create.push({ personId: row.personId, team: row.team, role: row.role, allocation: row.allocation });
    if (row.status === 'update' && row.membershipId) plan.update.push({ membershipId: row.membershipId, expectedUpdatedAt: row.membershipUpdatedAt, allocation: row.allocation });
  }
  return plan;
}
