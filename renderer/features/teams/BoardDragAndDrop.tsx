import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  MeasuringStrategy,
  PointerSensor,
  TouchSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type DragStartEvent,
} from '@dnd-kit/core';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { Person } from '../../../shared/model';
import { moveMembers, useDb } from '../../db';
import { useChangeToast } from '../../state/changeToast';
import { useTeamsUi } from '../../state/teamsUi';
import { errorMessage } from '../../ui/fieldErrors';
import { PersonChip } from './DirectoryPanel';
import { keyboardTeamCoordinates } from './keyboardTeamCoordinates';
import type { MemberDragData } from './MemberChip';
import { teamUnderPointer } from './teamUnderPointer';
import styles from './DirectoryPanel.module.css';
import chipStyles from './TeamCard.module.css';

type DragData = Partial<MemberDragData> & { name?: string };

const nameOf = (data: unknown) => (data as DragData | undefined)?.name ?? 'this item';
const isMember = (data: unknown) => Boolean((data as DragData | undefined)?.membershipId);

/** What a screen-reader user hears while dragging a person between the directory and teams. */
const announcements: Announcements = {
  onDragStart: ({ active }) =>
    `Picked up ${nameOf(active.data.current)}. Use the arrow keys to choose a team, Space to drop${isMember(active.data.current) ? ' (Shift+Space to share instead of move)' : ''}, Escape to cancel.`,
  onDragOver: ({ active, over }) =>
    over ? `${nameOf(active.data.current)} is over ${nameOf(over.data.current)}.` : `${nameOf(active.data.current)} is not over a team.`,
  onDragEnd: ({ active, over }) =>
    over ? `Dropped ${nameOf(active.data.current)} on ${nameOf(over.data.current)}.` : `${nameOf(active.data.current)} was not dropped on a team.`,
  onDragCancel: ({ active }) => `Cancelled. ${nameOf(active.data.current)} stays where they were.`,
};

/**
 * Drag and drop on the board: a person from the directory onto a team (then a role and an
 * allocation), or a member from one team to another — a move, one undo step; with Alt or Shift
 * held at the drop, a share (a second membership, confirmed in the add dialog). Several members
 * picked with Ctrl/⌘+click move together.
 */
export function BoardDragAndDrop({ people, allocations, children }: { people: ReadonlyMap<string, Person>; allocations: ReadonlyMap<string, number>; children: ReactNode }) {
  const db = useDb();
  const draftMember = useTeamsUi((s) => s.draftMember);
  const clearSelection = useTeamsUi((s) => s.clearSelection);
  const showToast = useChangeToast((s) => s.show);
  const [dragged, setDragged] = useState<DragData | null>(null);
  const sharing = useRef(false);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 5 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 200, tolerance: 8 } }),
    useSensor(KeyboardSensor, { coordinateGetter: keyboardTeamCoordinates }),
  );

  // Whether Alt or Shift is held at the drop, for mouse and keyboard alike.
  useEffect(() => {
    if (!dragged) return;
    const note = (event: KeyboardEvent | PointerEvent) => {
      sharing.current = event.altKey || event.shiftKey;
    };
    window.addEventListener('keydown', note, true);
    window.addEventListener('keyup', note, true);
    window.addEventListener('pointermove', note, true);
    window.addEventListener('pointerup', note, true);
    return () => {
      window.removeEventListener('keydown', note, true);
      window.removeEventListener('keyup', note, true);
      window.removeEventListener('pointermove', note, true);
      window.removeEventListener('pointerup', note, true);
    };
  }, [dragged]);

  function start(event: DragStartEvent) {
    sharing.current = false;
    setDragged((event.active.data.current as DragData | undefined) ?? null);
  }

  function end(event: DragEndEvent) {
    setDragged(null);
    const data = event.active.data.current as DragData | undefined;
    const teamId = (event.over?.data.current as { teamId?: string } | undefined)?.teamId;
    if (!data || !teamId) return;
    if (!data.membershipId) {
      if (data.personId) draftMember({ teamId, personId: data.personId });
      return;
    }
    if (data.teamId === teamId && !sharing.current) return;
    if (sharing.current) {
      if (data.personId) draftMember({ teamId, personId: data.personId, roleId: data.roleId! });
      return;
    }
    const picked = useTeamsUi.getState().selectedMemberships;
    const ids = picked.includes(data.membershipId) ? picked : [data.membershipId];
    moveMembers(db, ids, teamId).then(
      () => clearSelection(),
      (error: unknown) => showToast({ text: errorMessage(error), offer: null, tone: 'error' }),
    );
  }

  const person = dragged?.personId && !dragged.membershipId ? people.get(dragged.personId) : undefined;
  const picked = useTeamsUi((s) => s.selectedMemberships.length);
  return (
    <DndContext
      sensors={sensors}
      collisionDetection={teamUnderPointer}
      measuring={{ droppable: { strategy: MeasuringStrategy.WhileDragging } }}
      onDragStart={start}
      onDragEnd={end}
      onDragCancel={() => setDragged(null)}
      accessibility={{ announcements, screenReaderInstructions: { draggable: 'Press Space to pick up, then use the arrow keys to choose a team and Space to drop.' } }}
    >
      {children}
      <DragOverlay dropAnimation={null}>
        {person ? (
          <div className={styles.overlay}>
            <PersonChip person={person} allocation={allocations.get(person.id) ?? 0} />
          </div>
        ) : dragged?.membershipId ? (
          <span className={chipStyles.overlayChip}>
            {dragged.name}
            {picked > 1 && useTeamsUi.getState().selectedMemberships.includes(dragged.membershipId) ? ` and ${picked - 1} more` : ''}
          </span>
        ) : null}
      </DragOverlay>
    </DndContext>
  );
}
