import type { BackupLocation, DailyBackupResult, DailyBackupStatus, RecoveryPoints } from '../../shared/bridge';
import { desktopBridge } from './desktopBridge';
import type { OpenedFile } from './files';

/**
 * Desktop: a copy of the current workspace in the app's backups folder before a restore, written by
 * main (no dialog to cancel). Returns its path; null in the browser, where the restore's snapshot
 * is the way back. Throws main's reason when it could not be written.
 */
export async function writeSafetyCopy(content: () => Promise<string>): Promise<string | null> {
  const bridge = desktopBridge();
  if (!bridge) return null;
  const reply = await bridge.backupWriteSafetyCopy({ content: await content() });
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}

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
