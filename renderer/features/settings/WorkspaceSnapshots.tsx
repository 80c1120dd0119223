import { useEffect, useId, useState } from 'react';
import { nowIso } from '../../../shared/clock';
import { listSnapshots, returnToSnapshot, tellWindowsToReload, useDb, useWorkspaceDirectory, type WorkspaceSnapshot } from '../../db';
import { reloadApp } from '../../platform/reload';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { errorMessage } from '../../ui/fieldErrors';
import { describeCounts } from './backupSummary';
import { formatSavedAt } from './RecoveryPoints';
import { leaveRestoreNotice } from './restoreNotice';
import styles from './BackupRestore.module.css';

interface WorkspaceSnapshotsProps {
  /** Changed when a restore may have added one. */
  refresh: number;
  busy: boolean;
}

/**
 * The workspaces a restore or merge set aside, kept seven days in this browser's storage: each can
 * be gone back to ("Undo restore"); the one left then becomes a snapshot in turn.
 */
export function WorkspaceSnapshots({ refresh, busy }: WorkspaceSnapshotsProps) {
  const db = useDb();
  const directory = useWorkspaceDirectory();
  const id = useId();
  const [snapshots, setSnapshots] = useState<WorkspaceSnapshot[] | null>(null);
  const [error, setError] = useState('');
  const [chosen, setChosen] = useState<WorkspaceSnapshot | null>(null);
  const [working, setWorking] = useState(false);

  useEffect(() => {
    let live = true;
    listSnapshots(directory, nowIso())
      .then((list) => live && setSnapshots(list))
      .catch((reason: unknown) => live && setError(`The snapshots could not be listed: ${errorMessage(reason)}`));
    return () => {
      live = false;
    };
  }, [directory, refresh]);

  async function goBack(snapshot: WorkspaceSnapshot) {
    setWorking(true);
    setError('');
    try {
      await returnToSnapshot(db, directory, snapshot.dbName);
      leaveRestoreNotice(
        `Your workspace is back as it was on ${formatSavedAt(snapshot.createdAt)}: ${describeCounts(snapshot.counts)}. The workspace you left is kept as a snapshot for 7 days.`,
      );
      tellWindowsToReload();
      reloadApp();
    } catch (reason) {
      setError(`Teamshape could not go back to that snapshot. Nothing was changed. ${errorMessage(reason)}`);
      setWorking(false);
    }
  }

  if (snapshots === null && !error) return null;
  return (
    <>
      <h3 className={styles.subheading}>Snapshots before restores</h3>
      {error ? (
        <p className={styles.warning} role="alert">
          {error}
        </p>
      ) : null}
      {snapshots && snapshots.length > 0 ? (
        <ul className={styles.recoveryList} aria-label="Snapshots before restores">
          {snapshots.map((snapshot, index) => (
            <li key={snapshot.dbName} className={styles.recoveryPoint}>
              <span id={`${id}-${index}`}>
                {snapshot.reason}, {formatSavedAt(snapshot.createdAt)}: {describeCounts(snapshot.counts)}. Kept until {formatSavedAt(snapshot.expiresAt)}.
              </span>
              <Button onClick={() => setChosen(snapshot)} disabled={busy || working} aria-describedby={`${id}-${index}`}>
                Undo restore
              </Button>
            </li>
          ))}
        </ul>
      ) : snapshots ? (
        <p>None: a restore or merge keeps your workspace as it was before, here, for 7 days.</p>
      ) : null}
      <ConfirmDialog
        open={chosen !== null}
        onOpenChange={(open) => !open && setChosen(null)}
        title="Go back to the workspace before the restore?"
        confirmLabel="Undo restore"
        onConfirm={() => {
          if (chosen) void goBack(chosen);
          setChosen(null);
        }}
      >
        {chosen ? (
          <div className={styles.confirmText}>
            <p>
              Teamshape opens the workspace as it was on {formatSavedAt(chosen.createdAt)} ({describeCounts(chosen.counts)}). Every open Teamshape window reloads.
            </p>
            <p>Your workspace as it is now is kept as a snapshot for 7 days, so you can come back to it.</p>
          </div>
        ) : null}
      </ConfirmDialog>
    </>
  );
}
