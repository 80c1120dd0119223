import { sampleOrganisation } from '../../shared/samples/sampleOrganisation';
import type { TeamshapeDb } from './database';
import { bulkAddWorkspace } from './bulkLoad';
import { RuleViolationError } from './errors';
import { applyChange } from './changes';

/** True while the workspace has no live team and no live person: the newcomer's empty state. */
export async function workspaceIsEmpty(db: TeamshapeDb): Promise<boolean> {
  const team = await db.teams.filter((t) => t.deletedAt === null).first();
  if (team) return false;
  const person = await db.people.filter((p) => p.deletedAt === null).first();
  return !person;
}

export async function loadSampleOrganisation(db: TeamshapeDb, today: string): Promise<void> {
  const records = sampleOrganisation(today);
  await applyChange(db, 'Load the sample organisation', async () => {
    if (!(await workspaceIsEmpty(db))) {
      throw new RuleViolationError('The sample organisation can only be loaded into an empty workspace: it would mix with your own teams.');
    }
    await bulkAddWorkspace(db, records);
  });
}
