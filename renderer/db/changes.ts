/**
 * The one write path (ARCHITECTURE.md, "one write path"): every repository write runs inside
 * applyChange, which opens one transaction, refuses a write whose record another window changed
 * since the caller read it, lets the change recorder validate and remember every record written,
 * and appends one undo entry for the whole user action in the same transaction.
 */
import type { Dexie, Transaction } from 'dexie';
import { BACKUP_TABLES } from '../../shared/backup';
import type { TeamshapeDb } from './database';
import { attachRecorder, recorderOf, type RecordedWrite, type Recorder, type StoredRecord, type WorkspaceTable } from './changeRecorder';
import { notifyCommitted, notifyRolledBack, notifyStaged, type CommittedChange } from './changeEvents';
import { appendUndoEntry, UNDO_LOG_TABLE } from './undoLog';
import { describeRecord } from './recordNames';
import { hookTables, runBeforeCommit, runRolledBack } from './changeHooks';
import { rememberRemoteRecords, whereChanged } from './remoteChanges';
import { pendingSave } from './pendingSaves';
import { MissingRecordError } from './errors';

/** A record as the caller read it: the write is refused if it has changed since. */
export interface ExpectedVersion {
  table: WorkspaceTable;
  id: string;
  updatedAt: string;
}

/** What an editor passes to an update: the version it read, so a newer one is not overwritten. */
export interface EditOptions {
  expectedUpdatedAt?: string;
}

export function expectedVersion(table: WorkspaceTable, id: string, options: EditOptions = {}): ExpectedVersion[] {
  return options.expectedUpdatedAt ? [{ table, id, updatedAt: options.expectedUpdatedAt }] : [];
}

export interface ChangeOptions {
  expected?: readonly ExpectedVersion[];
  /** The caller validated every record with the shared schemas already (bulk loads). */
  prevalidated?: boolean;
  /** A restore that replaces the whole workspace: tables may be cleared, no undo entry (its undo is the safety copy). */
  replacesWorkspace?: boolean;
  /** Records carry their own timestamps (a merge, a bulk load): written as they are. */
  keepTimestamps?: boolean;
  /** Applies what the sync engine received from other laptops: no undo entry (not this user's action). */
  fromSync?: boolean;
}

/** Another window changed (or deleted) the record since this one read it. */
export class StaleWriteError extends Error {
  constructor(
    readonly table: WorkspaceTable,
    readonly id: string,
    /** The record as it is now; null when it no longer exists. */
    readonly current: StoredRecord | null,
    where: 'in another window' | 'on another laptop' = 'in another window',
  ) {
    const what = describeRecord(table, current, id);
    super(
      current === null || current.deletedAt !== null
        ? `${what} was deleted ${where} while you were editing it. Your changes were not saved.`
        : `${what} was changed ${where} while you were editing it. Your changes were not saved yet: keep yours or take the other version.`,
    );
    this.name = 'StaleWriteError';
  }
}

function workspaceTables(db: TeamshapeDb) {
  // db.device: currentActor reads this device's "this is me" inside the change.
  return [...BACKUP_TABLES.map((name) => db.table(name)), db.table(UNDO_LOG_TABLE), db.device, ...hookTables(db)];
}

async function checkExpected(db: TeamshapeDb, expected: readonly ExpectedVersion[]): Promise<void> {
  for (const version of expected) {
    const current = ((await db.table(version.table).get(version.id)) as StoredRecord | undefined) ?? null;
    if (current === null || current.deletedAt !== null || current.updatedAt !== version.updatedAt) {
      throw new StaleWriteError(version.table, version.id, current, whereChanged(db, version.table, current));
    }
  }
}

/**
 * Runs `body` (reads and writes through Dexie as usual) as one user action labelled `label`
 * (“Edit team “Payments””; a function of the result when the name is known only then).
 * Resolves after the commit; on any error nothing is written.
 */
export async function applyChange<T>(
  db: TeamshapeDb,
  label: string | ((result: T) => string),
  body: () => Promise<T>,
  options: ChangeOptions = {},
): Promise<T> {
  try {
    return await applyChangeOnce(db, label, body, options);
  } catch (error) {
    // A record on screen may not be in Dexie yet (a sync join saving behind the screens): wait for
    // it and run the change again. Only an outermost change can wait: a transaction cannot.
    // (The class's static, read through the instance: loading Dexie here would capture IndexedDB
    // before a test's fake one is installed.)
    const inTransaction = Boolean((db.constructor as typeof Dexie).currentTransaction);
    const saving = options.fromSync || inTransaction ? undefined : pendingSave(db);
    if (!saving || !notSavedYet(error)) throw error;
    await saving;
    return applyChangeOnce(db, label, body, options);
  }
}

function notSavedYet(error: unknown): boolean {
  return error instanceof MissingRecordError || (error instanceof StaleWriteError && error.current === null);
}

async function applyChangeOnce<T>(
  db: TeamshapeDb,
  label: string | ((result: T) => string),
  body: () => Promise<T>,
  options: ChangeOptions,
): Promise<T> {
  let finalLabel = '';
  let writes: RecordedWrite[] = [];
  let records: CommittedChange['records'] = [];
  let joined = false;
  let recorded: Recorder | undefined;
  let hooked = false;
  const run = db.transaction('rw', workspaceTables(db), async (tx: Transaction) => {
    const existing = recorderOf(tx.idbtrans);
    if (existing) {
      // Called from inside another change (a repository using another): one user action, one entry.
      joined = true;
      await checkExpected(db, options.expected ?? []);
      return body();
    }
    const recorder = attachRecorder(tx.idbtrans, {
      prevalidated: options.prevalidated ?? false,
      allowHardDeletes: options.replacesWorkspace ?? false,
      keepTimestamps: options.keepTimestamps ?? false,
      // Bulk writes (loads, restores) show after the commit; an edit shows while it is saved.
      ...(options.prevalidated ? {} : { stage: (records: CommittedChange['records']) => notifyStaged(db, records) }),
    });
    recorded = recorder;
    await checkExpected(db, options.expected ?? []);
    const value = await body();
    writes = [...recorder.writes.values()];
    records = [...recorder.after.values()];
    finalLabel = typeof label === 'function' ? label(value) : label;
    hooked = true;
    await runBeforeCommit(db, writes, records, { fromSync: options.fromSync ?? false });
    if (!options.replacesWorkspace && !options.fromSync && writes.length > 0) await appendUndoEntry(db, finalLabel, writes);
    return value;
  });
  let result: T;
  try {
    result = await run;
  } catch (error) {
    // Nothing was written: the screen takes back what it showed before the commit.
    if (recorded?.stage) notifyRolledBack(db, [...recorded.writes.values()]);
    if (hooked) runRolledBack(db);
    throw error;
  }
  if (!joined && options.fromSync) rememberRemoteRecords(db, records);
  if (!joined && (writes.length > 0 || options.replacesWorkspace)) {
    notifyCommitted(db, {
      kind: 'change',
      label: finalLabel,
      undoable: !options.replacesWorkspace && !options.fromSync,
      writes,
      records,
      replaced: options.replacesWorkspace ?? false,
      ...(options.fromSync ? { fromSync: true } : {}),
    });
  }
  return result;
}
