/**
 * The undo log: one entry per user action, per window, kept in the database (a log table: never
 * backed up, merged or synced), pruned to 500 entries per window and 7 days.
 */
import { subDays } from 'date-fns';
import { now, nowIso } from '../../shared/clock';
import type { TeamshapeDb } from './database';
import type { RecordedWrite, StoredRecord } from './changeRecorder';

export const UNDO_LOG_TABLE = 'undoLog';
export const UNDO_LOG_MAX_ENTRIES = 500;
export const UNDO_LOG_MAX_AGE_DAYS = 7;

/** A write as undo left it: what redo puts back and the version redo expects to find. */
export interface UndoneWrite {
  image: StoredRecord;
  updatedAt: string;
}

export interface UndoEntry {
  seq?: number;
  windowId: string;
  label: string;
  at: string;
  state: 'done' | 'undone';
  writes: RecordedWrite[];
  /** Set while undone, index for index with `writes`. */
  undone?: UndoneWrite[];
}

function log(db: TeamshapeDb) {
  return db.table<UndoEntry, number>(UNDO_LOG_TABLE);
}

export async function windowEntries(db: TeamshapeDb): Promise<UndoEntry[]> {
  return log(db).where('windowId').equals(db.windowId).sortBy('seq');
}

/**
 * Appends the entry of a new action; a new action also ends what could be redone. Runs on every
 * edit, so it reads only what it must: undone entries are always the newest of the window (read
 * backwards until a done one), the rest is counted and pruned through the indexes.
 */
export async function appendUndoEntry(db: TeamshapeDb, label: string, writes: RecordedWrite[]): Promise<void> {
  const mine = () => log(db).where('windowId').equals(db.windowId);
  const redoable: number[] = [];
  await mine()
    .reverse()
    .until((entry) => entry.state === 'done')
    .each((entry) => {
      if (entry.state === 'undone') redoable.push(entry.seq!);
    });
  if (redoable.length > 0) await log(db).bulkDelete(redoable);
  const excess = (await mine().count()) + 1 - UNDO_LOG_MAX_ENTRIES;
  if (excess > 0) await log(db).bulkDelete(await mine().limit(excess).primaryKeys());
  const oldest = subDays(now(), UNDO_LOG_MAX_AGE_DAYS).toISOString();
  await log(db).bulkDelete(await log(db).where('at').below(oldest).primaryKeys());
  await log(db).add({ windowId: db.windowId, label, at: nowIso(), state: 'done', writes });
}
