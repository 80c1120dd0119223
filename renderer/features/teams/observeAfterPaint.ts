import { observeElementOffset, observeElementRect, type Virtualizer } from '@tanstack/react-virtual';

/**
 * The virtualiser's own observers, started one frame later: on mount they read the scroll
 * element's size and scroll position at once, which forces the browser to lay out the whole new
 * page before it is even shown. The first frame uses the size the board had last time instead.
 */
export function observeRectAfterPaint(instance: Virtualizer<HTMLElement, Element>, cb: (rect: { width: number; height: number }) => void) {
  let stop: (() => void) | undefined;
  const frame = requestAnimationFrame(() => {
    stop = observeElementRect(instance, cb);
  });
  return () => {
    cancelAnimationFrame(frame);
    stop?.();
  };
}

export function observeOffsetAfterPaint(instance: Virtualizer<HTMLElement, Element>, cb: (offset: number, isScrolling: boolean) => void) {
  let stop: (() => void) | undefined;
  const frame = requestAnimationFrame(() => {
    stop = observeElementOffset(instance, cb);
  });
  return () => {
    cancelAnimationFrame(frame);
    stop?.();
  };
}
