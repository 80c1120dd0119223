/**
 * Undo and redo of this window's actions, from the undo log. Each is one transaction through the
 * change recorder (so every record put back is validated), and each refuses, changing nothing,
 * when another window changed one of the records since.
 */
import { whereChanged } from './remoteChanges';
import type { Transaction } from 'dexie';
import { BACKUP_TABLES } from '../../shared/backup';
import { nowIso } from '../../shared/clock';
import type { TeamshapeDb } from './database';
import { attachRecorder, type Recorder, type StoredRecord } from './changeRecorder';
import { notifyCommitted, notifyRolledBack, notifyStaged, type CommittedChange } from './changeEvents';
import { describeRecord } from './recordNames';
import { hookTables, runBeforeCommit, runRolledBack } from './changeHooks';
import { UNDO_LOG_TABLE, windowEntries, type UndoEntry, type UndoneWrite } from './undoLog';

export interface UndoOutcome {
  label: string;
}

/** Undo or redo refused because a record moved on in another window; nothing was changed. */
export class UndoConflictError extends Error {
  constructor(action: 'undo' | 'redo', label: string, what: string, where: 'in another window' | 'on another laptop' = 'in another window') {
    super(`Could not ${action} “${label}”: ${what} was changed ${where} since. Nothing was changed.`);
    this.name = 'UndoConflictError';
  }
}

function tables(db: TeamshapeDb) {
  return [...BACKUP_TABLES.map((name) => db.table(name)), db.table(UNDO_LOG_TABLE), db.table('device'), ...hookTables(db)];
}

async function current(db: TeamshapeDb, table: string, id: string): Promise<StoredRecord | null> {
  return ((await db.table(table).get(id)) as StoredRecord | undefined) ?? null;
}

/** The state before an action: the before-image back, or a tombstone for a record the action created. */
function restored(before: StoredRecord | null, now: StoredRecord, at: string): StoredRecord {
  return before === null ? { ...now, deletedAt: at, updatedAt: at } : { ...before, updatedAt: at };
}

/**
 * Undo and redo write a new updatedAt (so a later merge sees them as the newest edit); the
 * neighbouring entries that touch the same record must expect that version, not the old one.
 */
function expectVersion(entries: UndoEntry[], from: number, direction: -1 | 1, table: string, id: string, at: string, changed: Set<UndoEntry>): void {
  for (let index = from + direction; index >= 0 && index < entries.length; index += direction) {
    const entry = entries[index]!;
    if (entry.state !== (direction === -1 ? 'done' : 'undone')) continue;
    const position = entry.writes.findIndex((write) => write.table === table && write.id === id);
    if (position === -1) continue;
    if (direction === -1) entry.writes[position]!.afterUpdatedAt = at;
    else if (entry.undone?.[position]) entry.undone[position]!.updatedAt = at;
    changed.add(entry);
    return;
  }
}

async function runUndo(db: TeamshapeDb, entries: UndoEntry[], index: number): Promise<void> {
  const entry = entries[index]!;
  const at = nowIso();
  const undone: UndoneWrite[] = [];
  const changed = new Set<UndoEntry>();
  for (const write of [...entry.writes].reverse()) {
    const now = await current(db, write.table, write.id);
    if (now === null || now.updatedAt !== write.afterUpdatedAt) {
      throw new UndoConflictError('undo', entry.label, describeRecord(write.table, now ?? write.before, write.id), whereChanged(db, write.table, now));
    }
    // The recorder may move updatedAt past `at` (never backwards): expect what was really written.
    const record = restored(write.before, now, at);
    await db.table(write.table).put(record);
    undone.unshift({ image: now, updatedAt: record.updatedAt });
    expectVersion(entries, index, -1, write.table, write.id, record.updatedAt, changed);
  }
  await db.table(UNDO_LOG_TABLE).bulkPut([{ ...entry, state: 'undone', undone }, ...changed]);
}

async function runRedo(db: TeamshapeDb, entries: UndoEntry[], index: number): Promise<void> {
  const entry = entries[index]!;
  const at = nowIso();
  const undone = entry.undone ?? [];
  const changed = new Set<UndoEntry>();
  const written: string[] = [];
  for (const [position, write] of entry.writes.entries()) {
    const now = await current(db, write.table, write.id);
    const undoneWrite = undone[position];
    if (!undoneWrite || now === null || now.updatedAt !== undoneWrite.updatedAt) {
      throw new UndoConflictError('redo', entry.label, describeRecord(write.table, now ?? write.before, write.id), whereChanged(db, write.table, now));
    }
    const record = { ...undoneWrite.image, updatedAt: at };
    await db.table(write.table).put(record);
    written.push(record.updatedAt);
    expectVersion(entries, index, 1, write.table, write.id, record.updatedAt, changed);
  }
  const redone: UndoEntry = { ...entry, state: 'done', writes: entry.writes.map((write, i) => ({ ...write, afterUpdatedAt: written[i]! })) };
  delete redone.undone;
  await db.table(UNDO_LOG_TABLE).bulkPut([redone, ...changed]);
}

async function step(db: TeamshapeDb, action: 'undo' | 'redo'): Promise<UndoOutcome | null> {
  let done: UndoEntry | undefined;
  let records: CommittedChange['records'] = [];
  let recorded: Recorder | undefined;
  let hooked = false;
  const run = db.transaction('rw', tables(db), async (tx: Transaction) => {
    const recorder = attachRecorder(tx.idbtrans, {
      prevalidated: false,
      allowHardDeletes: false,
      stage: (staged) => notifyStaged(db, staged),
    });
    recorded = recorder;
    const entries = await windowEntries(db);
    const index = action === 'undo' ? entries.findLastIndex((e) => e.state === 'done') : entries.findIndex((e) => e.state === 'undone');
    done = entries[index];
    if (!done) return;
    if (action === 'undo') await runUndo(db, entries, index);
    else await runRedo(db, entries, index);
    records = [...recorder.after.values()];
    hooked = true;
    await runBeforeCommit(db, [...recorder.writes.values()], records, { fromSync: false });
  });
  try {
    await run;
  } catch (error) {
    if (recorded) notifyRolledBack(db, [...recorded.writes.values()]);
    if (hooked) runRolledBack(db);
    throw error;
  }
  if (!done) return null;
  notifyCommitted(db, { kind: action, label: done.label, undoable: true, writes: done.writes, records, replaced: false });
  return { label: done.label };
}

/** Undoes this window's latest action; null when there is nothing to undo. */
export function undoLastChange(db: TeamshapeDb): Promise<UndoOutcome | null> {
  return step(db, 'undo');
}

/** Redoes the action undone most recently; null when there is nothing to redo. */
export function redoLastChange(db: TeamshapeDb): Promise<UndoOutcome | null> {
  return step(db, 'redo');
}

/** This window's history, newest first, for the history panel and the Undo/Redo buttons. */
export async function readUndoHistory(db: TeamshapeDb): Promise<Array<{ seq: number; label: string; at: string; state: UndoEntry['state'] }>> {
  const entries = await windowEntries(db);
  return entries.reverse().map(({ seq, label, at, state }) => ({ seq: seq!, label, at, state }));
}
