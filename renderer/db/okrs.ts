import {
  CheckIn,
  KeyResult,
  LIVE_PLAN_ID,
  NewCheckIn,
  NewKeyResult,
  NewObjective,
  Objective,
  quarterFromId,
} from '../../shared/model';
import { parseOrThrow } from '../../shared/validation';
import type { TeamshapeDb } from './database';
import { MissingRecordError, RuleViolationError } from './errors';
import { currentActor, mustExist, stampNew } from './stamp';

async function mustBePeriod(db: TeamshapeDb, periodId: string): Promise<void> {
  if (quarterFromId(periodId)) return;
  await mustExist(db.periods, periodId, 'period');
}

async function mustBeLiveTeams(db: TeamshapeDb, teamIds: readonly string[]): Promise<void> {
  for (const teamId of teamIds) {
    const team = await mustExist(db.teams, teamId, 'owner team');
    if (team.planId !== LIVE_PLAN_ID) {
      throw new RuleViolationError(`The team "${team.name}" is in a draft plan: objectives are owned by teams of the live organisation.`);
    }
  }
}

export async function createObjective(db: TeamshapeDb, input: NewObjective): Promise<Objective> {
  return db.transaction('rw', [db.objectives, db.teams, db.periods, db.settings], async () => {
    const fields = parseOrThrow(NewObjective, input);
    const objective = parseOrThrow(Objective, { ...fields, ...stampNew(await currentActor(db)) });
    await mustBePeriod(db, objective.periodId);
    await mustBeLiveTeams(db, objective.ownerTeamIds);
    if (objective.parentId) await mustExist(db.objectives, objective.parentId, 'parent objective');
    await db.objectives.add(objective);
    return objective;
  });
}

export async function addKeyResult(db: TeamshapeDb, input: NewKeyResult): Promise<KeyResult> {
  return db.transaction('rw', [db.keyResults, db.objectives, db.people, db.teams, db.settings], async () => {
    const fields = parseOrThrow(NewKeyResult, input);
    const keyResult = parseOrThrow(KeyResult, { ...fields, ...stampNew(await currentActor(db)) });
    await mustExist(db.objectives, keyResult.objectiveId, 'objective');
    if (keyResult.ownerId) await mustExist(db.people, keyResult.ownerId, 'key result owner');
    for (const teamId of keyResult.contributingTeamIds) await mustExist(db.teams, teamId, 'contributing team');
    await db.keyResults.add(keyResult);
    return keyResult;
  });
}

/**
 * Appends a check-in. `today` is the user's local date (YYYY-MM-DD): back-dating is allowed,
 * a future date is refused because progress would be computed from something not yet measured.
 */
export async function recordCheckIn(db: TeamshapeDb, input: NewCheckIn, today: string): Promise<CheckIn> {
  return db.transaction('rw', [db.checkIns, db.keyResults, db.settings], async () => {
    const fields = parseOrThrow(NewCheckIn, input);
    const actor = await currentActor(db);
    const checkIn = parseOrThrow(CheckIn, { ...fields, authorId: fields.authorId ?? actor, ...stampNew(actor) });
    if (checkIn.date > today) {
      throw new RuleViolationError(`The check-in date ${checkIn.date} is in the future: choose today (${today}) or an earlier date.`);
    }
    const keyResult = await db.keyResults.get(checkIn.keyResultId);
    if (!keyResult || keyResult.deletedAt !== null) throw new MissingRecordError('key result', checkIn.keyResultId);
    await db.checkIns.add(checkIn);
    return checkIn;
  });
}
