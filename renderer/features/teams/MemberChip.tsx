import { useDraggable } from '@dnd-kit/core';
import type { MouseEvent } from 'react';
import { isolateBidi } from '../../../shared/bidi';
import { useTeamsUi } from '../../state/teamsUi';
import { UserText } from '../../ui/UserText';
import type { CardMember } from './cardMembers';
import styles from './TeamCard.module.css';
import { shortName } from './roleAbbreviations';

/** The drag payload of a member on a card (read by BoardDragAndDrop). */
export interface MemberDragData {
  membershipId: string;
  personId: string | null;
  roleId: string;
  teamId: string;
  name: string;
}

/** One member on a card: drag to move to another team (Alt/Shift on drop: share), Ctrl/⌘+click to pick several. */
export function MemberChip({ member, roleId, roleName, teamId }: { member: CardMember; roleId: string; roleName: string; teamId: string }) {
  const selected = useTeamsUi((s) => s.selectedMemberships.includes(member.membershipId));
  const toggleSelected = useTeamsUi((s) => s.toggleSelected);
  const data: MemberDragData = { membershipId: member.membershipId, personId: member.personId, roleId, teamId, name: member.name };
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({ id: `member:${member.membershipId}`, data });
  const shared = member.otherTeams > 0 ? `, also on ${member.otherTeams} other team${member.otherTeams === 1 ? '' : 's'}` : '';
  const label = `${isolateBidi(member.name)}, ${isolateBidi(roleName)}, ${member.allocation}%${member.vacancy ? ', to hire' : ''}${shared}${selected ? ', picked' : ''}`;
  const pick = (event: MouseEvent) => {
    if (event.ctrlKey || event.metaKey) toggleSelected(member.membershipId);
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
            toggleSelected(member.membershipId);
            return;
          }
          listeners?.onKeyDown?.(event);
        }}
        aria-label={label}
        aria-roledescription="member"
        aria-pressed={selected}
        aria-describedby="board-drag-help"
        title={`${member.name} · ${member.allocation}%${member.vacancy ? ' · to hire' : ''}${shared}`}
      >
        <span className={styles.chipName}>
          <UserText>{member.vacancy ? 'To hire' : shortName(member.name)}</UserText>
        </span>
        {/* Full time is the rule: only a part-time share is written on the chip (the label always has it). */}
        {member.allocation < 100 ? <span className={styles.chipAllocation}>{member.allocation}%</span> : null}
        {member.otherTeams > 0 ? <span className={styles.sharedMark} aria-hidden="true">⇄</span> : null}
      </span>
    </li>
  );
}
