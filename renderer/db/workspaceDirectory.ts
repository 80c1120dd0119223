/**
 * Which IndexedDB database holds the workspace (issue 14): a restore or merge is built in a NEW
 * database and the app switches to it in one step, here, in a small meta database. The database it
 * replaced stays as a snapshot for seven days ("Undo restore"), then is deleted.
 */
import Dexie, { type EntityTable } from 'dexie';
import { addDays, parseISO } from 'date-fns';
import { DEFAULT_DB_NAME } from './database';

export const META_DB_NAME = 'teamshape-meta';
export const SNAPSHOT_DAYS = 7;
/** Other windows hear here that the workspace moved to another database, and reload. */
export const WORKSPACE_SWITCH_CHANNEL = 'teamshape-workspace';

/** A database set aside by a restore, merge or undo of one: the way back. */
export interface WorkspaceSnapshot {
  dbName: string;
  /** When it was set aside. */
  createdAt: string;
  /** Deleted after this moment. */
  expiresAt: string;
  /** What set it aside, in the user's words: "Before restoring teamshape-backup-2026-11-16.teamshape.gz". */
  reason: string;
  /** Records it holds per table (tombstones included), for the list in Settings. */
  counts: Record<string, number>;
}

interface PointerRow {
  key: 'current';
  dbName: string;
  switchedAt: string;
}

export class WorkspaceDirectory extends Dexie {
  pointer!: EntityTable<PointerRow, 'key'>;
  snapshots!: EntityTable<WorkspaceSnapshot, 'dbName'>;

  constructor(name: string = META_DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores({ pointer: 'key', snapshots: 'dbName, expiresAt' });
  }
}

/** The database the app opens: the last one switched to, else the original `teamshape`. */
export async function currentWorkspaceName(directory: WorkspaceDirectory): Promise<string> {
  return (await directory.pointer.get('current'))?.dbName ?? DEFAULT_DB_NAME;
}

export function snapshotExpiry(createdAt: string): string {
  return addDays(parseISO(createdAt), SNAPSHOT_DAYS).toISOString();
}

/**
 * Points the app at `to` and keeps `from` as a snapshot, in ONE transaction of the meta database:
 * either both happen or neither. `to` stops being a snapshot when it was one (an undo).
 */
export async function switchWorkspace(directory: WorkspaceDirectory, to: string, setAside: WorkspaceSnapshot): Promise<void> {
  await directory.transaction('rw', directory.pointer, directory.snapshots, async () => {
    await directory.snapshots.delete(to);
    await directory.snapshots.put(setAside);
    await directory.pointer.put({ key: 'current', dbName: to, switchedAt: setAside.createdAt });
  });
}

/** Snapshots still kept, newest first. */
export async function listSnapshots(directory: WorkspaceDirectory, now: string): Promise<WorkspaceSnapshot[]> {
  const all = await directory.snapshots.toArray();
  return all.filter((snapshot) => snapshot.expiresAt > now).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/**
 * Deletes the snapshots whose seven days are over (never the current database), and databases a
 * restore started more than a day ago but never switched to (left by a crash or a closed window).
 * Returns the names deleted.
 */
export async function pruneWorkspaces(
  directory: WorkspaceDirectory,
  now: string,
  deleteDatabase: (name: string) => Promise<void> = (name) => Dexie.delete(name),
  listDatabases: () => Promise<string[]> = defaultDatabaseNames,
): Promise<string[]> {
  const current = await currentWorkspaceName(directory);
  const expired = (await directory.snapshots.where('expiresAt').belowOrEqual(now).toArray()).map((s) => s.dbName).filter((name) => name !== current);
  const kept = new Set((await directory.snapshots.toArray()).map((s) => s.dbName));
  const dayAgo = Date.parse(now) - 24 * 60 * 60 * 1000;
  const abandoned = (await listDatabases()).filter((name) => {
    const started = builtAt(name);
    return started !== null && started < dayAgo && name !== current && !kept.has(name);
  });
  const deleted: string[] = [];
  for (const name of [...expired, ...abandoned]) {
    await deleteDatabase(name);
    await directory.snapshots.delete(name);
    deleted.push(name);
  }
  return deleted;
}

/** Databases a restore builds: `teamshape-workspace-<ms since 1970>-<random>`, so an abandoned one can be told by its age. */
const BUILT_PREFIX = 'teamshape-workspace-';

export function newWorkspaceDbName(now: string): string {
  return `${BUILT_PREFIX}${Date.parse(now)}-${Math.random().toString(36).slice(2, 10)}`;
}

function builtAt(name: string): number | null {
  if (!name.startsWith(BUILT_PREFIX)) return null;
  const ms = Number(name.slice(BUILT_PREFIX.length).split('-')[0]);
  return Number.isFinite(ms) ? ms : null;
}

async function defaultDatabaseNames(): Promise<string[]> {
  if (typeof indexedDB === 'undefined' || typeof indexedDB.databases !== 'function') return [];
  return (await indexedDB.databases()).map((info) => info.name ?? '').filter(Boolean);
}
