import { useDraggable } from '@dnd-kit/core';
import type { MouseEvent } from 'react';
import { dropStrayIsolateEnds } from '../../../shared/bidi';
import { useTeamsUi } from '../../state/teamsUi';
import type { CardMember } from './cardMembers';
import styles from './TeamCard.module.css';

/** The drag payload of a member on a card (read by BoardDragAndDrop). */
export interface MemberDragData {
  membershipId: string;
  personId: string | null;
  roleId: string;
  teamId: string;
  name: string;
}

/**
 * One member on a card: drag to move to another team (Alt/Shift on drop: share), Ctrl/⌘+click to pick several.
 * Whether it is picked comes from its card (one store subscription per card, not two per chip).
 */
export function MemberChip({ member, roleId, teamId, selected }: { member: CardMember; roleId: string; teamId: string; selected: boolean }) {
  const data: MemberDragData = { membershipId: member.membershipId, personId: member.personId, roleId, teamId, name: member.name };
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({ id: `member:${member.membershipId}`, data });
  const toggleSelected = () => useTeamsUi.getState().toggleSelected(member.membershipId);
  const pick = (event: MouseEvent) => {
    if (event.ctrlKey || event.metaKey) toggleSelected();
  };
  const classes = [styles.chip, member.vacancy ? styles.vacancy : '', selected ? styles.selected : '', isDragging ? styles.chipDragging : ''].filter(Boolean).join(' ');
  return (
    <li>
      <span
        ref={setNodeRef}
        className={classes}
        {...attributes}
        {...listeners}
        onClick={pick}
        onKeyDown={(event) => {
          // "x" picks the focused member (like Ctrl/⌘+click); Space/Enter start a keyboard drag.
          if (event.key === 'x' && !event.ctrlKey && !event.metaKey && !event.altKey) {
            event.preventDefault();
            toggleSelected();
            return;
          }
          listeners?.onKeyDown?.(event);
        }}
        aria-label={selected ? `${member.label}, picked` : member.label}
        aria-roledescription="member"
        aria-pressed={selected}
        aria-describedby="board-drag-help"
        title={member.title}
      >
        {/* A <bdi> like UserText's, styled as the name itself: one element less on each of a board's hundreds of chips. */}
        <bdi className={styles.chipName}>{dropStrayIsolateEnds(member.chipText)}</bdi>
        {/* Full time is the rule: only a part-time share is written on the chip (the label always has it). */}
        {member.allocation < 100 ? <span className={styles.chipAllocation}>{member.allocation}%</span> : null}
        {member.otherTeams > 0 ? <span className={styles.sharedMark} aria-hidden="true">⇄</span> : null}
      </span>
    </li>
  );
}
