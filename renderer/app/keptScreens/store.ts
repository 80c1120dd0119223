import type { ContextType } from 'react';
import type {
  UNSAFE_DataRouterContext as DataRouterContext,
  UNSAFE_DataRouterStateContext as DataRouterStateContext,
  UNSAFE_FetchersContext as FetchersContext,
  UNSAFE_LocationContext as LocationContext,
  UNSAFE_NavigationContext as NavigationContext,
  UNSAFE_RouteContext as RouteContext,
  UNSAFE_ViewTransitionContext as ViewTransitionContext,
  Location,
} from 'react-router';

/** What the router gives a screen, as it was when the screen was last shown at its address. */
export interface RouterContexts {
  dataRouter: ContextType<typeof DataRouterContext>;
  dataRouterState: ContextType<typeof DataRouterStateContext>;
  fetchers: ContextType<typeof FetchersContext>;
  viewTransition: ContextType<typeof ViewTransitionContext>;
  navigation: ContextType<typeof NavigationContext>;
  location: ContextType<typeof LocationContext>;
  route: ContextType<typeof RouteContext>;
}

export interface KeptScreen {
  path: string;
  contexts: RouterContexts;
  /** The screen's own DOM container: in <main> while it shows, out of the document while hidden. */
  container: HTMLDivElement;
}

export interface KeptScreensState {
  /** Where the shown screen's container goes (inside <main>), once the app's layout is up. */
  slot: HTMLElement | null;
  shown: string | null;
  screens: ReadonlyMap<string, KeptScreen>;
}

/** The same address (a new history entry for it is not a change the screen needs to render for). */
export function sameAddress(a: Location, b: Location): boolean {
  return a.pathname === b.pathname && a.search === b.search && a.hash === b.hash && a.state === b.state;
}

/**
 * The kept screens, shared by the router's side (which screen the address shows, with the router's
 * contexts) and the host that renders them outside the router (app/keptScreens/KeptScreensHost).
 */
export function createKeptScreens(newContainer: () => HTMLDivElement) {
  let state: KeptScreensState = { slot: null, shown: null, screens: new Map() };
  const listeners = new Set<() => void>();
  const set = (next: KeptScreensState) => {
    state = next;
    for (const listener of listeners) listener();
  };
  return {
    subscribe(listener: () => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    snapshot: (): KeptScreensState => state,
    setSlot(slot: HTMLElement | null): void {
      if (state.slot !== slot) set({ ...state, slot });
    },
    /** The address shows `path`: it is kept from now on; its contexts change only when its address does. */
    show(path: string, contexts: RouterContexts): void {
      const screen = state.screens.get(path);
      const moved = !screen || !sameAddress(screen.contexts.location.location, contexts.location.location);
      if (!moved && state.shown === path) return;
      const screens = moved ? new Map(state.screens).set(path, { path, contexts, container: screen?.container ?? newContainer() }) : state.screens;
      set({ ...state, shown: path, screens });
    },
    hide(path: string): void {
      if (state.shown === path) set({ ...state, shown: null });
    },
  };
}

export type KeptScreens = ReturnType<typeof createKeptScreens>;
