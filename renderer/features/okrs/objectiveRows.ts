import type { CheckIn, KeyResult, Objective, Team } from '../../../shared/model';
import { objectiveProgress } from '../../../shared/rules';

export interface ObjectiveRow {
  id: string;
  title: string;
  kind: Objective['kind'];
  ownerNames: string[];
  keyResultCount: number;
  /** 0–1, or null when the objective has no key results yet. */
  progress: number | null;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** Rows for the OKRs list; check-ins are grouped once so the page stays linear in data size. */
export function objectiveRows(
  objectives: readonly Objective[],
  keyResults: readonly KeyResult[],
  checkIns: readonly CheckIn[],
  teams: readonly Team[],
): ObjectiveRow[] {
  const teamName = new Map(teams.map((t) => [t.id, t.name]));
  const keyResultsByObjective = groupBy(keyResults, (kr) => kr.objectiveId);
  const checkInsByKeyResult = groupBy(checkIns, (c) => c.keyResultId);
  return objectives.map((objective) => {
    const own = keyResultsByObjective.get(objective.id) ?? [];
    const ownCheckIns = own.flatMap((kr) => checkInsByKeyResult.get(kr.id) ?? []);
    return {
      id: objective.id,
      title: objective.title,
      kind: objective.kind,
      ownerNames: objective.ownerTeamIds.map((id) => teamName.get(id) ?? 'a deleted team'),
      keyResultCount: own.length,
      progress: objectiveProgress(objective, own, ownCheckIns),
    };
  });
}
