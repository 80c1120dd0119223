import { useEffect } from 'react';

/**
 * Marks the moment a screen first commits its data to the DOM (performance.mark, measured from navigation
 * start), so benchmarks time what a user waits for rather than how fast a test can poll the DOM.
 */
export function useReadyMark(name: string, ready: boolean): void {
  useEffect(() => {
    if (!ready || performance.getEntriesByName(name, 'mark').length > 0) return;
    performance.mark(name);
  }, [name, ready]);
}
