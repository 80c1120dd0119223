import { NewTeam, Team } from '../../shared/model';
import { parseOrThrow } from '../../shared/validation';
import type { TeamshapeDb } from './database';
import { RuleViolationError } from './errors';
import { currentActor, mustExist, stampDelete, stampNew, stampUpdate } from './stamp';
import { applyChange, expectedVersion, type EditOptions } from './changes';
import { mustBeEditablePlan } from './planGuard';
import { tombstoneTeamLinks } from './interactions';

export type TeamChanges = Partial<Pick<Team, 'name' | 'mission' | 'services' | 'championId' | 'type' | 'groupId' | 'workingWithUs'>>;

export async function createTeam(db: TeamshapeDb, input: NewTeam): Promise<Team> {
  return applyChange(db, (team) => `Create team “${team.name}”`, async () => {
    const fields = parseOrThrow(NewTeam, input);
    const team = parseOrThrow(Team, { ...fields, ...stampNew(await currentActor(db)) });
    await mustExist(db.plans, team.planId, 'plan');
    await mustBeEditablePlan(db, team.planId);
    if (team.championId) await mustExist(db.people, team.championId, 'executive champion');
    await db.teams.add(team);
    return team;
  });
}

export async function updateTeam(db: TeamshapeDb, teamId: string, changes: TeamChanges, options: EditOptions = {}): Promise<Team> {
  return applyChange(db, (team) => `Edit team “${team.name}”`, async () => {
    const existing = await mustExist(db.teams, teamId, 'team');
    await mustBeEditablePlan(db, existing.planId);
    const team = parseOrThrow(Team, { ...existing, ...changes, ...stampUpdate(await currentActor(db)) });
    if (team.championId && team.championId !== existing.championId) {
      await mustExist(db.people, team.championId, 'executive champion');
    }
    if (team.groupId && team.groupId !== existing.groupId) {
      const group = await mustExist(db.teamGroups, team.groupId, 'group');
      if (group.planId !== team.planId) throw new RuleViolationError(`The group “${group.name}” belongs to another plan. Pick a group of the team’s plan.`);
    }
    await db.teams.put(team);
    return team;
  }, { expected: expectedVersion('teams', teamId, options) });
}

/** Tombstones the team and, in the same transaction, its memberships. */
export async function deleteTeam(db: TeamshapeDb, teamId: string): Promise<void> {
  let name = '';
  await applyChange(db, () => `Delete team “${name}”`, async () => {
    const team = await mustExist(db.teams, teamId, 'team');
    await mustBeEditablePlan(db, team.planId);
    name = team.name;
    const tombstone = stampDelete(await currentActor(db));
    await db.teams.put({ ...team, ...tombstone });
    const memberships = await db.memberships.where('teamId').equals(teamId).toArray();
    const alive = memberships.filter((m) => m.deletedAt === null);
    await db.memberships.bulkPut(alive.map((m) => ({ ...m, ...tombstone })));
    await tombstoneTeamLinks(db, teamId, tombstone);
  });
}
