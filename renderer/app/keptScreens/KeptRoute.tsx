import { useContext, useLayoutEffect } from 'react';
import {
  UNSAFE_DataRouterContext as DataRouterContext,
  UNSAFE_DataRouterStateContext as DataRouterStateContext,
  UNSAFE_FetchersContext as FetchersContext,
  UNSAFE_LocationContext as LocationContext,
  UNSAFE_NavigationContext as NavigationContext,
  UNSAFE_RouteContext as RouteContext,
  UNSAFE_ViewTransitionContext as ViewTransitionContext,
} from 'react-router';
import { keptScreens } from './keptScreens';

/**
 * The route element of a kept screen: draws nothing itself; it tells the host (outside the router)
 * that `path` shows, with the router's contexts of this address, and that it no longer shows when
 * the address moves on.
 */
export function KeptRoute({ path }: { path: string }) {
  const contexts = {
    dataRouter: useContext(DataRouterContext),
    dataRouterState: useContext(DataRouterStateContext),
    fetchers: useContext(FetchersContext),
    viewTransition: useContext(ViewTransitionContext),
    navigation: useContext(NavigationContext),
    location: useContext(LocationContext),
    route: useContext(RouteContext),
  };
  useLayoutEffect(() => keptScreens.show(path, contexts));
  useLayoutEffect(() => () => keptScreens.hide(path), [path]);
  return null;
}
