import {
  CheckIn,
  KeyResult,
  LIVE_PLAN_ID,
  NewCheckIn,
  NewKeyResult,
  NewObjective,
  Objective,
} from '../../shared/model';
import { checkInDateProblem, keyResultTargetProblem, okrPreferences, wouldCreateAlignmentCycle } from '../../shared/rules';
import { parseOrThrow } from '../../shared/validation';
import type { TeamshapeDb } from './database';
import { MissingRecordError, RuleViolationError } from './errors';
import { mustBeAlive, mustBePeriod, readPeriod } from './okrReads';
import { readSettings } from './settings';
import { currentActor, stampDelete, stampNew, stampUpdate } from './stamp';
import { applyChange, expectedVersion, type EditOptions } from './changes';

export type ObjectiveChanges = Partial<Pick<Objective, 'title' | 'description' | 'periodId' | 'ownerTeamIds' | 'parentId' | 'kind'>>;

export async function mustBeLiveTeams(db: TeamshapeDb, teamIds: readonly string[], kind = 'owner team'): Promise<void> {
  for (const teamId of teamIds) {
    const team = await mustBeAlive(db.teams, teamId, kind);
    if (team.planId !== LIVE_PLAN_ID) {
      throw new RuleViolationError(`The team "${team.name}" is in a draft plan: objectives are owned by teams of the live organisation.`);
    }
  }
}

/** The parent must exist and must not make the objective contribute to itself. */
async function mustBeParent(db: TeamshapeDb, objective: Objective): Promise<void> {
  if (!objective.parentId) return;
  const parent = await mustBeAlive(db.objectives, objective.parentId, 'parent objective');
  const parents = new Map<string, string | null>([[parent.id, parent.parentId]]);
  let next = parent.parentId;
  while (next && !parents.has(next) && next !== objective.id) {
    const ancestor = await db.objectives.get(next);
    parents.set(next, ancestor?.parentId ?? null);
    next = ancestor?.parentId ?? null;
  }
  if (wouldCreateAlignmentCycle(objective.id, parent.id, (id) => parents.get(id))) {
    throw new RuleViolationError(
      `"${parent.title}" already contributes to "${objective.title}", so it cannot also be its parent: choose another parent objective, or none.`,
    );
  }
}

export function mustHaveSensibleTarget(keyResult: Pick<KeyResult, 'metric' | 'start' | 'target'>): void {
  const problem = keyResultTargetProblem(keyResult.metric, keyResult.start, keyResult.target);
  if (problem) throw new RuleViolationError(problem);
}

export async function createObjective(db: TeamshapeDb, input: NewObjective): Promise<Objective> {
  return applyChange(db, (objective) => `Create objective “${objective.title}”`, async () => {
    const fields = parseOrThrow(NewObjective, input);
    const objective = parseOrThrow(Objective, { ...fields, ...stampNew(await currentActor(db)) });
    await mustBePeriod(db, objective.periodId);
    await mustBeLiveTeams(db, objective.ownerTeamIds);
    await mustBeParent(db, objective);
    await db.objectives.add(objective);
    return objective;
  });
}

/** Edits an objective. Only newly added owner teams are checked, so a deleted co-owner never blocks an edit. */
export async function updateObjective(db: TeamshapeDb, objectiveId: string, changes: ObjectiveChanges, options: EditOptions = {}): Promise<Objective> {
  return applyChange(db, (objective) => `Edit objective “${objective.title}”`, async () => {
    const existing = await mustBeAlive(db.objectives, objectiveId, 'objective');
    const objective = parseOrThrow(Objective, { ...existing, ...changes, ...stampUpdate(await currentActor(db)) });
    if (objective.periodId !== existing.periodId) await mustBePeriod(db, objective.periodId);
    await mustBeLiveTeams(db, objective.ownerTeamIds.filter((id) => !existing.ownerTeamIds.includes(id)));
    if (objective.parentId !== existing.parentId) await mustBeParent(db, objective);
    await db.objectives.put(objective);
    return objective;
  }, { expected: expectedVersion('objectives', objectiveId, options) });
}

/**
 * Tombstones the objective with its key results and their check-ins, in one transaction.
 * Objectives that contributed to it stay, no longer aligned to anything.
 */
export async function deleteObjective(db: TeamshapeDb, objectiveId: string): Promise<void> {
  await applyChange(db, 'Delete an objective', async () => {
    const objective = await mustBeAlive(db.objectives, objectiveId, 'objective');
    const actor = await currentActor(db);
    const tombstone = stampDelete(actor);
    await db.objectives.put({ ...objective, ...tombstone });
    const keyResults = (await db.keyResults.where('objectiveId').equals(objectiveId).toArray()).filter((k) => k.deletedAt === null);
    await db.keyResults.bulkPut(keyResults.map((k) => ({ ...k, ...tombstone })));
    const checkIns = await db.checkIns.where('keyResultId').anyOf(keyResults.map((k) => k.id)).toArray();
    await db.checkIns.bulkPut(checkIns.filter((c) => c.deletedAt === null).map((c) => ({ ...c, ...tombstone })));
    const children = (await db.objectives.where('parentId').equals(objectiveId).toArray()).filter((o) => o.deletedAt === null);
    await db.objectives.bulkPut(children.map((o) => ({ ...o, parentId: null, updatedAt: tombstone.updatedAt, updatedBy: actor })));
  });
}

export async function addKeyResult(db: TeamshapeDb, input: NewKeyResult): Promise<KeyResult> {
  return applyChange(db, (kr) => `Add key result “${kr.title}”`, async () => {
    const fields = parseOrThrow(NewKeyResult, input);
    const keyResult = parseOrThrow(KeyResult, { ...fields, ...stampNew(await currentActor(db)) });
    mustHaveSensibleTarget(keyResult);
    await mustBeAlive(db.objectives, keyResult.objectiveId, 'objective');
    if (keyResult.ownerId) await mustBeAlive(db.people, keyResult.ownerId, 'key result owner');
    if (keyResult.ownerTeamId) await mustBeAlive(db.teams, keyResult.ownerTeamId, 'key result owner team');
    for (const teamId of keyResult.contributingTeamIds) await mustBeAlive(db.teams, teamId, 'contributing team');
    await db.keyResults.add(keyResult);
    return keyResult;
  });
}

/**
 * The check-in's date must fall within its key result's period, or the grace window after it
 * (Settings, default 14 days); never in the future.
 */
export async function mustBeCheckInDate(db: TeamshapeDb, checkIn: Pick<CheckIn, 'date' | 'keyResultId'>, objectiveId: string, today: string): Promise<void> {
  if (checkIn.date > today) {
    throw new RuleViolationError(`The check-in date ${checkIn.date} is in the future: choose today (${today}) or an earlier date.`);
  }
  const objective = await db.objectives.get(objectiveId);
  const period = objective ? await readPeriod(db, objective.periodId) : undefined;
  if (!period) return;
  const problem = checkInDateProblem(checkIn.date, period, today, okrPreferences(await readSettings(db)).checkInGraceDays);
  if (problem) throw new RuleViolationError(problem);
}

/**
 * Appends a check-in. `today` is the user's local date (YYYY-MM-DD): back-dating is allowed within
 * the period (and its grace window); a future date is refused because progress would be computed
 * from something not yet measured. A correction (`correctsId`) must name a live check-in of the same
 * key result and not be dated before it.
 */
export async function recordCheckIn(db: TeamshapeDb, input: NewCheckIn, today: string): Promise<CheckIn> {
  return applyChange(db, (checkIn) => `Check in ${checkIn.value} on ${checkIn.date}`, async () => {
    const fields = parseOrThrow(NewCheckIn, input);
    const actor = await currentActor(db);
    const checkIn = parseOrThrow(CheckIn, { ...fields, authorId: fields.authorId ?? actor, ...stampNew(actor) });
    const keyResult = await db.keyResults.get(checkIn.keyResultId);
    if (!keyResult || keyResult.deletedAt !== null) throw new MissingRecordError('key result', checkIn.keyResultId);
    await mustBeCheckInDate(db, checkIn, keyResult.objectiveId, today);
    if (checkIn.correctsId) {
      const corrected = await mustBeAlive(db.checkIns, checkIn.correctsId, 'check-in to correct');
      if (corrected.keyResultId !== checkIn.keyResultId) throw new RuleViolationError('A correction must be for the same key result as the check-in it corrects.');
      if (checkIn.date < corrected.date) {
        throw new RuleViolationError(`The correction is dated ${checkIn.date}, before the check-in it corrects (${corrected.date}): date it ${corrected.date} or later.`);
      }
    }
    await db.checkIns.add(checkIn);
    return checkIn;
  });
}
