import {
  BACKUP_TABLES,
  backupFileName,
  buildBackup,
  compressedBackupFileName,
  countRecords,
  emptyBackupTables,
  planMerge,
  serializeBackup,
  type BackupTableName,
  type BackupTables,
  type MergeSummary,
  type ReadBackupOptions,
} from '../../shared/backup';
import { nowIso, todayLocal } from '../../shared/clock';
import { ValidationError } from '../../shared/validation';
import type { TeamshapeDb } from './database';
import { applyChange } from './changes';
import { encodeBackup, readBackupFile, type BackupInput } from './backupFile';

export type RestoreMode = 'replace' | 'merge';

/** A backup file refused before anything was written; `issues` name each problem ("teams[3].name: required"). */
export class BackupRejectedError extends ValidationError {
  constructor(problems: readonly string[]) {
    super(problems);
    this.name = 'BackupRejectedError';
  }
}

/** A format-3 backup (gzip, one record per line): `teamshape-backup-2026-11-16.teamshape.gz`. */
export interface ExportedBackup {
  fileName: string;
  bytes: Uint8Array;
  counts: Record<BackupTableName, number>;
}

/** A format-2 backup as one JSON text, for channels that carry text only (the desktop app's safety copies and daily backups). */
export interface ExportedBackupText {
  fileName: string;
  text: string;
  counts: Record<BackupTableName, number>;
}

export interface RestoreResult {
  mode: RestoreMode;
  /** The format the file was written in; older ones were migrated forward. */
  formatVersion: number;
  /** What the backup held. */
  counts: Record<BackupTableName, number>;
  /** Records written. */
  written: number;
  merge?: MergeSummary;
}

function backupTables(db: TeamshapeDb) {
  return BACKUP_TABLES.map((name) => db.table(name));
}

/** Every record of every table, tombstones included, read in one transaction (a consistent snapshot). */
export async function readAllTables(db: TeamshapeDb): Promise<BackupTables> {
  return db.transaction('r', backupTables(db), async () => {
    const tables = emptyBackupTables();
    for (const name of BACKUP_TABLES) (tables[name] as unknown[]) = await db.table(name).toArray();
    return tables;
  });
}

/**
 * The whole workspace as one versioned backup file (format 3: app version, export date, counts,
 * then every record of every table), compressed record by record: never one string.
 */
export async function exportWorkspace(db: TeamshapeDb, appVersion: string): Promise<ExportedBackup> {
  const tables = await readAllTables(db);
  const bytes = await encodeBackup(buildBackup(tables, { appVersion, exportedAt: nowIso() }));
  return { fileName: compressedBackupFileName(todayLocal()), bytes, counts: countRecords(tables) };
}

/**
 * The workspace as a format-2 JSON text: ONE string, so limited to what a string and the bridge's
 * 50 MiB text channels carry. Only for the desktop backups folder (safety copy, daily backup) until
 * those channels carry bytes; everything else uses exportWorkspace.
 */
export async function exportWorkspaceText(db: TeamshapeDb, appVersion: string, kind: 'backup' | 'before-restore' = 'backup'): Promise<ExportedBackupText> {
  const tables = await readAllTables(db);
  const text = serializeBackup(buildBackup(tables, { appVersion, exportedAt: nowIso() }));
  return { fileName: backupFileName(todayLocal(), kind), text, counts: countRecords(tables) };
}

/**
 * Restores a backup file: format-3 bytes or older JSON text (recognised by content, readBackupFile).
 * Every check runs before the first write; then ONE
 * read-write transaction across all tables either replaces the workspace (clear + add) or merges
 * (newer updatedAt wins, see planMerge). On any failure the transaction aborts: nothing changes.
 */
export async function restoreWorkspace(
  db: TeamshapeDb,
  file: BackupInput,
  mode: RestoreMode,
  options: Partial<ReadBackupOptions> = {},
): Promise<RestoreResult> {
  const now = options.now ?? nowIso();
  const reading = await readBackupFile(file, { ...options, now });
  if (!reading.ok) throw new BackupRejectedError(reading.problems);
  const incoming = reading.backup.tables;
  if (mode === 'replace') {
    // Not undoable here: the safety copy written before a replace is its way back.
    return applyChange(db, 'Restore a backup', async () => {
      for (const name of BACKUP_TABLES) await db.table(name).clear();
      for (const name of BACKUP_TABLES) if (incoming[name].length > 0) await db.table(name).bulkAdd(incoming[name]);
      const written = BACKUP_TABLES.reduce((sum, name) => sum + incoming[name].length, 0);
      return { mode, formatVersion: reading.formatVersion, counts: reading.counts, written };
    }, { replacesWorkspace: true, prevalidated: true, keepTimestamps: true });
  }
  return applyChange(db, 'Merge a backup', async () => {
    const current = emptyBackupTables();
    for (const name of BACKUP_TABLES) (current[name] as unknown[]) = await db.table(name).toArray();
    const plan = planMerge(current, incoming);
    for (const name of BACKUP_TABLES) if (plan.write[name].length > 0) await db.table(name).bulkPut(plan.write[name]);
    const written = BACKUP_TABLES.reduce((sum, name) => sum + plan.write[name].length, 0);
    return { mode, formatVersion: reading.formatVersion, counts: reading.counts, written, merge: plan.summary };
  }, { prevalidated: true, keepTimestamps: true });
}
