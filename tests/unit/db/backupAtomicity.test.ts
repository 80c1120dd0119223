import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKUP_TABLES, canonicalDump, type BackupTableName, type BackupTables } from '../../../shared/backup';
import { LIVE_PLAN_ID } from '../../../shared/model';
import { readAllTables, restoreWorkspace, type RestoreMode } from '../../../renderer/db/backup';
import type { TeamshapeDb } from '../../../renderer/db/database';
import { backupText, richTables, stamp } from '../backup/backupFixture';
import { dropDb, freshDb } from './testDb';

/** The same workspace, every record edited later: a merge writes every one of them. */
function newerEverywhere(): BackupTables {
  const tables = richTables();
  for (const table of BACKUP_TABLES) {
    (tables[table] as { updatedAt: string }[]) = tables[table].map((r) => ({ ...r, updatedAt: '2026-11-16T09:45:00.000Z' }));
  }
  return tables;
}

const incoming = newerEverywhere();
const incomingText = backupText(incoming);
let db: TeamshapeDb;
let before: string;
let counts: Record<string, number>;

beforeAll(async () => {
  db = await freshDb();
  const current = richTables();
  current.teams.push({ ...stamp('team-only-here'), planId: LIVE_PLAN_ID, name: 'Only in the workspace', mission: '', services: [], championId: null });
  await restoreWorkspace(db, backupText(current), 'replace');
  const tables = await readAllTables(db);
  before = canonicalDump(tables);
  counts = Object.fromEntries(BACKUP_TABLES.map((t) => [t, tables[t].length]));
});
afterAll(async () => {
  await dropDb(db);
});

/** Makes the k-th record written to `table` (0-based) throw, as a full disk or a bug would. */
function failAt(table: BackupTableName, k: number): () => void {
  let written = 0;
  const fail = () => {
    if (written++ === k) throw new Error(`injected failure at ${table}[${k}]`);
  };
  const t = db.table(table);
  t.hook('creating', fail);
  t.hook('updating', fail);
  return () => {
    t.hook('creating').unsubscribe(fail);
    t.hook('updating').unsubscribe(fail);
  };
}

const cases = (['replace', 'merge'] as const).flatMap((mode: RestoreMode) =>
  BACKUP_TABLES.flatMap((table) => {
    const rows = incoming[table].length;
    return [...new Set([0, Math.floor(rows / 2), rows - 1])].map((k) => [mode, table, k] as const);
  }),
);

describe('a restore that fails part-way', () => {
  it.each(cases)('%s failing at %s[%i] leaves every table exactly as it was', async (mode, table, k) => {
    const restore = failAt(table, k);
    try {
      await expect(restoreWorkspace(db, incomingText, mode)).rejects.toThrow(`injected failure at ${table}[${k}]`);
    } finally {
      restore();
    }
    const after = await readAllTables(db);
    expect(Object.fromEntries(BACKUP_TABLES.map((t) => [t, after[t].length]))).toEqual(counts);
    expect(canonicalDump(after)).toBe(before);
  });

  it.each(['replace', 'merge'] as const)('%s without a failure does write (the injection is what stops it)', async (mode) => {
    const other = await freshDb();
    try {
      await restoreWorkspace(other, incomingText, 'replace');
      const result = await restoreWorkspace(other, incomingText, mode);
      expect(result.written).toBe(mode === 'replace' ? BACKUP_TABLES.reduce((n, t) => n + incoming[t].length, 0) : 0);
    } finally {
      await dropDb(other);
    }
  });

  it('merge writes every table of the newer backup, so each injection point is reached', async () => {
    const other = await freshDb();
    try {
      await restoreWorkspace(other, backupText(richTables()), 'replace');
      const result = await restoreWorkspace(other, incomingText, 'merge');
      expect(result.merge?.updated).toBe(BACKUP_TABLES.reduce((n, t) => n + incoming[t].length, 0));
    } finally {
      await dropDb(other);
    }
  });
});
