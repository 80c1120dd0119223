import { useEffect, useRef, useSyncExternalStore } from 'react';
import { NavLink, useLocation } from 'react-router';
import { useLayoutPreference } from '../db';
import { CommandPalette } from './CommandPalette';
import { CommandRouter } from './CommandRouter';
import { DailyBackupBanner } from './DailyBackupBanner';
import { EvictionNotice } from './EvictionNotice';
import { FocusAfterNavigation } from './FocusAfterNavigation';
import { HistoryPanel } from './HistoryPanel';
import { KeptScreenSlot } from './keptScreens/KeptScreenSlot';
import { SyncStatusLine } from './SyncStatusLine';
import { NavIcon } from './NavIcon';
import { UndoToast } from './UndoToast';
import { WorkspaceLoading } from './WorkspaceLoading';
import { NAVIGATION } from './navigation';
import { prewarmMapLayoutWhenIdle } from '../features/design/map/prewarmMapLayout';
import { PlanBar } from '../features/scenarios/PlanBar';
import { PlanSwitcher } from '../features/scenarios/PlanSwitcher';
import { ScenarioDialogs } from '../features/scenarios/ScenarioDialogs';
import styles from './AppLayout.module.css';

const NARROW = '(max-width: 1199px)';
const subscribeNarrow = (listener: () => void) => {
  const query = window.matchMedia(NARROW);
  query.addEventListener('change', listener);
  return () => query.removeEventListener('change', listener);
};
const isNarrow = () => window.matchMedia(NARROW).matches;

/** The main links keep the address's query (the selected plan): the only part of the frame that renders again on a navigation. */
function MainLinks() {
  const { search } = useLocation();
  return (
    <ul className={styles.links}>
      {NAVIGATION.map((item) => (
        <li key={item.path}>
          <NavLink to={{ pathname: item.path, search }} className={({ isActive }) => (isActive ? `${styles.link} ${styles.active}` : styles.link)} title={item.label}>
            <NavIcon path={item.path} />
            <span className={styles.linkLabel}>{item.label}</span>
          </NavLink>
        </li>
      ))}
    </ul>
  );
}

/**
 * The app's frame. It reads no part of the address itself, so a navigation renders again only what
 * does (the main links, the plan bar, the sync line), not every dialog mounted in the frame.
 */
export function AppLayout() {
  const mainRef = useRef<HTMLElement>(null);
  // 'auto' (no choice made yet): the sidebar collapses on windows narrower than 1200 px.
  const [sidebar, setSidebar] = useLayoutPreference('sidebar', 'auto');
  const narrow = useSyncExternalStore(subscribeNarrow, isNarrow, () => false);
  const collapsed = sidebar === 'collapsed' || (sidebar === 'auto' && narrow);
  useEffect(() => prewarmMapLayoutWhenIdle(), []);
  return (
    <div className={collapsed ? `${styles.shell} ${styles.collapsed}` : styles.shell}>
      {/* The hash router owns the address's #, so the skip link moves focus itself instead of linking to #main. */}
      <a
        className={styles.skipLink}
        href="#main"
        onClick={(event) => {
          event.preventDefault();
          mainRef.current?.focus();
        }}
      >
        Skip to content
      </a>
      <nav className={styles.nav} aria-label="Main">
        <p className={styles.brand}>
          <span className={styles.brandName}>Teamshape</span>
        </p>
        <PlanSwitcher collapsed={collapsed} />
        <MainLinks />
        <SyncStatusLine collapsed={collapsed} />
        <button
          type="button"
          className={styles.collapse}
          aria-label={collapsed ? 'Expand the sidebar' : 'Collapse the sidebar'}
          aria-pressed={collapsed}
          title={collapsed ? 'Expand the sidebar' : 'Collapse the sidebar'}
          onClick={() => setSidebar(collapsed ? 'expanded' : 'collapsed')}
        >
          <span aria-hidden="true" className={styles.collapseIcon}>
            ‹
          </span>
        </button>
      </nav>
      <main id="main" ref={mainRef} className={styles.main} tabIndex={-1}>
        <CommandRouter />
        <DailyBackupBanner />
        <EvictionNotice />
        <WorkspaceLoading>
          <PlanBar />
          <FocusAfterNavigation main={mainRef} />
          <KeptScreenSlot />
        </WorkspaceLoading>
      </main>
      <UndoToast />
      <CommandPalette />
      <HistoryPanel />
      <ScenarioDialogs />
    </div>
  );
}
