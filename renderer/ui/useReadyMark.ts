import { useEffect, useRef } from 'react';

/**
 * Marks the moment a screen first commits its data to the DOM (performance.mark, measured from navigation
 * start), so benchmarks time what a user waits for rather than how fast a test can poll the DOM. Once per
 * visit of the screen: in-app navigation to it adds a mark of the same name.
 */
export function useReadyMark(name: string, ready: boolean): void {
  const marked = useRef(false);
  useEffect(() => {
    if (!ready || marked.current) return;
    marked.current = true;
    performance.mark(name);
  }, [name, ready]);
  // A screen kept hidden (KeptScreens) runs its effects again when shown: that is a new visit.
  useEffect(() => () => {
    marked.current = false;
  }, []);
}
