import { KeyResult } from '../../shared/model';
import { parseOrThrow } from '../../shared/validation';
import type { TeamshapeDb } from './database';
import { RuleViolationError } from './errors';
import { mustHaveSensibleTarget } from './okrs';
import { mustBeAlive, readPeriod } from './okrReads';
import { currentActor, stampDelete, stampUpdate } from './stamp';
import { applyChange, expectedVersion, type EditOptions } from './changes';

export type KeyResultChanges = Partial<
  Pick<KeyResult, 'title' | 'metric' | 'start' | 'target' | 'unit' | 'weight' | 'ownerId' | 'ownerTeamId' | 'contributingTeamIds' | 'sortOrder'>
>;

export async function updateKeyResult(db: TeamshapeDb, keyResultId: string, changes: KeyResultChanges, options: EditOptions = {}): Promise<KeyResult> {
  return applyChange(db, (kr) => `Edit key result “${kr.title}”`, async () => {
    const existing = await mustBeAlive(db.keyResults, keyResultId, 'key result');
    const keyResult = parseOrThrow(KeyResult, { ...existing, ...changes, ...stampUpdate(await currentActor(db)) });
    mustHaveSensibleTarget(keyResult);
    if (keyResult.ownerId && keyResult.ownerId !== existing.ownerId) await mustBeAlive(db.people, keyResult.ownerId, 'key result owner');
    if (keyResult.ownerTeamId && keyResult.ownerTeamId !== existing.ownerTeamId) await mustBeAlive(db.teams, keyResult.ownerTeamId, 'key result owner team');
    for (const teamId of keyResult.contributingTeamIds) {
      if (!existing.contributingTeamIds.includes(teamId)) await mustBeAlive(db.teams, teamId, 'contributing team');
    }
    await db.keyResults.put(keyResult);
    return keyResult;
  }, { expected: expectedVersion('keyResults', keyResultId, options) });
}

/** Tombstones the key result and its check-ins in one transaction. */
export async function deleteKeyResult(db: TeamshapeDb, keyResultId: string): Promise<void> {
  await applyChange(db, 'Delete a key result', async () => {
    const keyResult = await mustBeAlive(db.keyResults, keyResultId, 'key result');
    const tombstone = stampDelete(await currentActor(db));
    await db.keyResults.put({ ...keyResult, ...tombstone });
    const checkIns = await db.checkIns.where('keyResultId').equals(keyResultId).toArray();
    await db.checkIns.bulkPut(checkIns.filter((c) => c.deletedAt === null).map((c) => ({ ...c, ...tombstone })));
  });
}

/**
 * Moves a key result, with its whole check-in history, to another objective of the same period;
 * it goes to the end of that objective's list.
 */
export async function moveKeyResult(db: TeamshapeDb, keyResultId: string, toObjectiveId: string): Promise<KeyResult> {
  return applyChange(db, (kr) => `Move key result “${kr.title}”`, async () => {
    const existing = await mustBeAlive(db.keyResults, keyResultId, 'key result');
    const from = await mustBeAlive(db.objectives, existing.objectiveId, 'objective');
    const to = await mustBeAlive(db.objectives, toObjectiveId, 'objective to move to');
    if (to.id === from.id) throw new RuleViolationError(`The key result is already part of "${to.title}": choose another objective.`);
    if (to.periodId !== from.periodId) {
      const period = await readPeriod(db, to.periodId);
      throw new RuleViolationError(
        `"${to.title}" is in ${period?.name ?? 'another period'}: key results move only between objectives of the same period. Duplicate the objective into that period instead.`,
      );
    }
    const siblings = (await db.keyResults.where('objectiveId').equals(to.id).toArray()).filter((k) => k.deletedAt === null);
    const sortOrder = siblings.reduce((max, k) => Math.max(max, k.sortOrder + 10), 0);
    const keyResult = parseOrThrow(KeyResult, { ...existing, objectiveId: to.id, sortOrder, ...stampUpdate(await currentActor(db)) });
    await db.keyResults.put(keyResult);
    return keyResult;
  });
}
