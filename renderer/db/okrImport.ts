import { CheckIn, KeyResult, LIVE_PLAN_ID, Objective, Period, Team } from '../../shared/model';
import { newId } from '../../shared/ids';
import type { OkrImportPlan, PlannedObjective } from '../../shared/import/okrs';
import { parseOrThrow } from '../../shared/validation';
import type { TeamshapeDb } from './database';
import { applyChange } from './changes';
import { RuleViolationError } from './errors';
import { currentActor, stampNew } from './stamp';
import { throwIfCancelled, type ImportControl } from './importProgress';

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

/**
 * Imports a clean plan (see planOkrImport) as ONE user action in one transaction: new teams and
 * custom periods, objectives, key results and the check-ins of their current values. Records are
 * validated here, then written in chunks with progress; a cancel or any error writes nothing.
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
    const stamp = () => stampNew(actor);
    const teamIds = new Map((await db.teams.where('planId').equals(LIVE_PLAN_ID).toArray()).filter((t) => t.deletedAt === null).map((t) => [lower(t.name), t.id]));
    const teams = plan.newTeamNames.filter((name) => !teamIds.has(lower(name))).map((name) => parseOrThrow(Team, { ...stamp(), planId: LIVE_PLAN_ID, name, mission: '', services: [], championId: null }));
    for (const team of teams) teamIds.set(lower(team.name), team.id);
    const periodIds = new Map((await db.periods.toArray()).filter((p) => p.deletedAt === null).map((p) => [lower(p.name), p.id]));
    const periods = plan.newPeriods
      .filter((p) => !periodIds.has(lower(p.name)))
      .map((p) => parseOrThrow(Period, { ...stamp(), name: p.name, kind: 'custom', start: p.start, end: p.end }));
    for (const period of periods) periodIds.set(lower(period.name), period.id);
    const objectiveIds = new Map(objectives.map((o) => [o.key, newId()]));
    const objectiveRecords: Objective[] = [];
    const keyResultRecords: KeyResult[] = [];
    const checkInRecords: CheckIn[] = [];
    const teamId = (name: string) => {
      const id = teamIds.get(lower(name));
      if (!id) throw new RuleViolationError(`The team "${name}" does not exist: let the import create it, or correct the name.`);
      return id;
    };
    for (const o of objectives) {
      const periodId = o.period.kind === 'quarter' ? o.period.id : periodIds.get(lower(o.period.name))!;
      const parentId = o.parent === null ? null : o.parent.kind === 'file' ? (objectiveIds.get(o.parent.key) ?? null) : o.parent.id;
      const id = objectiveIds.get(o.key)!;
      objectiveRecords.push(parseOrThrow(Objective, { ...stamp(), id, title: o.title, description: o.description, periodId, ownerTeamIds: o.ownerTeamNames.map(teamId), parentId, kind: o.kind, score: null }));
      o.keyResults.forEach((k, index) => {
        const keyResult = parseOrThrow(KeyResult, {
          ...stamp(), objectiveId: id, title: k.title, metric: k.metric, start: k.start, target: k.target, unit: k.unit, weight: k.weight,
          ownerId: k.owner?.kind === 'person' ? k.owner.id : null, ownerTeamId: k.owner?.kind === 'team' ? teamId(k.owner.name) : null,
          contributingTeamIds: k.contributingTeamNames.map(teamId), sortOrder: (index + 1) * 10, score: null,
        });
        keyResultRecords.push(keyResult);
        if (k.checkIn) {
          checkInRecords.push(parseOrThrow(CheckIn, { ...stamp(), keyResultId: keyResult.id, ...k.checkIn, authorId: actor, correctsId: null }));
        }
      });
    }
    const people = new Set(keyResultRecords.flatMap((k) => (k.ownerId ? [k.ownerId] : [])));
    const found = await db.people.bulkGet([...people]);
    const missing = [...people].filter((_, index) => !found[index] || found[index]!.deletedAt !== null);
    if (missing.length > 0) throw new RuleViolationError(`${missing.length} key result owners were deleted while you were importing: choose the file again.`);
    const batches: [string, readonly unknown[]][] = [['teams', teams], ['periods', periods], ['objectives', objectiveRecords], ['keyResults', keyResultRecords], ['checkIns', checkInRecords]];
    const total = batches.reduce((sum, [, rows]) => sum + rows.length, 0);
    let done = 0;
    options.onProgress?.(0, total);
    for (const [table, rows] of batches) {
      for (let at = 0; at < rows.length; at += CHUNK) {
        throwIfCancelled(options.signal);
        const chunk = rows.slice(at, at + CHUNK);
        await db.table(table).bulkAdd(chunk);
        done += chunk.length;
        options.onProgress?.(done, total);
      }
    }
    throwIfCancelled(options.signal);
    return { objectives: objectiveRecords.length, keyResults: keyResultRecords.length, checkIns: checkInRecords.length, teams: teams.length, periods: periods.length };
  }, { prevalidated: true });
}
