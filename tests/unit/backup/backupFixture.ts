import { withBuiltIns, type BackupFile, type BackupTables } from '../../../shared/backup';
import { buildBackup, serializeBackup } from '../../../shared/backup';
import { DEFAULT_SETTINGS, LIVE_PLAN_ID, ROLE_IDS, type RecordFields } from '../../../shared/model';
import { sampleOrganisation } from '../../../shared/samples/sampleOrganisation';

export const TODAY = '2026-11-16';
export const EXPORTED_AT = '2026-11-16T09:30:00.000Z';
export const NOW = '2026-11-16T10:00:00.000Z';

export function stamp(id: string, at = '2026-11-10T08:00:00.000Z', deletedAt: string | null = null): RecordFields {
  return { id, createdAt: at, updatedAt: deletedAt ?? at, deletedAt, updatedBy: null };
}

/**
 * A realistic workspace with every kind of record: the sample organisation, the built-ins, a
 * user-made department and custom period, a draft plan, an aligned and scored objective, a
 * deleted team (with its deleted membership), a deleted person, and what format 2 added: an
 * employee ID, a vacancy, a team-owned key result with an unknown start, a corrected check-in,
 * an archived plan, a team's lineage and a record merged into another (mergedIntoId). The last
 * record of each of those tables carries the new fields, so the per-field corpus covers them.
 */
export function richTables(): BackupTables {
  const sample = sampleOrganisation(TODAY);
  const tables = withBuiltIns<BackupTables>({ ...sample, settings: [] });
  const someone = sample.people[5]!;
  const team = sample.teams[0]!;
  const objective = sample.objectives[0]!;
  tables.departments.push({ ...stamp('department-design'), name: 'Design', kind: 'technology' });
  tables.people.push({ ...stamp('person-gone', '2026-10-01T08:00:00.000Z', '2026-11-01T08:00:00.000Z'), name: 'Gone Person', email: 'gone@example.com', title: '', departmentId: 'department-design' });
  tables.plans.push({ ...stamp('plan-draft'), name: 'Next year', kind: 'draft', description: 'A scenario', basedOnPlanId: LIVE_PLAN_ID });
  tables.teams.push({ ...stamp('team-draft'), planId: 'plan-draft', name: 'Draft Team', mission: '', services: [], championId: null });
  tables.teams.push({ ...stamp('team-deleted', '2026-10-01T08:00:00.000Z', '2026-11-02T08:00:00.000Z'), planId: LIVE_PLAN_ID, name: 'Old Team', mission: '', services: [], championId: 'person-gone' });
  tables.memberships.push({ ...stamp('membership-draft'), planId: 'plan-draft', teamId: 'team-draft', personId: someone.id, roleId: ROLE_IDS.developer, allocation: 50 });
  tables.memberships.push({ ...stamp('membership-deleted', '2026-10-01T08:00:00.000Z', '2026-11-02T08:00:00.000Z'), planId: LIVE_PLAN_ID, teamId: 'team-deleted', personId: 'person-gone', roleId: ROLE_IDS.designer, allocation: 100 });
  tables.periods.push({ ...stamp('period-fy27'), name: 'FY27 H1', kind: 'custom', start: '2027-01-01', end: '2027-06-30' });
  tables.objectives.push({
    ...stamp('objective-fy27'), title: 'Customers renew without a call', description: 'Aligned to the portal objective', periodId: 'period-fy27',
    ownerTeamIds: [team.id], parentId: objective.id, kind: 'aspirational', score: { value: 0.7, reason: 'Good progress' },
  });
  tables.keyResults.push({
    ...stamp('kr-fy27'), objectiveId: 'objective-fy27', title: 'Renewals done online', metric: 'increase', start: 10, target: 60, unit: '%',
    weight: 2, ownerId: someone.id, contributingTeamIds: [team.id], sortOrder: 0, score: null,
  });
  tables.checkIns.push({ ...stamp('checkin-fy27'), keyResultId: 'kr-fy27', date: '2026-11-10', value: 12, confidence: 6, note: 'Zoë says: "=SUM(A1)"', authorId: someone.id });
  tables.settings = [{ ...DEFAULT_SETTINGS, updatedAt: '2026-11-10T08:00:00.000Z', staleAfterDays: 21 }];
  // Format 2.
  tables.departments.push({ ...stamp('department-design-copy', '2026-10-01T08:00:00.000Z', '2026-11-03T08:00:00.000Z'), name: 'Design', kind: 'technology', mergedIntoId: 'department-design' });
  tables.people.push({ ...stamp('person-employee'), name: 'Ana Employee', email: 'ana.employee@example.com', title: 'Designer', departmentId: 'department-design', employeeId: 'E-1042' });
  tables.plans.push({ ...stamp('plan-archived'), name: 'Organisation until October', kind: 'archived', description: '', basedOnPlanId: null, effectiveFrom: '2026-01-01', effectiveTo: '2026-10-31' });
  tables.teams.push({ ...stamp('team-derived'), planId: 'plan-draft', name: 'Draft Team Split', mission: '', services: [], championId: null, derivedFromTeamIds: ['team-draft', 'team-deleted'] });
  tables.memberships.push({ ...stamp('membership-vacancy'), planId: 'plan-draft', teamId: 'team-draft', personId: null, roleId: ROLE_IDS.designer, allocation: 80 });
  tables.keyResults.push({
    ...stamp('kr-team-owned'), objectiveId: 'objective-fy27', title: 'Self-service renewals', metric: 'increase', start: null, target: 500, unit: 'renewals',
    weight: null, ownerId: null, ownerTeamId: team.id, contributingTeamIds: [], sortOrder: 1, score: null,
  });
  tables.checkIns.push({ ...stamp('checkin-corrected', '2026-11-11T08:00:00.000Z'), keyResultId: 'kr-fy27', date: '2026-11-10', value: 21, confidence: 6, note: 'Typo: 21, not 12', authorId: someone.id, correctsId: 'checkin-fy27' });
  // Format 4: a group, an interaction, a dependency, a typed team in the group with two services.
  const other = sample.teams[1]!;
  tables.teamGroups.push({ ...stamp('group-payments'), planId: LIVE_PLAN_ID, name: 'Payments tribe', level: 'Tribe', maxPeople: 150, maxTeams: 8 });
  tables.interactions.push({ ...stamp('interaction-xaas'), planId: LIVE_PLAN_ID, providerTeamId: team.id, consumerTeamId: other.id, mode: 'x-as-a-service', purpose: 'Card payments API', start: '2026-10-01', end: null });
  tables.dependencies.push({ ...stamp('dependency-blocking'), planId: LIVE_PLAN_ID, dependentTeamId: other.id, dependsOnTeamId: team.id, state: 'blocking', since: '2026-10-15', note: 'Waiting for the refunds endpoint' });
  tables.teams.push({ ...stamp('team-typed'), planId: LIVE_PLAN_ID, name: 'Typed Team', mission: '', services: ['Ledger', 'Refunds'], championId: null, type: 'platform', groupId: 'group-payments' });
  return tables;
}

export function backupOf(tables: BackupTables, exportedAt = EXPORTED_AT): BackupFile {
  return buildBackup(tables, { appVersion: '0.1.0', exportedAt });
}

export function backupText(tables: BackupTables = richTables()): string {
  return serializeBackup(backupOf(tables));
}
