import type { ObjectiveKind, Objective } from '../../shared/model';
import type { OutlineSaveEntry } from '../../shared/import/outline/outlineSave';
import type { TeamshapeDb } from './database';
import { applyChange } from './changes';
import { addKeyResult, createObjective, recordCheckIn } from './okrs';

/**
 * Saves a pasted quarter as ONE user action (one undo step): its objectives with their owner
 * teams and parents, key results with owners, and the values now as check-ins. Nothing is written
 * if any record is refused.
 */
export async function createPastedObjectives(
  db: TeamshapeDb,
  entries: readonly OutlineSaveEntry[],
  options: { periodId: string; kind: ObjectiveKind; today: string },
): Promise<Objective[]> {
  return applyChange(db, (created) => `Create ${created.length} ${created.length === 1 ? 'objective' : 'objectives'} from a paste`, async () => {
    const created: Objective[] = [];
    for (const entry of entries) {
      const parentId = entry.parent === null ? null : entry.parent.kind === 'existing' ? entry.parent.id : (created[entry.parent.index]?.id ?? null);
      const objective = await createObjective(db, { title: entry.title, periodId: options.periodId, ownerTeamIds: entry.ownerTeamIds, kind: options.kind, parentId });
      for (const [index, k] of entry.keyResults.entries()) {
        const keyResult = await addKeyResult(db, {
          objectiveId: objective.id, title: k.title, metric: k.metric, start: k.start, target: k.target, unit: k.unit,
          ownerId: k.ownerId, ownerTeamId: k.ownerTeamId, sortOrder: (index + 1) * 10,
        });
        if (k.checkIn) await recordCheckIn(db, { keyResultId: keyResult.id, ...k.checkIn, note: 'Value from the pasted document' }, options.today);
      }
      created.push(objective);
    }
    return created;
  });
}
