import { KeyResult, NewPeriod, Objective, Period, type DateOnly } from '../../shared/model';
import { parseOrThrow } from '../../shared/validation';
import type { TeamshapeDb } from './database';
import { RuleViolationError } from './errors';
import { mustBeLiveTeams } from './okrs';
import { mustBeAlive, mustBePeriod, readLatestCheckIns } from './okrReads';
import { currentActor, stampNew } from './stamp';
import { applyChange } from './changes';

/** Stores a custom period (quarters are generated, never stored). Names are unique among custom periods. */
export async function createPeriod(db: TeamshapeDb, input: NewPeriod): Promise<Period> {
  return applyChange(db, (period) => `Create period “${period.name}”`, async () => {
    const fields = parseOrThrow(NewPeriod, input);
    if (fields.kind !== 'custom') {
      throw new RuleViolationError('Quarters are built in: choose the quarter in the period picker, or create a custom period.');
    }
    const sameName = await db.periods.filter((p) => p.deletedAt === null && p.name.toLowerCase() === fields.name.toLowerCase()).count();
    if (sameName > 0) throw new RuleViolationError(`A period named "${fields.name}" already exists: choose another name.`);
    const period = parseOrThrow(Period, { ...fields, ...stampNew(await currentActor(db)) });
    await db.periods.add(period);
    return period;
  });
}

/**
 * The start of a key result in the next period: its last value, capped at the target (a key
 * result that overshot starts the next period at its target, "hold at the target"). Milestones
 * start again at 0 (not done); without a check-in the start stays as it was (null: still unknown).
 */
export function carriedStart(keyResult: Pick<KeyResult, 'metric' | 'start' | 'target'>, lastValue: number | undefined): number | null {
  if (keyResult.metric === 'milestone' || lastValue === undefined) return keyResult.start;
  if (keyResult.metric === 'increase') return Math.min(lastValue, keyResult.target);
  if (keyResult.metric === 'decrease') return Math.max(lastValue, keyResult.target);
  return lastValue;
}

/**
 * Copies an objective into another period with all its key results' fields; each key result's
 * start becomes its last value. Owner teams deleted since are left out; the parent is kept only
 * when it belongs to the target period. Nothing is scored and no check-in is copied.
 */
export async function duplicateObjectiveToPeriod(db: TeamshapeDb, objectiveId: string, periodId: DateOnly | string): Promise<Objective> {
  return applyChange(db, (objective) => `Duplicate objective “${objective.title}”`, async () => {
    const source = await mustBeAlive(db.objectives, objectiveId, 'objective');
    await mustBePeriod(db, periodId);
    const actor = await currentActor(db);
    const teams = await db.teams.bulkGet(source.ownerTeamIds);
    const ownerTeamIds = source.ownerTeamIds.filter((_, i) => teams[i] && teams[i].deletedAt === null);
    if (ownerTeamIds.length === 0) {
      throw new RuleViolationError(`Every owner team of "${source.title}" has been deleted: create a new objective for the teams that own it now.`);
    }
    await mustBeLiveTeams(db, ownerTeamIds);
    const parent = source.parentId ? await db.objectives.get(source.parentId) : undefined;
    const parentId = parent && parent.deletedAt === null && parent.periodId === periodId ? parent.id : null;
    const copy = parseOrThrow(Objective, { ...source, ...stampNew(actor), periodId, ownerTeamIds, parentId, score: null });
    await db.objectives.add(copy);
    const keyResults = (await db.keyResults.where('objectiveId').equals(source.id).toArray()).filter((k) => k.deletedAt === null);
    const latest = await readLatestCheckIns(db, keyResults.map((k) => k.id));
    const copies = keyResults.map((kr) =>
      parseOrThrow(KeyResult, { ...kr, ...stampNew(actor), objectiveId: copy.id, start: carriedStart(kr, latest.get(kr.id)?.value), score: null }),
    );
    await db.keyResults.bulkAdd(copies);
    return copy;
  });
}
