import type { NewKeyResult, NewObjective, Objective } from '../../shared/model';
import type { TeamshapeDb } from './database';
import { applyChange } from './changes';
import { addKeyResult, createObjective } from './okrs';

/** A key result of the fast-entry form (its objective is created with it). */
export type EntryKeyResult = Omit<NewKeyResult, 'objectiveId' | 'sortOrder'>;

/**
 * Creates an objective with its key results as ONE user action (one undo step): the fast-entry
 * form and the outline paste. Nothing is written if any key result is refused.
 */
export async function createObjectiveWithKeyResults(db: TeamshapeDb, objective: NewObjective, keyResults: readonly EntryKeyResult[]): Promise<Objective> {
  return applyChange(db, (created) => `Create objective “${created.title}” with ${keyResults.length} key ${keyResults.length === 1 ? 'result' : 'results'}`, async () => {
    const created = await createObjective(db, objective);
    for (const [index, keyResult] of keyResults.entries()) await addKeyResult(db, { ...keyResult, objectiveId: created.id, sortOrder: (index + 1) * 10 });
    return created;
  });
}

/** Several objectives with their key results (an outline paste): one undo step for all of them. */
export async function createObjectivesWithKeyResults(
  db: TeamshapeDb,
  entries: readonly { objective: NewObjective; keyResults: readonly EntryKeyResult[] }[],
): Promise<Objective[]> {
  return applyChange(db, (created) => `Create ${created.length} ${created.length === 1 ? 'objective' : 'objectives'} from a paste`, async () => {
    const created: Objective[] = [];
    for (const entry of entries) created.push(await createObjectiveWithKeyResults(db, entry.objective, entry.keyResults));
    return created;
  });
}
