import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type DragStartEvent,
} from '@dnd-kit/core';
import { useState, type ReactNode } from 'react';
import type { Person } from '../../../shared/model';
import { useTeamsUi } from '../../state/teamsUi';
import { PersonChip } from './DirectoryPanel';
import { keyboardTeamCoordinates } from './keyboardTeamCoordinates';
import styles from './DirectoryPanel.module.css';

type DragData = { personId?: string; teamId?: string; name?: string };

const nameOf = (data: unknown) => (data as DragData | undefined)?.name ?? 'this item';

/** What a screen-reader user hears while dragging a person between the directory and teams. */
const announcements: Announcements = {
  onDragStart: ({ active }) => `Picked up ${nameOf(active.data.current)}. Use the arrow keys to choose a team, Space to drop, Escape to cancel.`,
  onDragOver: ({ active, over }) =>
    over ? `${nameOf(active.data.current)} is over ${nameOf(over.data.current)}.` : `${nameOf(active.data.current)} is not over a team.`,
  onDragEnd: ({ active, over }) =>
    over ? `Dropped ${nameOf(active.data.current)} on ${nameOf(over.data.current)}. Choose a role and allocation.` : `${nameOf(active.data.current)} was not added to a team.`,
  onDragCancel: ({ active }) => `Cancelled. ${nameOf(active.data.current)} was not added to a team.`,
};

export function BoardDragAndDrop({ people, allocations, children }: { people: ReadonlyMap<string, Person>; allocations: ReadonlyMap<string, number>; children: ReactNode }) {
  const draftMember = useTeamsUi((s) => s.draftMember);
  const [dragged, setDragged] = useState<Person | null>(null);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 5 } }),
    useSensor(KeyboardSensor, { coordinateGetter: keyboardTeamCoordinates }),
  );

  function start(event: DragStartEvent) {
    const personId = (event.active.data.current as DragData | undefined)?.personId;
    setDragged(personId ? (people.get(personId) ?? null) : null);
  }

  function end(event: DragEndEvent) {
    setDragged(null);
    const personId = (event.active.data.current as DragData | undefined)?.personId;
    const teamId = (event.over?.data.current as DragData | undefined)?.teamId;
    if (personId && teamId) draftMember({ teamId, personId });
  }

  return (
    <DndContext
      sensors={sensors}
      onDragStart={start}
      onDragEnd={end}
      onDragCancel={() => setDragged(null)}
      accessibility={{ announcements, screenReaderInstructions: { draggable: 'Press Space to pick up this person, then use the arrow keys to choose a team.' } }}
    >
      {children}
      <DragOverlay dropAnimation={null}>
        {dragged ? (
          <div className={styles.overlay}>
            <PersonChip person={dragged} allocation={allocations.get(dragged.id) ?? 0} />
          </div>
        ) : null}
      </DragOverlay>
    </DndContext>
  );
}
