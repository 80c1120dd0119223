import { CheckIn, KeyResult, Objective, Period, Team, type RecordFields } from '../../shared/model';
import { nowIso } from '../../shared/clock';
import { newId } from '../../shared/ids';
import type { OkrImportPlan, PlannedObjective } from '../../shared/import/okrs';
import type { TeamshapeDb } from './database';
import { applyChange } from './changes';
import { RuleViolationError } from './errors';
import { currentActor } from './stamp';
import type { ImportControl } from './importProgress';
import { validateAndAddInChunks } from './importChunks';
import { okrImportDrafts } from './okrImportDrafts';
import { liveTeamsWithNew } from './newOwnerTeams';

export interface OkrImportOptions extends ImportControl {
  /** Create the owner teams the file names that do not exist (the preview offers it). */
  createTeams: boolean;
}

export interface OkrImportResult {
  objectives: number;
  keyResults: number;
  checkIns: number;
  teams: number;
  periods: number;
}

const CHUNK = 2_000;
const lower = (text: string) => text.trim().toLowerCase();

/** A parent chain within the file that comes back to itself cannot be stored. */
function mustHaveNoParentCycle(objectives: readonly PlannedObjective[]): void {
  const byKey = new Map(objectives.map((o) => [o.key, o]));
  for (const objective of objectives) {
    const seen = new Set<string>([objective.key]);
    let parent = objective.parent?.kind === 'file' ? byKey.get(objective.parent.key) : undefined;
    while (parent) {
      if (seen.has(parent.key)) throw new RuleViolationError(`"${objective.title}" and "${parent.title}" name each other as parent objective: clear one of the two cells.`);
      seen.add(parent.key);
      parent = parent.parent?.kind === 'file' ? byKey.get(parent.parent.key) : undefined;
    }
  }
}

/** Key result owners are people of the directory: one deleted since the preview stops the import. */
async function mustFindOwners(db: TeamshapeDb, objectives: readonly PlannedObjective[]): Promise<void> {
  const people = new Set<string>();
  for (const o of objectives) for (const k of o.keyResults) if (k.owner?.kind === 'person') people.add(k.owner.id);
  if (people.size === 0) return;
  const found = await db.people.bulkGet([...people]);
  const missing = [...people].filter((_, index) => !found[index] || found[index]!.deletedAt !== null);
  if (missing.length > 0) throw new RuleViolationError(`${missing.length} key result owners were deleted while you were importing: choose the file again.`);
}

/**
 * Imports a clean plan (see planOkrImport) as ONE user action in one transaction: new teams and
 * custom periods, objectives, key results and the check-ins of their current values. Records are
 * validated here as they are written in chunks with progress; a cancel or any error writes nothing.
 */
export async function importOkrs(db: TeamshapeDb, plan: OkrImportPlan, options: OkrImportOptions): Promise<OkrImportResult> {
  if (plan.problems.length > 0) throw new RuleViolationError(`The file still has ${plan.problems.length} problems: fix them in the file and choose it again.`);
  if (plan.newTeamNames.length > 0 && !options.createTeams) {
    throw new RuleViolationError(`The file names teams that do not exist (${plan.newTeamNames.join(', ')}): let the import create them, or correct the names.`);
  }
  const objectives = plan.objectives.filter((o) => o.existingId === null);
  mustHaveNoParentCycle(objectives);
  return applyChange(db, (result) => `Import ${result.objectives.toLocaleString('en-GB')} objectives`, async () => {
    const actor = await currentActor(db);
    // One user action, one moment: every record of the import carries the same timestamps.
    const at = nowIso();
    const stamp = (): RecordFields => ({ id: newId(), createdAt: at, updatedAt: at, deletedAt: null, updatedBy: actor });
    const { teamIds, teams } = await liveTeamsWithNew(db, plan.newTeamNames, stamp);
    const periodIds = new Map((await db.periods.toArray()).filter((p) => p.deletedAt === null).map((p) => [lower(p.name), p.id]));
    const periods = plan.newPeriods
      .filter((p) => !periodIds.has(lower(p.name)))
      .map((p) => ({ ...stamp(), name: p.name, kind: 'custom', start: p.start, end: p.end }));
    for (const period of periods) periodIds.set(lower(period.name), period.id);
    await mustFindOwners(db, objectives);
    const drafts = okrImportDrafts(objectives, { at, actor, teamIds, periodIds });
    await validateAndAddInChunks(
      db,
      [
        { table: 'teams', schema: Team, drafts: teams },
        { table: 'periods', schema: Period, drafts: periods },
        { table: 'objectives', schema: Objective, drafts: drafts.objectives },
        { table: 'keyResults', schema: KeyResult, drafts: drafts.keyResults },
        { table: 'checkIns', schema: CheckIn, drafts: drafts.checkIns },
      ],
      CHUNK,
      options,
    );
    return { objectives: drafts.objectives.length, keyResults: drafts.keyResults.length, checkIns: drafts.checkIns.length, teams: teams.length, periods: periods.length };
  }, { prevalidated: true });
}
