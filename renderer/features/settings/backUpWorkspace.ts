import type { TeamshapeDb } from '../../db';
import { exportWorkspace } from '../../db';
import { compressedBackupFileName } from '../../../shared/backup';
import { todayLocal } from '../../../shared/clock';
import { APP_VERSION, describeSave, saveFile } from '../../platform';

/**
 * Writes a format-3 backup (`….teamshape.gz`: the native save dialog on desktop, the save picker or
 * a download in the browser) and says where it went, no further than verified.
 */
export async function backUpWorkspace(db: TeamshapeDb): Promise<string> {
  const fileName = compressedBackupFileName(todayLocal());
  const saved = await saveFile(fileName, async () => {
    const { bytes } = await exportWorkspace(db, APP_VERSION);
    return new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/gzip' });
  }, [{ name: 'Teamshape backup', extensions: ['gz'] }]);
  return describeSave(saved, 'Backup');
}
