import type { Table } from 'dexie';
import { quarterFromId, type CheckIn, type KeyResult, type PeriodRange } from '../../shared/model';
import { earliestCheckIn, findPeriod, latestCheckIn } from '../../shared/rules';
import type { TeamshapeDb } from './database';
import { MissingRecordError } from './errors';
import { mustExist } from './stamp';

/** mustExist, typed as the stored record rather than Dexie's insert type (whose id is optional). */
export async function mustBeAlive<T extends { deletedAt: string | null }, I>(table: Table<T, string, I>, id: string, kind: string): Promise<T> {
  return mustExist(table as unknown as Table<T, string>, id, kind);
}

/** A quarter (generated, never stored) or an alive custom period; undefined when unknown. */
export async function readPeriod(db: TeamshapeDb, periodId: string): Promise<PeriodRange | undefined> {
  const quarter = quarterFromId(periodId);
  if (quarter) return quarter;
  const stored = await db.periods.get(periodId);
  return stored ? findPeriod(periodId, [stored]) : undefined;
}

export async function mustBePeriod(db: TeamshapeDb, periodId: string): Promise<PeriodRange> {
  const period = await readPeriod(db, periodId);
  if (!period) throw new MissingRecordError('period', periodId);
  return period;
}

/** Check-ins dated on or after this day are read first; most key results have one that recent. */
function recentWindowStart(asOf: string, days: number): string {
  const date = new Date(`${asOf}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - days);
  return date.toISOString().slice(0, 10);
}

async function checkInsOf(db: TeamshapeDb, keyResultId: string, from: string): Promise<CheckIn[]> {
  return db.checkIns.where('[keyResultId+date]').between([keyResultId, from], [keyResultId, '\uffff'], true, true).toArray();
}

export interface LatestCheckInWindow {
  /** Today, or the period's last day for a past period. */
  asOf: string;
  /** How many days back to look first; key results without a check-in that recent are read in full. */
  days: number;
  /**
   * True when asOf is today: few check-ins in the whole workspace are dated from the window's start
   * on, so one read of the date index serves every key result. For a past period that read would
   * return everything since (later quarters too), so each key result's window is read instead.
   */
  isToday: boolean;
}

/**
 * Every check-in dated from the window's start on, whichever key result it belongs to: one read of
 * the date index (for a window ending today). Callers may read it alongside other reads and pass it on.
 */
export function readRecentCheckIns(db: TeamshapeDb, window: LatestCheckInWindow): Promise<CheckIn[]> {
  return db.checkIns.where('date').aboveOrEqual(recentWindowStart(window.asOf, window.days)).toArray();
}

/** Recent check-ins of the given key results: one read of the date index, or one per key result. */
async function recentCheckIns(db: TeamshapeDb, keyResultIds: readonly string[], window: LatestCheckInWindow, recent?: readonly CheckIn[]): Promise<CheckIn[][]> {
  const from = recentWindowStart(window.asOf, window.days);
  if (!window.isToday) return Promise.all(keyResultIds.map((id) => checkInsOf(db, id, from)));
  const wanted = new Map(keyResultIds.map((id, index) => [id, index]));
  const lists: CheckIn[][] = keyResultIds.map(() => []);
  for (const checkIn of await (recent ?? readRecentCheckIns(db, window))) {
    const index = wanted.get(checkIn.keyResultId);
    if (index !== undefined) lists[index]!.push(checkIn);
  }
  return lists;
}

/**
 * The current check-in (latest by date, ties by createdAt) of each key result; only alive,
 * uncorrected check-ins count (see latestCheckIn), and key results without one are absent from
 * the map. A correction is never dated before the check-in it corrects, so a window that holds a
 * check-in also holds its corrections.
 *
 * Reading whole histories costs one deserialised record per check-in (25,000 for a busy quarter),
 * so with a `window` the recent check-ins are read first and only key results with none that
 * recent (the stale ones) have their whole history read. Every check-in dated on or after the
 * window's start is read, so the answer is the same as reading everything.
 */
export async function readLatestCheckIns(
  db: TeamshapeDb,
  keyResultIds: readonly string[],
  window?: LatestCheckInWindow,
  /** The result of readRecentCheckIns(db, window), when the caller already has it. */
  recent?: readonly CheckIn[],
): Promise<Map<string, CheckIn>> {
  const latest = new Map<string, CheckIn>();
  if (keyResultIds.length === 0) return latest;
  const settle = (ids: readonly string[], lists: CheckIn[][]) =>
    ids.filter((keyResultId, index) => {
      const current = latestCheckIn(lists[index]!);
      if (current) latest.set(keyResultId, current);
      return !current;
    });
  let missing: readonly string[] = keyResultIds;
  if (window) missing = settle(keyResultIds, await recentCheckIns(db, keyResultIds, window, recent));
  settle(missing, await Promise.all(missing.map((id) => checkInsOf(db, id, ''))));
  return latest;
}

/**
 * The baseline of each key result whose start is unknown (null): its first uncorrected check-in's
 * value (see earliestCheckIn). Key results with a start, or without a check-in, are absent.
 */
export async function readBaselines(db: TeamshapeDb, keyResults: readonly Pick<KeyResult, 'id' | 'start'>[]): Promise<Map<string, number>> {
  const unknown = keyResults.filter((k) => k.start === null);
  const lists = await Promise.all(unknown.map((k) => checkInsOf(db, k.id, '')));
  const baselines = new Map<string, number>();
  unknown.forEach((k, index) => {
    const first = earliestCheckIn(lists[index]!);
    if (first) baselines.set(k.id, first.value);
  });
  return baselines;
}

/** Every alive check-in of one key result, oldest first (by date, then createdAt). */
export async function readCheckInHistory(db: TeamshapeDb, keyResultId: string): Promise<CheckIn[]> {
  const rows = await db.checkIns.where('[keyResultId+date]').between([keyResultId, ''], [keyResultId, '\uffff']).toArray();
  return rows
    .filter((c) => c.deletedAt === null)
    .sort((a, b) => a.date.localeCompare(b.date) || Date.parse(a.createdAt) - Date.parse(b.createdAt) || a.id.localeCompare(b.id));
}
