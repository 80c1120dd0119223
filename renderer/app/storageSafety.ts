import { todayLocal } from '../../shared/clock';
import { exportWorkspace, type TeamshapeDb } from '../db';
import { APP_VERSION, readBackupLocation, requestPersistentStorage, writeDailyBackup } from '../platform';

const CHECK_EVERY_MS = 60 * 60 * 1000;

export type DailyBackupOutcome = 'written' | 'already-done' | 'not-desktop';

/**
 * Desktop only: the day's automatic backup, unless one exists already. Cheap when it does (main
 * lists the folder); otherwise the workspace is exported once and main writes and rotates.
 */
export async function runDailyBackupIfDue(db: TeamshapeDb, today: string = todayLocal()): Promise<DailyBackupOutcome> {
  const location = await readBackupLocation();
  if (!location) return 'not-desktop';
  if (location.daily.some((backup) => backup.day === today)) return 'already-done';
  const { text } = await exportWorkspace(db, APP_VERSION);
  const result = await writeDailyBackup(today, text);
  return result?.written ? 'written' : 'already-done';
}

export interface StorageSafetyOptions {
  reload?: () => void;
  log?: (message: string, error: unknown) => void;
}

/**
 * Started once by the app shell: a newer schema in another window reloads this one; persistent
 * storage is requested; on desktop the daily backup runs now and is checked again every hour (the
 * app may stay open past midnight). Returns a function that stops the hourly check.
 */
export function startStorageSafety(db: TeamshapeDb, options: StorageSafetyOptions = {}): () => void {
  const log = options.log ?? ((message, error) => console.error(message, error));
  db.connectionEvents.onVersionChange = options.reload ?? (() => window.location.reload());
  void requestPersistentStorage();
  const backUp = () => runDailyBackupIfDue(db).catch((error: unknown) => log('Teamshape could not make today’s automatic backup', error));
  void backUp();
  const timer = setInterval(() => void backUp(), CHECK_EVERY_MS);
  return () => clearInterval(timer);
}
