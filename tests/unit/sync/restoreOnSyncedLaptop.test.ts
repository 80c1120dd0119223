/**
 * Issue 21: Restore on a laptop that syncs. The restore builds a new database with the backup's
 * workspace and this device's "this is me" — and deliberately none of the sync tables: the
 * restored workspace is this laptop's alone (nothing is sent, nobody else's work is overwritten),
 * while the snapshot (Undo restore) keeps the old workspace with its connection and sync state.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resetClock, setClock } from '../../../shared/clock';
import { LIVE_PLAN_ID } from '../../../shared/model';
import { exportWorkspace } from '../../../renderer/db/backup';
import { TeamshapeDb } from '../../../renderer/db/database';
import { createTeam } from '../../../renderer/db/teams';
import { restoreIntoNewWorkspace } from '../../../renderer/db/stagedRestore';
import { WorkspaceDirectory } from '../../../renderer/db/workspaceDirectory';
import { readConnection, saveConnection, updatesTable } from '../../../renderer/sync/syncStore';
import { closeLaptop, laptop, type Laptop } from './laptops';

let a: Laptop;
let directory: WorkspaceDirectory;
const opened: TeamshapeDb[] = [];
let tick = 0;

beforeEach(async () => {
  tick = 0;
  setClock(() => new Date(Date.UTC(2026, 10, 16, 9, 0) + tick++ * 1000));
  a = await laptop();
  directory = new WorkspaceDirectory(`teamshape-meta-sync-${process.pid}-${Date.now()}`);
});
afterEach(async () => {
  resetClock();
  for (const db of opened.splice(0)) {
    db.close();
    await db.delete();
  }
  await closeLaptop(a);
  directory.close();
  await directory.delete();
});

describe('restore with Replace on a synced laptop', () => {
  it('leaves the restored workspace without a sync connection or sync state; the snapshot keeps both', async () => {
    await createTeam(a.db, { planId: LIVE_PLAN_ID, name: 'In the backup' });
    const { bytes } = await exportWorkspace(a.db, '0.1.0');
    await saveConnection(a.db, { url: 'ws://127.0.0.1:8787', workspaceId: 'abcdefgh12345678', token: 'tok_abcdefghijkl.secretsecretsecretsecret', since: '2026-11-16T09:00:00.000Z' });
    await createTeam(a.db, { planId: LIVE_PLAN_ID, name: 'Made after the backup' });
    const updatesBefore = await updatesTable(a.db).count();
    expect(updatesBefore).toBeGreaterThan(0);

    const result = await restoreIntoNewWorkspace(a.db, bytes, 'replace', { directory, fileName: 'backup.teamshape.gz' });
    const restored = new TeamshapeDb(result.dbName);
    await restored.open();
    opened.push(restored);

    expect((await restored.teams.toArray()).map((t) => t.name)).toEqual(['In the backup']);
    expect(await readConnection(restored)).toBeNull();
    expect(await updatesTable(restored).count()).toBe(0);
    expect(await restored.table('syncState').count()).toBe(0);
    // The way back (Undo restore) still syncs, with every change it had waiting.
    expect(await readConnection(a.db)).not.toBeNull();
    expect(await updatesTable(a.db).count()).toBe(updatesBefore);
  });
});
