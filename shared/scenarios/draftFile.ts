import { z } from 'zod';
import { Allocation, Id, TeamType, Timestamp, employeeIdKey, optionalText, requiredText } from '../model';
import { foldText } from '../backup/naturalKeys';

/**
 * A draft shared as a file (issue 18): one plan's teams, memberships and vacancies with just enough
 * about each person (name, email, employee ID) and role to match them in another workspace. Never
 * the directory, the OKRs or anything else of the workspace. Versioned; read strictly.
 */
export const DRAFT_FILE_FORMAT = 'teamshape-draft';
export const DRAFT_FILE_VERSION = 1;
export const DRAFT_FILE_MAX_BYTES = 20 * 1024 * 1024;

const FilePerson = z.strictObject({
  key: Id,
  name: requiredText('Name', 120),
  email: z.string().max(254).nullable(),
  employeeId: z.string().max(64).nullable(),
});
const FileTeam = z.strictObject({
  key: Id,
  name: requiredText('Team name', 80),
  mission: optionalText('Mission', 400),
  /** The first service (files written before teams owned several read with this alone). */
  service: optionalText('Service', 120),
  /** Every service the team owns (absent in older draft files: then `service` alone). */
  services: z.array(requiredText('Service', 120)).max(50).optional(),
  type: TeamType.nullable().optional(),
  championKey: Id.nullable(),
  /** The team ids it derives from in the workspace it came from (kept when they exist here too). */
  derivedFromTeamIds: z.array(Id).max(20),
});
const FileMembership = z.strictObject({
  teamKey: Id,
  personKey: Id.nullable(),
  roleId: Id,
  roleName: requiredText('Role name', 80),
  allocation: Allocation,
});

export const DraftFile = z.strictObject({
  format: z.literal(DRAFT_FILE_FORMAT, { message: 'this is not a Teamshape draft file' }),
  version: z.literal(DRAFT_FILE_VERSION, { message: `this draft file was written by a newer Teamshape (only version ${DRAFT_FILE_VERSION} is read): update Teamshape` }),
  exportedAt: Timestamp,
  plan: z.strictObject({ name: requiredText('Plan name', 80), description: optionalText('Plan description', 400) }),
  people: z.array(FilePerson).max(100_000),
  teams: z.array(FileTeam).max(10_000),
  memberships: z.array(FileMembership).max(200_000),
});
export type DraftFile = z.infer<typeof DraftFile>;

export interface MatchablePerson {
  id: string;
  name: string;
  email: string | null;
  employeeId?: string | null;
  deletedAt: string | null;
}

export interface PeopleMatch {
  /** File person key → the id of the person of this workspace. */
  matched: Map<string, string>;
  /** People of the file nobody here matches, in file order. */
  unmatched: Array<{ key: string; name: string; email: string | null; employeeId: string | null }>;
}

/** Matches the file's people to alive people here: by employee ID, else by email (case-insensitive). */
export function matchDraftPeople(file: DraftFile, people: readonly MatchablePerson[]): PeopleMatch {
  const byEmployeeId = new Map<string, string>();
  const byEmail = new Map<string, string>();
  for (const person of people) {
    if (person.deletedAt !== null) continue;
    if (person.employeeId) byEmployeeId.set(employeeIdKey(person.employeeId), person.id);
    if (person.email) byEmail.set(foldText(person.email), person.id);
  }
  const matched = new Map<string, string>();
  const unmatched: PeopleMatch['unmatched'] = [];
  for (const person of file.people) {
    const id = (person.employeeId ? byEmployeeId.get(employeeIdKey(person.employeeId)) : undefined)
      ?? (person.email ? byEmail.get(foldText(person.email)) : undefined);
    if (id) matched.set(person.key, id);
    else unmatched.push({ key: person.key, name: person.name, email: person.email, employeeId: person.employeeId });
  }
  return { matched, unmatched };
}

/** Matches the file's roles to alive roles here: by id (built-ins), else by name. */
export function matchDraftRoles(file: DraftFile, roles: ReadonlyArray<{ id: string; name: string; deletedAt: string | null }>): { matched: Map<string, string>; unmatched: string[] } {
  const alive = roles.filter((r) => r.deletedAt === null);
  const ids = new Set(alive.map((r) => r.id));
  const byName = new Map(alive.map((r) => [foldText(r.name), r.id]));
  const matched = new Map<string, string>();
  const unmatched: string[] = [];
  for (const m of file.memberships) {
    if (matched.has(m.roleId) || unmatched.includes(m.roleName)) continue;
    const id = ids.has(m.roleId) ? m.roleId : byName.get(foldText(m.roleName));
    if (id) matched.set(m.roleId, id);
    else unmatched.push(m.roleName);
  }
  return { matched, unmatched };
}
