// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { ipcMain, ipcRenderer } from 'electron';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createBridgeApi } from '../../../electron/bridgeApi';
import { createBackupHandlers } from '../../../electron/ipc/backupHandlers';
import { registerBridge, type BridgeHandlers } from '../../../electron/ipc/registerBridge';
import { canonicalDump, readBackup } from '../../../shared/backup';
import { BRIDGE_GLOBAL } from '../../../shared/bridge';
import { LIVE_PLAN_ID } from '../../../shared/model';
import { readAllTables } from '../../../renderer/db/backup';
import { SCHEMA_V2, TeamshapeDb } from '../../../renderer/db/database';
import { createTeam } from '../../../renderer/db/teams';
import { runDailyBackupIfDue, startStorageSafety } from '../../../renderer/app/storageSafety';
import { writeSafetyCopy } from '../../../renderer/platform/backups';
import { FakeBrowserWindow, fakeElectron } from '../../fakes/electron';
import { dropDb, freshDb } from '../db/testDb';

let folder: string;
let db: TeamshapeDb;
const unused = () => {
  throw new Error('not part of this test');
};

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'teamshape-backups-'));
  new FakeBrowserWindow();
  registerBridge(
    ipcMain,
    { 'app:info': unused, 'file:saveText': unused, 'file:openText': unused, 'file:saveBinary': unused, 'chart:exportPdf': unused, ...createBackupHandlers({ backupsFolder: () => folder }) } as BridgeHandlers,
    { trustedOrigins: ['app://teamshape'], isOwnWindow: () => true, logError: () => {} },
  );
  Object.assign(window, { [BRIDGE_GLOBAL]: createBridgeApi((channel, ...args) => ipcRenderer.invoke(channel, ...args), () => {}) });
  db = await freshDb();
});
afterEach(async () => {
  delete (window as unknown as Record<string, unknown>)[BRIDGE_GLOBAL];
  fakeElectron.reset();
  await dropDb(db);
  await rm(folder, { recursive: true, force: true });
});

describe('the desktop app’s automatic backups, renderer to main', () => {
  it('writes the day’s backup once, with the whole workspace, into the data folder', async () => {
    await createTeam(db, { planId: LIVE_PLAN_ID, name: 'Payments Platform' });
    expect(await runDailyBackupIfDue(db, '2026-11-16')).toBe('written');
    expect(await runDailyBackupIfDue(db, '2026-11-16')).toBe('already-done');
    expect(await readdir(folder)).toEqual(['teamshape-daily-2026-11-16.json']);
    const reading = readBackup(await readFile(join(folder, 'teamshape-daily-2026-11-16.json'), 'utf8'), { now: '2026-11-16T10:00:00.000Z' });
    expect(reading.ok && canonicalDump(reading.backup.tables)).toBe(canonicalDump(await readAllTables(db)));
  });

  it('makes the next day’s backup on the next check', async () => {
    await runDailyBackupIfDue(db, '2026-11-16');
    expect(await runDailyBackupIfDue(db, '2026-11-17')).toBe('written');
    expect((await readdir(folder)).sort()).toEqual(['teamshape-daily-2026-11-16.json', 'teamshape-daily-2026-11-17.json']);
  });

  it('saves the safety copy before a restore into the data folder and says where', async () => {
    const { where } = await writeSafetyCopy('teamshape-before-restore-2026-11-16.json', '{"safety":true}');
    expect(where.startsWith(folder)).toBe(true);
    expect(await readFile(where, 'utf8')).toBe('{"safety":true}');
  });

  it('does nothing in the browser, where there is no data folder', async () => {
    delete (window as unknown as Record<string, unknown>)[BRIDGE_GLOBAL];
    expect(await runDailyBackupIfDue(db, '2026-11-16')).toBe('not-desktop');
    expect(await readdir(folder)).toEqual([]);
  });
});

describe('starting the app’s storage safety', () => {
  it('reloads the window when another one upgrades the database', async () => {
    delete (window as unknown as Record<string, unknown>)[BRIDGE_GLOBAL];
    const reload = vi.fn();
    const stop = startStorageSafety(db, { reload, log: () => {} });
    class NextVersionDb extends TeamshapeDb {
      constructor(name: string) {
        super(name);
        this.version(3).stores({ ...SCHEMA_V2, teams: 'id, planId, championId, name' });
      }
    }
    const newer = new NextVersionDb(db.name);
    await newer.open();
    stop();
    expect(reload).toHaveBeenCalledTimes(1);
    newer.close();
  });
});
