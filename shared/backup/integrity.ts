import { LIVE_PLAN_ID, employeeIdKey, quarterFromId } from '../model';
import { archivedPlanIds, keepsHistory } from '../scenarios/archivedHistory';
import { builtInIds } from './builtIns';
import type { BackupTableName, BackupTables } from './format';

type Row = { id: string; deletedAt: string | null; mergedIntoId?: string | null } & Record<string, unknown>;
const rowsOf = (tables: BackupTables, table: BackupTableName) => tables[table] as unknown as Row[];

/**
 * A live record must not point at a deleted one where the repositories delete or clear it with its
 * parent (deleteTeam, deletePerson, deleteObjective, deleteKeyResult) or where the app deletes
 * no parent at all (plans, roles, custom periods: only a merge folds one into another, and it
 * re-points every reference). A merge applies the same cascades (cascades.ts).
 * Not listed, because the app itself leaves them so: an objective whose owner teams were all
 * deleted, a key result owned by or contributed to by a deleted person or team, a check-in by a
 * deleted author, a correction of a deleted check-in, a team derived from a deleted team, and a
 * person in a deleted department (deleteDepartment refuses while people are in it, but two
 * merged laptops can make it; the app shows "No department" and counts no business member).
 */
const LIVE_PARENTS: readonly { table: BackupTableName; field: string; parent: BackupTableName; noun: string; child: string; rule: string }[] = [
  { table: 'teams', field: 'planId', parent: 'plans', noun: 'plan', child: 'this team is not', rule: "a plan's teams are deleted with it: delete the team too, or restore the plan" },
  { table: 'teams', field: 'championId', parent: 'people', noun: 'person', child: "is still this team's champion", rule: 'a deleted person is no longer champion: set championId to null, or restore the person' },
  { table: 'memberships', field: 'teamId', parent: 'teams', noun: 'team', child: 'this membership is not', rule: "a team's memberships are deleted with it: delete the membership too, or restore the team" },
  { table: 'memberships', field: 'personId', parent: 'people', noun: 'person', child: 'this membership is not', rule: "a person's memberships are deleted with them (except in archived plans, which keep history): delete the membership too, or restore the person" },
  { table: 'memberships', field: 'roleId', parent: 'roles', noun: 'role', child: 'this membership is not', rule: 'a membership holds a live role: choose another role, or restore this one' },
  { table: 'memberships', field: 'planId', parent: 'plans', noun: 'plan', child: 'this membership is not', rule: "a plan's memberships are deleted with it: delete the membership too, or restore the plan" },
  { table: 'objectives', field: 'parentId', parent: 'objectives', noun: 'objective', child: 'this objective still contributes to it', rule: 'objectives aligned to a deleted one are no longer aligned: set parentId to null, or restore the parent' },
  { table: 'objectives', field: 'periodId', parent: 'periods', noun: 'period', child: 'this objective is not', rule: 'an objective belongs to a live period: choose another period, or restore this one' },
  { table: 'keyResults', field: 'objectiveId', parent: 'objectives', noun: 'objective', child: 'this key result is not', rule: "an objective's key results are deleted with it: delete the key result too, or restore the objective" },
  { table: 'checkIns', field: 'keyResultId', parent: 'keyResults', noun: 'key result', child: 'this check-in is not', rule: "a key result's check-ins are deleted with it: delete the check-in too, or restore the key result" },
];

/** `memberships[4].teamId: team "t-9" (teams[2]) is deleted, but this membership is not; a team's memberships are deleted with it: …` */
function deadParentProblems(tables: BackupTables, report: (problem: string) => boolean): void {
  const deleted = new Map<BackupTableName, Map<string, number>>();
  const deletedIn = (table: BackupTableName): Map<string, number> => {
    let found = deleted.get(table);
    if (found) return found;
    found = new Map();
    for (const [i, row] of rowsOf(tables, table).entries()) if (row.deletedAt !== null) found.set(row.id, i);
    deleted.set(table, found);
    return found;
  };
  const archived = archivedPlanIds(tables.plans);
  for (const { table, field, parent, noun, child, rule } of LIVE_PARENTS) {
    const parents = deletedIn(parent);
    if (parents.size === 0) continue;
    const rows = rowsOf(tables, table);
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i]!;
      const id = row[field];
      if (row.deletedAt !== null || typeof id !== 'string' || (parent === 'periods' && quarterFromId(id))) continue;
      if (table === 'memberships' && parent === 'people' && keepsHistory(row, archived)) continue;
      const at = parents.get(id);
      if (at !== undefined && !report(`${table}[${i}].${field}: ${noun} "${id}" (${parent}[${at}]) is deleted, but ${child}; ${rule}`)) return;
    }
  }
}

/** The live plan, the built-in roles and the settings row are never deleted (a file may lack them: they are filled in alive). */
function deadBuiltInProblems(tables: BackupTables, report: (problem: string) => boolean): void {
  const roles = builtInIds().roles;
  const fix = 'set deletedAt to null';
  tables.plans.forEach((plan, i) => {
    if (plan.id === LIVE_PLAN_ID && plan.deletedAt !== null) report(`plans[${i}].deletedAt: the live plan "${plan.id}" is deleted; the live organisation is never deleted: ${fix}`);
  });
  tables.roles.forEach((role, i) => {
    if (roles.has(role.id) && role.deletedAt !== null) report(`roles[${i}].deletedAt: built-in role "${role.id}" ("${role.name}") is deleted; built-in roles are never deleted: ${fix}`);
  });
  tables.settings.forEach((settings, i) => {
    if (settings.deletedAt !== null) report(`settings[${i}].deletedAt: the settings row is deleted; settings are never deleted: ${fix}`);
  });
}

/**
 * Rules across records that a schema cannot see, i.e. what the app guarantees of every workspace:
 * an employee ID belongs to one live person; a correction corrects a check-in of its own key
 * result; no live record belongs to a deleted one (LIVE_PARENTS); the live plan, the built-in roles
 * and the settings row are alive. Tombstones may share an employee ID with a live person (someone
 * left and was re-hired; a record merged into another). Returns messages such as
 * `people[7].employeeId: employee ID "E-1042" is already used by people[3] ("Ana Lima")`.
 */
export function integrityProblems(tables: BackupTables, limit = 100): string[] {
  const problems: string[] = [];
  const report = (problem: string) => problems.length < limit && problems.push(problem) < limit;
  const byEmployeeId = new Map<string, number>();
  tables.people.forEach((person, i) => {
    if (person.deletedAt !== null || !person.employeeId || problems.length >= limit) return;
    const key = employeeIdKey(person.employeeId);
    const first = byEmployeeId.get(key);
    if (first === undefined) byEmployeeId.set(key, i);
    else report(`people[${i}].employeeId: employee ID "${person.employeeId}" is already used by people[${first}] ("${tables.people[first]!.name}")`);
  });
  const keyResultOf = new Map(tables.checkIns.map((c) => [c.id, c.keyResultId]));
  tables.checkIns.forEach((checkIn, i) => {
    if (!checkIn.correctsId || problems.length >= limit) return;
    const corrected = keyResultOf.get(checkIn.correctsId);
    if (checkIn.correctsId === checkIn.id) report(`checkIns[${i}].correctsId: a check-in cannot correct itself`);
    else if (corrected !== undefined && corrected !== checkIn.keyResultId) {
      report(`checkIns[${i}].correctsId: check-in "${checkIn.correctsId}" belongs to another key result; a correction corrects a check-in of its own key result`);
    }
  });
  deadBuiltInProblems(tables, report);
  deadParentProblems(tables, report);
  return problems;
}
