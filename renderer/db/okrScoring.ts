import { KeyResult, Objective, Score, type DateOnly } from '../../shared/model';
import { objectiveScore, progressAt, scoreReasonProblem, suggestedScore } from '../../shared/rules';
import { parseOrThrow } from '../../shared/validation';
import type { TeamshapeDb } from './database';
import { RuleViolationError } from './errors';
import { mustBeAlive, mustBePeriod, readBaselines, readLatestCheckIns } from './okrReads';
import { currentActor, stampUpdate } from './stamp';
import { applyChange } from './changes';

async function aliveKeyResultsOf(db: TeamshapeDb, objectiveId: string): Promise<KeyResult[]> {
  return (await db.keyResults.where('objectiveId').equals(objectiveId).toArray()).filter((k) => k.deletedAt === null);
}

/** The score suggested for each key result, from its latest check-in. */
export async function suggestedScores(db: TeamshapeDb, keyResults: readonly KeyResult[]): Promise<Map<string, number>> {
  const latest = await readLatestCheckIns(db, keyResults.map((k) => k.id));
  const baselines = await readBaselines(db, keyResults);
  return new Map(keyResults.map((kr) => [kr.id, suggestedScore(progressAt(kr, latest.get(kr.id)?.value, baselines.get(kr.id)))]));
}

/** Sets the objective's score once every key result has one; clears it otherwise. */
async function refreshObjectiveScore(db: TeamshapeDb, objectiveId: string, actor: string | null): Promise<void> {
  const objective = await mustBeAlive(db.objectives, objectiveId, 'objective');
  const keyResults = await aliveKeyResultsOf(db, objectiveId);
  const allScored = keyResults.length > 0 && keyResults.every((k) => k.score !== null);
  const value = allScored ? objectiveScore(keyResults.map((k) => ({ weight: k.weight, score: k.score!.value }))) : null;
  const score = value === null ? null : { value, reason: '' };
  await db.objectives.put(parseOrThrow(Objective, { ...objective, score, ...stampUpdate(actor) }));
}

/**
 * Scores a key result 0.0–1.0. The suggestion comes from its progress; a score that departs from
 * it needs a reason. The objective's score follows once all its key results are scored.
 */
export async function scoreKeyResult(db: TeamshapeDb, keyResultId: string, input: Score): Promise<KeyResult> {
  return applyChange(db, (kr) => `Score key result “${kr.title}”`, async () => {
    const score = parseOrThrow(Score, input, 'score');
    const existing = await mustBeAlive(db.keyResults, keyResultId, 'key result');
    const suggested = (await suggestedScores(db, [existing])).get(existing.id) ?? 0;
    const problem = scoreReasonProblem(suggested, score.value, score.reason);
    if (problem) throw new RuleViolationError(problem);
    const actor = await currentActor(db);
    const keyResult = parseOrThrow(KeyResult, { ...existing, score, ...stampUpdate(actor) });
    await db.keyResults.put(keyResult);
    await refreshObjectiveScore(db, keyResult.objectiveId, actor);
    return keyResult;
  });
}

/**
 * Closes a period from its last day on: every key result without a score gets its suggested
 * score, and every objective its score. Scores already given are kept. Returns how many key
 * results were scored now.
 */
export async function closePeriod(db: TeamshapeDb, periodId: string, today: DateOnly): Promise<number> {
  return applyChange(db, 'Close the period', async () => {
    const period = await mustBePeriod(db, periodId);
    if (today < period.end) {
      throw new RuleViolationError(`${period.name} runs until ${period.end}: close it on its last day or later, when the results are in.`);
    }
    const actor = await currentActor(db);
    const objectives = (await db.objectives.where('periodId').equals(periodId).toArray()).filter((o) => o.deletedAt === null);
    let scored = 0;
    for (const objective of objectives) {
      const unscored = (await aliveKeyResultsOf(db, objective.id)).filter((k) => k.score === null);
      const suggestions = await suggestedScores(db, unscored);
      const updated = unscored.map((kr) => parseOrThrow(KeyResult, { ...kr, score: { value: suggestions.get(kr.id) ?? 0, reason: '' }, ...stampUpdate(actor) }));
      await db.keyResults.bulkPut(updated);
      scored += updated.length;
      await refreshObjectiveScore(db, objective.id, actor);
    }
    return scored;
  });
}
