import { create } from 'zustand';

interface DailyBackupState {
  /** Why the last automatic backup failed, in plain words; null when it did not fail. */
  failure: string | null;
  /** True while a backup (or its retry) runs. */
  running: boolean;
  /** Runs the automatic backup again; installed by `startStorageSafety`. */
  retry: () => Promise<void>;
}

/** The outcome of the desktop app's daily backup in this window, for the failure banner. */
export const useDailyBackup = create<DailyBackupState>(() => ({ failure: null, running: false, retry: async () => {} }));
