import { useEffect, useState, type ReactNode } from 'react';
import { useWorkspaceLoadStatus } from '../db/memory/useMemory';
import styles from './WorkspaceLoading.module.css';

const formatCount = new Intl.NumberFormat('en-GB');
/** A small workspace opens faster than this: no progress bar flashes on screen. */
const SHOW_AFTER_MS = 150;

/**
 * Shows the first read of the workspace into memory (a few seconds at 100,000 check-ins) as a
 * progress bar above the page, and explains a failure instead of the page.
 */
export function WorkspaceLoading({ children }: { children: ReactNode }) {
  const status = useWorkspaceLoadStatus();
  const [visible, setVisible] = useState(false);
  useEffect(() => {
    if (status.state !== 'loading') return;
    const timer = setTimeout(() => setVisible(true), SHOW_AFTER_MS);
    return () => clearTimeout(timer);
  }, [status.state]);

  if (status.state === 'failed') {
    return (
      <div className={styles.panel} role="alert">
        <h1 className={styles.title}>Teamshape could not open your workspace</h1>
        <p>{status.error}</p>
        <p>Your data has not been changed. Close other Teamshape windows and reload this one; if it happens again, restore your latest backup from Settings.</p>
        <button type="button" className={styles.button} onClick={() => window.location.reload()}>
          Reload
        </button>
      </div>
    );
  }
  // Pages show as soon as the tables they read are in; the bar says how much is still coming.
  const percent = status.total > 0 ? Math.round((status.loaded / status.total) * 100) : 0;
  return (
    <>
      {status.state === 'loading' && visible ? (
        <div className={styles.strip}>
          <progress className={styles.bar} max={status.total || 1} value={status.loaded} aria-label="Opening your workspace" />
          <span className={styles.count}>
            Opening your workspace: {formatCount.format(status.loaded)} of {formatCount.format(status.total)} records ({percent} %)
          </span>
        </div>
      ) : null}
      {children}
    </>
  );
}
