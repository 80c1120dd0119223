import { thousands } from '../../../shared/import';
import { Button } from '../Button';
import styles from './Import.module.css';

/** "Importing 3,200 of 5,000 people…" with a real progress bar and a Cancel that writes nothing. */
export function ImportProgress({ done, total, noun, onCancel, cancelling }: { done: number; total: number; noun: string; onCancel: () => void; cancelling: boolean }) {
  return (
    <div className={styles.progress}>
      <progress className={styles.progressBar} max={Math.max(total, 1)} value={done} aria-label={`Importing ${noun}`} />
      <p role="status" className={styles.progressText}>
        {cancelling ? 'Cancelling… nothing will be written.' : `Importing ${thousands(done)} of ${thousands(total)} ${noun}…`}
      </p>
      <Button onClick={onCancel} disabled={cancelling}>
        Cancel import
      </Button>
    </div>
  );
}
