import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { BACKUP_TABLES } from '../../../shared/backup';
import { readAllTables } from '../../../renderer/db/backup';
import { TeamshapeDb } from '../../../renderer/db/database';
import { writeMeId } from '../../../renderer/db/device';
import { createPerson } from '../../../renderer/db/people';
import { TABLE_KINDS, tablesOfKind } from '../../../renderer/db/tableKinds';
import { dropDb, freshDb } from './testDb';

describe('every table of the database has a kind: workspace, device or log', () => {
  it('classifies every table of the Dexie schema, and nothing else', () => {
    const db = new TeamshapeDb('table-kinds');
    const tables = db.tables.map((t) => t.name).sort();
    expect(Object.keys(TABLE_KINDS).sort()).toEqual(tables);
    expect(tables.filter((name) => !['workspace', 'device', 'log'].includes(TABLE_KINDS[name as keyof typeof TABLE_KINDS]))).toEqual([]);
  });

  it('backs up, restores and merges exactly the workspace tables', () => {
    expect([...BACKUP_TABLES].sort()).toEqual(tablesOfKind('workspace').sort());
  });

  it('keeps "this is me" on the device and the undo log out of backups', () => {
    expect(TABLE_KINDS.device).toBe('device');
    expect(TABLE_KINDS.undoLog).toBe('log');
    expect(BACKUP_TABLES).not.toContain('device');
    expect(BACKUP_TABLES).not.toContain('undoLog');
  });

  it('a backup of a workspace never carries the device table', async () => {
    const db = await freshDb();
    try {
      const me = await createPerson(db, { name: 'Me Myself' });
      await writeMeId(db, me.id);
      const tables = await readAllTables(db);
      expect(Object.keys(tables).sort()).toEqual([...BACKUP_TABLES].sort());
      expect(JSON.stringify(tables)).not.toContain('meId');
    } finally {
      await dropDb(db);
    }
  });
});
