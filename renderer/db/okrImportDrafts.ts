import { newId } from '../../shared/ids';
import type { PlannedObjective } from '../../shared/import/okrs';
import { RuleViolationError } from './errors';

export interface OkrImportIds {
  /** The moment of the import: every record it creates carries it as createdAt and updatedAt. */
  at: string;
  /** The person importing ("this is me"), when known. */
  actor: string | null;
  /** Live team ids by lower-case name, the teams the import creates included. */
  teamIds: ReadonlyMap<string, string>;
  /** Period ids by lower-case name, the custom periods the import creates included. */
  periodIds: ReadonlyMap<string, string>;
}

/** The records an import writes, as built from the plan: each is validated with its schema as it is written. */
export interface OkrImportDrafts {
  objectives: Record<string, unknown>[];
  keyResults: Record<string, unknown>[];
  checkIns: Record<string, unknown>[];
}

const lower = (text: string) => text.trim().toLowerCase();

/** Objectives, their key results and the check-ins of their current values, linked by new ids. */
export function okrImportDrafts(objectives: readonly PlannedObjective[], ids: OkrImportIds): OkrImportDrafts {
  const { at, actor } = ids;
  const objectiveIds = new Map(objectives.map((o) => [o.key, newId()]));
  const drafts: OkrImportDrafts = { objectives: [], keyResults: [], checkIns: [] };
  const teamId = (name: string) => {
    const id = ids.teamIds.get(lower(name));
    if (!id) throw new RuleViolationError(`The team "${name}" does not exist: let the import create it, or correct the name.`);
    return id;
  };
  for (const o of objectives) {
    const periodId = o.period.kind === 'quarter' ? o.period.id : ids.periodIds.get(lower(o.period.name))!;
    const parentId = o.parent === null ? null : o.parent.kind === 'file' ? (objectiveIds.get(o.parent.key) ?? null) : o.parent.id;
    const id = objectiveIds.get(o.key)!;
    drafts.objectives.push({ id, createdAt: at, updatedAt: at, deletedAt: null, updatedBy: actor, title: o.title, description: o.description, periodId, ownerTeamIds: o.ownerTeamNames.map(teamId), parentId, kind: o.kind, score: null });
    o.keyResults.forEach((k, index) => {
      const keyResult = {
        id: newId(), createdAt: at, updatedAt: at, deletedAt: null, updatedBy: actor, objectiveId: id, title: k.title, metric: k.metric, start: k.start, target: k.target, unit: k.unit, weight: k.weight,
        ownerId: k.owner?.kind === 'person' ? k.owner.id : null, ownerTeamId: k.owner?.kind === 'team' ? teamId(k.owner.name) : null,
        contributingTeamIds: k.contributingTeamNames.map(teamId), sortOrder: (index + 1) * 10, score: null,
      };
      drafts.keyResults.push(keyResult);
      const checkIn = k.checkIn;
      if (checkIn) {
        drafts.checkIns.push({
          id: newId(), createdAt: at, updatedAt: at, deletedAt: null, updatedBy: actor,
          keyResultId: keyResult.id, date: checkIn.date, value: checkIn.value, confidence: checkIn.confidence, note: checkIn.note, authorId: actor, correctsId: null,
        });
      }
    });
  }
  return drafts;
}
