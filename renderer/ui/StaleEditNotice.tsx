import { Button } from './Button';
import type { StaleConflict } from './useStaleEdit';
import styles from './StaleEditNotice.module.css';

export interface StaleEditNoticeProps {
  /** The refused save: what it is ("Team “Payments”"), what the other window changed, whether it deleted it. */
  conflict: Pick<StaleConflict<object>, 'what' | 'changes' | 'deleted'>;
  /** The change lines to show, when a form names values better than the stored ones (an id → its name). */
  changes?: readonly string[];
  onKeepMine: () => void;
  onTakeTheirs: () => void;
}

/** Shown when a save was refused because another window changed the record since the form opened. */
export function StaleEditNotice({ conflict, changes = conflict.changes, onKeepMine, onTakeTheirs }: StaleEditNoticeProps) {
  const { what, deleted } = conflict;
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
