import { useEffect, useRef } from 'react';

/**
 * Calls `onShownAgain` each time a kept screen (app/KeptScreens) is shown again after the user left
 * it: its effects run again then. Not on the first showing.
 */
export function useShownAgain(onShownAgain: () => void): void {
  const shownBefore = useRef(false);
  const latest = useRef(onShownAgain);
  useEffect(() => {
    latest.current = onShownAgain;
  });
  useEffect(() => {
    if (shownBefore.current) latest.current();
    shownBefore.current = true;
  }, []);
}
