import { NavLink, Outlet, useLocation } from 'react-router';
import { CommandRouter } from './CommandRouter';
import { DailyBackupBanner } from './DailyBackupBanner';
import { EvictionNotice } from './EvictionNotice';
import { UndoToast } from './UndoToast';
import { WorkspaceLoading } from './WorkspaceLoading';
import { NAVIGATION } from './navigation';
import styles from './AppLayout.module.css';

export function AppLayout() {
  const { search } = useLocation();
  return (
    <div className={styles.shell}>
      <a className={styles.skipLink} href="#main">
        Skip to content
      </a>
      <nav className={styles.nav} aria-label="Main">
        <p className={styles.brand}>Teamshape</p>
        <ul className={styles.links}>
          {NAVIGATION.map((item) => (
            <li key={item.path}>
              <NavLink
                to={{ pathname: item.path, search }}
                className={({ isActive }) => (isActive ? `${styles.link} ${styles.active}` : styles.link)}
              >
                {item.label}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" className={styles.main} tabIndex={0}>
        <CommandRouter />
        <DailyBackupBanner />
        <EvictionNotice />
        <WorkspaceLoading>
          <Outlet />
        </WorkspaceLoading>
      </main>
      <UndoToast />
    </div>
  );
}
