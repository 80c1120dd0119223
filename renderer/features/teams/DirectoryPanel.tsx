import { useDraggable } from '@dnd-kit/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef } from 'react';
import type { Person } from '../../../shared/model';
import { useTeamsUi } from '../../state/teamsUi';
import { TextField } from '../../ui/TextField';
import styles from './DirectoryPanel.module.css';
import { UserText } from '../../ui/UserText';
import { isolateBidi } from '../../../shared/bidi';

const ROW_HEIGHT = 52;

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
  const virtualizer = useVirtualizer({
    count: visible.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
    initialRect: { width: 260, height: 600 },
  });

  return (
    <aside className={styles.panel} aria-labelledby="directory-title">
      <h2 id="directory-title" className={styles.title}>
        People
      </h2>
      <p id="directory-help" className={styles.help}>
        Drag a person onto a team. With the keyboard: focus a person, press Space, use the arrow keys to choose a team and press Space
        again.
      </p>
      <TextField label="Find a person" type="search" value={query} onChange={(event) => setQuery(event.target.value)} />
      <div ref={scrollRef} className={styles.scroller}>
        <ul className={styles.list} aria-label="People to add" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => {
            const entry = visible[item.index]!;
            return (
              <li
                key={entry.person.id}
                className={styles.item}
                aria-setsize={visible.length}
                aria-posinset={item.index + 1}
                style={{ transform: `translateY(${item.start}px)`, height: ROW_HEIGHT }}
              >
                <DraggablePerson entry={entry} />
              </li>
            );
          })}
        </ul>
        {visible.length === 0 ? <p className={styles.help}>Nobody matches “{query}”.</p> : null}
      </div>
    </aside>
  );
}

function DraggablePerson({ entry }: { entry: DirectoryEntry }) {
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
