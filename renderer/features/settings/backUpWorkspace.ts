import type { TeamshapeDb } from '../../db';
import { exportWorkspace } from '../../db';
import { APP_VERSION, saveBinaryFile } from '../../platform';

/**
 * Writes a format-3 backup (`….teamshape.gz`: the native save dialog on desktop, a download in the
 * browser) and says where it went.
 */
export async function backUpWorkspace(db: TeamshapeDb): Promise<string> {
  const { fileName, bytes } = await exportWorkspace(db, APP_VERSION);
  const file = new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/gzip' });
  const saved = await saveBinaryFile(fileName, file, [{ name: 'Teamshape backup', extensions: ['gz'] }]);
  return saved.saved ? `Backup saved to ${saved.where}.` : 'The backup was not saved.';
}
