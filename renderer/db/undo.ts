/**
 * Undo and redo of this window's actions, from the undo log. Each is one transaction through the
 * change recorder, every record put back validated with the shared schemas, and each refuses,
 * changing nothing, when another window changed one of the records since. Records are read,
 * checked and written in chunks (an import's undo puts back 18,000 records), with progress.
 */
import { whereChanged } from './remoteChanges';
import type { Transaction } from 'dexie';
import { BACKUP_TABLES, RECORD_SCHEMAS } from '../../shared/backup';
import { parseQuickly } from '../../shared/quickCheck';
import { nowIso } from '../../shared/clock';
import type { TeamshapeDb } from './database';
import { attachRecorder, type RecordedWrite, type Recorder, type StoredRecord } from './changeRecorder';
import { notifyCommitted, notifyRolledBack, notifyStaged, type CommittedChange } from './changeEvents';
import { describeRecord } from './recordNames';
import { hookTables, runBeforeCommit, runRolledBack } from './changeHooks';
import { reportUndoProgress } from './undoProgress';
import { packed, UNDO_LOG_TABLE, windowEntries, type UndoEntry, type UndoneWrite } from './undoLog';

export interface UndoOutcome {
  label: string;
}

/** How a long undo or redo reports where it is (records put back of all). */
export interface UndoControl {
  onProgress?: (done: number, total: number) => void;
}

/** Undo or redo refused because a record moved on in another window; nothing was changed. */
export class UndoConflictError extends Error {
  constructor(action: 'undo' | 'redo', label: string, what: string, where: 'in another window' | 'on another laptop' = 'in another window') {
    super(
      `Could not ${action} “${label}”: ${what} was changed ${where} since. Nothing was changed. ` +
        (action === 'undo'
          ? 'Undoing it now would overwrite that change: change the records back by hand instead, or restore a backup from before it (Settings › Backups on this computer).'
          : 'Redoing it now would overwrite that change: make the change again by hand instead.'),
    );
    this.name = 'UndoConflictError';
  }
}

function tables(db: TeamshapeDb) {
  return [...BACKUP_TABLES.map((name) => db.table(name)), db.table(UNDO_LOG_TABLE), db.table('device'), ...hookTables(db)];
}

/** Records per read and write: each chunk's work is one short task, so the screen stays responsive and progress moves. */
export const UNDO_CHUNK = 250;

/** The state before an action: the before-image back, or a tombstone for a record the action created. */
function restored(before: StoredRecord | null, now: StoredRecord, at: string): StoredRecord {
  return before === null ? { ...now, deletedAt: at, updatedAt: at } : { ...before, updatedAt: at };
}

/**
 * Undo and redo write a new updatedAt (so a later merge sees them as the newest edit); the nearest
 * neighbouring entry (older done ones for undo, newer undone ones for redo) that touches the same
 * record must expect that version, not the old one. One pass over the neighbours for the whole
 * step, so two large imports side by side cost the sum of their sizes, not the product.
 */
function expectVersions(entries: UndoEntry[], from: number, direction: -1 | 1, versions: Map<string, string>): UndoEntry[] {
  const changed: UndoEntry[] = [];
  const settled = new Set<string>();
  for (let index = from + direction; index >= 0 && index < entries.length && settled.size < versions.size; index += direction) {
    const entry = entries[index]!;
    if (entry.state !== (direction === -1 ? 'done' : 'undone')) continue;
    let touched = false;
    entry.writes.forEach((write, position) => {
      const key = `${write.table}/${write.id}`;
      const at = versions.get(key);
      if (at === undefined || settled.has(key)) return;
      settled.add(key);
      if (direction === -1) write.afterUpdatedAt = at;
      else if (entry.undone?.[position]) entry.undone[position]!.updatedAt = at;
      touched = true;
    });
    if (touched) changed.push(entry);
  }
  return changed;
}

/** The entry's writes in `order`, cut into chunks of one table each. */
function chunksOf(writes: readonly RecordedWrite[], order: readonly number[]): Array<{ table: string; positions: number[] }> {
  const chunks: Array<{ table: string; positions: number[] }> = [];
  for (const position of order) {
    const table = writes[position]!.table;
    const last = chunks.at(-1);
    if (last && last.table === table && last.positions.length < UNDO_CHUNK) last.positions.push(position);
    else chunks.push({ table, positions: [position] });
  }
  return chunks;
}

/**
 * Reads, checks and writes the entry's records chunk by chunk inside the caller's transaction.
 * Reads run one chunk ahead (IndexedDB reads the next chunk while this thread checks the current
 * one), and no step waits on anything but IndexedDB, so the transaction stays open and each
 * chunk's work is one short task. Any refusal throws: the transaction writes nothing.
 */
async function putBackInChunks(
  db: TeamshapeDb,
  recorder: Recorder,
  writes: readonly RecordedWrite[],
  order: readonly number[],
  next: (position: number, now: StoredRecord | null) => StoredRecord,
  control: UndoControl,
): Promise<void> {
  const total = order.length;
  const reportsProgress = total >= UNDO_CHUNK;
  const chunks = chunksOf(writes, order);
  const read = (index: number): Promise<(StoredRecord | undefined)[]> | null => {
    const chunk = chunks[index];
    if (!chunk) return null;
    const reading = db.table(chunk.table).bulkGet(chunk.positions.map((position) => writes[position]!.id)) as Promise<(StoredRecord | undefined)[]>;
    // Awaited in turn (or the transaction fails with the first error): never an unhandled rejection.
    reading.catch(() => undefined);
    return reading;
  };
  let done = 0;
  let writing: Promise<void> | null = null;
  let reading = read(0);
  if (reportsProgress) control.onProgress?.(0, total);
  for (const [index, { table, positions }] of chunks.entries()) {
    const found = await reading!;
    reading = read(index + 1);
    const schema = RECORD_SCHEMAS[table as RecordedWrite['table']];
    const records = positions.map((position, i) => {
      const now = found[i] ?? null;
      // Validated with the shared schema as the recorder would, by the compiled check imports use (no copy per record).
      const record = parseQuickly(schema, next(position, now), `${table} ${writes[position]!.id}`) as StoredRecord;
      // The record as read here is its before-image: the recorder need not read it a second time.
      const key = `${table}/${record.id}`;
      if (!recorder.writes.has(key)) recorder.writes.set(key, { table: table as RecordedWrite['table'], id: record.id, before: now, afterUpdatedAt: null });
      return record;
    });
    const written: Promise<void> = db
      .table(table)
      .bulkPut(records)
      .then(() => {
        done += records.length;
        if (reportsProgress) control.onProgress?.(done, total);
      });
    written.catch(() => undefined);
    if (writing) await writing;
    writing = written;
  }
  if (writing) await writing;
}

async function runUndo(db: TeamshapeDb, recorder: Recorder, entries: UndoEntry[], index: number, control: UndoControl): Promise<void> {
  const entry = entries[index]!;
  const at = nowIso();
  const { writes } = entry;
  const undone = new Array<UndoneWrite>(writes.length);
  const order = writes.map((_, position) => writes.length - 1 - position);
  await putBackInChunks(db, recorder, writes, order, (position, now) => {
    const write = writes[position]!;
    if (now === null || now.updatedAt !== write.afterUpdatedAt) {
      throw new UndoConflictError('undo', entry.label, describeRecord(write.table, now ?? write.before, write.id), whereChanged(db, write.table, now));
    }
    const record = restored(write.before, now, at);
    // A record the action created alive comes back from its own tombstone: no copy kept.
    undone[position] = { image: write.before === null && now.deletedAt === null ? null : now, updatedAt: record.updatedAt };
    return record;
  }, control);
  // The recorder may move updatedAt past `at` (never backwards): expect what was really written.
  const versions = new Map<string, string>();
  writes.forEach((write, position) => {
    const key = `${write.table}/${write.id}`;
    const updatedAt = recorder.after.get(key)?.record.updatedAt ?? undone[position]!.updatedAt;
    undone[position]!.updatedAt = updatedAt;
    versions.set(key, updatedAt);
  });
  const changed = expectVersions(entries, index, -1, versions);
  await db.table(UNDO_LOG_TABLE).bulkPut([packed({ ...entry, state: 'undone', undone }), ...changed.map(packed)]);
}

async function runRedo(db: TeamshapeDb, recorder: Recorder, entries: UndoEntry[], index: number, control: UndoControl): Promise<void> {
  const entry = entries[index]!;
  const at = nowIso();
  const { writes } = entry;
  const undone = entry.undone ?? [];
  await putBackInChunks(db, recorder, writes, writes.map((_, position) => position), (position, now) => {
    const write = writes[position]!;
    const undoneWrite = undone[position];
    if (!undoneWrite || now === null || now.updatedAt !== undoneWrite.updatedAt) {
      throw new UndoConflictError('redo', entry.label, describeRecord(write.table, now ?? write.before, write.id), whereChanged(db, write.table, now));
    }
    return undoneWrite.image ? { ...undoneWrite.image, updatedAt: at } : { ...now, deletedAt: null, updatedAt: at };
  }, control);
  const versions = new Map<string, string>();
  const redoneWrites = writes.map((write) => {
    const key = `${write.table}/${write.id}`;
    const afterUpdatedAt = recorder.after.get(key)?.record.updatedAt ?? at;
    versions.set(key, afterUpdatedAt);
    return { ...write, afterUpdatedAt };
  });
  const changed = expectVersions(entries, index, 1, versions);
  const redone: UndoEntry = { ...entry, state: 'done', writes: redoneWrites };
  delete redone.undone;
  await db.table(UNDO_LOG_TABLE).bulkPut([packed(redone), ...changed.map(packed)]);
}

async function step(db: TeamshapeDb, action: 'undo' | 'redo', caller: UndoControl): Promise<UndoOutcome | null> {
  let done: UndoEntry | undefined;
  let reported = false;
  const control: UndoControl = {
    onProgress: (count, total) => {
      reported = true;
      caller.onProgress?.(count, total);
      reportUndoProgress(db, { action, label: done?.label ?? '', done: count, total });
    },
  };
  let records: CommittedChange['records'] = [];
  let recorded: Recorder | undefined;
  let hooked = false;
  const run = db.transaction('rw', tables(db), async (tx: Transaction) => {
    const entries = await windowEntries(db);
    const index = action === 'undo' ? entries.findLastIndex((e) => e.state === 'done') : entries.findIndex((e) => e.state === 'undone');
    done = entries[index];
    // A large step shows after its commit (as a bulk load does): staging record by record would redraw the screens per chunk.
    const large = (done?.writes.length ?? 0) >= UNDO_CHUNK;
    const recorder = attachRecorder(tx.idbtrans, {
      // putBackInChunks validates every record it writes.
      prevalidated: true,
      allowHardDeletes: false,
      ...(large ? {} : { stage: (staged: CommittedChange['records']) => notifyStaged(db, staged) }),
    });
    recorded = recorder;
    if (!done) return;
    if (action === 'undo') await runUndo(db, recorder, entries, index, control);
    else await runRedo(db, recorder, entries, index, control);
    records = [...recorder.after.values()];
    hooked = true;
    await runBeforeCommit(db, [...recorder.writes.values()], records, { fromSync: false });
  });
  try {
    await run;
  } catch (error) {
    if (recorded?.stage) notifyRolledBack(db, [...recorded.writes.values()]);
    if (hooked) runRolledBack(db);
    throw error;
  } finally {
    if (reported) reportUndoProgress(db, null);
  }
  if (!done) return null;
  notifyCommitted(db, { kind: action, label: done.label, undoable: true, writes: done.writes, records, replaced: false });
  return { label: done.label };
}

/** Undoes this window's latest action; null when there is nothing to undo. */
export function undoLastChange(db: TeamshapeDb, control: UndoControl = {}): Promise<UndoOutcome | null> {
  return step(db, 'undo', control);
}

/** Redoes the action undone most recently; null when there is nothing to redo. */
export function redoLastChange(db: TeamshapeDb, control: UndoControl = {}): Promise<UndoOutcome | null> {
  return step(db, 'redo', control);
}

/** This window's history, newest first, for the history panel and the Undo/Redo buttons. */
export async function readUndoHistory(db: TeamshapeDb): Promise<Array<{ seq: number; label: string; at: string; state: UndoEntry['state'] }>> {
  const entries = await windowEntries(db);
  return entries.reverse().map(({ seq, label, at, state }) => ({ seq: seq!, label, at, state }));
}
