import { useCallback, useEffect, useState, type RefObject } from 'react';

export interface RowWindow {
  /** First and last index to render (inclusive); last < first when there is nothing to render. */
  first: number;
  last: number;
}

/**
 * The rows of a list of `count` rows, each `rowHeight` px tall, to render when the list is scrolled to
 * `scrollTop` in a scroller `height` px tall, plus `overscan` rows either side. Pure arithmetic: the
 * same cost with 50 rows as with 5,000.
 */
export function rowWindow(count: number, rowHeight: number, scrollTop: number, height: number, overscan: number): RowWindow {
  if (count === 0 || rowHeight <= 0) return { first: 0, last: -1 };
  const top = Math.max(0, scrollTop);
  const first = Math.max(0, Math.min(count - 1, Math.floor(top / rowHeight)) - overscan);
  const last = Math.min(count - 1, Math.max(0, Math.ceil((top + Math.max(0, height)) / rowHeight) - 1) + overscan);
  return { first, last };
}

/** The scroll position that brings row `index` fully into view, moving as little as possible (null: already in view). */
export function scrollTopFor(index: number, rowHeight: number, scrollTop: number, height: number): number | null {
  const start = index * rowHeight;
  const end = start + rowHeight;
  if (start < scrollTop) return start;
  if (end > scrollTop + height) return Math.max(0, end - height);
  return null;
}

function sameRows(a: { scrollTop: number; height: number }, b: { scrollTop: number; height: number }, rowHeight: number): boolean {
  const edges = (v: { scrollTop: number; height: number }) => [Math.floor(Math.max(0, v.scrollTop) / rowHeight), Math.ceil((Math.max(0, v.scrollTop) + v.height) / rowHeight)];
  const [aTop, aBottom] = edges(a);
  const [bTop, bBottom] = edges(b);
  return aTop === bTop && aBottom === bBottom;
}

interface FixedRowWindowOptions {
  count: number;
  rowHeight: number;
  /** Rows rendered beyond each edge once the list is on screen (none in its first frame). */
  overscan: number;
  scrollRef: RefObject<HTMLElement | null>;
  /** The scroller's height on the last visit: the first frame uses it, so mounting forces no layout. */
  remembered: { height: number };
}

/**
 * A virtual list of fixed-height rows (the board's people directory): which rows to render, the
 * list's full height and a way to scroll a row into view. Unlike a general virtualiser it keeps no
 * per-row measurements, so mounting it over 5,000 people costs what it costs over 5. The first
 * frame renders only the rows in view; the scroller is observed (size, scroll) from the next frame,
 * which also brings in the overscan rows for smooth scrolling.
 */
export function useFixedRowWindow({ count, rowHeight, overscan, scrollRef, remembered }: FixedRowWindowOptions) {
  const [view, setView] = useState(() => ({ scrollTop: 0, height: remembered.height, started: false }));

  useEffect(() => {
    const element = scrollRef.current;
    if (!element) return;
    let observer: ResizeObserver | undefined;
    const read = () => {
      // A screen just left is out of the document until its observers stop: its size there is not the list's.
      if (!element.isConnected) return;
      const height = element.clientHeight || remembered.height;
      remembered.height = height;
      const scrollTop = element.scrollTop;
      // A render only when the rows in view change, not at every pixel of a scroll.
      setView((old) => (old.started && sameRows(old, { scrollTop, height }, rowHeight) ? old : { scrollTop, height, started: true }));
    };
    const frame = requestAnimationFrame(() => {
      read();
      element.addEventListener('scroll', read, { passive: true });
      if (typeof ResizeObserver !== 'undefined') {
        observer = new ResizeObserver(read);
        observer.observe(element);
      }
    });
    return () => {
      cancelAnimationFrame(frame);
      element.removeEventListener('scroll', read);
      observer?.disconnect();
    };
  }, [scrollRef, remembered, rowHeight]);

  const range = rowWindow(count, rowHeight, view.scrollTop, view.height, view.started ? overscan : 0);
  const scrollToIndex = useCallback(
    (index: number) => {
      const element = scrollRef.current;
      if (!element) return;
      const target = scrollTopFor(index, rowHeight, element.scrollTop, element.clientHeight || remembered.height);
      if (target === null) return;
      element.scrollTop = target;
      // Rendered at once, not at the scroll event: the caller focuses the row right after.
      setView((old) => ({ ...old, scrollTop: target }));
    },
    [scrollRef, rowHeight, remembered],
  );
  return { ...range, totalSize: count * rowHeight, scrollToIndex };
}
