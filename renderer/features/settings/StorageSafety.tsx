import { useEffect, useId, useState } from 'react';
import { isDesktop, storagePersistence, type StoragePersistence } from '../../platform';
import { useBackupLocation } from './useBackupLocation';
import styles from './BackupRestore.module.css';
import settingsStyles from './SettingsPage.module.css';

function usePersistence(): StoragePersistence | undefined {
  const [persistence, setPersistence] = useState<StoragePersistence>();
  useEffect(() => {
    let live = true;
    void storagePersistence().then((value) => live && setPersistence(value));
    return () => {
      live = false;
    };
  }, []);
  return persistence;
}

/** Where the data lives and how safe it is: persistent storage, and the desktop app's daily backups. */
export function StorageSafety() {
  const id = useId();
  const persistence = usePersistence();
  const { location, error } = useBackupLocation();
  const desktop = isDesktop();
  return (
    <section className={settingsStyles.section} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Data safety</h2>
      {persistence === 'persisted' ? (
        <p className={settingsStyles.explain}>Your data is stored on this computer and kept even when disk space runs low.</p>
      ) : persistence ? (
        <p className={styles.warning}>
          {desktop ? 'Teamshape' : 'This browser'} has not promised to keep your data when disk space runs low: it may delete it to free space.
          Back up regularly{desktop ? '' : ', or use the Teamshape desktop app'}.
        </p>
      ) : null}
      <h3 className={styles.subheading}>Automatic backups</h3>
      {desktop ? (
        <>
          <p>
            Once a day Teamshape backs up your workspace and keeps the last 7 daily backups. Copies made before each restore are kept there
            too: the last 10, and every one from the past 7 days. Folder:
          </p>
          <p className={styles.path}>{location?.folder ?? (error ? 'unknown' : 'Looking…')}</p>
          {error ? <p className={styles.warning}>{error}</p> : null}
          <p>They are listed under “Backup and restore”, each with “Restore this”.</p>
        </>
      ) : (
        <p>The desktop app backs up automatically every day. In the browser, use “Back up now” regularly and keep the files somewhere safe.</p>
      )}
    </section>
  );
}
