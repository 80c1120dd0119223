import { useEffect, useRef, type RefObject } from 'react';
import { useLocation } from 'react-router';

/**
 * After moving to another page, focus that was on something the old page removed (a link, a
 * button) goes to the new page's content instead of falling to <body>.
 */
export function FocusAfterNavigation({ main }: { main: RefObject<HTMLElement | null> }) {
  const { pathname } = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const active = document.activeElement;
    if (!active || active === document.body || !active.isConnected) main.current?.focus({ preventScroll: true });
  }, [pathname, main]);
  return null;
}
