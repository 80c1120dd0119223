import { useId, useRef, useState } from 'react';
import { BACKUP_MAX_BYTES, backupFileName, type BackupFile } from '../../../shared/backup';
import { nowIso, todayLocal } from '../../../shared/clock';
import { BackupRejectedError, exportWorkspaceText, readBackupFile, restoreWorkspace, useDb, type BackupInput, type RestoreMode } from '../../db';
import type { RecoveryPoint } from '../../../shared/bridge';
import { APP_VERSION, canVerifyBrowserSaves, isDesktop, openBinaryFile, readRecoveryPoint, writeSafetyCopy, type OpenedFile, type SafetyCopy } from '../../platform';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { errorMessage } from '../../ui/fieldErrors';
import { MODE_EXPLANATION, describeContents, describeMerge, describeOrigin } from './backupSummary';
import { RecoveryPoints } from './RecoveryPoints';
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

/** A restore waiting for the user to confirm that the browser's download of the safety copy arrived. */
interface AwaitingDownload {
  request: PendingRestore;
  mode: RestoreMode;
  safety: SafetyCopy;
}

/** A backup chosen with the picker (bytes) or read from the backups folder (text). */
type ChosenFile = OpenedFile | { name: string; content: Uint8Array };

interface Problems {
  title: string;
  items: readonly string[];
}

/** Back up now, and restore (replace or merge) from a file, with a safety copy made first. */
export function BackupRestore() {
  const db = useDb();
  const id = useId();
  const [mode, setMode] = useState<RestoreMode>('replace');
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const [problems, setProblems] = useState<Problems | null>(null);
  const [pending, setPending] = useState<PendingRestore | null>(null);
  const [awaiting, setAwaiting] = useState<AwaitingDownload | null>(null);
  const downloadConfirmed = useRef(false);
  const [refresh, setRefresh] = useState(0);
  const { location } = useBackupLocation(refresh);

  const start = (message: string) => {
    setBusy(true);
    setProblems(null);
    setStatus(message);
  };
  const fail = (title: string, items: readonly string[]) => {
    setStatus('');
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
    let file: OpenedFile;
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
   * Saves the safety copy first (called straight from the confirm click: the browser's save picker
   * needs that gesture). A verified copy lets the restore run; an unverified download waits for
   * the user to confirm they have the file.
   */
  async function restore(request: PendingRestore, restoreMode: RestoreMode) {
    start('Saving a safety copy of your current data…');
    let safety: SafetyCopy;
    try {
      safety = await writeSafetyCopy(backupFileName(todayLocal(), 'before-restore'), async () => (await exportWorkspaceText(db, APP_VERSION)).text);
    } catch (error) {
      fail(`${request.fileName} was not restored. Nothing was changed.`, [errorMessage(error)]);
      setBusy(false);
      setRefresh((n) => n + 1);
      return;
    }
    if (safety.verified) {
      await apply({ request, mode: restoreMode, safety });
      return;
    }
    setStatus('');
    setBusy(false);
    downloadConfirmed.current = false;
    setAwaiting({ request, mode: restoreMode, safety });
  }

  async function apply({ request, mode: restoreMode, safety }: AwaitingDownload) {
    start(`Restoring ${request.fileName}…`);
    const kept = safety.verified ? `Your data from before was saved to ${safety.where}.` : `Your data from before is in ${safety.where}, the download you confirmed.`;
    try {
      const result = await restoreWorkspace(db, request.content, restoreMode);
      const what = result.merge ? `Merged ${request.fileName}: ${describeMerge(result.merge)}` : `Restored ${request.fileName}: ${describeContents(request.backup)}.`;
      setStatus(`${what} ${kept}`);
    } catch (error) {
      const items = error instanceof BackupRejectedError ? error.issues : [errorMessage(error)];
      fail(`${request.fileName} was not restored. Nothing was changed. ${kept}`, items);
    } finally {
      setBusy(false);
      setRefresh((n) => n + 1); // the new safety copy joins the list
    }
  }

  function cancelAwaiting() {
    if (downloadConfirmed.current || !awaiting) return;
    setAwaiting(null);
    setStatus(`Nothing was restored: your workspace is unchanged.`);
  }

  const safetyNote = isDesktop()
    ? `First, Teamshape saves a copy of your current data in its backups folder${location ? ` (${location.folder})` : ''}.`
    : canVerifyBrowserSaves()
      ? 'First, Teamshape asks where to save a copy of your current data, and checks it was written. Keep it until you have checked the result.'
      : 'First, your browser is asked to download a copy of your current data. You confirm it is in your Downloads folder before anything is changed.';

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
      <RecoveryPoints refresh={refresh} busy={busy} onRestore={(point) => void restoreStored(point)} />
      <p className={styles.status} role="status">
        {status}
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
          </div>
        ) : null}
      </ConfirmDialog>
      <ConfirmDialog
        open={awaiting !== null}
        onOpenChange={(open) => !open && cancelAwaiting()}
        title="Do you have the safety copy?"
        confirmLabel={awaiting?.mode === 'merge' ? 'Merge' : 'Replace'}
        onConfirm={() => {
          downloadConfirmed.current = true;
          if (awaiting) void apply(awaiting);
          setAwaiting(null);
        }}
      >
        {awaiting ? (
          <div className={styles.confirmText}>
            <p>
              Your browser was asked to download {awaiting.safety.where}. Check it is in your Downloads folder, then choose{' '}
              {awaiting.mode === 'merge' ? 'Merge' : 'Replace'}.
            </p>
            <p>Teamshape cannot see your Downloads folder. If the file is not there, choose Cancel: nothing will be changed.</p>
          </div>
        ) : null}
      </ConfirmDialog>
    </section>
  );
}
