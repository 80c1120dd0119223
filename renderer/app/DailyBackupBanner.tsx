import { Button } from '../ui/Button';
import { useDailyBackup } from './dailyBackupState';
import styles from './DailyBackupBanner.module.css';

/** Desktop app: says why today's automatic backup failed, with "Try again"; nothing while it is fine. */
export function DailyBackupBanner() {
  const failure = useDailyBackup((s) => s.failure);
  const running = useDailyBackup((s) => s.running);
  const retry = useDailyBackup((s) => s.retry);
  if (!failure) return null;
  return (
    <div className={styles.banner} role="alert">
      <p className={styles.text}>
        <strong>Today’s automatic backup failed.</strong> {failure}
      </p>
      <Button onClick={() => void retry()} disabled={running}>
        {running ? 'Trying again…' : 'Try again'}
      </Button>
    </div>
  );
}
