import type { KeyResult, Objective, Team } from '../model';
import type { OkrPreferences } from './okrPreferences';
import { objectiveScore, suggestedScore } from './scoring';

export interface ReviewInputObjective {
  objective: Pick<Objective, 'id' | 'title' | 'kind' | 'ownerTeamIds' | 'score'>;
  keyResults: readonly { keyResult: Pick<KeyResult, 'weight' | 'score'>; progress: number }[];
}

export interface ReviewedObjective {
  id: string;
  title: string;
  kind: Objective['kind'];
  ownerTeamIds: string[];
  /** The objective's score, or the one its key results suggest; null without key results. */
  score: number | null;
  achieved: boolean;
  /** Not achieved: to carry to the next period; true when the next period already has it (same title and owners). */
  alreadyInNextPeriod: boolean;
}

export interface AchievementCount {
  objectives: number;
  achieved: number;
}

export interface QuarterReview {
  objectives: ReviewedObjective[];
  /** Share of objectives achieved, 0–1; null for a period without objectives. */
  achievedShare: number | null;
  committed: AchievementCount;
  aspirational: AchievementCount;
  /** Key result scores in [0, 0.4), [0.4, 0.7) and [0.7, 1.0]. */
  scoreBands: { low: number; middle: number; high: number };
  teamsWithObjectives: Pick<Team, 'id' | 'name'>[];
  teamsWithoutObjectives: Pick<Team, 'id' | 'name'>[];
  /** Objectives not achieved: what the next period should take on (or consciously drop). */
  carried: ReviewedObjective[];
}

const EPSILON = 1e-9;
const sameOwners = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((id) => b.includes(id));

/**
 * A period in review: how many objectives were achieved (committed at their threshold, default 1.0;
 * aspirational at theirs, default 0.7), how key result scores spread, which teams had objectives,
 * and what is carried over. A key result's score is its own, else the one its progress suggests.
 */
export function quarterReview(
  objectives: readonly ReviewInputObjective[],
  teams: readonly Pick<Team, 'id' | 'name'>[],
  nextPeriodObjectives: readonly Pick<Objective, 'title' | 'ownerTeamIds'>[],
  thresholds: OkrPreferences['achievementThresholds'],
): QuarterReview {
  const scoreBands = { low: 0, middle: 0, high: 0 };
  const reviewed = objectives.map(({ objective, keyResults }): ReviewedObjective => {
    const scored = keyResults.map(({ keyResult, progress }) => ({ weight: keyResult.weight, score: keyResult.score?.value ?? suggestedScore(progress) }));
    for (const { score } of scored) {
      if (score < 0.4 - EPSILON) scoreBands.low++;
      else if (score < 0.7 - EPSILON) scoreBands.middle++;
      else scoreBands.high++;
    }
    const score = objective.score?.value ?? objectiveScore(scored);
    const needed = objective.kind === 'aspirational' ? thresholds.aspirational : thresholds.committed;
    const achieved = score !== null && score + EPSILON >= needed;
    const title = objective.title.trim().toLowerCase();
    return {
      id: objective.id,
      title: objective.title,
      kind: objective.kind,
      ownerTeamIds: [...objective.ownerTeamIds],
      score,
      achieved,
      alreadyInNextPeriod: !achieved && nextPeriodObjectives.some((o) => o.title.trim().toLowerCase() === title && sameOwners(o.ownerTeamIds, objective.ownerTeamIds)),
    };
  });
  const count = (kind: Objective['kind']): AchievementCount => {
    const ofKind = reviewed.filter((o) => o.kind === kind);
    return { objectives: ofKind.length, achieved: ofKind.filter((o) => o.achieved).length };
  };
  const owning = new Set(reviewed.flatMap((o) => o.ownerTeamIds));
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
  return {
    objectives: reviewed,
    achievedShare: reviewed.length === 0 ? null : reviewed.filter((o) => o.achieved).length / reviewed.length,
    committed: count('committed'),
    aspirational: count('aspirational'),
    scoreBands,
    teamsWithObjectives: teams.filter((t) => owning.has(t.id)).sort(byName),
    teamsWithoutObjectives: teams.filter((t) => !owning.has(t.id)).sort(byName),
    carried: reviewed.filter((o) => !o.achieved),
  };
}
