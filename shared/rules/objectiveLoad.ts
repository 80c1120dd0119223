import { quarterOf, type DateOnly, type Objective, type Period } from '../model';

type StoredPeriod = Pick<Period, 'id' | 'start' | 'end' | 'deletedAt'>;
type CountedObjective = Pick<Objective, 'id' | 'periodId' | 'ownerTeamIds' | 'deletedAt'>;

/**
 * The periods whose objectives are "this period's" on `today`: the calendar quarter containing it
 * and every alive custom period that contains it (an organisation on a half-year cadence keeps
 * its objectives in a custom period).
 */
export function currentPeriodIds(today: DateOnly, stored: readonly StoredPeriod[]): Set<string> {
  const ids = new Set([quarterOf(today).id]);
  for (const period of stored) if (period.deletedAt === null && period.start <= today && today <= period.end) ids.add(period.id);
  return ids;
}

/**
 * How many of the current periods' alive objectives each team owns or co-owns: an objective
 * counts once for each of its owner teams (never twice for one team, even if it lists the team
 * twice or sits in two overlapping periods). One pass over the objectives, so the plan's health
 * reads each team's count from a map instead of scanning the objectives per team.
 */
export function objectiveCountsByTeam(objectives: readonly CountedObjective[], periodIds: ReadonlySet<string>): Map<string, number> {
  const seen = new Set<string>();
  const counts = new Map<string, number>();
  for (const objective of objectives) {
    if (objective.deletedAt !== null || !periodIds.has(objective.periodId) || seen.has(objective.id)) continue;
    seen.add(objective.id);
    for (const teamId of new Set(objective.ownerTeamIds)) counts.set(teamId, (counts.get(teamId) ?? 0) + 1);
  }
  return counts;
}

/** Whether two counts say the same (so the plan's health need not be computed again). */
export function sameObjectiveCounts(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): boolean {
  if (a.size !== b.size) return false;
  for (const [teamId, count] of a) if (b.get(teamId) !== count) return false;
  return true;
}
