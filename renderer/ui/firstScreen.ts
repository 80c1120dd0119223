import { startTransition, useEffect, useState } from 'react';

/** How many items at least `minItemHeight` px tall can be on screen at once in this window (plus one cut at the edge). */
export function screenfulOf(minItemHeight: number): number {
  const height = typeof window === 'undefined' || !window.innerHeight ? 900 : window.innerHeight;
  return Math.ceil(height / minItemHeight) + 1;
}

/**
 * A long list shown at once: how many of its `total` items to render. The first `first` (a
 * screenful) go out with the screen; the rest follow right after in a transition, which React
 * renders in slices below the fold, so opening the screen costs a screenful, not the whole list.
 * Give the list's owner a key per list so a new list starts with its first screen again.
 */
export function useFirstScreenThenAll(total: number, first: number): number {
  const [complete, setComplete] = useState(false);
  const rest = !complete && total > first;
  useEffect(() => {
    if (rest) startTransition(() => setComplete(true));
  }, [rest]);
  return complete ? total : Math.min(first, total);
}
