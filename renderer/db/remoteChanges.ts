/**
 * Which record versions this window took from another laptop (the sync engine's changes): a stale
 * write or an undo refused over such a record says "on another laptop", not "in another window".
 * Kept in memory only: after a restart the message falls back to "in another window".
 */
import type { TeamshapeDb } from './database';
import type { StoredRecord, WorkspaceTable } from './changeRecorder';

const versions = new WeakMap<TeamshapeDb, Map<string, string>>();

export function rememberRemoteRecords(db: TeamshapeDb, records: ReadonlyArray<{ table: WorkspaceTable; record: StoredRecord }>): void {
  let known = versions.get(db);
  if (!known) versions.set(db, (known = new Map()));
  for (const { table, record } of records) known.set(`${table}/${record.id}`, record.updatedAt);
}

/** Where the record's current version came from, in the words of a refusal. */
export function whereChanged(db: TeamshapeDb, table: WorkspaceTable, current: StoredRecord | null): 'on another laptop' | 'in another window' {
  return current !== null && versions.get(db)?.get(`${table}/${current.id}`) === current.updatedAt ? 'on another laptop' : 'in another window';
}
