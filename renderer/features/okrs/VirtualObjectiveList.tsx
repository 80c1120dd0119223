import { useCallback, useRef } from 'react';
import { useFocusKeepingVirtualizer } from '../../ui/useFocusKeepingVirtualizer';
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
const OVERSCAN = 1;

/** <main>'s size and where the list started in it on the last visit: the next visit's first frame uses them (nothing is measured on mount). */
const lastVisit = { rect: { width: 1100, height: 800 }, top: 300 };

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
  const keyOf = useCallback((index: number) => rows[index]!.row.objective.id, [rows]);
  const estimateSize = useCallback((index: number) => (index === 0 ? 0 : GAP) + CARD_HEIGHT + (rows[index]!.row.parentTitle ? PARENT_LINE : 0), [rows]);
  const { virtualizer, settled, items, kept, before, after, measureRow, onFocus, onBlur } = useFocusKeepingVirtualizer({ count: rows.length, keyOf, estimateSize, overscan: OVERSCAN, list: listRef, lastVisit });
  useReadyMark('teamshape:okrs-complete', settled);
  const margin = virtualizer.options.scrollMargin;
  return (
    <ul ref={listRef} className={styles.objectives} aria-label="Objectives" style={{ paddingTop: before, paddingBottom: after }} onFocus={onFocus} onBlur={onBlur}>
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
            measure={measureRow(row.row.objective.id)}
            keptAt={item.index === kept ? item.start - margin : undefined}
          />
        );
      })}
    </ul>
  );
}
