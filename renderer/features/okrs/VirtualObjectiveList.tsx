import { defaultRangeExtractor, measureElement, useVirtualizer, type Range, type Virtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useMemo, useRef, useState, type FocusEvent } from 'react';
import { afterPaintObservers } from '../../ui/observeAfterPaint';
import { useReadyMark } from '../../ui/useReadyMark';
import type { ObjectiveListRow } from './objectiveListRows';
import { ObjectiveListItem, type KeyResultsOpenChange } from './ObjectiveListItem';
import styles from './ObjectiveList.module.css';

/** A card with its key results folded and no note is about 176 px tall at 1024–1440 px wide; a "Contributes to" line adds 30. */
const CARD_HEIGHT = 176;
const PARENT_LINE = 30;
/** The space above every row but the first (part of the row, so it is measured with it). */
const GAP = 12;
/** Rows rendered beyond each edge of the screen: the next card Tab reaches (3 to 5 stops per card) is always there. */
const OVERSCAN = 3;

/** <main>'s size and where the list started in it on the last visit: the next visit's first frame uses them (nothing is measured on mount). */
const lastVisit = { rect: { width: 1100, height: 800 }, top: 300 };

/**
 * Sizes only as the ResizeObserver reports them (after layout): measuring a row as it mounts would
 * force the browser to lay out the new screen in the middle of React's commit.
 */
function measuredAfterLayout(element: Element, entry: ResizeObserverEntry | undefined, instance: Virtualizer<HTMLElement, Element>): number {
  if (entry) return measureElement(element, entry, instance);
  const index = instance.indexFromElement(element);
  return instance.itemSizeCache.get(instance.options.getItemKey(index)) ?? instance.options.estimateSize(index);
}

interface VirtualObjectiveListProps {
  rows: readonly ObjectiveListRow[];
  expected: number;
  isOpen: (objectiveId: string) => boolean;
  onKeyResultsOpenChange: KeyResultsOpenChange;
}

/**
 * Hundreds of objectives: only the cards on screen and a few beyond each edge are in the DOM, in
 * normal flow between two spacers (the list's padding), so a card that grows pushes the next ones
 * down at once. Heights are measured by a ResizeObserver. <main> scrolls. The card holding focus
 * stays rendered (out of the flow) while the user scrolls away from it, so focus is never lost.
 */
export function VirtualObjectiveList({ rows, expected, isOpen, onKeyResultsOpenChange }: VirtualObjectiveListProps) {
  const listRef = useRef<HTMLUListElement>(null);
  const [top, setTop] = useState(lastVisit.top);
  // The first frame renders the cards on screen only; those beyond the edges follow a frame later.
  const [settled, setSettled] = useState(false);
  useEffect(() => {
    const frame = requestAnimationFrame(() => setSettled(true));
    return () => cancelAnimationFrame(frame);
  }, []);
  useReadyMark('teamshape:okrs-complete', settled);

  // Where the list starts in <main> (the page header and toolbar above it wrap with the window's width): read once laid out.
  useEffect(() => {
    const list = listRef.current;
    const main = list?.closest('main');
    if (!list || !main || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => {
      lastVisit.top = list.offsetTop;
      setTop(list.offsetTop);
    });
    observer.observe(list);
    observer.observe(main);
    return () => observer.disconnect();
  }, []);

  const focusedId = useRef<string | null>(null);
  /** Index of the focused card when it lies outside the rows around the screen (it is then kept out of the flow). */
  const kept = useRef<number | null>(null);
  const indexOf = useMemo(() => new Map(rows.map((item, index) => [item.row.objective.id, index])), [rows]);
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
  const getItemKey = useCallback((index: number) => rows[index]!.row.objective.id, [rows]);
  const estimateSize = useCallback((index: number) => (index === 0 ? 0 : GAP) + CARD_HEIGHT + (rows[index]!.row.parentTitle ? PARENT_LINE : 0), [rows]);
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

  const onFocus = (event: FocusEvent<HTMLUListElement>) => {
    const item = (event.target as Element).closest<HTMLElement>('li[data-index]');
    focusedId.current = item ? (rows[Number(item.dataset.index)]?.row.objective.id ?? null) : null;
  };
  const onBlur = (event: FocusEvent<HTMLUListElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) focusedId.current = null;
  };

  const items = virtualizer.getVirtualItems();
  const margin = virtualizer.options.scrollMargin;
  const flowing = items.filter((item) => item.index !== kept.current);
  const before = flowing.length > 0 ? flowing[0]!.start - margin : 0;
  const after = flowing.length > 0 ? virtualizer.getTotalSize() - (flowing[flowing.length - 1]!.end - margin) : 0;
  return (
    <ul ref={listRef} className={styles.objectives} aria-label="Objectives" style={{ paddingTop: before, paddingBottom: Math.max(0, after) }} onFocus={onFocus} onBlur={onBlur}>
      {items.map((item) => {
        const row = rows[item.index]!;
        return (
          <ObjectiveListItem
            key={item.key}
            item={row}
            index={item.index}
            expected={expected}
            keyResultsOpen={isOpen(row.row.objective.id)}
            onKeyResultsOpenChange={onKeyResultsOpenChange}
            measure={virtualizer.measureElement}
            keptAt={item.index === kept.current ? item.start - margin : undefined}
          />
        );
      })}
    </ul>
  );
}
