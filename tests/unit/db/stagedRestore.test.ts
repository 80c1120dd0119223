import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BACKUP_TABLES, canonicalDump } from '../../../shared/backup';
import { resetClock, setClock } from '../../../shared/clock';
import { exportWorkspace, readAllTables, restoreWorkspace } from '../../../renderer/db/backup';
import { TeamshapeDb } from '../../../renderer/db/database';
import { readMeId, writeMeId } from '../../../renderer/db/device';
import { createTeam, deleteTeam } from '../../../renderer/db/teams';
import { NotEnoughStorageError, estimateStoredBytes, restoreIntoNewWorkspace, returnToSnapshot, type RestoreProgress } from '../../../renderer/db/stagedRestore';
import { WorkspaceDirectory, currentWorkspaceName, listSnapshots, pruneWorkspaces } from '../../../renderer/db/workspaceDirectory';
import { backupText, richTables } from '../backup/backupFixture';
import { workspaceMemory } from '../../../renderer/db/memory/workspaceMemory';
import { dropDb, freshDb } from './testDb';

const NOW = '2026-11-16T10:00:00.000Z';
let db: TeamshapeDb;
let directory: WorkspaceDirectory;
const opened: TeamshapeDb[] = [];
let counter = 0;

beforeEach(async () => {
  setClock(() => new Date(NOW));
  db = await freshDb();
  counter += 1;
  directory = new WorkspaceDirectory(`teamshape-meta-test-${process.pid}-${counter}`);
  await restoreWorkspace(db, backupText(richTables()), 'replace');
});
afterEach(async () => {
  resetClock();
  for (const other of opened.splice(0)) await dropDb(other);
  await dropDb(db);
  directory.close();
  await directory.delete();
});

async function open(name: string): Promise<TeamshapeDb> {
  const other = new TeamshapeDb(name);
  await other.open();
  opened.push(other);
  return other;
}
const dump = async (target: TeamshapeDb) => canonicalDump(await readAllTables(target));
const options = (extra: Partial<Parameters<typeof restoreIntoNewWorkspace>[3]> = {}) => ({ directory, fileName: 'backup.teamshape.gz', now: NOW, estimateStorage: async () => null, ...extra });

describe('restoring into a new database', () => {
  it('builds the restored workspace in a new database, switches to it, and leaves the old one untouched as a snapshot', async () => {
    const { bytes } = await exportWorkspace(db, '0.1.0');
    const team = (await readAllTables(db)).teams.find((t) => t.deletedAt === null)!;
    await deleteTeam(db, team.id);
    const before = await dump(db);

    const progress: RestoreProgress[] = [];
    const result = await restoreIntoNewWorkspace(db, bytes, 'replace', options({ onProgress: (p) => progress.push(p) }));

    expect(await dump(db)).toBe(before); // the live database was only read
    expect(await currentWorkspaceName(directory)).toBe(result.dbName);
    const restored = await open(result.dbName);
    expect((await restored.teams.get(team.id))?.deletedAt).toBeNull();
    expect(result.written).toBe(BACKUP_TABLES.reduce((sum, name) => sum + result.counts[name], 0));
    expect(progress.map((p) => p.phase)).toEqual(expect.arrayContaining(['reading', 'writing', 'checking', 'switching']));
    expect(progress.filter((p) => p.phase === 'writing').at(-1)).toMatchObject({ written: result.written, total: result.written });

    const snapshots = await listSnapshots(directory, NOW);
    expect(snapshots).toEqual([expect.objectContaining({ dbName: db.name, reason: 'Before restoring backup.teamshape.gz', expiresAt: '2026-11-23T10:00:00.000Z' })]);
  });

  it('takes the snapshot’s counts from the workspace in memory, without reading the workspace again', async () => {
    const { bytes } = await exportWorkspace(db, '0.1.0');
    await deleteTeam(db, (await readAllTables(db)).teams.find((t) => t.deletedAt === null)!.id);
    const memory = workspaceMemory(db);
    await expect.poll(() => memory.status.state).toBe('ready');
    const expected = memory.aliveCounts()!;
    expect(expected.teams).toBe((await readAllTables(db)).teams.filter((t) => t.deletedAt === null).length);

    const reads: string[] = [];
    for (const name of BACKUP_TABLES) {
      const table = db.table(name);
      const toArray = table.toArray.bind(table);
      Object.assign(table, {
        toArray: () => {
          reads.push(name);
          return toArray();
        },
      });
    }
    const result = await restoreIntoNewWorkspace(db, bytes, 'replace', options());
    await open(result.dbName); // dropped after the test

    expect(reads).toEqual([]);
    const [snapshot] = await listSnapshots(directory, NOW);
    expect(snapshot!.counts).toEqual(expected);
  });

  it('writes every record exactly once whatever the batch size, across table edges', async () => {
    const { bytes } = await exportWorkspace(db, '0.1.0');
    const expected = await dump(db);
    for (const batchRecords of [1, 2, 3, 7, 1000]) {
      const writing: number[] = [];
      const result = await restoreIntoNewWorkspace(db, bytes, 'replace', options({ batchRecords, onProgress: (p) => p.phase === 'writing' && writing.push(p.written) }));
      expect(await dump(await open(result.dbName))).toBe(expected);
      expect(writing.at(-1)).toBe(result.written);
      expect(writing).toEqual([...writing].sort((a, b) => a - b));
      if (batchRecords < result.written) expect(writing.length).toBeGreaterThan(2);
    }
  });

  it('keeps this device’s “this is me” in the restored workspace', async () => {
    const person = (await readAllTables(db)).people.find((p) => p.deletedAt === null)!;
    await writeMeId(db, person.id);
    const { bytes } = await exportWorkspace(db, '0.1.0');
    const result = await restoreIntoNewWorkspace(db, bytes, 'replace', options());
    expect(await readMeId(await open(result.dbName))).toBe(person.id);
  });

  it('merges into a new database: changes made since the backup are kept, and the live one is untouched', async () => {
    const { bytes } = await exportWorkspace(db, '0.1.0');
    const added = await createTeam(db, { name: 'Added after the backup', planId: (await readAllTables(db)).plans.find((p) => p.kind !== 'archived')!.id });
    const before = await dump(db);
    const result = await restoreIntoNewWorkspace(db, bytes, 'merge', options());
    expect(await dump(db)).toBe(before);
    const merged = await open(result.dbName);
    expect((await merged.teams.get(added.id))?.name).toBe('Added after the backup');
    expect(result.merge).toMatchObject({ added: 0, unchanged: expect.any(Number) });
    // The merge result of the same file in place is the same workspace.
    await restoreWorkspace(db, bytes, 'merge');
    expect(await dump(merged)).toBe(await dump(db));
  });

  it('refuses, naming both sizes, when the restored copy and the current workspace would not both fit', async () => {
    const { bytes } = await exportWorkspace(db, '0.1.0');
    const attempt = restoreIntoNewWorkspace(db, bytes, 'replace', options({ estimateStorage: async () => ({ usage: 1_000_000, quota: 1_001_000 }) }));
    await expect(attempt).rejects.toBeInstanceOf(NotEnoughStorageError);
    await expect(attempt).rejects.toThrow(/^Not enough storage to restore safely: the restored workspace needs about \d+ KiB, and this browser lets Teamshape use 1 KiB more\./);
    expect(await currentWorkspaceName(directory)).toBe('teamshape');
    expect(await listSnapshots(directory, NOW)).toEqual([]);
  });

  it('deletes the half-built database and switches nothing when the file is refused or a write fails', async () => {
    await expect(restoreIntoNewWorkspace(db, '{"format":"nonsense"}', 'replace', options())).rejects.toThrow();
    expect(await currentWorkspaceName(directory)).toBe('teamshape');
    const names = (await indexedDB.databases()).map((d) => d.name);
    expect(names.filter((name) => name?.startsWith('teamshape-workspace-'))).toEqual([]);
  });

  it('“Undo restore” goes back to the snapshot, and keeps the restored workspace as a snapshot in turn', async () => {
    const { bytes } = await exportWorkspace(db, '0.1.0');
    const team = (await readAllTables(db)).teams.find((t) => t.deletedAt === null)!;
    await deleteTeam(db, team.id);
    const result = await restoreIntoNewWorkspace(db, bytes, 'replace', options());
    const restored = await open(result.dbName);
    await returnToSnapshot(restored, directory, db.name, '2026-11-16T11:00:00.000Z');
    expect(await currentWorkspaceName(directory)).toBe(db.name);
    const snapshots = await listSnapshots(directory, '2026-11-16T11:00:00.000Z');
    expect(snapshots.map((s) => s.dbName)).toEqual([result.dbName]);
    expect(snapshots[0]).toMatchObject({ reason: 'Set aside by “Undo restore”', counts: expect.objectContaining({ teams: expect.any(Number) }) });
  });

  it('deletes snapshots after seven days, never the current database', async () => {
    const { bytes } = await exportWorkspace(db, '0.1.0');
    const result = await restoreIntoNewWorkspace(db, bytes, 'replace', options());
    const deleted: string[] = [];
    const remove = async (name: string) => void deleted.push(name);
    expect(await pruneWorkspaces(directory, '2026-11-23T09:59:00.000Z', remove, async () => [])).toEqual([]);
    expect(await pruneWorkspaces(directory, '2026-11-23T10:00:00.000Z', remove, async () => [])).toEqual([db.name]);
    expect(deleted).toEqual([db.name]);
    expect(await listSnapshots(directory, '2026-11-23T10:00:00.000Z')).toEqual([]);
    expect(await currentWorkspaceName(directory)).toBe(result.dbName);
  });

  it('deletes databases a restore built more than a day ago but never switched to', async () => {
    const stale = `teamshape-workspace-${Date.parse(NOW) - 2 * 86_400_000}-abc`;
    const fresh = `teamshape-workspace-${Date.parse(NOW) - 60_000}-def`;
    const deleted: string[] = [];
    await pruneWorkspaces(directory, NOW, async (name) => void deleted.push(name), async () => ['teamshape', stale, fresh, 'other-app']);
    expect(deleted).toEqual([stale]);
  });
});

describe('estimating the storage a restore needs', () => {
  it('grows with the records and is never below their JSON size', () => {
    const tables = richTables();
    const json = BACKUP_TABLES.reduce((sum, name) => sum + (tables[name] as unknown[]).reduce<number>((n, row) => n + JSON.stringify(row).length, 0), 0);
    const estimate = estimateStoredBytes(tables);
    expect(estimate).toBeGreaterThanOrEqual(json);
    expect(estimate).toBeLessThan(json * 2);
  });
});
