import type { TeamshapeDb } from '../../db';
import { exportWorkspace } from '../../db';
import { APP_VERSION, saveTextFile } from '../../platform';

/** Writes a backup (native save dialog on desktop, a download in the browser) and says where it went. */
export async function backUpWorkspace(db: TeamshapeDb): Promise<string> {
  const { fileName, text } = await exportWorkspace(db, APP_VERSION);
  const saved = await saveTextFile(fileName, text, [{ name: 'Teamshape backup', extensions: ['json'] }]);
  return saved.saved ? `Backup saved to ${saved.where}.` : 'The backup was not saved.';
}
