import { formatMoment } from '../../ui/dates';
import { useId } from 'react';
import type { RecoveryPoint } from '../../../shared/bridge';
import { isDesktop } from '../../platform';
import { Button } from '../../ui/Button';
import { useRecoveryPoints } from './useRecoveryPoints';
import styles from './BackupRestore.module.css';

/** "16 Nov 2026, 09:00" (in the user's locale and time zone). */
export function formatSavedAt(iso: string): string {
  return formatMoment(iso);
}

export function formatSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024)).toLocaleString('en-GB')} KiB`;
  return `${(bytes / (1024 * 1024)).toLocaleString('en-GB', { maximumFractionDigits: 1 })} MiB`;
}

interface RecoveryPointsProps {
  /** Changed after a restore (which writes a new safety copy), to read the folder again. */
  refresh: number;
  busy: boolean;
  /** Hands the chosen backup to the restore flow. */
  onRestore: (point: RecoveryPoint) => void;
}

/** The daily backups and safety copies on this computer, each with "Restore this"; in the browser, where backups are. */
export function RecoveryPoints({ refresh, busy, onRestore }: RecoveryPointsProps) {
  const id = useId();
  const { points, status, error } = useRecoveryPoints(refresh);
  if (!isDesktop()) {
    return (
      <>
        <h3 className={styles.subheading}>Backups on this computer</h3>
        <p>
          In the browser, backups are files in your Downloads folder, or wherever you saved them (named teamshape-backup-….teamshape.gz). To go
          back to one, use “Restore from file…” and choose it.
        </p>
      </>
    );
  }
  const lastSuccess = status === undefined ? (error ? 'unknown' : 'checking…') : status?.lastSuccessAt ? formatSavedAt(status.lastSuccessAt) : 'none yet';
  return (
    <>
      <h3 className={styles.subheading}>Backups on this computer</h3>
      <p>Last successful backup: {lastSuccess}</p>
      {status?.lastFailure ? (
        <p className={styles.warning}>
          The automatic backup failed on {formatSavedAt(status.lastFailure.at)}: {status.lastFailure.reason}
        </p>
      ) : null}
      {error ? <p className={styles.warning}>{error}</p> : null}
      {points && points.backups.length > 0 ? (
        <ul className={styles.recoveryList} aria-label="Backups on this computer">
          {points.backups.map((point, index) => (
            <li key={point.name} className={styles.recoveryPoint}>
              <span id={`${id}-${index}`}>
                {point.kind === 'daily' ? 'Daily backup' : 'Safety copy made before a restore'}, {formatSavedAt(point.savedAt)}, {formatSize(point.bytes)}
              </span>
              <Button onClick={() => onRestore(point)} disabled={busy} aria-describedby={`${id}-${index}`}>
                Restore this
              </Button>
            </li>
          ))}
        </ul>
      ) : points ? (
        <p>No backups on this computer yet: the first daily backup is made when Teamshape starts.</p>
      ) : null}
    </>
  );
}
