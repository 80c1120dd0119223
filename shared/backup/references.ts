import { quarterFromId } from '../model';
import { builtInIds } from './builtIns';
import type { BackupTableName, BackupTables } from './format';

type Target = 'departments' | 'people' | 'roles' | 'plans' | 'teams' | 'periods' | 'objectives' | 'keyResults' | 'checkIns' | 'teamGroups';

const NOUN: Record<Target, string> = {
  departments: 'department',
  people: 'person',
  roles: 'role',
  plans: 'plan',
  teams: 'team',
  periods: 'period',
  objectives: 'objective',
  keyResults: 'key result',
  checkIns: 'check-in',
  teamGroups: 'group',
};

/**
 * Every reference between records must point at a record of the backup (a tombstoned one counts:
 * tombstones are kept, so a deleted team's memberships still point at it) or at a built-in that a
 * restore always provides. `updatedBy` and `mergedIntoId` are provenance, not structure, and are not checked.
 * Returns messages such as `memberships[4].teamId: team "t-9" is not in the backup`.
 */
export function referenceProblems(tables: BackupTables, limit = 100): string[] {
  const builtIns = builtInIds();
  const ids: Record<Target, Set<string>> = {
    departments: new Set([...builtIns.departments, ...tables.departments.map((r) => r.id)]),
    people: new Set(tables.people.map((r) => r.id)),
    roles: new Set([...builtIns.roles, ...tables.roles.map((r) => r.id)]),
    plans: new Set([...builtIns.plans, ...tables.plans.map((r) => r.id)]),
    teams: new Set(tables.teams.map((r) => r.id)),
    periods: new Set(tables.periods.map((r) => r.id)),
    objectives: new Set(tables.objectives.map((r) => r.id)),
    keyResults: new Set(tables.keyResults.map((r) => r.id)),
    checkIns: new Set(tables.checkIns.map((r) => r.id)),
    teamGroups: new Set(tables.teamGroups.map((r) => r.id)),
  };
  const problems: string[] = [];
  const check = (table: BackupTableName, index: number, field: string, target: Target, id: string | null | undefined) => {
    if (id === null || id === undefined || problems.length >= limit) return;
    if (target === 'periods' && quarterFromId(id)) return;
    if (!ids[target].has(id)) problems.push(`${table}[${index}].${field}: ${NOUN[target]} "${id}" is not in the backup`);
  };
  tables.people.forEach((p, i) => check('people', i, 'departmentId', 'departments', p.departmentId));
  tables.plans.forEach((p, i) => check('plans', i, 'basedOnPlanId', 'plans', p.basedOnPlanId));
  tables.teams.forEach((t, i) => {
    check('teams', i, 'planId', 'plans', t.planId);
    check('teams', i, 'championId', 'people', t.championId);
    t.derivedFromTeamIds?.forEach((teamId, j) => check('teams', i, `derivedFromTeamIds[${j}]`, 'teams', teamId));
    check('teams', i, 'groupId', 'teamGroups', t.groupId);
  });
  tables.principleSets.forEach((p, i) => p.roles?.forEach((rule, j) => check('principleSets', i, `roles[${j}].roleId`, 'roles', rule.roleId)));
  tables.teamGroups.forEach((g, i) => check('teamGroups', i, 'planId', 'plans', g.planId));
  tables.interactions.forEach((x, i) => {
    check('interactions', i, 'planId', 'plans', x.planId);
    check('interactions', i, 'providerTeamId', 'teams', x.providerTeamId);
    check('interactions', i, 'consumerTeamId', 'teams', x.consumerTeamId);
  });
  tables.dependencies.forEach((d, i) => {
    check('dependencies', i, 'planId', 'plans', d.planId);
    check('dependencies', i, 'dependentTeamId', 'teams', d.dependentTeamId);
    check('dependencies', i, 'dependsOnTeamId', 'teams', d.dependsOnTeamId);
  });
  tables.memberships.forEach((m, i) => {
    check('memberships', i, 'planId', 'plans', m.planId);
    check('memberships', i, 'teamId', 'teams', m.teamId);
    check('memberships', i, 'personId', 'people', m.personId);
    check('memberships', i, 'roleId', 'roles', m.roleId);
  });
  tables.objectives.forEach((o, i) => {
    check('objectives', i, 'periodId', 'periods', o.periodId);
    o.ownerTeamIds.forEach((teamId, j) => check('objectives', i, `ownerTeamIds[${j}]`, 'teams', teamId));
    check('objectives', i, 'parentId', 'objectives', o.parentId);
  });
  tables.keyResults.forEach((k, i) => {
    check('keyResults', i, 'objectiveId', 'objectives', k.objectiveId);
    check('keyResults', i, 'ownerId', 'people', k.ownerId);
    check('keyResults', i, 'ownerTeamId', 'teams', k.ownerTeamId);
    k.contributingTeamIds.forEach((teamId, j) => check('keyResults', i, `contributingTeamIds[${j}]`, 'teams', teamId));
  });
  tables.checkIns.forEach((c, i) => {
    check('checkIns', i, 'keyResultId', 'keyResults', c.keyResultId);
    check('checkIns', i, 'authorId', 'people', c.authorId);
    check('checkIns', i, 'correctsId', 'checkIns', c.correctsId);
  });
  return problems;
}
