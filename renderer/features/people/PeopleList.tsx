import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import { usePeopleUi } from '../../state/peopleUi';
import { Button } from '../../ui/Button';
import type { PersonRow } from './peopleRows';
import styles from './PeoplePage.module.css';
import { UserText } from '../../ui/UserText';
import { isolateBidi } from '../../../shared/bidi';

const ROW_HEIGHT = 64;

/** Virtualised: only the rows in view are in the DOM, so 5,000 people scroll smoothly. */
export function PeopleList({ rows }: { rows: readonly PersonRow[] }) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const openEditor = usePeopleUi((s) => s.openEditor);
  const askToRemove = usePeopleUi((s) => s.askToRemove);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    initialRect: { width: 1000, height: 800 },
  });

  if (rows.length === 0) return <p className={styles.empty}>Nobody matches these filters.</p>;

  return (
    <div ref={scrollRef} className={styles.scroller} tabIndex={0} aria-label="People directory, scrollable">
      <ul className={styles.list} aria-label="People" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows[item.index]!;
          return (
            <li
              key={row.id}
              className={styles.row}
              aria-setsize={rows.length}
              aria-posinset={item.index + 1}
              style={{ transform: `translateY(${item.start}px)`, height: ROW_HEIGHT }}
            >
              <div className={styles.who}>
                <span className={styles.name}><UserText>{row.name}</UserText></span>
                <span className={styles.meta}>{[row.title, row.department].filter(Boolean).map((part) => isolateBidi(part as string)).join(' · ')}</span>
              </div>
              <div className={styles.teams}>
                {row.shares.length === 0
                  ? 'Not on a team'
                  : row.shares.map((s) => `${isolateBidi(s.teamName)} (${isolateBidi(s.roleName)}, ${s.allocation}%)`).join(' · ')}
              </div>
              <div className={row.allocation > 100 ? `${styles.allocation} ${styles.over}` : styles.allocation}>
                {row.allocation}%{row.allocation > 100 ? ' over-allocated' : ''}
              </div>
              <div className={styles.rowActions}>
                <Button variant="ghost" aria-label={`Edit ${isolateBidi(row.name)}`} onClick={() => openEditor({ mode: 'edit', personId: row.id })}>
                  Edit
                </Button>
                <Button variant="ghost" aria-label={`Remove ${isolateBidi(row.name)}`} onClick={() => askToRemove(row.id)}>
                  Remove
                </Button>
              </div>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
