/**
 * The OKR screens' reads, from the workspace in memory: the same answers as the Dexie reads in
 * okrHooks.ts/okrReads.ts (which tests keep comparing), without a round trip per key result.
 */
import { quarterFromId, type CheckIn, type KeyResult, type Objective, type PeriodRange } from '../../../shared/model';
import { earliestCheckIn, findPeriod } from '../../../shared/rules';
import type { WorkspaceMemory } from './workspaceMemory';
import type { KeyResultHistory, ObjectiveOkrs, PeriodOkrs } from '../okrHooks';

const byCreation = (a: Objective, b: Objective) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);
const bySortOrder = (a: KeyResult, b: KeyResult) => a.sortOrder - b.sortOrder || a.createdAt.localeCompare(b.createdAt);
const byDate = (a: CheckIn, b: CheckIn) =>
  a.date.localeCompare(b.date) || Date.parse(a.createdAt) - Date.parse(b.createdAt) || a.id.localeCompare(b.id);

function alive<T extends { deletedAt: string | null }>(record: T | undefined): T | undefined {
  return record && record.deletedAt === null ? record : undefined;
}

export function periodFromMemory(memory: WorkspaceMemory, periodId: string): PeriodRange | undefined {
  const quarter = quarterFromId(periodId);
  if (quarter) return quarter;
  const stored = memory.get<Parameters<typeof findPeriod>[1][number]>('periods', periodId);
  return stored ? findPeriod(periodId, [stored]) : undefined;
}

function keyResultsOf(memory: WorkspaceMemory, objectives: readonly Objective[]): KeyResult[] {
  return objectives.flatMap((o) => memory.keyResultsByObjective.get(o.id)).sort(bySortOrder);
}

function latestOf(memory: WorkspaceMemory, keyResults: readonly KeyResult[]): Map<string, CheckIn> {
  const latest = new Map<string, CheckIn>();
  for (const keyResult of keyResults) {
    const current = memory.latestCheckIn(keyResult.id);
    if (current) latest.set(keyResult.id, current);
  }
  return latest;
}

/** The first check-in's value of each key result whose start is unknown. */
function baselinesOf(memory: WorkspaceMemory, keyResults: readonly KeyResult[]): Map<string, number> {
  const baselines = new Map<string, number>();
  for (const keyResult of keyResults) {
    if (keyResult.start !== null) continue;
    const first = earliestCheckIn(memory.checkInsByKeyResult.get(keyResult.id));
    if (first) baselines.set(keyResult.id, first.value);
  }
  return baselines;
}

export function periodOkrsFromMemory(memory: WorkspaceMemory, periodId: string): PeriodOkrs {
  const objectives = memory.objectivesByPeriod.get(periodId).sort(byCreation);
  const keyResults = keyResultsOf(memory, objectives);
  const ids = new Set(objectives.map((o) => o.id));
  const outsideParents = new Map<string, Objective>();
  for (const objective of objectives) {
    if (!objective.parentId || ids.has(objective.parentId)) continue;
    const parent = alive(memory.get<Objective>('objectives', objective.parentId));
    if (parent) outsideParents.set(parent.id, parent);
  }
  return {
    period: periodFromMemory(memory, periodId) ?? null,
    objectives,
    keyResults,
    latestCheckIns: latestOf(memory, keyResults),
    baselines: baselinesOf(memory, keyResults),
    outsideParents,
  };
}

export function objectiveOkrsFromMemory(memory: WorkspaceMemory, objectiveId: string | undefined): ObjectiveOkrs | null {
  const objective = objectiveId ? alive(memory.get<Objective>('objectives', objectiveId)) : undefined;
  if (!objective) return null;
  const keyResults = keyResultsOf(memory, [objective]);
  return {
    objective,
    period: periodFromMemory(memory, objective.periodId) ?? null,
    parent: (objective.parentId ? alive(memory.get<Objective>('objectives', objective.parentId)) : undefined) ?? null,
    keyResults,
    latestCheckIns: latestOf(memory, keyResults),
    baselines: baselinesOf(memory, keyResults),
  };
}

export function keyResultHistoryFromMemory(memory: WorkspaceMemory, keyResultId: string | undefined): KeyResultHistory | null {
  const keyResult = keyResultId ? alive(memory.get<KeyResult>('keyResults', keyResultId)) : undefined;
  if (!keyResult) return null;
  const objective = alive(memory.get<Objective>('objectives', keyResult.objectiveId));
  if (!objective) return null;
  return {
    keyResult,
    objective,
    period: periodFromMemory(memory, objective.periodId) ?? null,
    checkIns: memory.checkInsByKeyResult.get(keyResult.id).sort(byDate),
    deletedCheckIns: memory.deletedCheckInsByKeyResult.get(keyResult.id).sort(byDate),
  };
}
