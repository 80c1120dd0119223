import type { BackupLocation, DailyBackupResult, DailyBackupStatus, RecoveryPoints } from '../../shared/bridge';
import { desktopBridge } from './desktopBridge';
import { pickSaveFile, requestDownload, writeAndVerify, type OpenedFile } from './files';

export interface SafetyCopy {
  /**
   * Where the copy is, ready for a sentence: a full path on desktop, the picked file's name in
   * the browser; for an unverified download, the name the browser was asked to save it as.
   */
  where: string;
  /**
   * True when the copy was written and checked (main's write on desktop; written, closed and its
   * size read back in the browser). False for a download, which the page cannot check: the user
   * has to confirm they have the file before anything is replaced.
   */
  verified: boolean;
}

const BACKUP_FILTERS = [{ name: 'Teamshape backup', extensions: ['json'] }];

/**
 * Saves a copy of the current workspace before a restore: into the app's data folder on desktop
 * (no dialog to cancel); in the browser into a file the user picks (Chromium's save picker, opened
 * first, while the click's gesture lasts), written and read back; where there is no picker or
 * the user cancels it, as a download that is not verified. Throws when it could not be saved, so
 * a restore never runs without its safety net. `content` may be a function, so the picker opens
 * before the (slow) export.
 */
export async function writeSafetyCopy(fileName: string, content: string | (() => Promise<string>)): Promise<SafetyCopy> {
  const read = typeof content === 'string' ? () => Promise.resolve(content) : content;
  const bridge = desktopBridge();
  if (bridge) {
    const reply = await bridge.backupWriteSafetyCopy({ content: await read() });
    if (!reply.ok) throw new Error(`The safety copy could not be saved, so nothing was restored: ${reply.error}`);
    return { where: reply.value, verified: true };
  }
  const picked = await pickSaveFile(fileName, BACKUP_FILTERS);
  const text = await read();
  if (picked.outcome === 'chosen') {
    try {
      await writeAndVerify(picked.handle, text);
    } catch (error) {
      throw new Error(`The safety copy could not be saved, so nothing was restored: ${error instanceof Error ? error.message : String(error)}`);
    }
    return { where: picked.handle.name, verified: true };
  }
  requestDownload(fileName, text);
  return { where: fileName, verified: false };
}

/** The folder of the automatic backups and the daily ones in it; null in the browser (no such folder). */
export async function readBackupLocation(): Promise<BackupLocation | null> {
  const bridge = desktopBridge();
  if (!bridge) return null;
  const reply = await bridge.backupLocation();
  if (!reply.ok) throw new Error(`The backups folder could not be read: ${reply.error}`);
  return reply.value;
}

/**
 * Desktop only: hands today's backup to main, which dates it by its own clock, writes it once per
 * day and keeps the last seven. Throws main's reason, in plain words, when it failed.
 */
export async function writeDailyBackup(content: string): Promise<DailyBackupResult | null> {
  const bridge = desktopBridge();
  if (!bridge) return null;
  const reply = await bridge.backupDaily({ content });
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}

/** Desktop only: whether today's backup is due (by main's clock), the last success, and the last failure. */
export async function readDailyBackupStatus(): Promise<DailyBackupStatus | null> {
  const bridge = desktopBridge();
  if (!bridge) return null;
  const reply = await bridge.backupStatus();
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}

/** The daily backups and safety copies on this computer, newest first; null in the browser (they are downloads there). */
export async function listRecoveryPoints(): Promise<RecoveryPoints | null> {
  const bridge = desktopBridge();
  if (!bridge) return null;
  const reply = await bridge.backupList();
  if (!reply.ok) throw new Error(`The backups folder could not be read: ${reply.error}`);
  return reply.value;
}

/** Reads a daily backup or safety copy back by name, ready for the restore flow. Desktop only. */
export async function readRecoveryPoint(name: string): Promise<OpenedFile> {
  const bridge = desktopBridge();
  if (!bridge) throw new Error('Backups on this computer can only be read in the Teamshape desktop app. In the browser, use “Restore from file…”.');
  const reply = await bridge.backupRead({ name });
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}
