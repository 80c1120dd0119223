import { startTransition, useEffect, useState, type RefObject } from 'react';

/** How far below the top of the window each long list started (<main> not scrolled) when it was last on screen, at which window width. */
const listTops = new Map<string, { top: number; width: number }>();
/** <main>'s scroll position as last seen (its scroll events), so no layout is read while a screen renders. */
let mainScrollTop = 0;
let following = false;

function followMainScroll(): void {
  if (following || typeof document === 'undefined') return;
  following = true;
  // Scroll events do not bubble; one capturing listener sees <main>'s.
  document.addEventListener(
    'scroll',
    (event) => {
      const target = event.target as Element | null;
      if (target && 'id' in target && target.id === 'main') mainScrollTop = target.scrollTop;
    },
    { capture: true, passive: true },
  );
}

/**
 * How many items at least `minItemHeight` px tall can be on screen at once in this window (plus one
 * cut at the edge). Given the list's key, the part of the window above where that list started
 * last time (page header, toolbar) is left out, as long as the window is as wide as it was then.
 */
export function screenfulOf(minItemHeight: number, listKey?: string): number {
  const height = typeof window === 'undefined' || !window.innerHeight ? 900 : window.innerHeight;
  const last = listKey ? listTops.get(listKey) : undefined;
  const above = last && last.width === window.innerWidth ? Math.max(0, last.top - mainScrollTop) : 0;
  return Math.ceil(Math.max(0, height - above) / minItemHeight) + 1;
}

/**
 * After a long list's first screen is painted, remembers where it starts (read once the frame is
 * laid out, so the screen never waits for it), for the next first screen of the list (see screenfulOf).
 */
export function useRememberListTop(listKey: string, list: RefObject<HTMLElement | null>, shown: boolean): void {
  useEffect(() => {
    if (!shown) return;
    followMainScroll();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => {
        const element = list.current;
        if (!element?.isConnected) return;
        const main = document.getElementById('main');
        mainScrollTop = main?.scrollTop ?? 0;
        // From the top of the window, as if <main> were not scrolled.
        listTops.set(listKey, { top: element.getBoundingClientRect().top + mainScrollTop, width: window.innerWidth });
      }, 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [listKey, list, shown]);
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
