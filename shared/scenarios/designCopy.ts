import type { Dependency, Interaction, Team, TeamGroup } from '../model';

type Stamp = { at: string; actor: string | null };

function fresh(id: string, stamp: Stamp) {
  return { id, createdAt: stamp.at, updatedAt: stamp.at, deletedAt: null, updatedBy: stamp.actor };
}

export interface DesignRecords {
  teamGroups: TeamGroup[];
  interactions: Interaction[];
  dependencies: Dependency[];
}

/**
 * A draft copies the plan's organisation design with its teams (issue 20): its groups under new
 * ids, the copied teams moved into the copied groups, and the interactions and dependencies
 * between copied teams. `copiedTeams` are the copies made by copyPlanRecords (each derives from
 * its original first). Records of deleted teams or deleted records are not copied.
 */
export function copyDesignRecords(
  source: DesignRecords,
  copiedTeams: Team[],
  toPlanId: string,
  newId: () => string,
  stamp: Stamp,
): DesignRecords & { teams: Team[] } {
  const teamIdOf = new Map<string, string>();
  for (const team of copiedTeams) {
    const original = team.derivedFromTeamIds?.[0];
    if (original) teamIdOf.set(original, team.id);
  }
  const groupIdOf = new Map<string, string>();
  const teamGroups = source.teamGroups
    .filter((g) => g.deletedAt === null)
    .map((g) => {
      const copy: TeamGroup = { ...g, ...fresh(newId(), stamp), planId: toPlanId };
      delete copy.mergedIntoId;
      groupIdOf.set(g.id, copy.id);
      return copy;
    });
  const teams = copiedTeams.map((t) => (t.groupId ? { ...t, groupId: groupIdOf.get(t.groupId) ?? null } : t));
  const interactions: Interaction[] = [];
  for (const i of source.interactions) {
    const provider = teamIdOf.get(i.providerTeamId);
    const consumer = teamIdOf.get(i.consumerTeamId);
    if (i.deletedAt !== null || !provider || !consumer) continue;
    const copy: Interaction = { ...i, ...fresh(newId(), stamp), planId: toPlanId, providerTeamId: provider, consumerTeamId: consumer };
    delete copy.mergedIntoId;
    interactions.push(copy);
  }
  const dependencies: Dependency[] = [];
  for (const d of source.dependencies) {
    const dependent = teamIdOf.get(d.dependentTeamId);
    const on = teamIdOf.get(d.dependsOnTeamId);
    if (d.deletedAt !== null || !dependent || !on) continue;
    const copy: Dependency = { ...d, ...fresh(newId(), stamp), planId: toPlanId, dependentTeamId: dependent, dependsOnTeamId: on };
    delete copy.mergedIntoId;
    dependencies.push(copy);
  }
  return { teams, teamGroups, interactions, dependencies };
}
