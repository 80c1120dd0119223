import type { BackupLocation, DailyBackupResult } from '../../shared/bridge';
import { desktopBridge } from './desktopBridge';
import { saveTextFile } from './files';

export interface SafetyCopy {
  /** Where the copy went, ready for a sentence: a full path, or "your Downloads folder as …". */
  where: string;
}

/**
 * Saves a copy of the current workspace before a restore: into the app's data folder on desktop
 * (no dialog to cancel), as a download in the browser. Throws when it could not be saved, so a
 * restore never runs without its safety net.
 */
export async function writeSafetyCopy(fileName: string, content: string): Promise<SafetyCopy> {
  const bridge = desktopBridge();
  if (bridge) {
    const reply = await bridge.backupWriteSafetyCopy({ content });
    if (!reply.ok) throw new Error(`The safety copy could not be saved, so nothing was restored: ${reply.error}`);
    return { where: reply.value };
  }
  const saved = await saveTextFile(fileName, content, [{ name: 'Teamshape backup', extensions: ['json'] }]);
  if (!saved.saved) throw new Error('The safety copy was not saved, so nothing was restored.');
  return { where: saved.where };
}

/** The folder of the automatic backups and the daily ones in it; null in the browser (no such folder). */
export async function readBackupLocation(): Promise<BackupLocation | null> {
  const bridge = desktopBridge();
  if (!bridge) return null;
  const reply = await bridge.backupLocation();
  if (!reply.ok) throw new Error(`The backups folder could not be read: ${reply.error}`);
  return reply.value;
}

/** Desktop only: hands today's backup to main, which writes it once per day and keeps the last seven. */
export async function writeDailyBackup(day: string, content: string): Promise<DailyBackupResult | null> {
  const bridge = desktopBridge();
  if (!bridge) return null;
  const reply = await bridge.backupDaily({ day, content });
  if (!reply.ok) throw new Error(`Today's automatic backup failed: ${reply.error}`);
  return reply.value;
}
