import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BACKUP_FORMAT_VERSION, canonicalDump } from '../../../shared/backup';
import { readBackupFile } from '../../../renderer/db/backupFile';
import { resetClock, setClock } from '../../../shared/clock';
import { DEFAULT_ROLES, LIVE_PLAN_ID } from '../../../shared/model';
import { sampleOrganisation } from '../../../shared/samples/sampleOrganisation';
import { BackupRejectedError, exportWorkspace, readAllTables, restoreWorkspace } from '../../../renderer/db/backup';
import { bulkAddWorkspace } from '../../../renderer/db/bulkLoad';
import type { TeamshapeDb } from '../../../renderer/db/database';
import { createTeam, deleteTeam } from '../../../renderer/db/teams';
import { NOW, TODAY, backupText, richTables } from '../backup/backupFixture';
import { dropDb, freshDb } from './testDb';

let db: TeamshapeDb;
beforeEach(async () => {
  setClock(() => new Date(NOW));
  db = await freshDb();
});
afterEach(async () => {
  resetClock();
  await dropDb(db);
});

const dump = async () => canonicalDump(await readAllTables(db));

describe('exporting the workspace', () => {
  it('writes every table, tombstones and settings included, under a dated file name', async () => {
    await restoreWorkspace(db, backupText(richTables()), 'replace');
    const { fileName, bytes, counts } = await exportWorkspace(db, '0.1.0');
    expect(fileName).toBe(`teamshape-backup-${TODAY}.teamshape.gz`);
    expect([bytes[0], bytes[1]]).toEqual([0x1f, 0x8b]);
    expect(counts.settings).toBe(1);
    const reading = await readBackupFile(bytes, { now: NOW });
    expect(reading.ok).toBe(true);
    if (!reading.ok) return;
    expect(reading.backup.exportedAt).toBe(NOW);
    expect(reading.backup.app.version).toBe('0.1.0');
    expect(reading.backup.tables.teams.some((t) => t.deletedAt !== null)).toBe(true);
    expect(canonicalDump(reading.backup.tables)).toBe(await dump());
  });
});

describe('restoring a backup', () => {
  it('replace brings back a team deleted after the backup', async () => {
    const team = await createTeam(db, { planId: LIVE_PLAN_ID, name: 'Payments Platform' });
    const { bytes: text } = await exportWorkspace(db, '0.1.0');
    await deleteTeam(db, team.id);
    const result = await restoreWorkspace(db, text, 'replace');
    expect(result).toMatchObject({ mode: 'replace', formatVersion: BACKUP_FORMAT_VERSION });
    expect((await db.teams.get(team.id))?.deletedAt).toBeNull();
  });

  it('replace removes what the backup does not have', async () => {
    const { bytes: text } = await exportWorkspace(db, '0.1.0');
    const team = await createTeam(db, { planId: LIVE_PLAN_ID, name: 'Made after the backup' });
    await restoreWorkspace(db, text, 'replace');
    expect(await db.teams.get(team.id)).toBeUndefined();
  });

  it('merge keeps a deletion made after the backup', async () => {
    const team = await createTeam(db, { planId: LIVE_PLAN_ID, name: 'Payments Platform' });
    const { bytes: text } = await exportWorkspace(db, '0.1.0');
    setClock(() => new Date('2026-11-16T11:00:00.000Z'));
    await deleteTeam(db, team.id);
    const result = await restoreWorkspace(db, text, 'merge');
    expect((await db.teams.get(team.id))?.deletedAt).toBe('2026-11-16T11:00:00.000Z');
    expect(result.merge).toMatchObject({ keptCurrent: 1 });
  });

  it('merge adds what only the backup has and keeps what only the workspace has', async () => {
    const other = await freshDb();
    try {
      const theirs = await createTeam(other, { planId: LIVE_PLAN_ID, name: 'Theirs' });
      const { bytes: text } = await exportWorkspace(other, '0.1.0');
      const mine = await createTeam(db, { planId: LIVE_PLAN_ID, name: 'Mine' });
      const result = await restoreWorkspace(db, text, 'merge');
      expect(await db.teams.get(theirs.id)).toEqual(theirs);
      expect(await db.teams.get(mine.id)).toEqual(mine);
      expect(result.merge?.added).toBe(1);
    } finally {
      await dropDb(other);
    }
  });

  it('loads a format 0 file (a bare table dump) into an empty workspace', async () => {
    const legacy = sampleOrganisation(TODAY);
    const result = await restoreWorkspace(db, JSON.stringify(legacy), 'replace');
    expect(result.formatVersion).toBe(0);
    expect(await db.teams.count()).toBe(legacy.teams.length);
    expect(await db.roles.count()).toBe(DEFAULT_ROLES.length);
    expect(await db.settings.count()).toBe(1);
  });

  it('restores the same workspace whichever way it was loaded: restore and bulkAddWorkspace agree', async () => {
    const legacy = sampleOrganisation(TODAY);
    await bulkAddWorkspace(db, legacy);
    const loaded = await dump();
    const other = await freshDb();
    try {
      await restoreWorkspace(other, JSON.stringify(legacy), 'replace');
      expect(canonicalDump(await readAllTables(other))).toBe(loaded);
    } finally {
      await dropDb(other);
    }
  });

  it('refuses a bad file before writing anything, listing each problem', async () => {
    await restoreWorkspace(db, backupText(richTables()), 'replace');
    const before = await dump();
    const file = JSON.parse(backupText(richTables()));
    delete file.tables.teams[3].name;
    file.tables.memberships[0].teamId = 'team-nowhere';
    const restoring = restoreWorkspace(db, JSON.stringify(file), 'replace');
    await expect(restoring).rejects.toBeInstanceOf(BackupRejectedError);
    await expect(restoring).rejects.toMatchObject({ issues: ['teams[3].name: required'] });
    expect(await dump()).toBe(before);
  });
});
