import { LIVE_PLAN_ID, type RecordFields, type Team } from '../../shared/model';
import type { TeamshapeDb } from './database';

const lower = (text: string) => text.trim().toLowerCase();

/**
 * The live plan's teams by lower-case name, with a new team for each name an import or a paste
 * creates that is not among them (another window may have created it since the preview). Used by
 * the spreadsheet import and the paste, so both create the owner teams they name the same way.
 */
export async function liveTeamsWithNew(db: TeamshapeDb, names: readonly string[], stamp: () => RecordFields): Promise<{ teamIds: Map<string, string>; teams: Team[] }> {
  const teamIds = new Map((await db.teams.where('planId').equals(LIVE_PLAN_ID).toArray()).filter((t) => t.deletedAt === null).map((t) => [lower(t.name), t.id]));
  const teams: Team[] = [];
  for (const name of names) {
    if (teamIds.has(lower(name))) continue;
    const team: Team = { ...stamp(), planId: LIVE_PLAN_ID, name: name.trim(), mission: '', services: [], championId: null };
    teams.push(team);
    teamIds.set(lower(name), team.id);
  }
  return { teamIds, teams };
}
