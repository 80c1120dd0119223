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
  /**
   * The record as the action left it. null when the action created it alive and undo only
   * tombstoned it: the tombstone holds every field, so redo brings it back to life (an import's
   * 18,000 records need no second copy in the log).
   */
  image: StoredRecord | null;
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
  /** How a large entry is stored (then `writes` is stored empty): see packWrites. */
  runs?: WriteRun[];
  /** How a large undone entry stores `undone` (then absent): see packUndone. */
  undonePacked?: PackedUndone;
}

/** `undone` of a large entry: one updatedAt when undo wrote the same everywhere, and only the images redo needs. */
export interface PackedUndone {
  updatedAt: string | string[];
  /** [index in writes, image] for the writes whose image is not null. */
  images: Array<[number, StoredRecord]>;
}

/** Consecutive writes to one table, column by column: an import names 18,000 records, each with the same four field names. */
export interface WriteRun {
  table: RecordedWrite['table'];
  ids: string[];
  /** null when every record of the run was created by the change (no before-image). */
  before: (StoredRecord | null)[] | null;
  /** One value when every write of the run left the same updatedAt, else one per write. */
  after: string | null | (string | null)[];
}

/** Entries of this many writes and more are stored as runs: a third of the bytes of an import's entry, the same writes read back. */
export const PACKED_FROM_WRITES = 1_000;

export function packWrites(writes: readonly RecordedWrite[]): WriteRun[] {
  const runs: WriteRun[] = [];
  for (let start = 0; start < writes.length; ) {
    const table = writes[start]!.table;
    let end = start;
    while (end < writes.length && writes[end]!.table === table) end++;
    const run = writes.slice(start, end);
    const after = run[0]!.afterUpdatedAt;
    runs.push({
      table,
      ids: run.map((write) => write.id),
      before: run.every((write) => write.before === null) ? null : run.map((write) => write.before),
      after: run.every((write) => write.afterUpdatedAt === after) ? after : run.map((write) => write.afterUpdatedAt),
    });
    start = end;
  }
  return runs;
}

export function unpackWrites(runs: readonly WriteRun[]): RecordedWrite[] {
  const writes: RecordedWrite[] = [];
  for (const { table, ids, before, after } of runs) {
    ids.forEach((id, index) => writes.push({ table, id, before: before ? before[index]! : null, afterUpdatedAt: Array.isArray(after) ? after[index]! : after }));
  }
  return writes;
}

export function packUndone(undone: readonly UndoneWrite[]): PackedUndone {
  const first = undone[0]?.updatedAt ?? '';
  const images: Array<[number, StoredRecord]> = [];
  let same = true;
  undone.forEach((write, index) => {
    if (write.updatedAt !== first) same = false;
    if (write.image) images.push([index, write.image]);
  });
  return { updatedAt: same ? first : undone.map((write) => write.updatedAt), images };
}

export function unpackUndone(packed: PackedUndone, count: number): UndoneWrite[] {
  const { updatedAt } = packed;
  const undone: UndoneWrite[] = Array.from({ length: count }, (_, index) => ({ image: null, updatedAt: Array.isArray(updatedAt) ? updatedAt[index]! : updatedAt }));
  for (const [index, image] of packed.images) undone[index]!.image = image;
  return undone;
}

/** An entry as undo works with it: its writes in full, whichever way it was stored. */
export function unpacked(entry: UndoEntry): UndoEntry {
  if (!entry.runs && !entry.undonePacked) return entry;
  const { runs, undonePacked, ...rest } = entry;
  const writes = runs ? unpackWrites(runs) : entry.writes;
  return { ...rest, writes, ...(undonePacked ? { undone: unpackUndone(undonePacked, writes.length) } : {}) };
}

/** An entry as it is stored: a large one as runs (and its undone writes packed too). */
export function packed(entry: UndoEntry): UndoEntry {
  if (entry.writes.length < PACKED_FROM_WRITES) return entry;
  const { writes, undone, ...rest } = entry;
  return { ...rest, writes: [], runs: packWrites(writes), ...(undone ? { undonePacked: packUndone(undone) } : {}) };
}

function log(db: TeamshapeDb) {
  return db.table<UndoEntry, number>(UNDO_LOG_TABLE);
}

export async function windowEntries(db: TeamshapeDb): Promise<UndoEntry[]> {
  return (await log(db).where('windowId').equals(db.windowId).sortBy('seq')).map(unpacked);
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
  const stored = writes.length >= PACKED_FROM_WRITES ? { writes: [], runs: packWrites(writes) } : { writes };
  await log(db).add({ windowId: db.windowId, label, at: nowIso(), state: 'done', ...stored });
}
