import { Link } from 'react-router';
import { isDesktop } from '../platform';
import { Button } from '../ui/Button';
import { formatCount } from './evictionText';
import { useEviction } from './evictionWatch';
import styles from './DailyBackupBanner.module.css';

/**
 * The workspace is empty although this computer had one: the browser's storage was probably
 * cleared or evicted. Says so, what was there, and where the backups are.
 */
export function EvictionNotice() {
  const lost = useEviction((s) => s.lost);
  const dismiss = useEviction((s) => s.dismiss);
  if (!lost) return null;
  const seen = new Date(lost.lastSeenAt).toLocaleString(undefined, { dateStyle: 'long', timeStyle: 'short' });
  return (
    <div className={styles.banner} role="alert" aria-labelledby="eviction-title">
      <div className={styles.text}>
        <p id="eviction-title">
          <strong>Your workspace is no longer in this {isDesktop() ? 'app’s storage' : 'browser'}.</strong> On {seen} it held{' '}
          {formatCount(lost.teams, 'team')}, {formatCount(lost.people, 'person', 'people')} and {formatCount(lost.objectives, 'objective')}.
        </p>
        <p>
          {isDesktop()
            ? 'Its storage was probably cleared or damaged. Teamshape backs up every day into its backups folder: restore the latest one in Settings.'
            : 'The browser probably deleted it: site data was cleared, the browser freed space when the disk ran low, or this is a private window. Restore your latest backup in Settings (“Restore from file…”, from your Downloads folder or wherever you saved it).'}
        </p>
      </div>
      <Link to="/settings" className={styles.link}>
        Restore a backup
      </Link>
      <Button onClick={() => void dismiss()}>Start afresh</Button>
    </div>
  );
}
