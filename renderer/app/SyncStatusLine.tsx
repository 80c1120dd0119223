import { Link, useLocation } from 'react-router';
import { useDb } from '../db';
import { useSyncStatus } from '../sync/useSync';
import styles from './SyncStatusLine.module.css';

/**
 * The sync status in the app frame: "Synced", "Offline — 37 changes waiting", or what went wrong in
 * plain words. A link to Settings → Sync; never in the way (nothing waits for the network). Shows
 * nothing while sync is off.
 */
export function SyncStatusLine({ collapsed }: { collapsed: boolean }) {
  const { status } = useSyncStatus(useDb());
  const { search } = useLocation();
  if (status.phase === 'off') return null;
  const tone = status.phase === 'synced' ? styles.ok : status.phase === 'refused' || status.phase === 'failed' ? styles.problem : styles.pending;
  return (
    <div className={collapsed ? `${styles.line} ${styles.collapsedLine}` : styles.line} role="status" aria-live="polite" aria-label="Sync status">
      <Link to={{ pathname: '/settings', search, hash: '' }} state={{ section: 'sync' }} className={`${styles.link} ${tone}`} title={status.detail || status.label}>
        <span aria-hidden="true" className={styles.dot} />
        <span className={collapsed ? styles.hidden : styles.label}>{status.label}</span>
      </Link>
      {status.detail && <p className={collapsed ? styles.hidden : styles.detail}>{status.detail}</p>}
    </div>
  );
}
