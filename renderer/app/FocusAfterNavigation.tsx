import { useEffect, useRef, type RefObject } from 'react';
import { useLocation } from 'react-router';

/**
 * After moving to another page, focus that was on something the old page removed (a link, a
 * button) goes to the new page's content instead of falling to <body>. It moves once the new page
 * is painted: focusing while the page renders would make the browser lay the page out early, in
 * the middle of React's work, and then again for the frame.
 */
export function FocusAfterNavigation({ main }: { main: RefObject<HTMLElement | null> }) {
  const { pathname } = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => {
        // The new page may have focused a field of its own meanwhile: that stays.
        const active = document.activeElement;
        if (!active || active === document.body || !active.isConnected) main.current?.focus({ preventScroll: true });
      }, 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [pathname, main]);
  return null;
}
