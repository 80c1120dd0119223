import { useVirtualizer } from '@tanstack/react-virtual';
import { afterPaintObservers } from '../../ui/observeAfterPaint';
import { useRef } from 'react';
import { isolateBidi } from '../../../shared/bidi';
import { usePeopleUi, type PeopleSortState } from '../../state/peopleUi';
import { Button } from '../../ui/Button';
import { UserText } from '../../ui/UserText';
import type { PersonRow } from './peopleRows';
import styles from './PeoplePage.module.css';

const ROW_HEIGHT = 56;
/** The table's size on its last visit: the next visit's first frame uses it, so nothing forces a layout on mount. */
const lastSize = { rect: { width: 1000, height: 800 } };

const COLUMNS: ReadonlyArray<{ key: PeopleSortState['key'] | null; label: string }> = [
  { key: 'name', label: 'Name' },
  { key: 'department', label: 'Department' },
  { key: 'teams', label: 'Teams and roles' },
  { key: 'allocation', label: 'Allocation' },
  { key: null, label: 'Actions' },
];

function SortHeader({ column }: { column: (typeof COLUMNS)[number] }) {
  const sort = usePeopleUi((s) => s.sort);
  const setSort = usePeopleUi((s) => s.setSort);
  if (column.key === null) return <div role="columnheader" className={styles.header}>{column.label}</div>;
  const key = column.key;
  const active = sort.key === key;
  return (
    <div role="columnheader" className={styles.header} aria-sort={active ? sort.direction : 'none'}>
      <button
        type="button"
        className={styles.sortButton}
        onClick={() => setSort({ key, direction: active && sort.direction === 'ascending' ? 'descending' : 'ascending' })}
      >
        {column.label}
        <span aria-hidden="true" className={styles.sortMark}>
          {active ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕'}
        </span>
      </button>
    </div>
  );
}

/** A table of people, virtualised (only the rows in view are in the DOM), sortable by column. */
export function PeopleList({ rows }: { rows: readonly PersonRow[] }) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const openEditor = usePeopleUi((s) => s.openEditor);
  const askToRemove = usePeopleUi((s) => s.askToRemove);
  const editTeamsOf = usePeopleUi((s) => s.editTeamsOf);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    // Rows have one fixed height (nothing to measure), so a few rows ahead keep scrolling seamless.
    overscan: 4,
    ...afterPaintObservers<HTMLDivElement>(lastSize),
  });

  return (
    <div ref={scrollRef} className={styles.scroller} tabIndex={0} aria-label="People directory, scrollable">
      <div role="table" aria-label="People" aria-rowcount={rows.length + 1}>
        <div role="rowgroup" className={styles.head}>
          <div role="row" aria-rowindex={1} className={styles.headRow}>
            {COLUMNS.map((column) => (
              <SortHeader key={column.label} column={column} />
            ))}
          </div>
        </div>
        {rows.length === 0 ? <p className={styles.empty}>Nobody matches these filters.</p> : null}
        <div role="rowgroup" className={styles.list} style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => {
            const row = rows[item.index]!;
            return (
              <div
                role="row"
                key={row.id}
                aria-rowindex={item.index + 2}
                className={styles.row}
                style={{ transform: `translateY(${item.start}px)`, height: ROW_HEIGHT }}
              >
                <div role="cell" className={styles.who}>
                  <span className={styles.name}><UserText>{row.name}</UserText></span>
                  <span className={styles.meta}>{row.title ? <UserText>{row.title}</UserText> : 'No title'}</span>
                </div>
                <div role="cell" className={styles.meta}><UserText>{row.department}</UserText></div>
                <div role="cell" className={styles.teams}>
                  {row.shares.length === 0
                    ? 'Not on a team'
                    : row.shares.map((s) => `${isolateBidi(s.teamName)} (${isolateBidi(s.roleName)}, ${s.allocation}%)`).join(' · ')}
                </div>
                <div role="cell" className={row.allocation > 100 ? `${styles.allocation} ${styles.over}` : styles.allocation}>
                  {row.allocation}%{row.allocation > 100 ? ' over' : ''}
                </div>
                <div role="cell" className={styles.rowActions}>
                  <Button variant="ghost" aria-label={`Teams of ${isolateBidi(row.name)}`} onClick={() => editTeamsOf(row.id)} disabled={row.shares.length === 0}>
                    Teams
                  </Button>
                  <Button variant="ghost" aria-label={`Edit ${isolateBidi(row.name)}`} onClick={() => openEditor({ mode: 'edit', personId: row.id })}>
                    Edit
                  </Button>
                  <Button variant="ghost" aria-label={`Remove ${isolateBidi(row.name)}`} onClick={() => askToRemove(row.id)}>
                    Remove
                  </Button>
                </div>
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
