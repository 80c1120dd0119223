import { TeamTypeBadge } from '../../ui/TeamTypeBadge';
import { useDroppable } from '@dnd-kit/core';
import { memo, useRef } from 'react';
import { isolateBidi } from '../../../shared/bidi';
import type { SizeLimits, Team } from '../../../shared/model';
import { formatFte, sizeGauge, type TeamHealth, type TeamSize } from '../../../shared/rules';
import { useTeamsUi, type BoardDensity } from '../../state/teamsUi';
import { UserText } from '../../ui/UserText';
import { VerdictBadge } from '../../ui/VerdictBadge';
import type { CardRoleGroup } from './cardMembers';
import { hiddenLabel, hiddenSummary } from './hiddenCardItems';
import { MemberChip } from './MemberChip';
import { useHiddenCardItems } from './useHiddenCardItems';
import styles from './TeamCard.module.css';

interface TeamCardProps {
  team: Team;
  groups: readonly CardRoleGroup[];
  size: TeamSize;
  limits: SizeLimits;
  health: TeamHealth | undefined;
  search: string;
  density: BoardDensity;
}

/** Which of the card's members are picked, as a string that stays the same while they do (so no re-render). */
function pickedOn(selected: readonly string[], groups: readonly CardRoleGroup[]): string {
  if (selected.length === 0) return '';
  return groups.flatMap((g) => g.members.filter((m) => selected.includes(m.membershipId)).map((m) => m.membershipId)).join(' ');
}

/** A team at a glance: members by role, size against the two-pizza limit, role gaps, verdict. */
export const TeamCard = memo(function TeamCard({ team, groups, size, limits, health, search, density }: TeamCardProps) {
  const gauge = sizeGauge(size, limits);
  const fte = size.fte;
  // The card's picked members as one string (empty while nothing is picked): picking re-renders only the cards it touches.
  const picked = useTeamsUi((s) => pickedOn(s.selectedMemberships, groups));
  const { openEditor, askToDelete, draftMember } = useTeamsUi.getState();
  const { setNodeRef, isOver } = useDroppable({ id: `team:${team.id}`, data: { teamId: team.id, name: team.name } });
  const headingId = `team-${team.id}`;
  const name = isolateBidi(team.name);
  const rolesArea = useRef<HTMLDivElement>(null);
  const rolesContent = useRef<HTMLDivElement>(null);
  const hidden = useHiddenCardItems(rolesArea, rolesContent, groups);
  const overflowing = hidden.members > 0 || hidden.gaps > 0;
  const problems = density === 'comfortable' ? (health?.findings.filter((f) => f.severity !== 'info' && f.rule !== 'role-coverage') ?? []) : [];
  return (
    <article ref={setNodeRef} data-drop-team={team.id} className={isOver ? `${styles.card} ${styles.dropTarget}` : styles.card} aria-labelledby={headingId}>
      <div className={styles.header}>
        <h2 id={headingId} className={styles.title} title={team.name}>
          {/* A plain hash link: the router's <Link> looks up <base> per link, which costs 0.1 s on a 500-team board. */}
          <a href={`#/teams/${team.id}${search}`} className={styles.link}>
            <UserText>{team.name}</UserText>
          </a>
        </h2>
        {/* Shown over the card's corner on hover and keyboard focus: a row of its own would hide a line of members. */}
        <div className={styles.actions}>
          <button type="button" className={styles.action} aria-label={`Rename ${name}`} onClick={() => openEditor({ mode: 'edit', teamId: team.id })}>
            Rename
          </button>
          <button type="button" className={styles.action} aria-label={`Delete ${name}`} onClick={() => askToDelete(team.id)}>
            Delete
          </button>
        </div>
      </div>
      <div className={styles.sizeLine}>
        {gauge ? (
          <span className={`${styles.gauge} ${styles[gauge.level] ?? ''}`} role="img" aria-label={`Size: ${gauge.label}`} title={gauge.label}>
            <span className={styles.gaugeFill} style={{ width: `${Math.round(gauge.fill * 100)}%` }} />
          </span>
        ) : null}
        <span className={styles.sizeText}>
          {gauge?.headcount ?? 0}/{gauge?.limit ?? '–'} · {formatFte(fte)} FTE
        </span>
        {health ? <VerdictBadge verdict={health.verdict} /> : null}
        <TeamTypeBadge type={team.type} compact />
      </div>
      {density === 'comfortable' && team.services.length > 0 ? <p className={styles.service}>Owns: <UserText>{team.services.join(', ')}</UserText></p> : null}
      {density === 'comfortable' && team.mission ? <p className={styles.mission}><UserText>{team.mission}</UserText></p> : null}
      <div ref={rolesArea} className={overflowing ? `${styles.roles} ${styles.rolesClipped}` : styles.roles} role="group" aria-label={`Members of ${name}`}>
        <div ref={rolesContent} className={styles.rolesContent}>
          {groups.map((group) => (
            <div key={group.roleId} className={styles.roleLine}>
              <abbr className={group.missing ? `${styles.roleName} ${styles.roleMissing}` : styles.roleName} title={group.roleName}>
                <UserText>{density === 'comfortable' ? group.roleName : group.roleLabel}</UserText>
              </abbr>
              {group.missing ? (
                <button type="button" className={styles.fill} onClick={() => draftMember({ teamId: team.id, personId: null, roleId: group.roleId })} aria-label={`Add ${isolateBidi(group.roleName.toLowerCase())} to ${name}`}>
                  + Add
                </button>
              ) : (
                <ul className={styles.chips} aria-label={`${isolateBidi(group.roleName)} on ${name}`}>
                  {group.members.map((member) => (
                    <MemberChip key={member.membershipId} member={member} roleId={group.roleId} teamId={team.id} selected={picked !== '' && picked.split(' ').includes(member.membershipId)} />
                  ))}
                </ul>
              )}
            </div>
          ))}
          {groups.length === 0 ? <p className={styles.empty}>No members yet: drag people here.</p> : null}
        </div>
      </div>
      {problems.length > 0 ? (
        <ul className={styles.findings} aria-label={`Findings for ${name}`}>
          {problems.slice(0, 2).map((f) => (
            <li key={f.id}><UserText>{f.title}</UserText></li>
          ))}
        </ul>
      ) : null}
      {overflowing ? (
        <div className={styles.footer}>
          <a href={`#/teams/${team.id}${search}`} className={hidden.members > 0 ? styles.more : `${styles.more} ${styles.moreGaps}`} aria-label={hiddenLabel(hidden)}>
            {hiddenSummary(hidden)}
          </a>
        </div>
      ) : null}
    </article>
  );
});
