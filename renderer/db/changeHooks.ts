/**
 * One hook point of the write path for the sync engine (renderer/sync): called inside a change's
 * transaction, after its last write and before the commit, with every record the change left. The
 * hook keeps its own state (the Yjs updates of the change) in the tables it names, so the record
 * change and the sync state commit together or not at all. Without a hook, nothing happens.
 */
import type { Table } from 'dexie';
import type { TeamshapeDb } from './database';
import type { RecordedWrite, StoredRecord, WorkspaceTable } from './changeRecorder';

export interface ChangeContext {
  /** The change applies what the sync engine received (its own hook must not echo it back). */
  fromSync: boolean;
}

/** A record as the change left it, and as it was before (null: the change created it). */
export interface ChangedRecord {
  table: WorkspaceTable;
  record: StoredRecord;
  before: StoredRecord | null;
}

export interface BeforeCommitHook {
  /** Tables the hook writes: every change's transaction includes them. */
  tables: (db: TeamshapeDb) => Table[];
  beforeCommit: (changes: readonly ChangedRecord[], context: ChangeContext) => Promise<void>;
  /** The change failed after beforeCommit ran: whatever the hook did in memory must be taken back. */
  rolledBack?: () => void;
}

const hooks = new WeakMap<TeamshapeDb, BeforeCommitHook>();

export function setBeforeCommitHook(db: TeamshapeDb, hook: BeforeCommitHook | null): void {
  if (hook) hooks.set(db, hook);
  else hooks.delete(db);
}

export function hookTables(db: TeamshapeDb): Table[] {
  return hooks.get(db)?.tables(db) ?? [];
}

export async function runBeforeCommit(
  db: TeamshapeDb,
  writes: readonly RecordedWrite[],
  records: ReadonlyArray<{ table: WorkspaceTable; record: StoredRecord }>,
  context: ChangeContext,
): Promise<void> {
  const hook = hooks.get(db);
  if (!hook || records.length === 0) return;
  const before = new Map(writes.map((write) => [`${write.table}/${write.id}`, write.before]));
  await hook.beforeCommit(
    records.map(({ table, record }) => ({ table, record, before: before.get(`${table}/${record.id}`) ?? null })),
    context,
  );
}

export function runRolledBack(db: TeamshapeDb): void {
  hooks.get(db)?.rolledBack?.();
}
