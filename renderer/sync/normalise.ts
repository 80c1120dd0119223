/**
 * After records arrive from other laptops: the foundation's merge rule (shared/backup) keeps
 * natural keys unique (two laptops that imported the same roster end with one copy of each person:
 * the smaller id survives, the other becomes a tombstone with mergedIntoId, references are
 * rewritten) and deletions take what depends on them (a membership added on one laptop to a team
 * deleted on the other). Every laptop computes the same records from the same documents, so what
 * it writes back converges too.
 */
import { BACKUP_TABLES, canonicalJson, emptyBackupTables, mergeWorkspaces, type BackupTableName, type BackupTables } from '../../shared/backup';
import type { TeamshapeDb } from '../db/database';
import type { StoredRecord, WorkspaceTable } from '../db/changeRecorder';

/** Tables the merge rule reads whole: small next to check-ins, and all it needs for keys and references. */
const RULE_TABLES: readonly BackupTableName[] = ['departments', 'roles', 'people', 'plans', 'teams', 'memberships', 'periods', 'objectives', 'keyResults'];

/** Only a batch of these can break a natural key or a cascade. */
export function needsNormalising(tables: ReadonlySet<WorkspaceTable>): boolean {
  return [...tables].some((table) => table !== 'settings');
}

/**
 * Records the rule changes, given the workspace as the batch left it (call inside the change's
 * transaction). Check-ins are read only where their key result is deleted (the cascade).
 */
export async function normalisedWrites(db: TeamshapeDb, arrivedCheckIns: readonly StoredRecord[]): Promise<Array<{ table: WorkspaceTable; record: StoredRecord }>> {
  const tables = emptyBackupTables() as unknown as Record<BackupTableName, StoredRecord[]>;
  for (const table of RULE_TABLES) tables[table] = (await db.table(table).toArray()) as StoredRecord[];
  const deadKeyResults = new Set(tables.keyResults.filter((k) => k.deletedAt !== null).map((k) => k.id));
  const checkInIds = new Set<string>();
  const checkIns: StoredRecord[] = [];
  const addCheckIn = (record: StoredRecord) => {
    if (checkInIds.has(record.id)) return;
    checkInIds.add(record.id);
    checkIns.push(record);
  };
  for (const record of arrivedCheckIns) if (deadKeyResults.has(record.keyResultId as string)) addCheckIn(record);
  // A key result deleted elsewhere: its check-ins here go with it. Only the recently changed matter,
  // but reading by the index is cheap enough for every dead key result.
  if (deadKeyResults.size > 0) {
    const alive = (await db.checkIns.where('keyResultId').anyOf([...deadKeyResults]).toArray()) as unknown as StoredRecord[];
    for (const record of alive) if (record.deletedAt === null) addCheckIn(record);
  }
  tables.checkIns = checkIns;
  const workspace = tables as unknown as BackupTables;
  const merged = mergeWorkspaces(workspace, workspace).tables as unknown as Record<BackupTableName, StoredRecord[]>;
  const writes: Array<{ table: WorkspaceTable; record: StoredRecord }> = [];
  for (const table of BACKUP_TABLES) {
    const before = new Map((tables[table] ?? []).map((record) => [record.id, record]));
    for (const record of merged[table] ?? []) {
      const was = before.get(record.id);
      if (!was || (was !== record && canonicalJson(was) !== canonicalJson(record))) writes.push({ table, record });
    }
  }
  return writes;
}
