import type { Table } from 'dexie';
import { quarterFromId, type CheckIn, type PeriodRange } from '../../shared/model';
import { findPeriod, latestCheckIn } from '../../shared/rules';
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

/**
 * The current check-in (latest by date, ties by createdAt) of each key result, in one indexed
 * batch read. Only alive check-ins count; key results without one are absent from the map.
 */
export async function readLatestCheckIns(db: TeamshapeDb, keyResultIds: readonly string[]): Promise<Map<string, CheckIn>> {
  const latest = new Map<string, CheckIn>();
  if (keyResultIds.length === 0) return latest;
  const byKeyResult = new Map<string, CheckIn[]>();
  await db.checkIns
    .where('keyResultId')
    .anyOf([...keyResultIds])
    .each((checkIn) => {
      if (checkIn.deletedAt !== null) return;
      const list = byKeyResult.get(checkIn.keyResultId);
      if (list) list.push(checkIn);
      else byKeyResult.set(checkIn.keyResultId, [checkIn]);
    });
  for (const [keyResultId, checkIns] of byKeyResult) {
    const current = latestCheckIn(checkIns);
    if (current) latest.set(keyResultId, current);
  }
  return latest;
}

/** Every alive check-in of one key result, oldest first (by date, then createdAt). */
export async function readCheckInHistory(db: TeamshapeDb, keyResultId: string): Promise<CheckIn[]> {
  const rows = await db.checkIns.where('[keyResultId+date]').between([keyResultId, ''], [keyResultId, '\uffff']).toArray();
  return rows
    .filter((c) => c.deletedAt === null)
    .sort((a, b) => a.date.localeCompare(b.date) || Date.parse(a.createdAt) - Date.parse(b.createdAt) || a.id.localeCompare(b.id));
}
