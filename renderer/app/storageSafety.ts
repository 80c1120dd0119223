import { exportWorkspace, type TeamshapeDb } from '../db';
import { APP_VERSION, readDailyBackupStatus, requestPersistentStorage, writeDailyBackup } from '../platform';
import { useDailyBackup } from './dailyBackupState';

const CHECK_EVERY_MS = 60 * 60 * 1000;

export type DailyBackupOutcome = 'written' | 'already-done' | 'not-desktop';

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Desktop only: the day's automatic backup, unless one exists already. Main decides the day by its
 * own clock and says whether it is due (cheap: it lists the folder); if so the workspace is
 * exported once and main writes and rotates. Throws the reason, in plain words, when it failed.
 */
export async function runDailyBackupIfDue(db: TeamshapeDb): Promise<DailyBackupOutcome> {
  const status = await readDailyBackupStatus();
  if (!status) return 'not-desktop';
  if (!status.due) return 'already-done';
  const { bytes } = await exportWorkspace(db, APP_VERSION).catch((error: unknown) => {
    throw new Error(`Teamshape could not read your workspace to back it up: ${messageOf(error)}. Reload the window, then try again.`);
  });
  const result = await writeDailyBackup(bytes);
  return result?.written ? 'written' : 'already-done';
}

/** Runs the daily backup and records the outcome for the failure banner (the reason, or none). */
export async function runDailyBackupAndReport(db: TeamshapeDb, log: (message: string, error: unknown) => void): Promise<void> {
  if (useDailyBackup.getState().running) return; // the hourly check and a retry never overlap
  useDailyBackup.setState({ running: true });
  try {
    await runDailyBackupIfDue(db);
    useDailyBackup.setState({ failure: null });
  } catch (error) {
    log('Teamshape could not make today’s automatic backup', error);
    useDailyBackup.setState({ failure: messageOf(error) });
  } finally {
    useDailyBackup.setState({ running: false });
  }
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
  const backUp = () => runDailyBackupAndReport(db, log);
  useDailyBackup.setState({ retry: backUp });
  void backUp();
  const timer = setInterval(() => void backUp(), CHECK_EVERY_MS);
  return () => clearInterval(timer);
}
