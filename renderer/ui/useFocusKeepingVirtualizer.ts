import { defaultRangeExtractor, measureElement, useVirtualizer, type Range, type VirtualItem, type Virtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useMemo, useRef, useState, type FocusEvent, type RefObject } from 'react';
import { afterPaintObservers } from './observeAfterPaint';

/**
 * Sizes only as the ResizeObserver reports them (after layout): measuring a row as it mounts would
 * force the browser to lay out the new screen in the middle of React's commit.
 */
function measuredAfterLayout(element: Element, entry: ResizeObserverEntry | undefined, instance: Virtualizer<HTMLElement, Element>): number {
  if (entry) return measureElement(element, entry, instance);
  const index = instance.indexFromElement(element);
  return instance.itemSizeCache.get(instance.options.getItemKey(index)) ?? instance.options.estimateSize(index);
}

export interface FocusKeepingOptions {
  count: number;
  /** The row's lasting identity (an objective's, a key result's id): what stays focused across a change of rows. */
  keyOf: (index: number) => string;
  estimateSize: (index: number) => number;
  /** Rows rendered beyond each edge of the screen once the first frame is out (none on it). */
  overscan: number;
  list: RefObject<HTMLElement | null>;
  /** Where the first row starts inside the list (below column heads, say); 0 when rows start at its top. */
  rowsOffset?: () => number;
  /** <main>'s size and where the rows started in it on the last visit: the first frame uses them, nothing is measured on mount. */
  lastVisit: { rect: { width: number; height: number }; top: number };
}

export interface FocusKeepingList {
  virtualizer: Virtualizer<HTMLElement, Element>;
  /** False on the first frame (only the rows on screen); true from the next one, with the overscan. */
  settled: boolean;
  /** Where the first row starts inside the list, as last read. */
  rowsOffset: number;
  items: VirtualItem[];
  /** Index of the focused row when it lies outside the rows around the screen: rendered out of the flow. */
  kept: number | null;
  /** The spacers' heights: the rows not rendered above and below, in the flow. */
  before: number;
  after: number;
  /**
   * The ref of the row with this key (rows carry `data-index`): it hands the row's element to the
   * virtualiser's ResizeObserver once. React attaches a kept screen's refs again each time it is
   * shown; an element the virtualiser already holds is left as it is.
   */
  measureRow: (key: string) => (element: HTMLElement | null) => void;
  /** For the list element: which row holds focus. Rows carry `data-index`. */
  onFocus: (event: FocusEvent<HTMLElement>) => void;
  onBlur: (event: FocusEvent<HTMLElement>) => void;
}

/**
 * A long list virtualised in normal flow, <main> scrolling: only the rows on screen and a few
 * beyond each edge are in the DOM, between two spacers, so a row that grows pushes the next ones
 * down at once. Heights are measured by a ResizeObserver, observers start after the first paint,
 * and the row holding focus stays rendered (out of the flow) while the user scrolls away from it,
 * so focus — and whatever was typed there — is never lost.
 */
export function useFocusKeepingVirtualizer({ count, keyOf, estimateSize, overscan, list, rowsOffset, lastVisit }: FocusKeepingOptions): FocusKeepingList {
  const [top, setTop] = useState(lastVisit.top);
  const [offset, setOffset] = useState(0);
  // The first frame renders the rows on screen only; those beyond the edges follow a frame later.
  const [settled, setSettled] = useState(false);
  useEffect(() => {
    const frame = requestAnimationFrame(() => setSettled(true));
    return () => cancelAnimationFrame(frame);
  }, []);
  // Where the rows start in <main> (the page header and toolbar above wrap with the window's width): read once laid out.
  const readOffset = useRef(rowsOffset);
  useEffect(() => {
    readOffset.current = rowsOffset;
  });
  useEffect(() => {
    const element = list.current;
    const main = element?.closest('main');
    if (!element || !main || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => {
      // A screen just left is out of the document until its observers stop: its size there is not the list's.
      if (!element.isConnected) return;
      const inside = readOffset.current?.() ?? 0;
      lastVisit.top = element.offsetTop + inside;
      setTop(lastVisit.top);
      setOffset(inside);
    });
    observer.observe(element);
    observer.observe(main);
    return () => observer.disconnect();
  }, [list, lastVisit]);

  const focusedKey = useRef<string | null>(null);
  const kept = useRef<number | null>(null);
  const indexOfKey = useMemo(() => {
    const map = new Map<string, number>();
    for (let index = 0; index < count; index++) map.set(keyOf(index), index);
    return map;
  }, [count, keyOf]);
  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      const focused = focusedKey.current === null ? undefined : indexOfKey.get(focusedKey.current);
      kept.current = focused === undefined || (focused >= indexes[0]! && focused <= indexes[indexes.length - 1]!) ? null : focused;
      if (kept.current === null) return indexes;
      return kept.current < indexes[0]! ? [kept.current, ...indexes] : [...indexes, kept.current];
    },
    [indexOfKey],
  );
  const virtualizer = useVirtualizer<HTMLElement, Element>({
    count,
    getScrollElement: () => list.current?.closest('main') ?? null,
    estimateSize,
    getItemKey: keyOf,
    overscan: settled ? overscan : 0,
    scrollMargin: top,
    rangeExtractor,
    measureElement: measuredAfterLayout,
    ...afterPaintObservers<HTMLElement>(lastVisit),
  });

  const measureRefs = useRef(new Map<string, (element: HTMLElement | null) => void>());
  const measureRow = useCallback(
    (key: string) => {
      let ref = measureRefs.current.get(key);
      if (!ref) {
        ref = (element) => {
          if (element !== null) {
            if (virtualizer.elementsCache.get(key) !== element) virtualizer.measureElement(element);
            return;
          }
          // A row gone from a list on screen: the virtualiser lets go of the rows no longer in the page. Not
          // while the screen is being hidden (out of the document already): its rows are all kept for its return.
          if (list.current?.isConnected) virtualizer.measureElement(null);
        };
        measureRefs.current.set(key, ref);
      }
      return ref;
    },
    [virtualizer, list],
  );

  const onFocus = (event: FocusEvent<HTMLElement>) => {
    const row = (event.target as Element).closest<HTMLElement>('[data-index]');
    const index = row ? Number(row.dataset.index) : NaN;
    focusedKey.current = Number.isInteger(index) && index < count ? keyOf(index) : null;
  };
  const onBlur = (event: FocusEvent<HTMLElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) focusedKey.current = null;
  };

  const items = virtualizer.getVirtualItems();
  const margin = virtualizer.options.scrollMargin;
  const flowing = items.filter((item) => item.index !== kept.current);
  const before = flowing.length > 0 ? flowing[0]!.start - margin : 0;
  const after = flowing.length > 0 ? Math.max(0, virtualizer.getTotalSize() - (flowing[flowing.length - 1]!.end - margin)) : 0;
  return { virtualizer, settled, rowsOffset: offset, items, kept: kept.current, before, after, measureRow, onFocus, onBlur };
}
