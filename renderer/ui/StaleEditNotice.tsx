import { Button } from './Button';
import styles from './StaleEditNotice.module.css';

export interface StaleEditNoticeProps {
  /** "Team “Payments”", as the other window left it. */
  what: string;
  /** What the other window changed; empty when only the record's version moved. */
  changes: readonly string[];
  deleted: boolean;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
}

/** Shown when a save was refused because another window changed the record since the form opened. */
export function StaleEditNotice({ what, changes, deleted, onKeepMine, onTakeTheirs }: StaleEditNoticeProps) {
  return (
    <div className={styles.notice} role="alert">
      <p className={styles.title}>
        {deleted
          ? `${what} was deleted in another window while you were editing it. Your changes were not saved.`
          : `${what} was changed in another window while you were editing it. Your changes are not saved yet.`}
      </p>
      {changes.length > 0 ? (
        <ul className={styles.changes}>
          {changes.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      ) : null}
      {deleted ? null : (
        <div className={styles.actions}>
          <Button variant="primary" onClick={onKeepMine}>
            Keep mine
          </Button>
          <Button onClick={onTakeTheirs}>Take theirs</Button>
        </div>
      )}
    </div>
  );
}
