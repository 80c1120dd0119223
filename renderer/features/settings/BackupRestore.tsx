import { useEffect, useId, useState } from 'react';
import { restoreSyncNote, RESTORED_SYNC_STOPPED } from '../../sync/restoreNote';
import { useSyncStatus } from '../../sync/useSync';
import { BACKUP_MAX_BYTES, type BackupFile } from '../../../shared/backup';
import { nowIso } from '../../../shared/clock';
import {
  BackupRejectedError,
  exportWorkspace,
  readBackupFile,
  restoreIntoNewWorkspace,
  tellWindowsToReload,
  useDb,
  useWorkspaceDirectory,
  type BackupInput,
  type RestoreMode,
  type RestoreProgress,
} from '../../db';
import type { RecoveryPoint } from '../../../shared/bridge';
import { APP_VERSION, isDesktop, openBinaryFile, readRecoveryPoint, writeSafetyCopy, type OpenedFile } from '../../platform';
import { reloadApp } from '../../platform/reload';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { errorMessage } from '../../ui/fieldErrors';
import { MODE_EXPLANATION, describeContents, describeMerge, describeOrigin } from './backupSummary';
import { RecoveryPoints } from './RecoveryPoints';
import { WorkspaceSnapshots } from './WorkspaceSnapshots';
import { clearRestoreNotice, leaveRestoreNotice, readRestoreNotice } from './restoreNotice';
import { useBackupLocation } from './useBackupLocation';
import { backUpWorkspace } from './backUpWorkspace';
import styles from './BackupRestore.module.css';
import settingsStyles from './SettingsPage.module.css';

const SHOWN_PROBLEMS = 20;

interface PendingRestore {
  fileName: string;
  /** The file as chosen: format-3 bytes, or the text of an older backup. */
  content: BackupInput;
  backup: BackupFile;
  formatVersion: number;
}

/** A backup chosen with the picker (bytes) or read from the backups folder (text). */
type ChosenFile = OpenedFile | { name: string; content: Uint8Array };

interface Problems {
  title: string;
  items: readonly string[];
}

const count = (n: number) => n.toLocaleString('en-GB');

function describeProgress(progress: RestoreProgress): string {
  switch (progress.phase) {
    case 'reading':
      return 'Reading the backup…';
    case 'writing':
      return `Writing ${count(progress.written)} of ${count(progress.total)} records into a new copy of your workspace…`;
    case 'checking':
      return `Checking the ${count(progress.total)} records were stored…`;
    case 'switching':
      return 'Switching to the restored workspace…';
  }
}

/**
 * Back up now, and restore (replace or merge) from a file. The restore is built in a new database
 * and switched to in one step; the workspace before it stays as a snapshot for 7 days.
 */
export function BackupRestore() {
  const db = useDb();
  // Read on every sync status change: a restore on a laptop that syncs says what it does to sync.
  const syncConnection = useSyncStatus(db).controller.connection;
  const directory = useWorkspaceDirectory();
  const id = useId();
  const [mode, setMode] = useState<RestoreMode>('replace');
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState(readRestoreNotice);
  useEffect(clearRestoreNotice, []);
  const [progress, setProgress] = useState<RestoreProgress | null>(null);
  const [problems, setProblems] = useState<Problems | null>(null);
  const [pending, setPending] = useState<PendingRestore | null>(null);
  const [refresh, setRefresh] = useState(0);
  const { location } = useBackupLocation(refresh);

  const start = (message: string) => {
    setBusy(true);
    setProblems(null);
    setStatus(message);
  };
  const fail = (title: string, items: readonly string[]) => {
    setStatus('');
    setProgress(null);
    setProblems({ title, items });
  };

  async function backUpNow() {
    start('Preparing the backup…');
    try {
      setStatus(await backUpWorkspace(db));
    } catch (error) {
      fail('The backup could not be made.', [errorMessage(error)]);
    } finally {
      setBusy(false);
    }
  }

  /** The file picker (Electron shows the native open dialog for it): bytes, so a compressed backup of any size is read. */
  async function pickBackup() {
    let file: ChosenFile | null;
    try {
      file = await openBinaryFile([{ name: 'Teamshape backup', extensions: ['gz', 'json'] }]);
    } catch (error) {
      fail('The file could not be opened. Nothing was changed.', [errorMessage(error)]);
      return;
    }
    if (file) await chooseFile(file);
  }

  /** A daily backup or safety copy from the backups folder, read through main, then the same checks as a chosen file. */
  async function restoreStored(point: RecoveryPoint) {
    start(`Reading ${point.name}…`);
    let file: ChosenFile;
    try {
      file = await readRecoveryPoint(point.name);
    } catch (error) {
      fail(`${point.name} could not be read. Nothing was changed.`, [errorMessage(error)]);
      setBusy(false);
      return;
    }
    await chooseFile(file);
  }

  async function chooseFile(file: ChosenFile) {
    start(`Checking ${file.name}…`);
    try {
      if (typeof file.content === 'string' && file.content.length > BACKUP_MAX_BYTES) {
        fail(`${file.name} cannot be restored. Nothing was changed.`, [`The file is too large: a backup may be at most ${BACKUP_MAX_BYTES / (1024 * 1024)} MiB.`]);
        return;
      }
      const { name, content } = file;
      const reading = await readBackupFile(content, { now: nowIso() });
      if (!reading.ok) {
        fail(`${name} cannot be restored. Nothing was changed.`, reading.problems);
        return;
      }
      setStatus('');
      setPending({ fileName: name, content, backup: reading.backup, formatVersion: reading.formatVersion });
    } catch (error) {
      fail(`${file.name} could not be read. Nothing was changed.`, [errorMessage(error)]);
    } finally {
      setBusy(false);
    }
  }

  /**
   * Desktop only: a copy of the current data in the backups folder too, a file outside the
   * browser's storage. The snapshot is the way back either way, so a failure here is said, not fatal.
   */
  async function desktopSafetyCopy(): Promise<string> {
    if (!isDesktop()) return '';
    try {
      const where = await writeSafetyCopy(async () => (await exportWorkspace(db, APP_VERSION)).bytes);
      return where ? ` A copy of your data from before was also saved to ${where}.` : '';
    } catch (error) {
      return ` A copy could not also be saved in the backups folder (${errorMessage(error)}); the snapshot is your way back.`;
    }
  }

  const syncServer = syncConnection ? new URL(syncConnection.url.replace(/^ws/, 'http')).host : null;

  async function restore(request: PendingRestore, restoreMode: RestoreMode) {
    start('Saving a copy of your current data…');
    const copyNote = await desktopSafetyCopy();
    setStatus('');
    try {
      const result = await restoreIntoNewWorkspace(db, request.content, restoreMode, { directory, fileName: request.fileName, onProgress: setProgress });
      const what = result.merge ? `Merged ${request.fileName}: ${describeMerge(result.merge)}` : `Restored ${request.fileName}: ${describeContents(request.backup)}.`;
      leaveRestoreNotice(`${what} Your workspace from before is kept for 7 days: “Undo restore” below brings it back.${copyNote}${syncServer ? ` ${RESTORED_SYNC_STOPPED}` : ''}`);
      tellWindowsToReload();
      reloadApp();
    } catch (error) {
      const items = error instanceof BackupRejectedError ? error.issues : [errorMessage(error)];
      fail(`${request.fileName} was not restored. Nothing was changed.${copyNote}`, items);
      setBusy(false);
      setRefresh((n) => n + 1); // a new safety copy joins the list
    }
  }

  const safetyNote = `Your workspace as it is now is kept, unchanged, for 7 days: “Undo restore” in Settings brings it back.${
    isDesktop() ? ` A copy is also saved in the backups folder${location ? ` (${location.folder})` : ''}.` : ''
  }`;

  return (
    <section className={settingsStyles.section} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Backup and restore</h2>
      <p className={settingsStyles.explain}>
        A backup is one file with your whole workspace: teams, people, OKRs with their check-in history, settings, and deleted items (so a
        later merge stays correct).
      </p>
      <div className={styles.actions}>
        <Button variant="primary" onClick={() => void backUpNow()} disabled={busy}>
          Back up now
        </Button>
      </div>
      <fieldset className={styles.modes}>
        <legend>Restore from a backup</legend>
        {(['replace', 'merge'] as const).map((option) => (
          <label key={option} className={styles.mode}>
            <input type="radio" name={`${id}-mode`} value={option} checked={mode === option} onChange={() => setMode(option)} />
            <span>{option === 'replace' ? 'Replace my workspace with the backup' : 'Merge the backup into my workspace'}</span>
            <span className={styles.hint}>{MODE_EXPLANATION[option]}</span>
          </label>
        ))}
      </fieldset>
      <div className={styles.actions}>
        <Button onClick={() => void pickBackup()} disabled={busy}>
          Restore from file…
        </Button>
      </div>
      <WorkspaceSnapshots refresh={refresh} busy={busy} />
      <RecoveryPoints refresh={refresh} busy={busy} onRestore={(point) => void restoreStored(point)} />
      {progress ? (
        <div className={styles.progress}>
          <progress max={Math.max(1, progress.total)} value={progress.written} aria-label="Restore progress" />
        </div>
      ) : null}
      <p className={styles.status} role="status">
        {progress ? describeProgress(progress) : status}
      </p>
      {problems ? (
        <div className={styles.problems} role="alert">
          <p>{problems.title}</p>
          <ul aria-label="Problems found">
            {problems.items.slice(0, SHOWN_PROBLEMS).map((item, index) => (
              <li key={index}>{item}</li>
            ))}
          </ul>
          {problems.items.length > SHOWN_PROBLEMS ? <p>…and {problems.items.length - SHOWN_PROBLEMS} more.</p> : null}
        </div>
      ) : null}
      <ConfirmDialog
        open={pending !== null}
        onOpenChange={(open) => !open && setPending(null)}
        title={mode === 'replace' ? 'Replace your workspace with this backup?' : 'Merge this backup into your workspace?'}
        confirmLabel={mode === 'replace' ? 'Replace workspace' : 'Merge backup'}
        onConfirm={() => {
          if (pending) void restore(pending, mode);
          setPending(null);
        }}
      >
        {pending ? (
          <div className={styles.confirmText}>
            <p>
              {pending.fileName} has {describeContents(pending.backup)}. {describeOrigin(pending.backup, pending.formatVersion)}
            </p>
            <p>{MODE_EXPLANATION[mode]}</p>
            <p>{safetyNote}</p>
            {syncServer ? <p>{restoreSyncNote(syncServer)}</p> : null}
          </div>
        ) : null}
      </ConfirmDialog>
    </section>
  );
}
