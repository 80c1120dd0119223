import { defaultRangeExtractor, measureElement, useVirtualizer, type Range, type Virtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useMemo, useRef, useState, type FocusEvent, type ReactNode, type Ref } from 'react';
import { afterPaintObservers } from '../../ui/observeAfterPaint';
import type { DueRow } from './dueRows';
import styles from './CheckInsDue.module.css';

/** A row is 63 px tall at 1440 px wide (one line per cell) and up to 112 px at 1024 (they wrap); measured once shown. */
const ROW_HEIGHT = 64;
/** Rows rendered beyond each edge of the screen: Tab and "checked in, next row" always find the next one there. */
const OVERSCAN = 4;

/** <main>'s size and where the rows started in it on the last visit: the next visit's first frame uses them (nothing is measured on mount). */
const lastVisit = { rect: { width: 1100, height: 800 }, top: 260 };

/** Sizes only as the ResizeObserver reports them (after layout): measuring a row as it mounts would force a layout mid-commit. */
function measuredAfterLayout(element: Element, entry: ResizeObserverEntry | undefined, instance: Virtualizer<HTMLElement, Element>): number {
  if (entry) return measureElement(element, entry, instance);
  const index = instance.indexFromElement(element);
  return instance.itemSizeCache.get(instance.options.getItemKey(index)) ?? instance.options.estimateSize(index);
}

export interface DueRowSlot {
  index: number;
  measure: Ref<HTMLFormElement>;
  /** Set for the focused row kept out of the flow while the list shows other rows: its top in the list. */
  keptAt: number | undefined;
}

/**
 * The rows of "Check-ins due", however many (8,000 key results for everyone at L): only those on
 * screen and a few beyond each edge are in the DOM, between two spacers, in the list's grid. <main>
 * scrolls. The row holding focus stays rendered (out of the flow) while the user scrolls away from
 * it, so focus and what was typed stay.
 */
export function VirtualDueList({ rows, head, renderRow }: { rows: readonly DueRow[]; head: ReactNode; renderRow: (row: DueRow, slot: DueRowSlot) => ReactNode }) {
  const listRef = useRef<HTMLDivElement>(null);
  const topSpacer = useRef<HTMLDivElement>(null);
  const [top, setTop] = useState(lastVisit.top);
  // Where the first row starts inside the list (below its column heads): a row kept out of the flow is placed from there.
  const [rowsTop, setRowsTop] = useState(0);
  // The first frame renders the rows on screen only; those beyond the edges follow a frame later.
  const [settled, setSettled] = useState(false);
  useEffect(() => {
    const frame = requestAnimationFrame(() => setSettled(true));
    return () => cancelAnimationFrame(frame);
  }, []);

  // Where the rows start in <main> (below the page header, toolbar and the list's column heads): read once laid out.
  useEffect(() => {
    const list = listRef.current;
    const spacer = topSpacer.current;
    const main = list?.closest('main');
    if (!list || !spacer || !main || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => {
      const offset = list.offsetTop + spacer.offsetTop;
      lastVisit.top = offset;
      setTop(offset);
      setRowsTop(spacer.offsetTop);
    });
    observer.observe(list);
    observer.observe(main);
    return () => observer.disconnect();
  }, []);

  const focusedId = useRef<string | null>(null);
  const kept = useRef<number | null>(null);
  const indexOf = useMemo(() => new Map(rows.map((row, index) => [row.keyResult.id, index])), [rows]);
  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      const focused = focusedId.current === null ? undefined : indexOf.get(focusedId.current);
      kept.current = focused === undefined || (focused >= indexes[0]! && focused <= indexes[indexes.length - 1]!) ? null : focused;
      if (kept.current === null) return indexes;
      return kept.current < indexes[0]! ? [kept.current, ...indexes] : [...indexes, kept.current];
    },
    [indexOf],
  );
  const getItemKey = useCallback((index: number) => rows[index]!.keyResult.id, [rows]);
  const estimateSize = useCallback(() => ROW_HEIGHT, []);
  const virtualizer = useVirtualizer<HTMLElement, Element>({
    count: rows.length,
    getScrollElement: () => listRef.current?.closest('main') ?? null,
    estimateSize,
    getItemKey,
    overscan: settled ? OVERSCAN : 0,
    scrollMargin: top,
    rangeExtractor,
    measureElement: measuredAfterLayout,
    ...afterPaintObservers<HTMLElement>(lastVisit),
  });

  const onFocus = (event: FocusEvent<HTMLDivElement>) => {
    const form = (event.target as Element).closest<HTMLElement>('form[data-index]');
    focusedId.current = form ? (rows[Number(form.dataset.index)]?.keyResult.id ?? null) : null;
  };
  const onBlur = (event: FocusEvent<HTMLDivElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) focusedId.current = null;
  };

  const items = virtualizer.getVirtualItems();
  const margin = virtualizer.options.scrollMargin;
  const flowing = items.filter((item) => item.index !== kept.current);
  const before = flowing.length > 0 ? flowing[0]!.start - margin : 0;
  const after = flowing.length > 0 ? virtualizer.getTotalSize() - (flowing[flowing.length - 1]!.end - margin) : 0;
  return (
    <div ref={listRef} className={styles.list} aria-label="Key results to check in" role="group" onFocus={onFocus} onBlur={onBlur}>
      {head}
      <div ref={topSpacer} className={styles.spacer} style={{ height: before }} aria-hidden="true" />
      {items.map((item) => renderRow(rows[item.index]!, { index: item.index, measure: virtualizer.measureElement, keptAt: item.index === kept.current ? rowsTop + item.start - margin : undefined }))}
      <div className={styles.spacer} style={{ height: Math.max(0, after) }} aria-hidden="true" />
    </div>
  );
}
