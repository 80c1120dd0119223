import { elementScroll, observeElementOffset, observeElementRect, type Virtualizer } from '@tanstack/react-virtual';

/** Virtualisers whose observers have started (one frame after mount), and their scroll write held until then. */
const started = new WeakSet<object>();
const heldScroll = new WeakMap<object, () => void>();

function start(instance: object): void {
  started.add(instance);
  heldScroll.get(instance)?.();
  heldScroll.delete(instance);
}

/**
 * The virtualiser's scroll write, held until its observers start: on mount it scrolls its element
 * to where it already is, and that write alone forces the whole new page to be laid out at once.
 */
export function scrollAfterPaint<S extends Element>(offset: number, options: { adjustments?: number; behavior?: ScrollBehavior }, instance: Virtualizer<S, Element>): void {
  if (started.has(instance)) elementScroll(offset, options, instance);
  else heldScroll.set(instance, () => elementScroll(offset, options, instance));
}

/**
 * TanStack Virtual follows touches on the scroll element (for iOS WebKit's momentum scrolling), and
 * registers those listeners again each time a kept screen shows its list: in Chromium 0.15 ms, as
 * every touch handler is reported to the compositor. On a device without touch they can never fire
 * and are not registered. Called where TanStack takes up its observers, just before it would.
 */
function skipTouchListenersWithoutTouch(instance: object): void {
  if (typeof navigator === 'undefined' || navigator.maxTouchPoints > 0) return;
  const gesture = (instance as { _iosGesture?: { listen?: unknown } })._iosGesture;
  if (gesture && typeof gesture.listen === 'function') gesture.listen = () => () => undefined;
}

/**
 * The virtualiser's own observers, started one frame later: on mount they read the scroll
 * element's size and scroll position at once, which forces the browser to lay out the whole new
 * page before it is even shown. The first frame uses the size the board had last time instead.
 */
export function observeRectAfterPaint<S extends Element>(instance: Virtualizer<S, Element>, cb: (rect: { width: number; height: number }) => void) {
  skipTouchListenersWithoutTouch(instance);
  let stop: (() => void) | undefined;
  // Observing again (a kept screen shown again): its scroll write waits for the frame as on mount.
  started.delete(instance);
  const frame = requestAnimationFrame(() => {
    start(instance);
    stop = observeElementRect(instance, cb);
  });
  return () => {
    cancelAnimationFrame(frame);
    stop?.();
  };
}

export function observeOffsetAfterPaint<S extends Element>(instance: Virtualizer<S, Element>, cb: (offset: number, isScrolling: boolean) => void) {
  let stop: (() => void) | undefined;
  const frame = requestAnimationFrame(() => {
    stop = observeElementOffset(instance, cb);
  });
  return () => {
    cancelAnimationFrame(frame);
    stop?.();
  };
}

/**
 * Options for useVirtualizer that never force a layout on mount: the first frame uses the size the
 * list had on its last visit (kept in `remembered`), the observers start one frame later.
 */
export function afterPaintObservers<S extends Element>(remembered: { rect: { width: number; height: number } }) {
  return {
    initialRect: remembered.rect,
    observeElementRect: (instance: Virtualizer<S, Element>, cb: (rect: { width: number; height: number }) => void) =>
      observeRectAfterPaint(instance, (rect) => {
        remembered.rect = rect;
        cb(rect);
      }),
    scrollToFn: scrollAfterPaint<S>,
    observeElementOffset: (instance: Virtualizer<S, Element>, cb: (offset: number, isScrolling: boolean) => void) => observeOffsetAfterPaint(instance, cb),
  };
}
