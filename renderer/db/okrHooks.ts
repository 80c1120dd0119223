import { useLiveQueryWhile } from './useLiveQueryWhile';
import { useMemo } from 'react';
import { useDb } from './context';
import type { CheckIn, KeyResult, Objective, Period, PeriodRange } from '../../shared/model';
import { useTableVersion, useWorkspaceMemory } from './memory/useMemory';
import { keyResultHistoryFromMemory, objectiveOkrsFromMemory, periodOkrsFromMemory } from './memory/okrMemory';
import type { TeamshapeDb } from './database';
import { readBaselines, readLatestCheckIns, readPeriod, readRecentCheckIns, type LatestCheckInWindow } from './okrReads';

const alive = <T extends { deletedAt: string | null }>(rows: T[]) => rows.filter((r) => r.deletedAt === null);
const byCreation = (a: Objective, b: Objective) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);
const bySortOrder = (a: KeyResult, b: KeyResult) => a.sortOrder - b.sortOrder || a.createdAt.localeCompare(b.createdAt);

/** Alive custom periods (quarters are generated, see periodChoices). */
export function useCustomPeriods(): Period[] | undefined {
  const memory = useWorkspaceMemory();
  const version = useTableVersion('periods');
  return useMemo(() => (version ? memory.alive<Period>('periods').sort((a, b) => a.start.localeCompare(b.start)) : undefined), [memory, version]);
}

/** One token for the tables every OKR screen reads: a new one when any of them changes. */
function useOkrTablesVersion(options: { load?: boolean } = {}): object | undefined {
  const periods = useTableVersion('periods', options);
  const objectives = useTableVersion('objectives', options);
  const keyResults = useTableVersion('keyResults', options);
  const checkIns = useTableVersion('checkIns', options);
  return useMemo(
    () => (periods && objectives && keyResults && checkIns ? { periods, objectives, keyResults, checkIns } : undefined),
    [periods, objectives, keyResults, checkIns],
  );
}

/** What every OKR screen of one period reads: narrow indexed queries, one check-in per key result. */
export interface PeriodOkrs {
  period: PeriodRange | null;
  /** Alive objectives of the period, oldest first. */
  objectives: Objective[];
  /** Alive key results of those objectives, in their sort order. */
  keyResults: KeyResult[];
  /** The current check-in of each key result that has one. */
  latestCheckIns: Map<string, CheckIn>;
  /** The first check-in's value of each key result with an unknown start (see readBaselines). */
  baselines: Map<string, number>;
  /** Parents that live outside the period (alignment to another period's objective). */
  outsideParents: Map<string, Objective>;
}

function recentWindow(period: PeriodRange, today: string, days: number): LatestCheckInWindow {
  return today <= period.end ? { asOf: today, days, isToday: true } : { asOf: period.end, days, isToday: false };
}

/** Check-ins of the last two weeks are read first (see readLatestCheckIns): most key results have one. */
const RECENT_DAYS = 14;

/** The period's alive objectives (oldest first) and their alive key results (in sort order). */
async function objectivesWithKeyResults(db: TeamshapeDb, periodId: string): Promise<{ objectives: Objective[]; keyResults: KeyResult[] }> {
  const objectives = alive(await db.objectives.where('periodId').equals(periodId).toArray()).sort(byCreation);
  // One equals() read per objective: measured in Chromium, ten times faster than Dexie's anyOf() over the same keys.
  const lists = await Promise.all(objectives.map((o) => db.keyResults.where('objectiveId').equals(o.id).toArray()));
  return { objectives, keyResults: alive(lists.flat()).sort(bySortOrder) };
}

export async function readPeriodOkrs(db: TeamshapeDb, periodId: string, today: string): Promise<PeriodOkrs> {
  return db.transaction('r', [db.objectives, db.keyResults, db.checkIns, db.periods], async () => {
    const period = await readPeriod(db, periodId);
    const window = period ? recentWindow(period, today, RECENT_DAYS) : undefined;
    // Recent check-ins do not depend on which key results the period has: read them alongside.
    // (Promise.all, not a promise kept for later: Dexie keeps the transaction only across awaited reads.)
    const [recent, { objectives, keyResults }] = await Promise.all([
      window?.isToday ? readRecentCheckIns(db, window) : Promise.resolve(undefined),
      objectivesWithKeyResults(db, periodId),
    ]);
    const ids = new Set(objectives.map((o) => o.id));
    const parentIds = [...new Set(objectives.flatMap((o) => (o.parentId && !ids.has(o.parentId) ? [o.parentId] : [])))];
    const [latestCheckIns, baselines, parents] = await Promise.all([
      readLatestCheckIns(db, keyResults.map((k) => k.id), window, recent),
      readBaselines(db, keyResults),
      db.objectives.bulkGet(parentIds),
    ]);
    const outsideParents = new Map(parents.flatMap((p) => (p && p.deletedAt === null ? [[p.id, p] as const] : [])));
    return { period: period ?? null, objectives, keyResults, latestCheckIns, baselines, outsideParents };
  });
}

/**
 * From the workspace in memory. On a cold start, while 100,000 check-ins are still being read into
 * memory, the period is read from Dexie directly (narrow indexed reads; `today` tunes them), so the
 * OKRs page does not wait for the whole workspace.
 */
export function usePeriodOkrs(periodId: string, today: string, options: { readDexieWhileLoading?: boolean } = {}): PeriodOkrs | undefined {
  const db = useDb();
  const memory = useWorkspaceMemory();
  // In a print window the check-ins stay out of memory: the period is read from Dexie (and followed there).
  const deferred = memory.isDeferred('checkIns');
  const versions = useOkrTablesVersion({ load: !deferred });
  // A screen that draws once (the print view) waits for memory instead of drawing twice.
  const coldRead = ((options.readDexieWhileLoading ?? true) || deferred) && versions === undefined;
  const fromDexie = useLiveQueryWhile(coldRead, `${db.name}|${periodId}|${today}`, () => readPeriodOkrs(db, periodId, today));
  const fromMemory = useMemo(
    () => (versions ? memory.cached(`period-okrs:${periodId}`, ['periods', 'objectives', 'keyResults', 'checkIns'], () => periodOkrsFromMemory(memory, periodId)) : undefined),
    [memory, periodId, versions],
  );
  return fromMemory ?? fromDexie;
}

export interface ObjectiveOkrs {
  objective: Objective;
  period: PeriodRange | null;
  parent: Objective | null;
  keyResults: KeyResult[];
  latestCheckIns: Map<string, CheckIn>;
  baselines: Map<string, number>;
}

/** One objective with its key results and their current check-ins; null when it does not exist. */
export function useObjectiveOkrs(objectiveId: string | undefined): ObjectiveOkrs | null | undefined {
  const memory = useWorkspaceMemory();
  const versions = useOkrTablesVersion();
  return useMemo(() => (versions ? objectiveOkrsFromMemory(memory, objectiveId) : undefined), [memory, objectiveId, versions]);
}

export interface KeyResultHistory {
  keyResult: KeyResult;
  objective: Objective;
  period: PeriodRange | null;
  /** Every alive check-in, oldest first. */
  checkIns: CheckIn[];
  /** Deleted check-ins (tombstones), oldest first: the history shows them as deleted. */
  deletedCheckIns: CheckIn[];
}

/** A key result with its whole check-in history; null when it (or its objective) does not exist. */
export function useKeyResultHistory(keyResultId: string | undefined): KeyResultHistory | null | undefined {
  const memory = useWorkspaceMemory();
  const versions = useOkrTablesVersion();
  return useMemo(() => (versions ? keyResultHistoryFromMemory(memory, keyResultId) : undefined), [memory, keyResultId, versions]);
}
