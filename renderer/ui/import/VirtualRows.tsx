import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef, type ReactNode } from 'react';
import styles from './Import.module.css';

/**
 * A long list of preview rows where only those in view are in the DOM, so 5,000 errors render
 * instantly and every row is reachable by scrolling or the keyboard (the list is focusable).
 */
export function VirtualRows<T>({ rows, label, rowHeight, renderRow, rowKey }: { rows: readonly T[]; label: string; rowHeight: number; renderRow: (row: T) => ReactNode; rowKey: (row: T) => string }) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({ count: rows.length, getScrollElement: () => scrollRef.current, estimateSize: () => rowHeight, overscan: 10, initialRect: { width: 900, height: 320 } });
  return (
    <div ref={scrollRef} className={styles.rowsScroller} tabIndex={0} role="region" aria-label={`${label}, scrollable`}>
      <ul className={styles.rows} aria-label={label} style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows[item.index] as T;
          return (
            <li key={rowKey(row)} className={styles.row} aria-setsize={rows.length} aria-posinset={item.index + 1} style={{ transform: `translateY(${item.start}px)`, height: rowHeight }}>
              {renderRow(row)}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
