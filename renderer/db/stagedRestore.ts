/**
 * Restore and merge that never touch the live database until they are complete (issue 14): the
 * result is written in batches into a NEW database, counted back, and only then does the app switch
 * to it in one step (workspaceDirectory.ts). The database it replaced is kept as a snapshot.
 */
import { BACKUP_TABLES, planMerge, type BackupTableName, type BackupTables, type MergeSummary, type ReadBackupOptions } from '../../shared/backup';
import { nowIso } from '../../shared/clock';
import { TeamshapeDb } from './database';
import { applyChange } from './changes';
import { readAllTables, BackupRejectedError, type RestoreMode } from './backup';
import { readBackupFile, type BackupInput } from './backupFile';
import { DEVICE_TABLE } from './device';
import { existingWorkspaceMemory } from './memory/workspaceMemory';
import { newWorkspaceDbName, snapshotExpiry, switchWorkspace, WORKSPACE_SWITCH_CHANNEL, type WorkspaceDirectory } from './workspaceDirectory';

/** Records per transaction while the new database is filled: progress moves, no transaction holds 100,000 records. */
const BATCH_RECORDS = 20_000;
/** IndexedDB keeps more than a record's JSON (keys, indexes, structure): a margin, measured on Chromium. */
const STORAGE_OVERHEAD = 1.5;

export interface RestoreProgress {
  phase: 'reading' | 'writing' | 'checking' | 'switching';
  written: number;
  total: number;
}

export interface StagedRestoreOptions extends Partial<ReadBackupOptions> {
  directory: WorkspaceDirectory;
  /** Shown in Settings beside the snapshot: the file's name. */
  fileName: string;
  onProgress?: (progress: RestoreProgress) => void;
  /** Records per transaction (tests make it small to cross batch edges). */
  batchRecords?: number;
  /** The browser's storage estimate; null where it cannot be known (then the write itself is the check). */
  estimateStorage?: () => Promise<{ usage: number; quota: number } | null>;
}

export interface StagedRestoreResult {
  mode: RestoreMode;
  formatVersion: number;
  /** What the backup held. */
  counts: Record<BackupTableName, number>;
  /** Records in the new workspace. */
  written: number;
  merge?: MergeSummary;
  /** The database the app now uses, and the one kept as the way back. */
  dbName: string;
  snapshotDbName: string;
}

/** Not enough free storage to build the restored copy while keeping the current workspace: refused before anything is written. */
export class NotEnoughStorageError extends Error {
  constructor(
    readonly neededBytes: number,
    readonly availableBytes: number,
  ) {
    super(
      `Not enough storage to restore safely: the restored workspace needs about ${formatBytes(neededBytes)}, and this browser lets Teamshape use ${formatBytes(availableBytes)} more. ` +
        'Your current workspace is kept until you have checked the result, so both must fit. Free disk space (or delete older snapshots in Settings), then try again. Nothing was changed.',
    );
    this.name = 'NotEnoughStorageError';
  }
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024)).toLocaleString('en-GB')} KiB`;
  return `${(bytes / (1024 * 1024)).toLocaleString('en-GB', { maximumFractionDigits: 1 })} MiB`;
}

/** About how many bytes the records take once stored: their JSON length, sampled on large tables. */
export function estimateStoredBytes(tables: BackupTables): number {
  let chars = 0;
  for (const name of BACKUP_TABLES) {
    const rows = tables[name] as unknown[];
    if (rows.length === 0) continue;
    const step = Math.max(1, Math.floor(rows.length / 200));
    let sampled = 0;
    let sampledChars = 0;
    for (let i = 0; i < rows.length; i += step) {
      sampledChars += JSON.stringify(rows[i]).length;
      sampled++;
    }
    chars += (sampledChars / sampled) * rows.length;
  }
  return Math.round(chars * STORAGE_OVERHEAD);
}

async function browserStorageEstimate(): Promise<{ usage: number; quota: number } | null> {
  if (typeof navigator === 'undefined' || typeof navigator.storage?.estimate !== 'function') return null;
  const { usage, quota } = await navigator.storage.estimate();
  return usage === undefined || quota === undefined ? null : { usage, quota };
}

/** Records not deleted, per table: what the snapshot list in Settings describes. */
function aliveCounts(tables: BackupTables): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const name of BACKUP_TABLES) counts[name] = (tables[name] as { deletedAt: string | null }[]).filter((row) => row.deletedAt === null).length;
  return counts;
}

function total(tables: BackupTables): number {
  return BACKUP_TABLES.reduce((sum, name) => sum + tables[name].length, 0);
}

/** Writes `tables` into the fresh database `target`, batch by batch, replacing the built-ins its creation seeded. */
async function fill(target: TeamshapeDb, tables: BackupTables, batchRecords: number, onWritten: (written: number) => void): Promise<void> {
  await applyChange(target, 'Prepare a restored workspace', async () => {
    for (const name of BACKUP_TABLES) await target.table(name).clear();
  }, { replacesWorkspace: true, prevalidated: true, keepTimestamps: true });
  let written = 0;
  let batch: Array<{ name: BackupTableName; rows: unknown[] }> = [];
  let size = 0;
  const flush = async () => {
    const parts = batch;
    batch = [];
    size = 0;
    await applyChange(target, 'Fill a restored workspace', async () => {
      for (const { name, rows } of parts) await target.table(name).bulkAdd(rows);
    }, { replacesWorkspace: true, prevalidated: true, keepTimestamps: true });
    written += parts.reduce((sum, part) => sum + part.rows.length, 0);
    onWritten(written);
  };
  for (const name of BACKUP_TABLES) {
    const rows = tables[name] as unknown[];
    let start = 0;
    while (start < rows.length) {
      const take = Math.min(rows.length - start, batchRecords - size);
      batch.push({ name, rows: rows.slice(start, start + take) });
      size += take;
      start += take;
      if (size >= batchRecords) await flush();
    }
  }
  if (size > 0) await flush();
}

/** Counts every table of the new database back: what was meant to be written is what is there. */
async function checkCounts(target: TeamshapeDb, tables: BackupTables): Promise<void> {
  const problems: string[] = [];
  for (const name of BACKUP_TABLES) {
    const stored = await target.table(name).count();
    if (stored !== tables[name].length) problems.push(`${name}: ${stored.toLocaleString('en-GB')} records stored, ${tables[name].length.toLocaleString('en-GB')} expected`);
  }
  if (problems.length > 0) throw new Error(`The restored workspace did not read back complete (${problems.join('; ')}). Nothing was changed: your workspace is as it was.`);
}

/**
 * Restores (replace) or merges a backup file into a new database, checks it, switches the app to it
 * and keeps `db` as a snapshot for seven days. `db` is only read. Any failure before the switch
 * deletes the new database and leaves everything as it was. Every window must reload afterwards
 * (tellWindowsToReload; the caller reloads its own).
 */
export async function restoreIntoNewWorkspace(db: TeamshapeDb, file: BackupInput, mode: RestoreMode, options: StagedRestoreOptions): Promise<StagedRestoreResult> {
  const now = options.now ?? nowIso();
  const progress = options.onProgress ?? (() => {});
  progress({ phase: 'reading', written: 0, total: 0 });
  const reading = await readBackupFile(file, { ...options, now });
  if (!reading.ok) throw new BackupRejectedError(reading.problems);

  let tables = reading.backup.tables;
  let merge: MergeSummary | undefined;
  let currentCounts: Record<string, number>;
  if (mode === 'merge') {
    const current = await readAllTables(db);
    const plan = planMerge(current, reading.backup.tables);
    tables = plan.merged;
    merge = plan.summary;
    currentCounts = aliveCounts(current);
  } else {
    // A replace needs only the snapshot's counts: the workspace in memory has them at no cost.
    currentCounts = existingWorkspaceMemory(db)?.aliveCounts() ?? aliveCounts(await readAllTables(db));
  }
  const records = total(tables);

  const storage = await (options.estimateStorage ?? browserStorageEstimate)();
  if (storage) {
    const needed = estimateStoredBytes(tables);
    const available = Math.max(0, storage.quota - storage.usage);
    if (needed > available) throw new NotEnoughStorageError(needed, available);
  }

  const dbName = newWorkspaceDbName(now);
  const target = new TeamshapeDb(dbName);
  try {
    await target.open();
    progress({ phase: 'writing', written: 0, total: records });
    await fill(target, tables, options.batchRecords ?? BATCH_RECORDS, (written) => progress({ phase: 'writing', written, total: records }));
    // "This is me", remembered import mappings and layout belong to this device, not to the backup.
    // The sync tables are not copied, on purpose (issue 21): a restored workspace is this laptop's
    // alone — nothing of it is sent over newer work on the server; Undo restore syncs again.
    await target.table(DEVICE_TABLE).bulkPut(await db.table(DEVICE_TABLE).toArray());
    progress({ phase: 'checking', written: records, total: records });
    await checkCounts(target, tables);
    progress({ phase: 'switching', written: records, total: records });
    await switchWorkspace(options.directory, dbName, {
      dbName: db.name,
      createdAt: now,
      expiresAt: snapshotExpiry(now),
      reason: `${mode === 'merge' ? 'Before merging' : 'Before restoring'} ${options.fileName}`,
      counts: currentCounts,
    });
  } catch (error) {
    target.close();
    await TeamshapeDb.delete(dbName).catch(() => undefined);
    throw error;
  }
  target.close();
  return { mode, formatVersion: reading.formatVersion, counts: reading.counts, written: records, dbName, snapshotDbName: db.name, ...(merge ? { merge } : {}) };
}

/**
 * "Undo restore": back to the snapshot `snapshotDbName`; the workspace the restore made is kept as
 * a snapshot in turn (seven days), so the undo can be undone too.
 */
export async function returnToSnapshot(db: TeamshapeDb, directory: WorkspaceDirectory, snapshotDbName: string, now: string = nowIso()): Promise<void> {
  const counts: Record<string, number> = {};
  for (const name of BACKUP_TABLES) counts[name] = await db.table(name).filter((row: { deletedAt: string | null }) => row.deletedAt === null).count();
  await switchWorkspace(directory, snapshotDbName, {
    dbName: db.name,
    createdAt: now,
    expiresAt: snapshotExpiry(now),
    reason: 'Set aside by “Undo restore”',
    counts,
  });
}

/** Every other window of this workspace reloads onto the database the app switched to. */
export function tellWindowsToReload(): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(WORKSPACE_SWITCH_CHANNEL);
  channel.postMessage({ switched: true });
  channel.close();
}

/** This window hears that another switched the workspace (restore, merge, undo of one). */
export function onWorkspaceSwitched(listener: () => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => {};
  const channel = new BroadcastChannel(WORKSPACE_SWITCH_CHANNEL);
  channel.onmessage = () => listener();
  return () => channel.close();
}
