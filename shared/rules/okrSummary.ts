import type { Objective, Team } from '../model';

type Owned = Pick<Objective, 'id' | 'ownerTeamIds' | 'deletedAt'>;
type Named = Pick<Team, 'id' | 'name' | 'deletedAt'>;

/** Shared: owned by two or more teams together. */
export function isShared(objective: Pick<Objective, 'ownerTeamIds'>): boolean {
  return objective.ownerTeamIds.length > 1;
}

export interface OrganisationOkrSummary<T extends Named> {
  /** Alive objectives of the period. */
  objectiveCount: number;
  /** Of those, owned by two or more teams. */
  sharedCount: number;
  /** Alive teams that own (alone or shared) no objective of the period, by name. */
  teamsWithoutObjective: T[];
}

/** The organisation at a glance for one period: pass that period's objectives and the live teams. */
export function organisationOkrSummary<T extends Named>(objectives: readonly Owned[], teams: readonly T[]): OrganisationOkrSummary<T> {
  const alive = objectives.filter((o) => o.deletedAt === null);
  const owning = new Set(alive.flatMap((o) => o.ownerTeamIds));
  return {
    objectiveCount: alive.length,
    sharedCount: alive.filter(isShared).length,
    teamsWithoutObjective: teams
      .filter((t) => t.deletedAt === null && !owning.has(t.id))
      .sort((a, b) => a.name.localeCompare(b.name)),
  };
}

export interface TeamOkrs<O extends Owned> {
  /** Objectives the team owns on its own. */
  alone: O[];
  /** Objectives the team shares, with the other owner teams' ids. */
  shared: { objective: O; otherOwnerIds: string[] }[];
}

/** One team's objectives of a period, split into those it owns alone and those it shares. */
export function teamOkrs<O extends Owned>(teamId: string, objectives: readonly O[]): TeamOkrs<O> {
  const result: TeamOkrs<O> = { alone: [], shared: [] };
  for (const objective of objectives) {
    if (objective.deletedAt !== null || !objective.ownerTeamIds.includes(teamId)) continue;
    if (isShared(objective)) result.shared.push({ objective, otherOwnerIds: objective.ownerTeamIds.filter((id) => id !== teamId) });
    else result.alone.push(objective);
  }
  return result;
}
