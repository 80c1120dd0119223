// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { ipcMain, ipcRenderer } from 'electron';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createBridgeApi } from '../../../electron/bridgeApi';
import { localDay } from '../../../electron/ipc/backupFolder';
import { createBackupHandlers, dailyBackupName } from '../../../electron/ipc/backupHandlers';
import { registerBridge, type BridgeHandlers } from '../../../electron/ipc/registerBridge';
import { canonicalDump } from '../../../shared/backup';
import { BACKUP_CHUNK_BYTES, BRIDGE_GLOBAL } from '../../../shared/bridge';
import { LIVE_PLAN_ID } from '../../../shared/model';
import { readAllTables } from '../../../renderer/db/backup';
import { TeamshapeDb } from '../../../renderer/db/database';
import { createTeam } from '../../../renderer/db/teams';
import { useDailyBackup } from '../../../renderer/app/dailyBackupState';
import { runDailyBackupAndReport, runDailyBackupIfDue, startStorageSafety } from '../../../renderer/app/storageSafety';
import { readRecoveryPoint, writeSafetyCopy } from '../../../renderer/platform/backups';
import { readBackupFile } from '../../../renderer/db/backupFile';
import { FakeBrowserWindow, fakeElectron } from '../../fakes/electron';
import { dropDb, freshDb } from '../db/testDb';

let folder: string;
let db: TeamshapeDb;
/** Main's clock, which alone dates the daily backups. */
let clock: Date;
const unused = () => {
  throw new Error('not part of this test');
};

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'teamshape-backups-'));
  clock = new Date();
  new FakeBrowserWindow();
  registerBridge(
    ipcMain,
    { 'app:info': unused, 'file:saveText': unused, 'file:openText': unused, 'file:saveBinary': unused, 'chart:exportPdf': unused, 'workspace:readMarker': unused, 'workspace:writeMarker': unused, 'chart:cancelExport': unused, 'comparison:exportPdf': unused, 'sync:allowedServer': unused, 'sync:allowServer': unused, 'sync:forgetServer': unused, 'team:exportApiPdf': unused, 'map:exportPdf': unused, ...createBackupHandlers({ backupsFolder: () => folder, now: () => clock }) } as BridgeHandlers,
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
    expect(await runDailyBackupIfDue(db)).toBe('written');
    expect(await runDailyBackupIfDue(db)).toBe('already-done');
    const name = dailyBackupName(localDay(clock));
    expect(await readdir(folder)).toEqual([name]);
    const reading = await readBackupFile(new Uint8Array(await readFile(join(folder, name))), { now: clock.toISOString() });
    expect(reading.ok && reading.formatVersion).toBe(4);
    expect(reading.ok && canonicalDump(reading.backup.tables)).toBe(canonicalDump(await readAllTables(db)));
  });

  it('makes the next day’s backup on the next check, the day told by main’s clock', async () => {
    const first = dailyBackupName(localDay(clock));
    await runDailyBackupIfDue(db);
    clock = new Date(clock.getTime() + 24 * 60 * 60 * 1000);
    expect(await runDailyBackupIfDue(db)).toBe('written');
    expect((await readdir(folder)).sort()).toEqual([first, dailyBackupName(localDay(clock))]);
  });

  it('reports a failure in main to the page with its reason, and a retry that succeeds clears it', async () => {
    await rm(folder, { recursive: true });
    await writeFile(folder, 'a file where the backups folder should be');
    await runDailyBackupAndReport(db, () => {});
    expect(useDailyBackup.getState().failure).toMatch(new RegExp(`^Teamshape could not create its backups folder ${folder}: .+ Check that the disk is connected and writable, then try again\\.$`));
    await rm(folder);
    await runDailyBackupAndReport(db, () => {});
    expect(useDailyBackup.getState()).toMatchObject({ failure: null, running: false });
    expect(await readdir(folder)).toEqual([dailyBackupName(localDay(clock))]);
  });

  it('saves the safety copy before a restore into the data folder and says where', async () => {
    const where = (await writeSafetyCopy(async () => new TextEncoder().encode('{"safety":true}')))!;
    expect(where.startsWith(folder)).toBe(true);
    expect(await readFile(where, 'utf8')).toBe('{"safety":true}');
  });

  it('carries a backup larger than one bridge message both ways, byte for byte', async () => {
    const bytes = new Uint8Array(BACKUP_CHUNK_BYTES * 2 + 4321).map((_, i) => (i * 31) % 251);
    const where = (await writeSafetyCopy(async () => bytes))!;
    expect(Buffer.from(await readFile(where)).equals(Buffer.from(bytes))).toBe(true);
    const back = await readRecoveryPoint(basename(where));
    expect(Buffer.from(back.content).equals(Buffer.from(bytes))).toBe(true);
  });

  it('does nothing in the browser, where there is no data folder', async () => {
    delete (window as unknown as Record<string, unknown>)[BRIDGE_GLOBAL];
    expect(await runDailyBackupIfDue(db)).toBe('not-desktop');
    expect(await writeSafetyCopy(async () => new TextEncoder().encode('{"safety":true}'))).toBeNull();
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
        this.version(this.verno + 1).stores({ teams: 'id, planId, championId, name' });
      }
    }
    const newer = new NextVersionDb(db.name);
    await newer.open();
    stop();
    expect(reload).toHaveBeenCalledTimes(1);
    newer.close();
  });
});
