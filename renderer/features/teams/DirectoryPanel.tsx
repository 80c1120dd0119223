import { useDraggable } from '@dnd-kit/core';
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Person } from '../../../shared/model';
import { useTeamsUi } from '../../state/teamsUi';
import { TextField } from '../../ui/TextField';
import { useFixedRowWindow } from '../../ui/useFixedRowWindow';
import styles from './DirectoryPanel.module.css';
import { UserText } from '../../ui/UserText';
import { isolateBidi } from '../../../shared/bidi';

const ROW_HEIGHT = 52;
/** The list's height on its last visit: the next visit's first frame uses it, so nothing forces a layout on mount. */
const lastSize = { height: 600 };

export interface DirectoryEntry {
  person: Person;
  allocation: number;
}

/** The people directory beside the board: drag someone (mouse or keyboard) onto a team. */
export function DirectoryPanel({ entries }: { entries: readonly DirectoryEntry[] }) {
  const query = useTeamsUi((s) => s.directoryQuery);
  const setQuery = useTeamsUi((s) => s.setDirectoryQuery);
  const scrollRef = useRef<HTMLDivElement>(null);
  const visible = useMemo(() => {
    const words = query.toLowerCase().split(/\s+/).filter(Boolean);
    if (words.length === 0) return entries;
    return entries.filter((e) => words.every((w) => `${e.person.name} ${e.person.title}`.toLowerCase().includes(w)));
  }, [entries, query]);
  // The list is one Tab stop: arrow keys, Home and End move between people (a roving tab index).
  const [active, setActive] = useState(0);
  const focusNext = useRef(false);
  const current = Math.min(active, Math.max(0, visible.length - 1));
  // Rows of one height: a window worked out by arithmetic, not measured row by row (5,000 people at L).
  const rows = useFixedRowWindow({ count: visible.length, rowHeight: ROW_HEIGHT, overscan: 10, scrollRef, remembered: lastSize });

  useEffect(() => {
    if (!focusNext.current) return;
    focusNext.current = false;
    // The row may render a frame later, once the scroll brought it into the virtual range.
    let tries = 0;
    const focus = () => {
      const row = scrollRef.current?.querySelector<HTMLElement>('[data-roving="0"]');
      if (row) row.focus();
      else if (tries++ < 5) requestAnimationFrame(focus);
    };
    focus();
  }, [current]);

  const move = (event: KeyboardEvent) => {
    const last = visible.length - 1;
    const next = { ArrowDown: current + 1, ArrowUp: current - 1, Home: 0, End: last, PageDown: current + 10, PageUp: current - 10 }[event.key];
    if (next === undefined || last < 0) return false;
    event.preventDefault();
    const target = Math.max(0, Math.min(last, next));
    focusNext.current = true;
    rows.scrollToIndex(target);
    setActive(target);
    return true;
  };

  return (
    <aside className={styles.panel} aria-labelledby="directory-title">
      <h2 id="directory-title" className={styles.title}>
        People
      </h2>
      <p id="directory-help" className={styles.help}>
        Drag onto a team. Keyboard: arrows choose, Space picks up, arrows choose a team, Space drops.
      </p>
      <TextField label="Find a person" type="search" value={query} onChange={(event) => setQuery(event.target.value)} />
      <div ref={scrollRef} className={styles.scroller}>
        <ul className={styles.list} aria-label="People to add" style={{ height: rows.totalSize }}>
          {visible.slice(rows.first, rows.last + 1).map((entry, offset) => {
            const index = rows.first + offset;
            return (
              <li
                key={entry.person.id}
                className={styles.item}
                aria-setsize={visible.length}
                aria-posinset={index + 1}
                style={{ transform: `translateY(${index * ROW_HEIGHT}px)`, height: ROW_HEIGHT }}
              >
                <DraggablePerson entry={entry} tabStop={index === current} onFocus={() => setActive(index)} onNavigate={move} />
              </li>
            );
          })}
        </ul>
        {visible.length === 0 ? <p className={styles.help}>Nobody matches “{query}”.</p> : null}
      </div>
    </aside>
  );
}

interface DraggablePersonProps {
  entry: DirectoryEntry;
  tabStop: boolean;
  onFocus: () => void;
  onNavigate: (event: KeyboardEvent) => boolean;
}

function DraggablePerson({ entry, tabStop, onFocus, onNavigate }: DraggablePersonProps) {
  const { person, allocation } = entry;
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({
    id: `person:${person.id}`,
    data: { personId: person.id, name: person.name },
  });
  return (
    <div
      ref={setNodeRef}
      className={isDragging ? `${styles.person} ${styles.dragging}` : styles.person}
      {...attributes}
      {...listeners}
      tabIndex={tabStop ? 0 : -1}
      data-roving={tabStop ? '0' : '-1'}
      onFocus={onFocus}
      onKeyDown={(event) => {
        if (!isDragging && onNavigate(event)) return;
        listeners?.onKeyDown?.(event);
      }}
      aria-label={`Drag ${isolateBidi(person.name)} to a team`}
      aria-describedby="directory-help"
    >
      <PersonChip person={person} allocation={allocation} />
    </div>
  );
}

export function PersonChip({ person, allocation }: { person: Person; allocation: number }) {
  return (
    <>
      <span className={styles.name}><UserText>{person.name}</UserText></span>
      <span className={styles.meta}>
        {person.title ? <UserText>{person.title}</UserText> : 'No title'} · <span className={allocation > 100 ? styles.over : undefined}>{allocation}% allocated</span>
      </span>
    </>
  );
}
