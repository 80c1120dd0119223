import { NewTeamGroup, TeamGroup } from '../../shared/model';
import { parseOrThrow } from '../../shared/validation';
import { foldText } from '../../shared/backup/naturalKeys';
import type { TeamshapeDb } from './database';
import { RuleViolationError } from './errors';
import { currentActor, mustExist, stampDelete, stampNew, stampUpdate } from './stamp';
import { applyChange, expectedVersion, type EditOptions } from './changes';

export type TeamGroupChanges = Partial<Pick<TeamGroup, 'name' | 'level' | 'maxPeople' | 'maxTeams'>>;

async function mustBeUniqueName(db: TeamshapeDb, group: TeamGroup): Promise<void> {
  const others = await db.teamGroups.where('planId').equals(group.planId).toArray();
  const clash = others.find((g) => g.deletedAt === null && g.id !== group.id && foldText(g.name) === foldText(group.name));
  if (clash) throw new RuleViolationError(`A group named “${clash.name}” already exists in this plan. Pick another name.`);
}

export async function createTeamGroup(db: TeamshapeDb, input: NewTeamGroup): Promise<TeamGroup> {
  return applyChange(db, (group) => `Create group “${group.name}”`, async () => {
    const fields = parseOrThrow(NewTeamGroup, input);
    const group = parseOrThrow(TeamGroup, { ...fields, ...stampNew(await currentActor(db)) });
    await mustExist(db.plans, group.planId, 'plan');
    await mustBeUniqueName(db, group);
    await db.teamGroups.add(group);
    return group;
  });
}

export async function updateTeamGroup(db: TeamshapeDb, groupId: string, changes: TeamGroupChanges, options: EditOptions = {}): Promise<TeamGroup> {
  return applyChange(db, (group) => `Edit group “${group.name}”`, async () => {
    const existing = await mustExist(db.teamGroups, groupId, 'group');
    const group = parseOrThrow(TeamGroup, { ...existing, ...changes, ...stampUpdate(await currentActor(db)) });
    await mustBeUniqueName(db, group);
    await db.teamGroups.put(group);
    return group;
  }, { expected: expectedVersion('teamGroups', groupId, options) });
}

/** Tombstones the group; its teams stay, in no group (in the same change, so one undo brings both back). */
export async function deleteTeamGroup(db: TeamshapeDb, groupId: string): Promise<void> {
  let name = '';
  await applyChange(db, () => `Delete group “${name}”`, async () => {
    const group = await mustExist(db.teamGroups, groupId, 'group');
    name = group.name;
    const actor = await currentActor(db);
    await db.teamGroups.put({ ...group, ...stampDelete(actor) });
    const teams = await db.teams.where('groupId').equals(groupId).toArray();
    await db.teams.bulkPut(teams.filter((t) => t.deletedAt === null).map((t) => ({ ...t, groupId: null, ...stampUpdate(actor) })));
  });
}

/** Puts a team into a group of its plan (a team belongs to at most one), or into none with null. */
export async function setTeamGroup(db: TeamshapeDb, teamId: string, groupId: string | null): Promise<void> {
  await applyChange(db, () => 'Change a team’s group', async () => {
    const team = await mustExist(db.teams, teamId, 'team');
    if (groupId !== null) {
      const group = await mustExist(db.teamGroups, groupId, 'group');
      if (group.planId !== team.planId) throw new RuleViolationError(`The group “${group.name}” belongs to another plan than the team “${team.name}”. Pick a group of the same plan.`);
    }
    await db.teams.put({ ...team, groupId, ...stampUpdate(await currentActor(db)) });
  });
}
