/**
 * What a window hears after one of its changes committed: the undo toast, the history, and the
 * in-memory workspace listen here. Other windows learn of it through Dexie's own cross-window
 * notifications (live queries) and the BroadcastChannel below.
 */
import type { TeamshapeDb } from './database';
import type { RecordedWrite, StoredRecord, WorkspaceTable } from './changeRecorder';

export interface CommittedChange {
  kind: 'change' | 'undo' | 'redo';
  label: string;
  /** False for a change that cannot be undone here (a restore that replaced the workspace). */
  undoable: boolean;
  writes: readonly RecordedWrite[];
  /** Every record as the change left it (tombstones included). */
  records: ReadonlyArray<{ table: WorkspaceTable; record: StoredRecord }>;
  /** A restore replaced the whole workspace: everything must be read again. */
  replaced: boolean;
  /** Records another laptop changed, brought here by sync (not this user's action). */
  fromSync?: boolean;
}

type Listener = (change: CommittedChange) => void;
const listeners = new WeakMap<TeamshapeDb, Set<Listener>>();

export function onChangeCommitted(db: TeamshapeDb, listener: Listener): () => void {
  const set = listeners.get(db) ?? new Set<Listener>();
  listeners.set(db, set);
  set.add(listener);
  return () => set.delete(listener);
}

export function notifyCommitted(db: TeamshapeDb, change: CommittedChange): void {
  for (const listener of listeners.get(db) ?? []) listener(change);
  // In a task of its own (in commit order): naming 50,000 imported records to the other windows
  // should not lengthen the task that shows them here.
  setTimeout(() => tellOtherWindows(db, change), 0);
}

/** What another window hears: which records changed (it reads them itself), or that everything did. */
export interface ChangedKeys {
  replaced: boolean;
  ids: Partial<Record<WorkspaceTable, string[]>>;
}

type RemoteListener = (keys: ChangedKeys) => void;
const channels = new WeakMap<TeamshapeDb, { channel: BroadcastChannel; listeners: Set<RemoteListener> }>();

function channelOf(db: TeamshapeDb) {
  let entry = channels.get(db);
  if (!entry && typeof BroadcastChannel !== 'undefined') {
    const channel = new BroadcastChannel(`teamshape-changes:${db.name}`);
    const remote = new Set<RemoteListener>();
    channel.onmessage = (event: MessageEvent<ChangedKeys>) => {
      for (const listener of remote) listener(event.data);
    };
    // Node keeps a process alive while a channel is open; a window never needs that.
    (channel as unknown as { unref?: () => void }).unref?.();
    entry = { channel, listeners: remote };
    channels.set(db, entry);
  }
  return entry;
}

function tellOtherWindows(db: TeamshapeDb, change: CommittedChange): void {
  const ids: ChangedKeys['ids'] = {};
  // "Everything changed" needs no list: the other window reads every table again.
  if (!change.replaced) for (const { table, record } of change.records) (ids[table] ??= []).push(record.id);
  channelOf(db)?.channel.postMessage({ replaced: change.replaced, ids } satisfies ChangedKeys);
}

/** Another window (another connection to the same database) committed a change. */
export function onOtherWindowChanged(db: TeamshapeDb, listener: RemoteListener): () => void {
  const entry = channelOf(db);
  entry?.listeners.add(listener);
  return () => entry?.listeners.delete(listener);
}

/**
 * Before the commit: records as a change is writing them (the screen shows them at once), and,
 * when the change fails, what to put back (null: the record did not exist before).
 */
export interface StagedListener {
  staged: (records: ReadonlyArray<{ table: WorkspaceTable; record: StoredRecord }>) => void;
  rolledBack: (restores: ReadonlyArray<{ table: WorkspaceTable; id: string; before: StoredRecord | null }>) => void;
}
const stagedListeners = new WeakMap<TeamshapeDb, Set<StagedListener>>();

export function onChangeStaged(db: TeamshapeDb, listener: StagedListener): () => void {
  const set = stagedListeners.get(db) ?? new Set<StagedListener>();
  stagedListeners.set(db, set);
  set.add(listener);
  return () => set.delete(listener);
}

export function notifyStaged(db: TeamshapeDb, records: ReadonlyArray<{ table: WorkspaceTable; record: StoredRecord }>): void {
  for (const listener of stagedListeners.get(db) ?? []) listener.staged(records);
}

export function notifyRolledBack(db: TeamshapeDb, writes: readonly RecordedWrite[]): void {
  if (writes.length === 0) return;
  const restores = writes.map(({ table, id, before }) => ({ table, id, before }));
  for (const listener of stagedListeners.get(db) ?? []) listener.rolledBack(restores);
}
