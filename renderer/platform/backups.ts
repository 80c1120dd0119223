import { BACKUP_CHUNK_BYTES, type BackupLocation, type DailyBackupResult, type DailyBackupStatus, type RecoveryPoints, type TeamshapeBridge } from '../../shared/bridge';
import { newId } from '../../shared/ids';
import { base64Of } from './base64';
import { desktopBridge } from './desktopBridge';

function bytesOf(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Sends a backup's bytes to main in chunks under the bridge's per-message cap; the id names the upload. */
async function upload(bridge: TeamshapeBridge, bytes: Uint8Array): Promise<string> {
  const uploadId = newId();
  const chunks = Math.max(1, Math.ceil(bytes.length / BACKUP_CHUNK_BYTES));
  for (let index = 0; index < chunks; index++) {
    const chunk = bytes.subarray(index * BACKUP_CHUNK_BYTES, (index + 1) * BACKUP_CHUNK_BYTES);
    const reply = await bridge.backupUpload({ uploadId, index, last: index === chunks - 1, base64: base64Of(chunk) });
    if (!reply.ok) throw new Error(reply.error);
  }
  return uploadId;
}

/**
 * Desktop: a copy of the current workspace (format-3 bytes) in the app's backups folder before a
 * restore, written by main (no dialog to cancel). Returns its path; null in the browser, where the
 * restore's snapshot is the way back. Throws main's reason when it could not be written.
 */
export async function writeSafetyCopy(content: () => Promise<Uint8Array>): Promise<string | null> {
  const bridge = desktopBridge();
  if (!bridge) return null;
  const reply = await bridge.backupWriteSafetyCopy({ uploadId: await upload(bridge, await content()) });
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
export async function writeDailyBackup(content: Uint8Array): Promise<DailyBackupResult | null> {
  const bridge = desktopBridge();
  if (!bridge) return null;
  const reply = await bridge.backupDaily({ uploadId: await upload(bridge, content) });
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

/** Reads a daily backup or safety copy back by name, a chunk at a time, ready for the restore flow. Desktop only. */
export async function readRecoveryPoint(name: string): Promise<{ name: string; content: Uint8Array }> {
  const bridge = desktopBridge();
  if (!bridge) throw new Error('Backups on this computer can only be read in the Teamshape desktop app. In the browser, use “Restore from file…”.');
  let content: Uint8Array | null = null;
  let offset = 0;
  do {
    const reply = await bridge.backupRead({ name, offset });
    if (!reply.ok) throw new Error(reply.error);
    const chunk = bytesOf(reply.value.base64);
    content ??= new Uint8Array(reply.value.totalBytes);
    if (chunk.length === 0 || reply.value.offset !== offset || offset + chunk.length > content.length) throw new Error(`${name} could not be read completely. Try again.`);
    content.set(chunk, offset);
    offset += chunk.length;
  } while (offset < content.length);
  return { name, content };
}
