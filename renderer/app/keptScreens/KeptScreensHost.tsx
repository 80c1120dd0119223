import { Activity, Component, memo, useEffect, useInsertionEffect, useRef, useSyncExternalStore, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import {
  Link,
  UNSAFE_DataRouterContext as DataRouterContext,
  UNSAFE_DataRouterStateContext as DataRouterStateContext,
  UNSAFE_FetchersContext as FetchersContext,
  UNSAFE_LocationContext as LocationContext,
  UNSAFE_NavigationContext as NavigationContext,
  UNSAFE_RouteContext as RouteContext,
  UNSAFE_ViewTransitionContext as ViewTransitionContext,
} from 'react-router';
import { KEPT_SCREENS } from './keptPaths';
import { useLeftUntilPainted } from '../../ui/useLeftUntilPainted';
import { keptScreens } from './keptScreens';
import type { KeptScreen as KeptScreenState, RouterContexts } from './store';
import styles from '../AppLayout.module.css';

/** The router's contexts as the screen last saw them: a hidden screen's never change, so it never renders. */
function RouterContextsOf({ contexts, children }: { contexts: RouterContexts; children: ReactNode }) {
  return (
    <DataRouterContext.Provider value={contexts.dataRouter}>
      <DataRouterStateContext.Provider value={contexts.dataRouterState}>
        <FetchersContext.Provider value={contexts.fetchers}>
          <ViewTransitionContext.Provider value={contexts.viewTransition}>
            <NavigationContext.Provider value={contexts.navigation}>
              <LocationContext.Provider value={contexts.location}>
                <RouteContext.Provider value={contexts.route}>{children}</RouteContext.Provider>
              </LocationContext.Provider>
            </NavigationContext.Provider>
          </ViewTransitionContext.Provider>
        </FetchersContext.Provider>
      </DataRouterStateContext.Provider>
    </DataRouterContext.Provider>
  );
}

/** A kept screen that crashed says so, as a routed screen's error page does; the data is untouched. */
class ScreenErrorBoundary extends Component<{ children: ReactNode }, { error: unknown }> {
  override state: { error: unknown } = { error: null };
  static getDerivedStateFromError(error: unknown) {
    return { error };
  }
  override render() {
    const { error } = this.state;
    if (error === null) return this.props.children;
    return (
      <div className={styles.errorPage} role="alert">
        <h1>Something went wrong on this screen</h1>
        <p>Your data is safe: nothing was changed. The error was: {error instanceof Error ? error.message : String(error)}</p>
        <p>
          <Link to="/teams" reloadDocument>
            Start again from Teams
          </Link>
        </p>
      </div>
    );
  }
}

/** The screen with its router contexts: memoised, so showing or hiding it renders nothing inside. */
const ScreenContent = memo(function ScreenContent({ screen }: { screen: KeptScreenState }) {
  return (
    <RouterContextsOf contexts={screen.contexts}>
      <ScreenErrorBoundary>{KEPT_SCREENS[screen.path]!()}</ScreenErrorBoundary>
    </RouterContextsOf>
  );
});

/** Memoised on the screen's state: a hidden screen, or one shown again at the same address, is not rendered again. */
const KeptScreen = memo(function KeptScreen({ screen, visible }: { screen: KeptScreenState; visible: boolean }) {
  return (
    <Activity mode={visible ? 'visible' : 'hidden'}>
      <ScreenContent screen={screen} />
    </Activity>
  );
});

/**
 * Puts the shown screen's container in the slot. Rendered before the screens, and an insertion
 * effect: the screen being left is out of the document before React hides it, so hiding it
 * restyles nothing on the page.
 */
function AttachShown({ slot, container }: { slot: HTMLElement | null; container: HTMLDivElement | null }) {
  useInsertionEffect(() => {
    if (!slot) return;
    for (const child of [...slot.children]) if (child !== container) child.remove();
    if (container && container.parentNode !== slot) slot.append(container);
  });
  return null;
}

/**
 * The main screens (app/keptScreens/keptPaths.ts), rendered outside the router: once visited, a
 * screen stays mounted in a hidden <Activity> (its effects, store subscriptions and observers stop)
 * whose DOM is out of the document (nothing on the page sees two screens). Coming back shows its DOM
 * and state (scroll position, expanded rows, typed values) as they were, and rebuilds nothing.
 * Outside the router, a navigation elsewhere reaches no hidden screen: they keep the router's
 * contexts of the address they were left at. The screen left goes out of the document at once and
 * is hidden once the new one is painted (useLeftUntilPainted).
 */
export function KeptScreensHost() {
  const { slot, shown, screens } = useSyncExternalStore(keptScreens.subscribe, keptScreens.snapshot);
  const main = slot?.closest('main') ?? null;
  const left = useLeftUntilPainted(shown);

  // Each kept screen's scroll position, read as the user scrolls (never after the DOM changed, which would force a layout).
  const scrollTops = useRef(new Map<string, number>());
  const shownRef = useRef(shown);
  useEffect(() => {
    shownRef.current = shown;
  });
  useEffect(() => {
    if (!main) return undefined;
    const remember = () => {
      if (shownRef.current) scrollTops.current.set(shownRef.current, main.scrollTop);
    };
    main.addEventListener('scroll', remember, { passive: true });
    return () => main.removeEventListener('scroll', remember);
  }, [main]);
  // Back where the user left it (the top for another screen), written before the next frame is drawn.
  const previous = useRef<string | null>(null);
  useEffect(() => {
    if (previous.current === shown || !main) return undefined;
    previous.current = shown;
    const top = shown ? (scrollTops.current.get(shown) ?? 0) : 0;
    const frame = requestAnimationFrame(() => {
      if (main.scrollTop !== top) main.scrollTop = top;
    });
    return () => cancelAnimationFrame(frame);
  });

  return (
    <>
      <AttachShown slot={slot} container={shown ? (screens.get(shown)?.container ?? null) : null} />
      {[...screens.values()].map((screen) => createPortal(<KeptScreen screen={screen} visible={screen.path === shown || screen.path === left} />, screen.container, screen.path))}
    </>
  );
}
