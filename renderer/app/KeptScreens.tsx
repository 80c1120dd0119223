import { Activity, memo, useEffect, useLayoutEffect, useRef, useState, type ReactNode, type RefObject } from 'react';
import { createPortal } from 'react-dom';
import { Outlet, UNSAFE_LocationContext as LocationContext, useLocation, useNavigationType, type Location, type NavigationType } from 'react-router';
import { TeamsPage } from '../features/teams/TeamsPage';
import { PeoplePage } from '../features/people/PeoplePage';
import { OkrsPage } from '../features/okrs/OkrsPage';
import { CheckInsDuePage } from '../features/okrs/CheckInsDuePage';
import { ChartsPage } from '../features/charts/ChartsPage';
import styles from './AppLayout.module.css';

/** The main list screens: once visited, kept while another screen shows, so coming back rebuilds nothing. */
export const KEPT_SCREENS: Readonly<Record<string, () => ReactNode>> = {
  '/teams': () => <TeamsPage />,
  '/people': () => <PeoplePage />,
  '/okrs': () => <OkrsPage />,
  '/okrs/check-ins': () => <CheckInsDuePage />,
  '/charts': () => <ChartsPage />,
};

/** The same address (a new history entry for it is not a change the screen needs to render for). */
export function sameAddress(a: Location, b: Location): boolean {
  return a.pathname === b.pathname && a.search === b.search && a.hash === b.hash && a.state === b.state;
}

interface KeptScreen {
  context: { location: Location; navigationType: NavigationType };
  /** The same element until the screen's address changes, so a hidden screen is never rendered again. */
  element: ReactNode;
  /** The screen's own DOM container: in the page while it shows, out of the document while hidden. */
  container: HTMLDivElement;
}

/** Memoised: a hidden screen's boundary is not rendered again when another screen's address changes. */
const KeptScreenView = memo(function KeptScreenView({ visible, element }: { visible: boolean; element: ReactNode }) {
  return <Activity mode={visible ? 'visible' : 'hidden'}>{element}</Activity>;
});

/** Puts the shown screen's container in the slot before any screen's layout effects run (it renders before them). */
function AttachShown({ slot, container }: { slot: RefObject<HTMLDivElement | null>; container: HTMLDivElement | null }) {
  useLayoutEffect(() => {
    const parent = slot.current;
    if (!parent) return;
    for (const child of [...parent.children]) if (child !== container) child.remove();
    if (container && container.parentNode !== parent) parent.append(container);
  });
  return null;
}

/**
 * The routed screen. A kept screen stays mounted after the user leaves it, inside a hidden
 * <Activity> (its effects, store subscriptions and observers stop) whose DOM is taken out of the
 * document (so nothing on the page, from find-in-page to screen readers, sees two screens). Coming
 * back shows its DOM and state (scroll position, expanded rows) as they were, and rebuilds nothing.
 * A hidden screen keeps seeing the address it was left at, so it never renders for another
 * screen's address.
 */
export function KeptScreens({ main }: { main: RefObject<HTMLElement | null> }) {
  const location = useLocation();
  const navigationType = useNavigationType();
  const [kept, setKept] = useState<ReadonlyMap<string, KeptScreen>>(() => new Map());
  const slot = useRef<HTMLDivElement>(null);
  const shown = Object.hasOwn(KEPT_SCREENS, location.pathname) ? location.pathname : null;
  const current = shown ? kept.get(shown) : undefined;
  if (shown && (!current || !sameAddress(current.context.location, location))) {
    const context = { location, navigationType };
    const element = <LocationContext.Provider value={context}>{KEPT_SCREENS[shown]!()}</LocationContext.Provider>;
    setKept(new Map(kept).set(shown, { context, element, container: current?.container ?? newContainer() }));
  }

  // Each kept screen's scroll position, read as the user scrolls (never after the DOM changed, which would force a layout).
  const scrollTops = useRef(new Map<string, number>());
  const shownRef = useRef(shown);
  useEffect(() => {
    shownRef.current = shown;
  });
  useEffect(() => {
    const scroller = main.current;
    if (!scroller) return undefined;
    const remember = () => {
      if (shownRef.current) scrollTops.current.set(shownRef.current, scroller.scrollTop);
    };
    scroller.addEventListener('scroll', remember, { passive: true });
    return () => scroller.removeEventListener('scroll', remember);
  }, [main]);
  // Back where the user left it (the top for a screen not kept), written before the next frame is drawn.
  const previous = useRef<string | null>(null);
  useEffect(() => {
    if (previous.current === shown) return undefined;
    previous.current = shown;
    const top = shown ? (scrollTops.current.get(shown) ?? 0) : 0;
    const frame = requestAnimationFrame(() => {
      if (main.current && main.current.scrollTop !== top) main.current.scrollTop = top;
    });
    return () => cancelAnimationFrame(frame);
  });

  return (
    <>
      <div ref={slot} className={styles.screenSlot} />
      <AttachShown slot={slot} container={current?.container ?? null} />
      {[...kept].map(([path, screen]) => createPortal(<KeptScreenView visible={path === shown} element={screen.element} />, screen.container, path))}
      {shown ? null : <Outlet />}
    </>
  );
}

function newContainer(): HTMLDivElement {
  const container = document.createElement('div');
  container.className = styles.screenSlot!;
  return container;
}
