import { useCallback, useRef, type ReactNode, type Ref } from 'react';
import { useFocusKeepingVirtualizer } from '../../ui/useFocusKeepingVirtualizer';
import type { DueRow } from './dueRows';
import styles from './CheckInsDue.module.css';

/** A row is 63 px tall at 1440 px wide (one line per cell) and up to 112 px at 1024 (they wrap); measured once shown. */
const ROW_HEIGHT = 64;
/** Rows rendered beyond each edge of the screen: Tab and "checked in, next row" always find the next one there. */
const OVERSCAN = 2;

/** <main>'s size and where the rows started in it on the last visit: the next visit's first frame uses them (nothing is measured on mount). */
const lastVisit = { rect: { width: 1100, height: 800 }, top: 260 };

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
  const keyOf = useCallback((index: number) => rows[index]!.keyResult.id, [rows]);
  const estimateSize = useCallback(() => ROW_HEIGHT, []);
  const rowsOffset = useCallback(() => topSpacer.current?.offsetTop ?? 0, []);
  const { virtualizer, rowsOffset: rowsTop, items, kept, before, after, measureRow, onFocus, onBlur } = useFocusKeepingVirtualizer({ count: rows.length, keyOf, estimateSize, overscan: OVERSCAN, list: listRef, rowsOffset, lastVisit });
  const margin = virtualizer.options.scrollMargin;
  return (
    <div ref={listRef} className={styles.list} aria-label="Key results to check in" role="group" onFocus={onFocus} onBlur={onBlur}>
      {head}
      <div ref={topSpacer} className={styles.spacer} style={{ height: before }} aria-hidden="true" />
      {items.map((item) => renderRow(rows[item.index]!, { index: item.index, measure: measureRow(rows[item.index]!.keyResult.id), keptAt: item.index === kept ? rowsTop + item.start - margin : undefined }))}
      <div className={styles.spacer} style={{ height: after }} aria-hidden="true" />
    </div>
  );
}
