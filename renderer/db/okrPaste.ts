import type { ObjectiveKind, Objective } from '../../shared/model';
import type { OutlineSaveEntry } from '../../shared/import/outline/outlineSave';
import type { TeamshapeDb } from './database';
import { applyChange } from './changes';
import { RuleViolationError } from './errors';
import { liveTeamsWithNew } from './newOwnerTeams';
import { addKeyResult, createObjective, recordCheckIn } from './okrs';
import { currentActor, stampNew } from './stamp';

const lower = (text: string) => text.trim().toLowerCase();

/**
 * Saves a pasted quarter as ONE user action (one undo step): the owner teams it creates, its
 * objectives with their owner teams and parents, key results with owners, and the values now as
 * check-ins. Nothing is written if any record is refused.
 */
export async function createPastedObjectives(
  db: TeamshapeDb,
  entries: readonly OutlineSaveEntry[],
  options: { periodId: string; kind: ObjectiveKind; today: string; newTeamNames?: readonly string[] },
): Promise<Objective[]> {
  const describe = (created: Objective[]) => {
    const teams = options.newTeamNames?.length ?? 0;
    return `Create ${created.length} ${created.length === 1 ? 'objective' : 'objectives'} from a paste${teams > 0 ? ` and ${teams} ${teams === 1 ? 'team' : 'teams'}` : ''}`;
  };
  return applyChange(db, describe, async () => {
    const actor = await currentActor(db);
    const { teamIds, teams } = await liveTeamsWithNew(db, options.newTeamNames ?? [], () => stampNew(actor));
    if (teams.length > 0) await db.teams.bulkAdd(teams);
    const created: Objective[] = [];
    for (const entry of entries) {
      const parentId = entry.parent === null ? null : entry.parent.kind === 'existing' ? entry.parent.id : (created[entry.parent.index]?.id ?? null);
      const newOwners = entry.newOwnerTeamNames.map((name) => {
        const id = teamIds.get(lower(name));
        if (!id) throw new RuleViolationError(`The team “${name}” that “${entry.title}” names is not among the teams to create: choose “Create team” for it in the preview.`);
        return id;
      });
      const ownerTeamIds = [...new Set([...entry.ownerTeamIds, ...newOwners])];
      const objective = await createObjective(db, { title: entry.title, periodId: options.periodId, ownerTeamIds, kind: options.kind, parentId });
      for (const [index, k] of entry.keyResults.entries()) {
        const ownerTeamId = k.ownerTeamId ?? (k.newOwnerTeamName ? (teamIds.get(lower(k.newOwnerTeamName)) ?? null) : null);
        const keyResult = await addKeyResult(db, {
          objectiveId: objective.id, title: k.title, metric: k.metric, start: k.start, target: k.target, unit: k.unit,
          ownerId: k.ownerId, ownerTeamId, sortOrder: (index + 1) * 10,
        });
        if (k.checkIn) await recordCheckIn(db, { keyResultId: keyResult.id, ...k.checkIn, note: 'Value from the pasted document' }, options.today);
      }
      created.push(objective);
    }
    return created;
  });
}
