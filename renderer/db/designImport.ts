import { foldText } from '../../shared/backup/naturalKeys';
import type { InteractionImportRow, TeamDesignImportRow } from '../../shared/import/designRows';
import type { TeamshapeDb } from './database';
import { applyChange } from './changes';
import { createInteraction } from './interactions';
import { createTeamGroup, setTeamGroup } from './teamGroups';
import { updateTeam } from './teams';
import { mustBeEditablePlan } from './planGuard';

/** Adds the new interactions of a checked file (shared/import/designRows.ts) to a plan: one undoable change, all or nothing. */
export async function importInteractions(db: TeamshapeDb, planId: string, rows: readonly InteractionImportRow[], fileName: string): Promise<number> {
  const fresh = rows.filter((r) => r.status === 'new' && r.interaction !== null);
  return applyChange(db, () => `Import ${fresh.length.toLocaleString('en-GB')} interactions from ${fileName}`, async () => {
    await mustBeEditablePlan(db, planId);
    for (const row of fresh) await createInteraction(db, { planId, ...row.interaction! });
    return fresh.length;
  });
}

/**
 * Gives the teams of a checked file their types and groups, creating the groups the plan does not
 * have yet (with the level the file names): one undoable change, all or nothing.
 */
export async function importTeamDesign(db: TeamshapeDb, planId: string, rows: readonly TeamDesignImportRow[], fileName: string): Promise<number> {
  const changed = rows.filter((r) => r.status === 'changed' && r.change !== null);
  return applyChange(db, () => `Import team types and groups from ${fileName}`, async () => {
    await mustBeEditablePlan(db, planId);
    const groups = (await db.teamGroups.where('planId').equals(planId).toArray()).filter((g) => g.deletedAt === null);
    const byName = new Map(groups.map((g) => [foldText(g.name), g.id]));
    for (const row of changed) {
      const { teamId, type, groupName, groupLevel } = row.change!;
      let groupId: string | null = null;
      if (groupName !== null) {
        groupId = byName.get(foldText(groupName)) ?? null;
        if (groupId === null) {
          groupId = (await createTeamGroup(db, { planId, name: groupName, level: groupLevel })).id;
          byName.set(foldText(groupName), groupId);
        }
      }
      const team = await db.teams.get(teamId);
      if ((team?.type ?? null) !== type) await updateTeam(db, teamId, { type });
      if ((team?.groupId ?? null) !== groupId) await setTeamGroup(db, teamId, groupId);
    }
    return changed.length;
  });
}
